// Emoji in the PDF (issue 29, point 7): what the fonts can draw is drawn, and the text a reader copies
// or searches is the name as typed — joiners, variation selectors and skin tones included.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { loadAndRender, type FetchBytes } from './load';
import { buildPlan } from './plan-model';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'reports/pdf-unit');
mkdirSync(OUT, { recursive: true });

const fromDisk: FetchBytes = async (url) => {
	const file = url.startsWith('/node_modules/')
		? path.join(ROOT, url)
		: path.join(ROOT, 'static', url);
	const bytes = readFileSync(file);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const URLS = { regular: '/fonts/DejaVuSans.ttf', bold: '/fonts/DejaVuSans-Bold.ttf' };
const NOW = Date.UTC(2025, 4, 14, 12);

const NAMES = ['😀 Smile Clinic', '👩‍⚕️ Nurses Guild 👩🏽‍🔬'];

describe('emoji in the PDF', () => {
	it('draws 😀 and a ZWJ name with real glyphs, and the copyable text is the name itself', async () => {
		const b = buildDemoBundle('emoji', NOW);
		const first = b.partners.find((p) => !p.home)!;
		NAMES.forEach((name, i) => b.partners.push({ ...first, id: `emoji-${i}`, name, home: false }));
		const plan = buildPlan(b, { now: NOW, sections: ['partners'] });
		const rendered = await loadAndRender(plan, fromDisk, URLS);
		expect(rendered.unprintable).toEqual([]);
		const file = path.join(OUT, 'emoji.pdf');
		writeFileSync(file, Buffer.from(await rendered.blob.arrayBuffer()));
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		expect(text).not.toContain('□');
		const lines = text.split('\n').map((line) => line.trim());
		for (const name of NAMES) expect(lines, name).toContain(name);
		// A page to look at (reports/pdf-unit/emoji-*.png): every emoji a glyph, no box.
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'110',
			'-f',
			'1',
			'-l',
			'1',
			file,
			path.join(OUT, 'emoji')
		]);
	}, 20_000);
});
