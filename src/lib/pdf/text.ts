/**
 * The PDF's one text path: every string the plan prints is measured, wrapped and drawn here.
 *
 * A line goes through, in order: Arabic shaping (jsPDF's `processArabic`: letters to their joined
 * presentation forms, in logical order), the Unicode Bidirectional Algorithm (`bidi-js`: embedding
 * levels, mirrored brackets, runs reversed into visual order), then font selection per character
 * (DejaVu Sans where it has the glyph, else the fallback file of the line's script, see fonts.ts).
 * Runs of one font are drawn left to right. jsPDF's own bidi pass is switched off for these calls
 * (the text is already visual, the order every PDF reader expects: poppler and Acrobat rebuild the
 * logical order from it). A run drawn through private stand-in codes (emoji, see woff.ts) is wrapped
 * in a marked-content span whose ActualText holds the real characters, so copying and text
 * extraction give the emoji, not the stand-ins; so is a run from which characters that are never
 * drawn were left out (the joiner and variation selector of 👩‍⚕️, a skin tone).
 */

import bidiFactory from 'bidi-js';
import type { jsPDF } from 'jspdf';
import { familyOrder, ignorable, sourceFor } from './fonts';

const bidi = bidiFactory();

/** A font jsPDF knows, with what it can print. */
export interface Face {
	/** The jsPDF font family name (registered for 'normal' and 'bold'). */
	name: string;
	covers: (code: number) => boolean;
	/** The char code to draw for a code point (a private stand-in for characters beyond the BMP). */
	code: (code: number) => number;
	/** False when the family has no bold of its own: it is registered for 'normal' only, and bold is imitated with an outline. */
	bold: boolean;
}

interface TextFonts {
	primary: Face;
	/** Loaded fallback files by source id (see fonts.ts). */
	fallbacks: ReadonlyMap<string, Face>;
	/** Printed for a character no loaded font has. */
	missing: string;
}

interface Run {
	face: Face;
	text: string;
	/** The characters the run stands for, when it is drawn through stand-in codes. */
	actual?: string;
}

interface DrawOptions {
	align?: 'left' | 'right' | 'center';
	charSpace?: number;
	/** Degrees, counter-clockwise (90 reads upwards). */
	angle?: number;
}

/** jsPDF's own bidi pass, off: input and output both visual, left to right. */
const NO_BIDI = {
	isInputVisual: true,
	isOutputVisual: true,
	isInputRtl: false,
	isOutputRtl: false
};

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Chinese and Japanese characters: a line may break before any of them. */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u{20000}-\\u{3ffff}';
/** A CJK character, a word, or spaces, each with the spaces after it. */
const TOKEN = new RegExp(`[${CJK}]\\s*|[^\\s${CJK}]+\\s*|\\s+`, 'gu');

const utf16Hex = (text: string) => {
	let out = 'FEFF';
	for (let i = 0; i < text.length; i++)
		out += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return out;
};

/**
 * A PDF text string for metadata and bookmarks, which jsPDF writes byte by byte: Latin-1 text as it
 * is, anything else as UTF-16BE with its byte order mark (one char per byte), as the PDF format
 * allows for text strings.
 */
export function pdfTextString(text: string): string {
	// eslint-disable-next-line no-control-regex
	if (/^[\u0000-\u00ff]*$/.test(text)) return text;
	let out = '\u00fe\u00ff';
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		out += String.fromCharCode(unit >> 8, unit & 0xff);
	}
	return out;
}

export class TextPath {
	readonly doc: jsPDF;
	readonly fonts: TextFonts;
	readonly direction: 'ltr' | 'rtl';
	/** Characters drawn as `fonts.missing` because no loaded font had them (for tests and warnings). */
	readonly unprintable = new Set<string>();
	#runs = new Map<string, { runs: Run[] }>();

