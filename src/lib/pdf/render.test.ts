// The PDF text path end to end in Node: a plan with partner names in nine scripts is rendered with
// the real fonts (read from disk), then read back with poppler's pdftotext / pdffonts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import type { WorkshopBundle } from '$lib/domain/types';
import { SCRIPT_NAMES, comparable } from '../../../tests/fixtures/script-names';
import { loadAndRender, type FetchBytes } from './load';
import { buildPlan, type PlanDocument } from './plan-model';
import { reorder } from './text';
import { phaseColour } from '$lib/map/styling';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'reports/pdf-unit');
mkdirSync(OUT, { recursive: true });

const requested: string[] = [];
const fromDisk: FetchBytes = async (url) => {
	requested.push(url);
	const file = url.startsWith('/node_modules/')
		? path.join(ROOT, url)
		: path.join(ROOT, 'static', url);
	const bytes = readFileSync(file);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const URLS = { regular: '/fonts/DejaVuSans.ttf', bold: '/fonts/DejaVuSans-Bold.ttf' };
const NOW = Date.UTC(2025, 4, 14, 12);

/** The demo workshop plus one partner per test name: a person (no decision maker), a connection, an action. */
export function scriptsWorkshop(): WorkshopBundle {
	const b = buildDemoBundle('scripts', NOW);
	b.workshop.title = 'Convening מרכז 华人 🍎';
	const w = b.workshop.id;
	const first = b.partners[0];
	SCRIPT_NAMES.forEach(({ name }, i) => {
		const id = `script-${i}`;
		// One per map cell row, so no name is shortened in the figure.
		b.partners.push({
			...first,
			id,
			name,
			influence: 1 + (i % 5),
			interest: i < 5 ? 1 : 2,
			decision: null,
			phase: 0,
			home: false
		});
		b.people.push({
			workshopId: w,
			id: `script-person-${i}`,
			partnerId: id,
			name: `Contact ${i + 1}`,
			title: 'Director',
			roles: ['contributes'],
			contact: ''
		});
		b.connections.push({
			workshopId: w,
			id: `script-c-${i}`,
			sourceId: first.id,
			targetId: id,
			type: 'referral',
			strength: 2
		});
		b.actions.push({
			workshopId: w,
			id: `script-a-${i}`,
			title: `Call ${i + 1}`,
			partnerId: id,
			owner: 'Kevin Tran',
			dueDate: '2025-06-30',
			status: 'todo',
			order: 100 + i,
			createdAt: NOW
		});
	});
	return b;
}

function pdfText(file: string, first?: number, last?: number): string {
	const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
	return comparable(
		execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' })
	);
}

async function render(plan: PlanDocument, name: string) {
	requested.length = 0;
	const rendered = await loadAndRender(plan, fromDisk, URLS);
	const file = path.join(OUT, name);
	writeFileSync(file, Buffer.from(await rendered.blob.arrayBuffer()));
	return { rendered, file, requested: [...requested] };
}

describe('reorder (Unicode Bidirectional Algorithm)', () => {
	it('reverses right-to-left runs and keeps left-to-right text in place', () => {
		expect(reorder('abc')).toBe('abc');
		expect(reorder('שלום')).toBe('םולש');
		expect(reorder('at שלום now')).toBe('at םולש now');
		// Numbers keep their order inside Hebrew; brackets are mirrored.
		expect(reorder('(שלום 12)')).toBe('(12 םולש)');
	});
	it('never splits an emoji inside a right-to-left run', () => {
		expect(reorder('שלום 🍎 עולם')).toBe('םלוע 🍎 םולש');
		// Two emoji side by side, outside or inside a right-to-left run, each stay whole.
		expect(reorder('Food 🍎🥕 בית')).toBe('Food 🍎🥕 תיב');
		expect(reorder('שלום 🍎🥕 עולם')).toBe('םלוע 🥕🍎 םולש');
	});
});

describe('the PDF in every script', () => {
	it('prints every test name in logical order, with a real glyph, in every section that names partners', async () => {
		const plan = buildPlan(scriptsWorkshop(), { now: NOW });
		const { rendered, file } = await render(plan, 'scripts.pdf');
		expect(rendered.unprintable).toEqual([]);
		const pages = rendered.sectionPages;
		const order = Object.entries(pages).sort((a, b) => a[1]! - b[1]!);
		const sectionText = (id: string) => {
			const at = order.findIndex(([s]) => s === id);
			const next = order[at + 1]?.[1] ?? rendered.pages + 1;
			return pdfText(file, pages[id as keyof typeof pages], next - 1);
		};
		const sections = {
			map: sectionText('map'),
			partners: sectionText('partners'),
			actions: sectionText('actions'),
			health: sectionText('health')
		};
		for (const { script, name } of SCRIPT_NAMES) {
			const wanted = comparable(name);
			for (const [section, text] of Object.entries(sections))
				expect(text, `${script} in ${section}`).toContain(wanted);
			// The health check's one row per rule lists the names, each in its own reading order.
			expect(sections.health, script).toContain(comparable(`${name},`).replace(/,$/, ''));
		}
		expect(sections.health).toContain(comparable('partners have nobody who makes decisions.'));
		// The file's title (metadata) and the running header carry the title in its scripts too.
		expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
			/Title:\s+Convening מרכז 华人 🍎/
		);
		expect(pdfText(file, 2)).toContain(comparable('Partnership plan · Convening מרכז 华人 🍎'));
		// Fonts embedded: DejaVu Sans and one subset per fallback file used, none without its glyphs.
		const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
		expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
		for (const family of ['sc', 'jp', 'kr', 'thai', 'devanagari', 'emoji'])
			expect(fonts, family).toContain(`Noto-${family}-`);
		// Rendering with nine font families takes 3.6–5.3 s here (alone, and beside the whole suite).
	}, 20_000);

	it('a plan in Latin script asks for no font beyond DejaVu Sans', async () => {
		const plan = buildPlan(buildDemoBundle('latin', NOW), { now: NOW });
		const { rendered, requested } = await render(plan, 'latin.pdf');
		expect(rendered.unprintable).toEqual([]);
		expect(requested.filter((u) => !u.startsWith('/fonts/DejaVuSans'))).toEqual([]);
		const fonts = execFileSync(
			'pdffonts',
			[rendered.pages ? path.join(OUT, 'latin.pdf') : '', ''].filter(Boolean),
			{ encoding: 'utf8' }
		);
		expect(fonts).not.toContain('Noto-');
	}, 10_000);
});

