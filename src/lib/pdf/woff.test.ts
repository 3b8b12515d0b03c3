import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontFileError, readCmap, readSfntCmap, woffToTtf, writeCmap } from './woff';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const bytes = (file: string) => {
	const b = readFileSync(path.join(ROOT, file));
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('woffToTtf', () => {
	it('turns a Noto Emoji slice into TrueType whose emoji sit at private BMP codes', async () => {
		const font = await woffToTtf(
			bytes('node_modules/@fontsource/noto-emoji/files/noto-emoji-6-400-normal.woff')
		);
		const apple = 0x1f34e;
		expect(font.covers.has(apple)).toBe(true);
		const standIn = font.astral.get(apple)!;
		expect(standIn).toBeGreaterThanOrEqual(0xe000);
		expect(standIn).toBeLessThanOrEqual(0xf8ff);
		// The rewritten character map holds the stand-in, with the glyph the emoji had.
		const map = readSfntCmap(font.bytes);
		expect(map.get(standIn)).toBeGreaterThan(0);
		expect(new TextDecoder().decode(font.bytes.subarray(0, 4))).toBe('\u0000\u0001\u0000\u0000');
	});

	it('keeps a font without characters beyond the BMP as it is', async () => {
		const font = await woffToTtf(
			bytes('node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff')
		);
		expect(font.astral.size).toBe(0);
		expect(font.covers.has(0x0e01)).toBe(true);
	});

	it('refuses files that are not TrueType WOFF, with a clear message', async () => {
		await expect(
			woffToTtf(new TextEncoder().encode('not a font at all, just text').buffer as ArrayBuffer)
		).rejects.toThrow(FontFileError);
		await expect(woffToTtf(bytes('static/fonts/DejaVuSans.ttf'))).rejects.toThrow(
			'not a WOFF file'
		);
		const truncated = bytes(
			'node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff'
		).slice(0, 200);
		await expect(woffToTtf(truncated)).rejects.toThrow(FontFileError);
	});
});

describe('character maps', () => {
	it('write and read back the same mapping (format 4)', () => {
		const map = new Map([
			[0x41, 3],
			[0x42, 4],
			[0x43, 5],
			[0x5d1, 9],
			[0xe000, 40]
		]);
		expect(readCmap(writeCmap(map))).toEqual(map);
	});
});
