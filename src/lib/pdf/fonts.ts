/**
 * The PDF's fallback fonts for the scripts DejaVu Sans lacks: Chinese, Japanese, Korean, Thai,
 * Devanagari and (monochrome) emoji, from the @fontsource Noto packages (SIL Open Font License; see
 * docs/fonts.md). Each package is split by Unicode range into small WOFF files; the PDF fetches only
 * the files that hold characters the plan prints, so a plan in Latin script fetches none of them.
 *
 * The build emits every file as a hashed asset (a URL list here, no bytes); the service worker keeps
 * each one for offline use once fetched (see src/lib/offline/cache-rules.ts), never up front.
 */

import sc from '@fontsource/noto-sans-sc/unicode.json';
import jp from '@fontsource/noto-sans-jp/unicode.json';
import kr from '@fontsource/noto-sans-kr/unicode.json';
import thai from '@fontsource/noto-sans-thai/unicode.json';
import devanagari from '@fontsource/noto-sans-devanagari/unicode.json';
import emoji from '@fontsource/noto-emoji/unicode.json';

export type FamilyId = 'sc' | 'jp' | 'kr' | 'thai' | 'devanagari' | 'emoji';

export interface FontSource {
	/** `<family>-<subset>`, e.g. `sc-4`, `thai-thai`. */
	id: string;
	family: FamilyId;
	url: string;
	/** Inclusive code point ranges the file holds. */
	ranges: [number, number][];
}

// Only the subsets DejaVu Sans does not cover: the numbered CJK and emoji slices, Thai, Devanagari.
const URLS: Record<FamilyId, Record<string, string>> = {
	sc: import.meta.glob<string>(
		'/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff',
		{ query: '?url', import: 'default', eager: true }
	),
	jp: import.meta.glob<string>(
		'/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-[0-9]*-400-normal.woff',
		{ query: '?url', import: 'default', eager: true }
	),
	kr: import.meta.glob<string>(
		'/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-400-normal.woff',
		{ query: '?url', import: 'default', eager: true }
	),
	thai: import.meta.glob<string>(
		'/node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff',
		{ query: '?url', import: 'default', eager: true }
	),
	devanagari: import.meta.glob<string>(
		'/node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff',
		{ query: '?url', import: 'default', eager: true }
	),
	emoji: import.meta.glob<string>(
		'/node_modules/@fontsource/noto-emoji/files/noto-emoji-[0-9]*-400-normal.woff',
		{ query: '?url', import: 'default', eager: true }
	)
};
const RANGES: Record<FamilyId, Record<string, string>> = { sc, jp, kr, thai, devanagari, emoji };

/** `U+4e00-4e0f,U+3000` → [[0x4e00, 0x4e0f], [0x3000, 0x3000]]. */
function parseRanges(text: string): [number, number][] {
	return text
		.split(',')
		.map((part) => /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
}

function sources(): FontSource[] {
	const out: FontSource[] = [];
	for (const family of Object.keys(URLS) as FamilyId[]) {
		for (const [path, url] of Object.entries(URLS[family])) {
			// noto-sans-sc-4-400-normal.woff → "4" (unicode.json says "[4]"); …-thai-thai-400… → "thai".
			const subset = /-([a-z0-9]+)-400-normal\.woff$/.exec(path)?.[1] ?? '';
			const ranges = RANGES[family][`[${subset}]`] ?? RANGES[family][subset];
			if (ranges) out.push({ id: `${family}-${subset}`, family, url, ranges: parseRanges(ranges) });
		}
	}
	return out;
}

const FONT_SOURCES: readonly FontSource[] = sources();

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/**
 * The order in which fallback families are tried for one character of a line. A script with a
 * family of its own goes there first (the subset ranges of the CJK files name some Thai and
 * Devanagari characters their fonts do not have); Han characters take Japanese shapes beside kana,
 * Korean beside Hangul, and Simplified Chinese otherwise; symbols go to the emoji font first.
 */
export function familyOrder(code: number, line: string): FamilyId[] {
	if (code >= 0x0e00 && code <= 0x0e7f) return ['thai'];
	if (
		(code >= 0x0900 && code <= 0x097f) ||
		(code >= 0xa8e0 && code <= 0xa8ff) ||
		(code >= 0x1cd0 && code <= 0x1cff)
	)
		return ['devanagari'];
	const cjk = KANA.test(line)
		? (['jp', 'sc', 'kr'] as const)
		: HANGUL.test(line)
			? (['kr', 'sc', 'jp'] as const)
			: (['sc', 'jp', 'kr'] as const);
	if ((code >= 0x2000 && code <= 0x2bff) || code >= 0x1f000) return ['emoji', ...cjk];
	return [...cjk, 'emoji'];
}

const byFamily = new Map<FamilyId, FontSource[]>();
for (const s of FONT_SOURCES) byFamily.set(s.family, [...(byFamily.get(s.family) ?? []), s]);

/** The file of the first family in `order` that holds `code`, or undefined. */
export function sourceFor(code: number, order: readonly FamilyId[]): FontSource | undefined {
	for (const family of order) {
		for (const s of byFamily.get(family) ?? []) {
			if (s.ranges.some(([a, b]) => code >= a && code <= b)) return s;
		}
	}
	return undefined;
}

/** Characters that are never drawn: joiners, variation selectors, direction marks, controls. */
export function ignorable(code: number): boolean {
	return (
		code < 0x20 ||
		(code >= 0x7f && code < 0xa0) ||
		code === 0xad ||
		(code >= 0x200b && code <= 0x200f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2060 && code <= 0x2069) ||
		(code >= 0xfe00 && code <= 0xfe0f) ||
		(code >= 0x1f3fb && code <= 0x1f3ff) || // skin tones: a monochrome font would print them as swatches
		code === 0xfeff ||
		(code >= 0xe0000 && code <= 0xe007f)
	);
}

/**
 * The font files a set of lines needs: for every character the primary font lacks, the file that
 * holds it (in the line's family order). Deterministic: sorted by id.
 */
export function sourcesNeeded(
	lines: Iterable<string>,
	primaryCovers: (code: number) => boolean
): FontSource[] {
	const found = new Map<string, FontSource>();
	for (const line of lines) {
		for (const ch of line) {
			const code = ch.codePointAt(0)!;
			if (ignorable(code) || primaryCovers(code)) continue;
			const source = sourceFor(code, familyOrder(code, line));
			if (source) found.set(source.id, source);
		}
	}
	return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
