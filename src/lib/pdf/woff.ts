/**
 * Font files for jsPDF: WOFF (version 1) in, TrueType out, with characters beyond the Basic
 * Multilingual Plane (emoji, rare CJK) given stand-in code points in the Private Use Area.
 *
 * Why: the script fonts come from @fontsource packages, which ship WOFF and WOFF2 only, while jsPDF
 * reads TrueType; WOFF 1 is TrueType with each table zlib-compressed, so unwrapping it is a few lines.
 * jsPDF also reads only a font's 16-bit character map (cmap format 4) and walks text by UTF-16 code
 * unit, so an emoji such as U+1F32E has no glyph for it. `woffToTtf` therefore rewrites the cmap with
 * each such character at a private BMP code (`astral`), which the text path draws instead, and the
 * PDF's ActualText carries the real character (see text.ts). Works in browsers, workers and Node 18+.
 */

export interface TrueTypeFont {
	/** The TrueType file as bytes. */
	bytes: Uint8Array;
	/** Every code point the font has a glyph for (including those beyond the BMP). */
	covers: Set<number>;
	/** Code points beyond the BMP → the private BMP code that stands for them in this font. */
	astral: Map<number, number>;
}

/** Raised for a file that is not a WOFF 1 TrueType font; the message says what is wrong. */
export class FontFileError extends Error {}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([data as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('deflate'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

const tag = (view: DataView, at: number) =>
	String.fromCharCode(
		view.getUint8(at),
		view.getUint8(at + 1),
		view.getUint8(at + 2),
		view.getUint8(at + 3)
	);

/** WOFF 1 → its TrueType tables, by tag. Throws FontFileError for anything else. */
async function woffTables(
	input: ArrayBuffer
): Promise<{ flavor: number; tables: Map<string, Uint8Array> }> {
	const view = new DataView(input);
	if (input.byteLength < 44 || tag(view, 0) !== 'wOFF') throw new FontFileError('not a WOFF file');
	const flavor = view.getUint32(4);
	if (flavor !== 0x00010000) throw new FontFileError('not a TrueType-flavoured WOFF file');
	const count = view.getUint16(12);
	const tables = new Map<string, Uint8Array>();
	for (let i = 0; i < count; i++) {
		const at = 44 + i * 20;
		if (at + 20 > input.byteLength) throw new FontFileError('truncated table directory');
		const name = tag(view, at);
		const offset = view.getUint32(at + 4);
		const compressed = view.getUint32(at + 8);
		const length = view.getUint32(at + 12);
		if (offset + compressed > input.byteLength)
			throw new FontFileError(`table ${name} runs past the end`);
		const data = new Uint8Array(input, offset, compressed);
		tables.set(name, compressed < length ? await inflate(data) : data.slice());
	}
	return { flavor, tables };
}

/** Every code point → glyph mapping of a cmap table (formats 4 and 12, Unicode subtables). */
export function readCmap(cmap: Uint8Array): Map<number, number> {
	const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
	const map = new Map<number, number>();
	const subtables = view.getUint16(2);
	for (let i = 0; i < subtables; i++) {
		const platform = view.getUint16(4 + i * 8);
		const encoding = view.getUint16(6 + i * 8);
		const offset = view.getUint32(8 + i * 8);
		const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
		if (!unicode) continue;
		const format = view.getUint16(offset);
		if (format === 4) {
			const segs = view.getUint16(offset + 6) / 2;
			const ends = offset + 14;
			const starts = ends + segs * 2 + 2;
			const deltas = starts + segs * 2;
			const ranges = deltas + segs * 2;
			for (let s = 0; s < segs; s++) {
				const end = view.getUint16(ends + s * 2);
				const start = view.getUint16(starts + s * 2);
				const delta = view.getInt16(deltas + s * 2);
				const rangeOffset = view.getUint16(ranges + s * 2);
				for (let c = start; c <= end && c !== 0xffff; c++) {
					let glyph: number;
					if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
					else {
						const at = ranges + s * 2 + rangeOffset + (c - start) * 2;
						glyph = view.getUint16(at);
						if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
					}
					if (glyph !== 0 && !map.has(c)) map.set(c, glyph);
				}
			}
		} else if (format === 12) {
			const groups = view.getUint32(offset + 12);
			for (let g = 0; g < groups; g++) {
				const at = offset + 16 + g * 12;
				const start = view.getUint32(at);
				const end = view.getUint32(at + 4);
				const glyph = view.getUint32(at + 8);
				for (let c = start; c <= end; c++) if (!map.has(c)) map.set(c, glyph + c - start);
			}
		}
	}
	return map;
}

/** The character map of a TrueType file (its `cmap` table, see readCmap). Throws FontFileError without one. */
export function readSfntCmap(bytes: Uint8Array): Map<number, number> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const count = view.getUint16(4);
	for (let i = 0; i < count; i++) {
		const at = 12 + i * 16;
		if (tag(view, at) !== 'cmap') continue;
		const offset = view.getUint32(at + 8);
		const length = view.getUint32(at + 12);
		return readCmap(bytes.subarray(offset, offset + length));
	}
	throw new FontFileError('the font has no character map');
}

/** A cmap table with one format 4 subtable (Windows Unicode BMP) holding `map` (codes ≤ 0xFFFE). */
export function writeCmap(map: Map<number, number>): Uint8Array {
	const codes = [...map.keys()].filter((c) => c < 0xffff).sort((a, b) => a - b);
	// Segments of consecutive codes with consecutive glyphs (idDelta encodes them without a glyph array).
	const segments: { start: number; end: number; delta: number }[] = [];
	for (const c of codes) {
		const glyph = map.get(c)!;
		const last = segments[segments.length - 1];
		if (last && last.end === c - 1 && ((last.delta + c) & 0xffff) === glyph) last.end = c;
		else segments.push({ start: c, end: c, delta: (glyph - c) & 0xffff });
	}
	segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
	const n = segments.length;
	const length = 16 + n * 8;
	const out = new DataView(new ArrayBuffer(12 + length));
	out.setUint16(0, 0); // cmap version
	out.setUint16(2, 1); // one subtable
	out.setUint16(4, 3); // Windows
	out.setUint16(6, 1); // Unicode BMP
	out.setUint32(8, 12);
	const at = 12;
	const entrySelector = Math.floor(Math.log2(n));
	out.setUint16(at, 4);
	out.setUint16(at + 2, length);
	out.setUint16(at + 4, 0);
	out.setUint16(at + 6, n * 2);
	out.setUint16(at + 8, 2 * 2 ** entrySelector);
	out.setUint16(at + 10, entrySelector);
	out.setUint16(at + 12, 2 * n - 2 * 2 ** entrySelector);
	segments.forEach((s, i) => {
		out.setUint16(at + 14 + i * 2, s.end);
		out.setUint16(at + 16 + n * 2 + i * 2, s.start);
		out.setUint16(at + 16 + n * 4 + i * 2, s.delta);
		out.setUint16(at + 16 + n * 6 + i * 2, 0);
	});
	return new Uint8Array(out.buffer);
}

function checksum(data: Uint8Array): number {
	const padded = new Uint8Array((data.length + 3) & ~3);
	padded.set(data);
	const view = new DataView(padded.buffer);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
	return sum;
}

/** Tables → one TrueType file (4-byte aligned tables, a fresh directory and checksums). */
function sfnt(flavor: number, tables: Map<string, Uint8Array>): Uint8Array {
	const names = [...tables.keys()].sort();
	const headerSize = 12 + names.length * 16;
	let size = headerSize;
	for (const name of names) size += (tables.get(name)!.length + 3) & ~3;
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	const entrySelector = Math.floor(Math.log2(names.length));
	view.setUint32(0, flavor);
	view.setUint16(4, names.length);
	view.setUint16(6, 16 * 2 ** entrySelector);
	view.setUint16(8, entrySelector);
	view.setUint16(10, names.length * 16 - 16 * 2 ** entrySelector);
	let offset = headerSize;
	names.forEach((name, i) => {
		const data = tables.get(name)!;
		const at = 12 + i * 16;
		for (let k = 0; k < 4; k++) view.setUint8(at + k, name.charCodeAt(k));
		view.setUint32(at + 4, checksum(data));
		view.setUint32(at + 8, offset);
		view.setUint32(at + 12, data.length);
		bytes.set(data, offset);
		offset += (data.length + 3) & ~3;
	});
	return bytes;
}

/**
 * A WOFF 1 font as a TrueType file jsPDF can embed, with its coverage. Characters beyond the BMP get
 * the first unused codes from U+E000 on (listed in `astral`); a font with none keeps its own cmap.
 * Throws FontFileError for files that are not TrueType WOFF.
 */
export async function woffToTtf(input: ArrayBuffer): Promise<TrueTypeFont> {
	const { flavor, tables } = await woffTables(input);
	const cmap = tables.get('cmap');
	if (!cmap) throw new FontFileError('the font has no character map');
	const map = readCmap(cmap);
	const astral = new Map<number, number>();
	const extra = [...map.keys()].filter((c) => c > 0xffff).sort((a, b) => a - b);
	if (extra.length > 0) {
		const bmp = new Map([...map].filter(([c]) => c <= 0xffff));
		let code = 0xe000;
		for (const c of extra) {
			while (bmp.has(code) && code <= 0xf8ff) code++;
			if (code > 0xf8ff) break; // more than the Private Use Area holds: the rest stay unprintable
			astral.set(c, code);
			bmp.set(code, map.get(c)!);
			code++;
		}
		tables.set('cmap', writeCmap(bmp));
	}
	return { bytes: sfnt(flavor, tables), covers: new Set(map.keys()), astral };
}