	constructor(doc: jsPDF, fonts: TextFonts, direction: 'ltr' | 'rtl' = 'ltr') {
		this.doc = doc;
		this.fonts = fonts;
		this.direction = direction;
	}

	/** Shaped, reordered, split by font: the runs of one line in drawing (visual) order. */
	runs(line: string): { runs: Run[] } {
		const cached = this.#runs.get(line);
		if (cached) return cached;
		let text = ARABIC.test(line)
			? (this.doc as unknown as { processArabic: (t: string) => string }).processArabic(line)
			: line;
		if (STRONG_RTL.test(text) || this.direction === 'rtl') text = reorder(text, this.direction);
		const { primary, fallbacks, missing } = this.fonts;
		const runs: Run[] = [];
		// Characters not drawn (a joiner, a variation selector, a skin tone) still belong to the text a
		// reader copies: they join the ActualText of the run they sit in, or of the next run at a
		// line's start.
		let undrawn = '';
		for (const ch of text) {
			const code = ch.codePointAt(0)!;
			if (ignorable(code)) {
				const last = runs[runs.length - 1];
				if (last) last.actual = (last.actual ?? last.text) + ch;
				else undrawn += ch;
				continue;
			}
			let face = primary;
			let drawn = ch;
			let standIn = false;
			if (!primary.covers(code)) {
				const source = sourceFor(code, familyOrder(code, line));
				let fallback = source && fallbacks.get(source.id);
				// A line cut from a longer one may lack the hint that chose the file: any loaded file will do.
				if (!fallback || !fallback.covers(code))
					fallback = [...fallbacks.values()].find((f) => f.covers(code));
				if (fallback) {
					face = fallback;
					const mapped = fallback.code(code);
					standIn = mapped !== code;
					drawn = String.fromCharCode(mapped);
				} else {
					this.unprintable.add(ch);
					drawn = missing;
				}
			}
			let last = runs[runs.length - 1];
			if (!last || last.face !== face) {
				runs.push((last = { face, text: '' }));
				if (undrawn !== '') [last.actual, undrawn] = [undrawn, ''];
			}
			if (standIn || last.actual !== undefined) last.actual = (last.actual ?? last.text) + ch;
			last.text += drawn;
		}
		const result = { runs };
		if (this.#runs.size > 20_000) this.#runs.clear();
		this.#runs.set(line, result);
		return result;
	}

	#style(): 'normal' | 'bold' {
		return this.doc.getFont().fontStyle === 'bold' ? 'bold' : 'normal';
	}

	/** The width of one line at the current font size, in points. */
	width(line: string, charSpace = 0): number {
		const { runs } = this.runs(line);
		const doc = this.doc;
		const style = this.#style();
		const size = doc.getFontSize();
		let width = 0;
		let chars = 0;
		for (const run of runs) {
			doc.setFont(run.face.name, run.face.bold ? style : 'normal');
			width += doc.getStringUnitWidth(run.text) * size;
			chars += run.text.length;
		}
		doc.setFont(this.fonts.primary.name, style);
		return width + charSpace * Math.max(0, chars - 1);
	}

