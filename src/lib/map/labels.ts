/**
 * Map labels: wrapping a name onto at most two short lines, estimating its size without a DOM, and
 * placing labels inside the map so that no two overlap. Pure: the same input always gives the same
 * placement.
 */

interface LabelNode {
	id: string;
	x: number;
	y: number;
	r: number;
}

export interface PlacedLabel {
	id: string;
	/** Top-left corner of the label's box. */
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
	fontSize: number;
	lineHeight: number;
	/** The label sits away from its node: draw a thin leader line to it. */
	leader: boolean;
	/** The name was cut ("…"): the full name is shown on hover and keyboard focus. */
	cut: boolean;
	/**
	 * Which edge the text keeps to: the one facing its node (`start` right of it, `end` left of it,
	 * `middle` above or below), so that a generous width estimate never opens a gap on that side.
	 */
	align: 'start' | 'middle' | 'end';
}

/**
 * Wrapped labels for every node, with labels that would be cut to the same text told apart: the cut
 * line keeps the end of the name ("Valley Community Heal…ter 12"), and names that are identical
 * get a number, "(2)", "(3)"…, in id order.
 */
export function distinctLabels(
	ids: readonly string[],
	names: ReadonlyMap<string, string>
): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const groups = new Map<string, string[]>();
	for (const id of [...ids].sort()) {
		const lines = wrapLabel(names.get(id) ?? '');
		out.set(id, lines);
		const key = lines.join('\n');
		groups.set(key, [...(groups.get(key) ?? []), id]);
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const seen = new Map<string, number>();
		for (const id of group) {
			const lines = [...out.get(id)!];
			const name = (names.get(id) ?? '').trim();
			const last = lines.length - 1;
			if (lines[last].endsWith('…')) {
				const tail = [...name].slice(-8).join('');
				lines[last] =
					[...lines[last]].slice(0, Math.max(4, [...lines[last]].length - 9)).join('') + '…' + tail;
			}
			const text = lines.join('\n');
			const n = (seen.get(text) ?? 0) + 1;
			seen.set(text, n);
			if (n > 1) lines[last] = `${lines[last]} (${n})`;
			out.set(id, lines);
		}
	}
	return out;
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const MAX_LINE_CHARS = 24;
const MAX_LINES = 2;
/** The narrower wraps tried, in turn, when a label finds no spot of its own at the usual one: [characters a line, lines]. */
const COMPACT: [number, number][] = [
	[13, 3],
	[10, 4]
];
/** Padding inside a label box (the halo is drawn inside it). */
const LABEL_PAD = 3;

