// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { mapSvgString, xml } from '$lib/map/export';
import { syntheticMap } from '$testing/synthetic-map';

const demo = buildDemoBundle('w', Date.UTC(2026, 0, 10));

function parse(svg: string) {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
	return doc;
}

describe('mapSvgString', () => {
	it.each(['network', 'rings', 'grid'] as const)(
		'is a well-formed 1920 px SVG with names as text and a legend (%s)',
		(view) => {
			const svg = mapSvgString(demo.partners, demo.connections, view, { title: 'ROOTS map' });
			const doc = parse(svg);
			const root = doc.documentElement;
			expect(root.getAttribute('width')).toBe('1920');
			expect(root.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
			// A label's lines are its tspans (a name may wrap onto two to four of them).
			const text = [...root.querySelectorAll('text')]
				.map((t) =>
					t.children.length
						? [...t.children].map((line) => line.textContent).join(' ')
						: t.textContent
				)
				.join('\n');
			expect(text).toContain('ROOTS map');
			expect(text).toContain('Food Bank of the Valley');
			expect(text).toContain('Общество взаимопомощи');
			expect(text).toContain('Internal department (2)');
		}
	);

	it('keeps hostile and odd text as plain text', () => {
		const partners = [
			{
				id: 'a',
				name: '<script>alert("x")</script> & co',
				sector: '<b>Tribal</b>',
				phase: 1 as const,
				influence: 3,
				interest: 3,
				x: null,
				y: null,
				pinned: false
			},
			{
				id: 'b',
				name: 'مستشفى المجتمع 🏥',
				sector: 'hospital',
				phase: 0 as const,
				influence: 1,
				interest: 5,
				x: null,
				y: null,
				pinned: false
			},
			{
				id: 'c',
				name: 'x'.repeat(10_000),
				sector: 'food',
				phase: 6 as const,
				influence: 5,
				interest: 1,
				x: null,
				y: null,
				pinned: false
			}
		];
		const svg = mapSvgString(partners, [], 'network', { title: '"></svg><script>' });
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
		const doc = parse(svg);
		expect(doc.getElementsByTagName('script')).toHaveLength(0);
		const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
		expect(text).toContain('<script>alert("x")');
		expect(text).toContain('مستشفى المجتمع 🏥');
		expect(text).toContain('<b>Tribal</b> (1)');
		expect(svg.length).toBeLessThan(20_000);
	});

	it('wraps a legend of many sectors', () => {
		const { partners, connections } = syntheticMap(60);
		const custom = partners.map((p, i) =>
			i < 10 ? { ...p, sector: `Custom sector number ${i}` } : p
		);
		const doc = parse(mapSvgString(custom, connections, 'network'));
		const legendTexts = [...doc.querySelectorAll('text')].filter((t) =>
			/\(\d+\)$/.test(t.textContent ?? '')
		);
		expect(legendTexts.length).toBeGreaterThan(15);
		expect(new Set(legendTexts.map((t) => t.getAttribute('y'))).size).toBeGreaterThan(1);
		for (const t of legendTexts) expect(Number(t.getAttribute('x'))).toBeLessThan(1920);
	});

	it('escapes the five XML characters', () => {
		expect(xml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
});