	/**
	 * Breaks text into lines no wider than `width` at the current font size: at spaces, between
	 * Chinese/Japanese characters, and inside a word only when the word alone is too wide. Line breaks
	 * in the text are kept. Lines are logical text (drawn through `draw`).
	 */
	wrap(text: string, width: number): string[] {
		const out: string[] = [];
		for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n')) {
			const tokens = paragraph.match(TOKEN) ?? [''];
			let line = '';
			let lineWidth = 0;
			for (const token of tokens) {
				const w = this.width(token);
				const bare = this.width(token.trimEnd());
				if (line === '' || lineWidth + bare <= width) {
					if (line === '' && bare > width) {
						// A word wider than the line: cut it by characters.
						for (const piece of this.#cut(token, width)) {
							if (line !== '') out.push(line.trimEnd());
							line = piece;
						}
						lineWidth = this.width(line);
						continue;
					}
					line += token;
					lineWidth += w;
				} else {
					out.push(line.trimEnd());
					if (bare > width) {
						const pieces = this.#cut(token, width);
						out.push(...pieces.slice(0, -1).map((p) => p.trimEnd()));
						line = pieces[pieces.length - 1];
						lineWidth = this.width(line);
					} else {
						line = token;
						lineWidth = w;
					}
				}
			}
			out.push(line.trimEnd());
		}
		return out;
	}

	#cut(word: string, width: number): string[] {
		const pieces: string[] = [];
		let piece = '';
		for (const ch of word) {
			if (piece !== '' && this.width(piece + ch) > width) {
				pieces.push(piece);
				piece = '';
			}
			piece += ch;
		}
		pieces.push(piece);
		return pieces;
	}

	/** Draws one line with its baseline at `y`; `x` is the left edge, the right edge or the centre by `align`. */
	draw(line: string, x: number, y: number, options: DrawOptions = {}) {
		const doc = this.doc;
		const { runs } = this.runs(line);
		if (runs.length === 0) return;
		const charSpace = options.charSpace ?? 0;
		const total = this.width(line, charSpace);
		const shift = options.align === 'right' ? total : options.align === 'center' ? total / 2 : 0;
		const angle = ((options.angle ?? 0) * Math.PI) / 180;
		// The baseline's direction on the page (y grows downwards).
		const dx = Math.cos(angle);
		const dy = -Math.sin(angle);
		let at = -shift;
		const style = this.#style();
		const size = doc.getFontSize();
		const write = (doc.internal as unknown as { write: (s: string) => void }).write;
		for (const run of runs) {
			if (run.actual !== undefined) write(`/Span <</ActualText <${utf16Hex(run.actual)}>>> BDC`);
			doc.setFont(run.face.name, run.face.bold ? style : 'normal');
			const fakeBold = style === 'bold' && !run.face.bold;
			if (fakeBold) {
				doc.setDrawColor(doc.getTextColor());
				doc.setLineWidth(size * 0.03);
			}
			doc.text(run.text, x + at * dx, y + at * dy, {
				...NO_BIDI,
				charSpace: charSpace || undefined,
				angle: options.angle || undefined,
				renderingMode: fakeBold ? 'fillThenStroke' : undefined
			});
			at += doc.getStringUnitWidth(run.text) * size + charSpace * run.text.length;
			if (run.actual !== undefined) write('EMC');
		}
		doc.setFont(this.fonts.primary.name, style);
	}
}

/** A logical line in visual order (left to right) by the Unicode Bidirectional Algorithm. */
export function reorder(text: string, direction: 'ltr' | 'rtl' = 'ltr'): string {
	// bidi-js reads UTF-16 code units and takes a lone surrogate for a left-to-right letter: give it
	// two neutral stand-ins (U+FFFC, same length, same class as an emoji) to decide the levels.
	const probe = text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '\ufffc\ufffc');
	const levels = bidi.getEmbeddingLevels(probe, direction);
	// One slot per code unit (bidi-js's indices), a surrogate pair whole in its first slot and '' in
	// its second: reversing a run moves the pair as one character, and joining drops the empty slot.
	const chars = text.split('');
	for (let i = 0; i < chars.length - 1; i++) {
		if (/[\ud800-\udbff]/.test(chars[i]) && /[\udc00-\udfff]/.test(chars[i + 1])) {
			chars[i] += chars[i + 1];
			chars[++i] = '';
		}
	}
	for (const [index, mirror] of bidi.getMirroredCharactersMap(probe, levels.levels))
		chars[index] = mirror;
	for (const [start, end] of bidi.getReorderSegments(probe, levels)) {
		const slice = chars.slice(start, end + 1).reverse();
		chars.splice(start, slice.length, ...slice);
	}
	return chars.join('');
}