/** Width of one character as a share of the font size; generous, so real text fits inside the box. */
function charWidth(ch: string): number {
	const code = ch.codePointAt(0) ?? 0;
	if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x11ff)) return 1.05; // CJK, emoji and other wide glyphs
	if (/[A-Z@MW%mwшщжюЖШЩЮ]/.test(ch)) return 0.78;
	if (/[il.,'|:;!]/.test(ch)) return 0.32;
	if (ch === ' ') return 0.3;
	return 0.64;
}

export function textWidth(text: string, fontSize: number): number {
	let w = 0;
	for (const ch of text) w += charWidth(ch);
	return w * fontSize;
}

/**
 * Splits a name into at most `maxLines` lines (two) of about `maxChars` characters (24); what does
 * not fit ends in "…".
 */
export function wrapLabel(name: string, maxChars = MAX_LINE_CHARS, maxLines = MAX_LINES): string[] {
	const words = name.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	if (words.length === 0) return ['—'];
	const lines: string[] = [];
	let current = '';
	let truncated = false;
	for (let i = 0; i < words.length; i++) {
		let word = words[i];
		if ([...word].length > maxChars) word = [...word].slice(0, maxChars - 1).join('') + '…';
		const candidate = current ? `${current} ${word}` : word;
		if ([...candidate].length <= maxChars) {
			current = candidate;
			continue;
		}
		lines.push(current);
		current = word;
		if (lines.length === maxLines) {
			truncated = true;
			break;
		}
	}
	if (!truncated && current) lines.push(current);
	if (lines.length > maxLines) lines.length = maxLines;
	if (truncated) {
		const last = [...lines[maxLines - 1]];
		lines[maxLines - 1] =
			(last.length >= maxChars ? last.slice(0, maxChars - 1).join('') : last.join('')) + '…';
	}
	return lines.filter(Boolean);
}

/** Where a label's lines start, and the SVG `text-anchor` that keeps them to the edge facing its node. */
export function textAnchor(label: Pick<PlacedLabel, 'x' | 'width' | 'align'>): {
	x: number;
	anchor: PlacedLabel['align'];
} {
	const x =
		label.align === 'start'
			? label.x + LABEL_PAD
			: label.align === 'end'
				? label.x + label.width - LABEL_PAD
				: label.x + label.width / 2;
	return { x, anchor: label.align };
}

/** Distance from a point to a box (0 when the point is inside it). */
export function boxDistance(b: Box, p: { x: number; y: number }): number {
	const dx = Math.max(b.x - p.x, 0, p.x - b.x - b.width);
	const dy = Math.max(b.y - p.y, 0, p.y - b.y - b.height);
	return Math.hypot(dx, dy);
}

/**
 * Whether a label box reads as its own node's: the box is nearer to `own`'s centre than to the
 * centre of any of `others`, by at least `margin` (map units). A label that drifts nearer to another
 * symbol is read as that symbol's name, even with a leader line (issue 28: a projected label beside
 * the wrong star), so no placement may break this, on any screen or at any font size.
 */
export function nearestToOwn(
	b: Box,
	own: { x: number; y: number },
	others: Iterable<{ x: number; y: number }>,
	margin = 0
): boolean {
	const d = boxDistance(b, own);
	for (const o of others) if (boxDistance(b, o) < d + margin) return false;
	return true;
}

export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boxHitsCircle(b: Box, n: LabelNode): boolean {
	const cx = Math.max(b.x, Math.min(n.x, b.x + b.width));
	const cy = Math.max(b.y, Math.min(n.y, b.y + b.height));
	return (cx - n.x) ** 2 + (cy - n.y) ** 2 < (n.r + 1) ** 2;
}

/** A uniform grid of buckets, so collision checks stay fast for a thousand labels. */
class SpatialHash<T extends Box> {
	#cells = new Map<string, T[]>();
	constructor(private readonly size: number) {}

	#keys(b: Box): string[] {
		const keys: string[] = [];
		const x0 = Math.floor(b.x / this.size);
		const x1 = Math.floor((b.x + b.width) / this.size);
		const y0 = Math.floor(b.y / this.size);
		const y1 = Math.floor((b.y + b.height) / this.size);
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
		return keys;
	}

	add(item: T): void {
		for (const k of this.#keys(item)) {
			const list = this.#cells.get(k);
			if (list) list.push(item);
			else this.#cells.set(k, [item]);
		}
	}

	some(b: Box, test: (item: T) => boolean): boolean {
		for (const k of this.#keys(b))
			for (const item of this.#cells.get(k) ?? []) if (test(item)) return true;
		return false;
	}
}

/**
 * The spots tried around a node, best first: right, left, below, above, the diagonals, then beside
 * or above/below but slid along the node's side (the node at one end of the label's edge), which
 * finds room for large type where the centred spots overlap a neighbour. `[dx, dy, slide]`.
 */
type Direction = [number, number, number?];
const DIRECTIONS: Direction[] = [
	[1, 0],
	[-1, 0],
	[0, 1],
	[0, -1],
	[1, 1],
	[-1, 1],
	[1, -1],
	[-1, -1],
	[1, 0, -1],
	[1, 0, 1],
	[-1, 0, -1],
	[-1, 0, 1],
	[0, 1, 1],
	[0, 1, -1],
	[0, -1, 1],
	[0, -1, -1]
];

/** The spot right beside `n` (no offset) that is inside and clear of labels and hits the fewest nodes, or null. */
function closest(
	n: LabelNode,
	width: number,
	height: number,
	directions: readonly Direction[],
	inside: (b: Box) => boolean,
	freeOfLabels: (b: Box) => boolean,
	hits: (b: Box, self: string) => number,
	owns: (b: Box) => boolean
): Spot | null {
	let best: (Spot & { count: number }) | null = null;
	for (const d of directions) {
		const box = candidate(n, width, height, d, 0);
		if (!inside(box) || !freeOfLabels(box) || !owns(box)) continue;
		const count = hits(box, n.id);
		if (!best || count < best.count) best = { box, offset: 0, align: alignOf(d), count };
	}
	return best && { box: best.box, offset: 0, align: best.align };
}

interface Spot {
	box: Box;
	offset: number;
	align: PlacedLabel['align'];
}

const alignOf = ([dx, , slide = 0]: Direction): PlacedLabel['align'] =>
	dx > 0 ? 'start' : dx < 0 ? 'end' : slide > 0 ? 'start' : slide < 0 ? 'end' : 'middle';

function candidate(
	n: LabelNode,
	w: number,
	h: number,
	[dx, dy, slide = 0]: Direction,
	offset: number
): Box {
	const gap = n.r + 4 + offset;
	// A slid spot keeps the node beside one end of the label's facing edge.
	const slideX = dy && !dx ? (slide * (w - Math.min(w, 2 * n.r))) / 2 : 0;
	const slideY = dx && !dy ? (slide * (h - Math.min(h, 2 * n.r))) / 2 : 0;
	const x =
		dx > 0
			? n.x + gap * (dy ? 0.75 : 1)
			: dx < 0
				? n.x - gap * (dy ? 0.75 : 1) - w
				: n.x - w / 2 + slideX;
	const y =
		dy > 0
			? n.y + gap * (dx ? 0.75 : 1)
			: dy < 0
				? n.y - gap * (dx ? 0.75 : 1) - h
				: n.y - h / 2 + slideY;
	return { x, y, width: w, height: h };
}

/**
 * Places one label per node where there is room. Nodes in `first` (the home organisation) choose
 * first, then larger nodes. Each label takes the first spot around its node that overlaps no placed
 * label, no node and stays inside the area; failing that, one that only overlaps no label inside the
 * area. Spots nearer to the label's own node than to any other come first; with `ownedOnly` only
 * those count (more spots are tried, and narrower wraps). No two labels ever overlap, and none leaves the area: on a crowded map (hundreds of
 * partners) a node with no free spot inside gets no label (a label cut off at the map's edge could
 * not be read); its name shows on hover and keyboard focus, as a cut name's does, and is its node's
 * accessible name. So the result may hold fewer labels than nodes, in placing order.
 */
export function placeLabels(
	nodes: readonly LabelNode[],
	names: ReadonlyMap<string, string>,
	area: { width: number; height: number },
	fontSize = 14,
	/** Boxes labels should avoid if they can (e.g. the names of the rings). */
	obstacles: readonly Box[] = [],
	/** Ids whose labels are placed before all others, so they get the spot right beside their node. */
	first: ReadonlySet<string> = new Set(),
	/**
	 * Only spots nearer to their own node than to any other (`nearestToOwn`): a label that has none,
	 * even wrapped narrower, is left out rather than drawn by another symbol. The projector asks for
	 * it (no hover there, and a thin leader line is not seen from the back of a room); otherwise such
	 * spots are only preferred.
	 */
	ownedOnly = false
): PlacedLabel[] {
	const lineHeight = Math.round(fontSize * 1.2);
	const rank = (n: LabelNode) => (first.has(n.id) ? 0 : 1);
	const order = [...nodes].sort(
		(a, b) => rank(a) - rank(b) || b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const nodeHash = new SpatialHash<Box & { node: LabelNode }>(120);
	for (const n of nodes)
		nodeHash.add({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r, node: n });
	const placed = new SpatialHash<PlacedLabel>(120);
	const result: PlacedLabel[] = [];
	const inside = (b: Box) =>
		b.x >= 0 && b.y >= 0 && b.x + b.width <= area.width && b.y + b.height <= area.height;
	const freeOfLabels = (b: Box) => !placed.some(b, (l) => overlaps(l, b));
	const obstacleHash = new SpatialHash<Box>(120);
	for (const o of obstacles) obstacleHash.add(o);
	const freeOfNodes = (b: Box) =>
		!nodeHash.some(b, (o) => boxHitsCircle(b, o.node)) &&
		!obstacleHash.some(b, (o) => overlaps(o, b));
	// Rendered text sits inside its estimated box, up to the padding and the font's own metrics
	// nearer or further: the margin keeps the drawn text, not only the box, nearest its own node.
	const margin = LABEL_PAD + 0.15 * fontSize;
	const ownsIt = (b: Box, n: LabelNode) => {
		const reach = boxDistance(b, n) + margin;
		const around = {
			x: b.x - reach,
			y: b.y - reach,
			width: b.width + 2 * reach,
			height: b.height + 2 * reach
		};
		return !nodeHash.some(around, (o) => o.node.id !== n.id && boxDistance(b, o.node) < reach);
	};
	const hits = (b: Box, self: string) => {
		let count = 0;
		nodeHash.some(b, (o) => (o.node.id !== self && boxHitsCircle(b, o.node) && count++, false));
		obstacleHash.some(b, (o) => (overlaps(o, b) && count++, false));
		return count;
	};

	const wrapped = distinctLabels(
		nodes.map((n) => n.id),
		names
	);
	// The slid spots only where labels must stay by their own node: elsewhere the eight centred
	// ones (half the candidates on a crowded map, where many labels find no spot at all).
	const directions = ownedOnly ? DIRECTIONS : DIRECTIONS.slice(0, 8);
	/**
	 * In one pass over the spots around `n`: the best spot of its own (`owned`, clear of nodes if
	 * any is) and, unless `ownedOnly`, the best spot at all (`any`, the same rule without ownership).
	 */
	const spotsFor = (n: LabelNode, lines: string[]) => {
		const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize)))) + 2 * LABEL_PAD;
		const height = lines.length * lineHeight + 2 * LABEL_PAD;
		const step = Math.max(6, fontSize * 0.8);
		let owned: Spot | null = null;
		let ownedNearNodes: Spot | null = null;
		let any: Spot | null = null;
		let anyNearNodes: Spot | null = null;
		// A first label looks right beside its node only (no leader line).
		for (let s = 0; s < (first.has(n.id) ? 1 : 30) && !owned; s++) {
			for (const d of directions) {
				const box = candidate(n, width, height, d, s * step);
				if (!inside(box) || !freeOfLabels(box)) continue;
				const free = freeOfNodes(box);
				const spot = { box, offset: s * step, align: alignOf(d) };
				if (!ownedOnly) {
					if (free) any ??= spot;
					else anyNearNodes ??= spot;
				}
				if (!ownsIt(box, n)) continue;
				if (free) {
					owned = spot;
					break;
				}
				ownedNearNodes ??= spot;
			}
		}
		// A first label (the home organisation's) stays right beside its node: if no spot there is
		// clear of nodes, it takes the one covering the fewest (it is drawn over them).
		if (!owned && first.has(n.id)) {
			owned = closest(n, width, height, directions, inside, freeOfLabels, hits, (b) =>
				ownsIt(b, n)
			);
			if (!ownedOnly)
				any = closest(n, width, height, directions, inside, freeOfLabels, hits, () => true);
		}
		return { owned: owned ?? ownedNearNodes, any: any ?? anyNearNodes };
	};

	for (const n of order) {
		let lines = wrapped.get(n.id)!;
		const spots = spotsFor(n, lines);
		let chosen = spots.owned;
		// On the projector, no spot of its own for the usual two lines (large type on a small map):
		// the same name, narrower, on up to three then four lines.
		for (const [chars, most] of ownedOnly ? COMPACT : []) {
			if (chosen) break;
			const compact = wrapLabel(names.get(n.id) ?? '', chars, most);
			chosen = spotsFor(n, compact).owned;
			if (chosen) lines = compact;
		}
		// Elsewhere, none of its own: wherever the label fits, with a leader line to its node (a
		// crowded map on the laptop, where hovering a node names it).
		chosen ??= spots.any;
		// No room inside the area: no label (the name shows on hover and focus).
		if (!chosen) continue;
		const cut = lines.some((l) => l.includes('…'));
		const label: PlacedLabel = {
			id: n.id,
			...chosen.box,
			lines,
			fontSize,
			lineHeight,
			leader: chosen.offset > 0,
			cut,
			align: chosen.align
		};
		placed.add(label);
		result.push(label);
	}
	return result;
}