describe('small faults', () => {
	it('a connection row never splits across pages', async () => {
		const b = buildDemoBundle('rows', NOW);
		const [a, c] = b.partners;
		b.connections = Array.from({ length: 60 }, (_, i) => ({
			workshopId: b.workshop.id,
			id: `row-${i}`,
			sourceId: a.id,
			targetId: c.id,
			type: `kind${i}start weekly referral meetings with shared case notes and a named contact on each side kind${i}stop`,
			strength: 2
		}));
		const { rendered, file } = await render(
			buildPlan(b, { now: NOW, sections: ['map'] }),
			'rows.pdf'
		);
		expect(rendered.pages).toBeGreaterThan(3);
		const pages = Array.from({ length: rendered.pages }, (_, i) => pdfText(file, i + 1));
		for (let i = 0; i < 60; i++) {
			const start = pages.findIndex((text) => text.includes(`kind${i}start`));
			expect(start, `row ${i}`).toBeGreaterThanOrEqual(0);
			expect(pages[start], `row ${i} ends on the page it starts on`).toContain(`kind${i}stop`);
		}
	}, 10_000);

	it('the phase colours of the map are far apart, phases 5 and 6 above all', () => {
		const lin = (c: number) =>
			c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
		const lab = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16)));
			const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
			const [x, y, z] = [
				(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
				0.2126 * r + 0.7152 * g + 0.0722 * b,
				(0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
			];
			return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
		};
		// CIE76 colour difference: about 2.3 is just noticeable; 20 or more reads as another colour.
		const deltaE = (p: string, q: string) => Math.hypot(...lab(p).map((v, i) => v - lab(q)[i]));
		// The screen's phase colours, which the PDF's map figure uses too.
		const PHASE_COLOURS = [0, 1, 2, 3, 4, 5, 6].map(phaseColour);
		for (let i = 0; i < PHASE_COLOURS.length; i++) {
			for (let j = i + 1; j < PHASE_COLOURS.length; j++)
				expect(
					deltaE(PHASE_COLOURS[i], PHASE_COLOURS[j]),
					`phases ${i} and ${j}`
				).toBeGreaterThanOrEqual(20);
		}
		expect(deltaE(PHASE_COLOURS[5], PHASE_COLOURS[6])).toBeGreaterThanOrEqual(40);
	});
});
