/**
 * The one module that calls jsPDF: lays a `PlanDocument` out on US Letter pages, with the embedded
 * DejaVu Sans and, for the scripts it lacks, the fallback fonts of fonts.ts; tables through
 * jspdf-autotable; the map as vector shapes. Needs no DOM, so it runs in a Web Worker (see
 * plan.worker.ts) as well as in Node tests. Load it ONLY with `import()` or from the worker: it
 * carries jsPDF (about 150 kB gzip) that the rest of the app must not pay for.
 *
 * Every string goes through one `TextPath` (text.ts): bidi order, Arabic joining, font per script.
 * User text is only ever passed to jsPDF as text. Paragraphs are broken into lines and placed line by
 * line; a table row moves to the next page whole unless it is taller than a page.
 */

import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type UserOptions } from 'jspdf-autotable';
import type { Block, PlanDocument, PlanSection, PlanSectionId, TableColumn } from './plan-model';
import { planText } from './plan-model';
import { mapFigureShapes, type MapFigure } from './map-figure';
import { sourcesNeeded, type FontSource } from './fonts';
import { TextPath, pdfTextString, type Face } from './text';
import { readSfntCmap, type TrueTypeFont } from './woff';
import { m } from '$lib/paraglide/messages.js';

export interface PlanFonts {
	/** DejaVuSans.ttf and DejaVuSans-Bold.ttf as binary strings (see `fontBinary`). */
	regular: string;
	bold: string;
}

/** A fallback font file, converted (see woff.ts), by its source id (see fonts.ts). */
export interface FallbackFont {
	id: string;
	font: TrueTypeFont;
}

interface RenderOptions {
	fonts: PlanFonts;
	/** The fallback files `fontsNeeded` asked for; a character without its font prints as □. */
	fallbacks?: readonly FallbackFont[];
	/** BCP 47 language of the workshop, for the file's language tag and numbers; default 'en'. */
	locale?: string;
	/** Called after each section with how many are done, of how many. */
	onProgress?: (done: number, total: number) => void;
}

export interface RenderedPlan {
	blob: Blob;
	pages: number;
	/** The page each section starts on. */
	sectionPages: Partial<Record<PlanSectionId, number>>;
	/** Characters no loaded font could print (drawn as □). */
	unprintable: string[];
}

/** Every line the PDF may print for a plan (its text, its title, the running header and footer). */
function planLines(plan: PlanDocument): string[] {
	return [planText(plan), plan.title, m.plan_doc_runningHeader({ title: plan.title })]
		.join('\n')
		.split('\n');
}

/** The code points DejaVu Sans (regular) has glyphs for. */
export function dejaVuCovers(fonts: PlanFonts): Set<number> {
	const bytes = new Uint8Array(fonts.regular.length);
	for (let i = 0; i < bytes.length; i++) bytes[i] = fonts.regular.charCodeAt(i);
	return new Set(readSfntCmap(bytes).keys());
}

/**
 * Whether DejaVu Sans draws a code point, given what its cmap holds. jsPDF draws a font's glyphs by
 * UTF-16 code unit, so a character beyond the BMP (😀: DejaVu has a glyph for it) cannot be drawn
 * with it and goes to a fallback file. The one rule for choosing the files and for drawing: when
 * they disagreed, 😀 printed as □ (its emoji file was never fetched).
 */
export function primaryDraws(code: number, has: (code: number) => boolean): boolean {
	return code <= 0xffff && has(code);
}

/** The fallback font files a plan needs: none for a plan in scripts DejaVu Sans covers. */
export function fontsNeeded(plan: PlanDocument, covers: Set<number>): FontSource[] {
	return sourcesNeeded(planLines(plan), (code) => primaryDraws(code, (c) => covers.has(c)));
}

