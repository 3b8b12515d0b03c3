// The PDF's health check is one row per rule (issue 29, point 5): for ten partners that every rule
// names, and ten actions nobody owns, it stays on one page.
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
	const bytes = readFileSync(path.join(ROOT, 'static', url));
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const URLS = { regular: '/fonts/DejaVuSans.ttf', bold: '/fonts/DejaVuSans-Bold.ttf' };
const NOW = Date.UTC(2025, 4, 14, 12);

describe('the health check in the PDF', () => {
	it('takes one page for ten partners that every rule names', async () => {
		const b = buildDemoBundle('health', NOW);
		// The demo's own partner names (from 7 to 46 characters), ten of them.
		const home = b.partners.find((p) => p.home)!;
		const ten = b.partners.filter((p) => !p.home).slice(0, 10);
		expect(ten).toHaveLength(10);
		const names = ten.map((p) => p.name);
		b.partners = [
			home,
			...ten.map((p, i) => ({
				...p,
				id: `h-${i}`,
				phase: 2 as const,
				valueWeOffer: '',
				relationshipTerms: 'Draft agreement sent'
			}))
		];
		b.people = [];
		b.connections = [];
		b.criteria = [];
		b.criterionScores = [];
		b.answers = [];
		b.actions = names.map((name, i) => ({
			workshopId: b.workshop.id,
			id: `a-${i}`,
			title: `Call ${name}`,
			partnerId: `h-${i}`,
			owner: '',
			dueDate: '',
			status: 'todo' as const,
			order: i,
			createdAt: NOW
		}));
		const rendered = await loadAndRender(
			buildPlan(b, { now: NOW, sections: ['health'] }),
			fromDisk,
			URLS
		);
		const file = path.join(OUT, 'health.pdf');
		writeFileSync(file, Buffer.from(await rendered.blob.arrayBuffer()));
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		for (const name of names) expect(text).toContain(name);
		expect(text).toContain('10 partners have nobody who makes decisions.');
		expect(text).toContain('10 open actions have no owner.');
		expect(rendered.pages).toBe(1);
		// The page to look at: reports/pdf-unit/health-1.png.
		execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(OUT, 'health')]);
	}, 20_000);
});