/** An ArrayBuffer as the binary string jsPDF's virtual file system expects. */
export function fontBinary(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

const FONT = 'DejaVuSans';
const PAGE = { width: 612, height: 792 };
const MARGIN = { left: 54, right: 54, top: 74, bottom: 62 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;

const INK: [number, number, number] = [28, 40, 46];
const MUTED: [number, number, number] = [88, 102, 110];
const ACCENT: [number, number, number] = [22, 92, 104];
const RULE: [number, number, number] = [210, 218, 222];

const BODY = { size: 10, line: 14.5 };

class Layout {
	doc: jsPDF;
	text: TextPath;
	y = MARGIN.top;
	/** The section that each page belongs to (for the running header), by page number. */
	pageSection: string[] = [];

	#numbers: Intl.NumberFormat;

	constructor(doc: jsPDF, text: TextPath, locale: string) {
		this.doc = doc;
		this.text = text;
		this.#numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	}

	font(size: number, bold = false, colour = INK) {
		this.doc.setFont(FONT, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		this.doc.setTextColor(...colour);
	}

	newPage(section: string) {
		this.doc.addPage();
		this.y = MARGIN.top;
		this.pageSection[this.doc.getNumberOfPages()] = section;
	}

	/** Starts a new page unless `height` still fits on this one. */
	ensure(height: number, section: string) {
		if (this.y + height > BOTTOM) this.newPage(section);
	}

	lines(text: string, width: number): string[] {
		return this.text.wrap(text, width);
	}

	/** A whole number in the workshop's language (digits and grouping by Intl). */
	number(n: number): string {
		return this.#numbers.format(n);
	}

	/** Writes wrapped text line by line, breaking pages between lines. */
	write(lines: string[], x: number, lineHeight: number, section: string) {
		for (const line of lines) {
			this.ensure(lineHeight, section);
			this.text.draw(line, x, this.y + lineHeight * 0.72);
			this.y += lineHeight;
		}
	}
}

/**
 * Column widths from the columns' relative widths, widened where a column's longest word would not
 * fit (the width taken from columns with room to spare), so that words are never cut inside — a
 * narrow "Status" column would otherwise print "Pendien" / "te" in Spanish. Only a word wider than
 * any share of the page is still cut (by `TextPath.wrap`).
 */
export function columnWidths(
	relative: readonly number[],
	longestWord: readonly number[],
	total: number
): number[] {
	const sum = relative.reduce((a, w) => a + w, 0);
	const widths = relative.map((w) => (w / sum) * total);
	const need = widths.map((w, i) => Math.max(0, longestWord[i] - w));
	const deficit = need.reduce((a, n) => a + n, 0);
	const slack = widths.map((w, i) => Math.max(0, w - longestWord[i]));
	const spare = slack.reduce((a, n) => a + n, 0);
	if (deficit === 0 || spare < deficit) return widths;
	return widths.map((w, i) => (need[i] > 0 ? longestWord[i] : w - (slack[i] / spare) * deficit));
}

/** Cell padding left and right (`cellPadding: 4`), and a hair so a word that fits exactly does. */
const CELL_SIDES = 8.5;

function columnStyles(l: Layout, columns: TableColumn[], rows: readonly string[][]) {
	const doc = l.doc;
	const size = doc.getFontSize();
	const style = doc.getFont().fontStyle;
	const longest = (texts: string[], bold: boolean, fontSize: number) => {
		doc.setFont(l.text.fonts.primary.name, bold ? 'bold' : 'normal');
		doc.setFontSize(fontSize);
		let max = 0;
		for (const text of texts)
			for (const word of text.split(/\s+/)) if (word) max = Math.max(max, l.text.width(word));
		return max;
	};
	const words = columns.map(
		(c, i) =>
			Math.max(
				longest([c.header], true, 8),
				longest(
					rows.map((r) => r[i] ?? ''),
					false,
					8.5
				)
			) + CELL_SIDES
	);
	doc.setFont(l.text.fonts.primary.name, style);
	doc.setFontSize(size);
	const widths = columnWidths(
		columns.map((c) => c.width ?? 1),
		words,
		WIDTH
	);
	return Object.fromEntries(
		columns.map((c, i) => [i, { cellWidth: widths[i], halign: c.align ?? 'left' }])
	);
}

function table(l: Layout, options: UserOptions, section: string) {
	// autotable measures and draws with the current font only: cells are wrapped and drawn through the
	// text path instead (autotable still sizes rows from the line count and draws fills and rules).
	const drawn = new WeakMap<object, string[]>();
	const wrap = (text: string | string[], space: number) =>
		l.text.wrap(Array.isArray(text) ? text.join('\n') : text, space);
	autoTable(l.doc, {
		startY: l.y,
		margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
		// A row (e.g. a connection) moves to the next page whole; only a row taller than a page splits.
		rowPageBreak: 'avoid',
		showHead: 'everyPage',
		tableWidth: WIDTH,
		...options,
		styles: { ...options.styles, overflow: wrap },
		willDrawCell: (data: CellHookData) => {
			drawn.set(data.cell, data.cell.text);
			data.cell.text = [''];
		},
		didDrawCell: (data: CellHookData) => {
			const { cell, doc } = data;
			const lines = drawn.get(cell) ?? [];
			cell.text = lines;
			const size = doc.getFontSize();
			const lineHeight = size * doc.getLineHeightFactor();
			const pos = cell.getTextPos();
			let y = pos.y + size * (2 - 1.15);
			const align =
				cell.styles.halign === 'right' || cell.styles.halign === 'center'
					? cell.styles.halign
					: 'left';
			for (const line of lines) {
				l.text.draw(line, pos.x, y, { align });
				y += lineHeight;
			}
		},
		didDrawPage: () => {
			const page = l.doc.getNumberOfPages();
			l.pageSection[page] ??= section;
		}
	});
	const last = (l.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable;
	l.y = last.finalY + 12;
}

function block(l: Layout, b: Block, section: string) {
	const { doc } = l;
	switch (b.kind) {
		case 'heading': {
			l.font(12.5, true, ACCENT);
			const lines = l.lines(b.text, WIDTH);
			l.ensure(lines.length * 17 + 8 + BODY.line * 3, section);
			l.y += 6;
			l.write(lines, MARGIN.left, 17, section);
			l.y += 4;
			return;
		}
		case 'paragraph': {
			const muted = b.tone === 'muted';
			l.font(muted ? 9 : BODY.size, false, muted ? MUTED : INK);
			l.write(l.lines(b.text, WIDTH), MARGIN.left, muted ? 13 : BODY.line, section);
			l.y += 8;
			return;
		}
		case 'question': {
			l.font(9.5, true, MUTED);
			const q = l.lines(b.question, WIDTH);
			l.font(BODY.size);
			const a = b.answer ? l.lines(b.answer, WIDTH) : [];
			// Keep the question with the first lines of its answer (or with the table it introduces).
			l.ensure(
				q.length * 13 + (a.length > 0 ? Math.min(a.length, 2) * BODY.line : 56) + 6,
				section
			);
			l.font(9.5, true, MUTED);
			l.write(q, MARGIN.left, 13, section);
			l.y += 3;
			if (a.length > 0) {
				l.font(BODY.size);
				l.write(a, MARGIN.left, BODY.line, section);
				l.y += 10;
			}
			return;
		}
		case 'list': {
			l.font(BODY.size);
			for (const item of b.items) {
				const lines = l.lines(item, WIDTH - 14);
				l.ensure(BODY.line * Math.min(lines.length, 2), section);
				doc.setTextColor(...ACCENT);
				l.text.draw('•', MARGIN.left + 2, l.y + BODY.line * 0.72);
				doc.setTextColor(...INK);
				l.write(lines, MARGIN.left + 14, BODY.line, section);
				l.y += 3;
			}
			l.y += 6;
			return;
		}
		case 'keyValues':
			l.ensure(BODY.line * 2, section);
			table(
				l,
				{
					theme: 'plain',
					body: b.rows.map((r) => [r.key, r.value]),
					styles: {
						font: FONT,
						fontSize: 9.5,
						textColor: INK,
						cellPadding: { top: 2.5, bottom: 2.5, left: 0, right: 8 }
					},
					columnStyles: {
						0: { cellWidth: 128, textColor: MUTED, fontStyle: 'bold', fontSize: 8.5 },
						1: { cellWidth: WIDTH - 128 }
					}
				},
				section
			);
			return;
		case 'table':
			l.ensure(48, section);
			table(
				l,
				{
					theme: 'grid',
					head: [b.columns.map((c) => c.header)],
					body: b.rows,
					styles: {
						font: FONT,
						fontSize: 8.5,
						textColor: INK,
						cellPadding: 4,
						lineColor: RULE,
						lineWidth: 0.5,
						valign: 'top'
					},
					headStyles: {
						fontStyle: 'bold',
						fillColor: [232, 240, 241],
						textColor: ACCENT,
						fontSize: 8
					},
					alternateRowStyles: { fillColor: [249, 251, 251] },
					columnStyles: columnStyles(l, b.columns, b.rows),
					// Headers line up with their column's content (numbers to the right).
					didParseCell: (data) => {
						if (data.section === 'head')
							data.cell.styles.halign = b.columns[data.column.index]?.align ?? 'left';
					}
				},
				section
			);
			return;
		case 'cover':
		case 'contents':
		case 'figure':
			return; // laid out by their own functions
	}
}

const rgb = (hex: string): [number, number, number] =>
	[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** The map figure drawn as vector shapes, its names through the text path, then its caption. */
function figure(l: Layout, data: MapFigure, caption: string, section: string) {
	const { doc } = l;
	const drawing = mapFigureShapes(data);
	let width = WIDTH;
	let height = (drawing.height / drawing.width) * width;
	const room = BOTTOM - MARGIN.top - 40;
	if (height > room) {
		height = room;
		width = (drawing.width / drawing.height) * height;
	}
	l.ensure(height + 30, section);
	const k = width / drawing.width;
	const ox = MARGIN.left + (WIDTH - width) / 2;
	const oy = l.y;
	const X = (x: number) => ox + x * k;
	const Y = (y: number) => oy + y * k;
	for (const s of drawing.shapes) {
		if (s.kind === 'rect') {
			if (s.fill) doc.setFillColor(...rgb(s.fill));
			if (s.stroke) {
				doc.setDrawColor(...rgb(s.stroke));
				doc.setLineWidth((s.strokeWidth ?? 1) * k);
			}
			doc.rect(X(s.x), Y(s.y), s.w * k, s.h * k, s.fill && s.stroke ? 'FD' : s.fill ? 'F' : 'S');
		} else if (s.kind === 'line') {
			doc.setDrawColor(...rgb(s.stroke));
			doc.setLineWidth(s.strokeWidth * k);
			doc.setLineDashPattern(s.dash ? s.dash.map((d) => d * k) : [], 0);
			doc.line(X(s.x1), Y(s.y1), X(s.x2), Y(s.y2));
			doc.setLineDashPattern([], 0);
		} else if (s.kind === 'circle') {
			doc.setFillColor(...rgb(s.fill));
			doc.circle(X(s.cx), Y(s.cy), s.r * k, 'F');
		} else {
			l.font(s.size * k, s.bold, rgb(s.colour));
			const align = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
			l.text.draw(s.text, X(s.x), Y(s.y), { align, angle: s.rotate ? -s.rotate : undefined });
		}
	}
	l.y += height + 8;
	l.font(9, false, MUTED);
	l.write(l.lines(caption, WIDTH), MARGIN.left, 13, section);
	l.y += 10;
}

function cover(l: Layout, b: Extract<Block, { kind: 'cover' }>) {
	const { doc } = l;
	doc.setFillColor(...ACCENT);
	doc.rect(0, 0, PAGE.width, 12, 'F');
	let y = 220;
	l.font(11, true, ACCENT);
	l.text.draw(b.kicker.toLocaleUpperCase(), MARGIN.left, y, { charSpace: 1.2 });
	y += 22;
	l.font(28, true);
	for (const line of l.lines(b.title, WIDTH).slice(0, 6)) {
		y += 32;
		l.text.draw(line, MARGIN.left, y);
	}
	y += 28;
	doc.setDrawColor(...ACCENT);
	doc.setLineWidth(1.5);
	doc.line(MARGIN.left, y, MARGIN.left + 72, y);
	y += 30;
	for (const d of b.details) {
		l.font(8.5, true, MUTED);
		l.text.draw(d.key.toLocaleUpperCase(), MARGIN.left, y, { charSpace: 0.6 });
		l.font(13);
		const lines = l.lines(d.value, WIDTH).slice(0, 3);
		lines.forEach((line, i) => l.text.draw(line, MARGIN.left, y + 17 + i * 17));
		y += 26 + lines.length * 17;
	}
	l.font(9, false, MUTED);
	l.text.draw(b.generated, MARGIN.left, PAGE.height - 60);
}

interface ContentsSlot {
	page: number;
	y: number;
	target: string;
}

function contents(
	l: Layout,
	b: Extract<Block, { kind: 'contents' }>,
	section: string
): ContentsSlot[] {
	const slots: ContentsSlot[] = [];
	for (const [i, entry] of b.entries.entries()) {
		l.ensure(24, section);
		l.font(11.5, false, INK);
		l.text.draw(`${l.number(i + 1)}.`, MARGIN.left, l.y + 14);
		l.text.draw(entry.title, MARGIN.left + 24, l.y + 14);
		slots.push({ page: l.doc.getNumberOfPages(), y: l.y, target: entry.title });
		l.y += 24;
	}
	return slots;
}

function sectionTitle(l: Layout, title: string) {
	l.font(20, true, INK);
	const lines = l.lines(title, WIDTH);
	l.write(lines, MARGIN.left, 25, title);
	l.doc.setDrawColor(...ACCENT);
	l.doc.setLineWidth(1);
	l.doc.line(MARGIN.left, l.y + 4, MARGIN.left + 40, l.y + 4);
	l.y += 20;
}

function headersAndFooters(l: Layout, title: string, firstIsCover: boolean) {
	const { doc } = l;
	const total = doc.getNumberOfPages();
	let section = '';
	for (let page = 1; page <= total; page++) {
		section = l.pageSection[page] ?? section;
		if (page === 1 && firstIsCover) continue;
		doc.setPage(page);
		l.font(8, false, MUTED);
		const rightWidth = l.text.width(section);
		const header = m.plan_doc_runningHeader({ title });
		const [head] = l.text.wrap(header, WIDTH - rightWidth - 24);
		l.text.draw(head === header ? head : `${head.replace(/\s*\S*$/, '')} …`, MARGIN.left, 40);
		l.text.draw(section, PAGE.width - MARGIN.right, 40, { align: 'right' });
		doc.setDrawColor(...RULE);
		doc.setLineWidth(0.5);
		doc.line(MARGIN.left, 47, PAGE.width - MARGIN.right, 47);
		l.text.draw(
			m.plan_doc_page({ n: l.number(page), total: l.number(total) }),
			PAGE.width / 2,
			PAGE.height - 30,
			{ align: 'center' }
		);
	}
}

function renderSection(l: Layout, s: PlanSection, slots: ContentsSlot[]) {
	for (const b of s.blocks) {
		if (b.kind === 'cover') cover(l, b);
		else if (b.kind === 'contents') slots.push(...contents(l, b, s.title));
		else if (b.kind === 'figure') figure(l, b.figure, b.caption, s.title);
		else block(l, b, s.title);
	}
}

/** Registers DejaVu Sans and the fallback files with jsPDF and returns the text path over them. */
function textPath(doc: jsPDF, options: RenderOptions): TextPath {
	doc.addFileToVFS('DejaVuSans.ttf', options.fonts.regular);
	doc.addFileToVFS('DejaVuSans-Bold.ttf', options.fonts.bold);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setFont(FONT, 'normal');
	const glyphs = (
		doc.getFont() as unknown as {
			metadata: { cmap: { unicode: { codeMap: Record<number, number> } } };
		}
	).metadata.cmap.unicode.codeMap;
	const primary: Face = {
		name: FONT,
		covers: (code) => primaryDraws(code, (c) => !!glyphs[c]),
		code: (code) => code,
		bold: true
	};
	const fallbacks = new Map<string, Face>();
	for (const { id, font } of options.fallbacks ?? []) {
		const name = `Noto-${id}`;
		doc.addFileToVFS(
			`${name}.ttf`,
			fontBinary(
				font.bytes.buffer.slice(
					font.bytes.byteOffset,
					font.bytes.byteOffset + font.bytes.byteLength
				) as ArrayBuffer
			)
		);
		doc.addFont(`${name}.ttf`, name, 'normal');
		fallbacks.set(id, {
			name,
			covers: (code) => font.covers.has(code) && (code <= 0xffff || font.astral.has(code)),
			code: (code) => font.astral.get(code) ?? code,
			bold: false
		});
	}
	return new TextPath(doc, { primary, fallbacks, missing: '□' });
}

/**
 * Lays the plan out and returns the PDF with its page count. Synchronous work in one go: call it
 * from a worker (plan.worker.ts) for large plans. Fonts: DejaVu Sans always; the fallback files
 * that `fontsNeeded` lists for this plan, already fetched and converted.
 */
export async function renderPlan(
	plan: PlanDocument,
	options: RenderOptions
): Promise<RenderedPlan> {
	const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true, putOnlyUsedFonts: true });
	const locale = options.locale ?? plan.locale ?? 'en';
	doc.setLanguage(locale as Parameters<jsPDF['setLanguage']>[0]);
	// Title and bookmarks in any script (jsPDF writes these strings byte by byte).
	doc.setProperties({
		title: pdfTextString(plan.title),
		subject: pdfTextString(plan.subject),
		creator: 'Convene'
	});
	doc.setLineHeightFactor(1.35);

	const l = new Layout(doc, textPath(doc, options), locale);
	const slots: ContentsSlot[] = [];
	const starts = new Map<string, number>();
	const sectionPages: RenderedPlan['sectionPages'] = {};
	for (const [i, s] of plan.sections.entries()) {
		if (i > 0) l.newPage(s.title);
		else l.pageSection[1] = s.title;
		starts.set(s.title, doc.getNumberOfPages());
		sectionPages[s.id] = doc.getNumberOfPages();
		doc.outline.add(null, pdfTextString(s.title), { pageNumber: doc.getNumberOfPages() });
		if (s.id !== 'cover') sectionTitle(l, s.title);
		renderSection(l, s, slots);
		options.onProgress?.(i + 1, plan.sections.length);
	}

	// The contents' page numbers are known only now; write them, with links, on the contents page.
	for (const slot of slots) {
		const target = starts.get(slot.target);
		if (!target) continue;
		doc.setPage(slot.page);
		l.font(11.5, false, INK);
		l.text.draw(l.number(target), PAGE.width - MARGIN.right, slot.y + 14, { align: 'right' });
		const titleEnd = MARGIN.left + 24 + l.text.width(slot.target) + 6;
		const numberStart = PAGE.width - MARGIN.right - l.text.width(l.number(target)) - 6;
		doc.setDrawColor(...RULE);
		doc.setLineDashPattern([1, 3], 0);
		if (numberStart > titleEnd) doc.line(titleEnd, slot.y + 13, numberStart, slot.y + 13);
		doc.setLineDashPattern([], 0);
		doc.link(MARGIN.left, slot.y, WIDTH, 20, { pageNumber: target });
	}

	headersAndFooters(l, plan.title, plan.sections[0]?.id === 'cover');
	return {
		blob: doc.output('blob'),
		pages: doc.getNumberOfPages(),
		sectionPages,
		unprintable: [...l.text.unprintable]
	};
}
