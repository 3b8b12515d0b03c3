import { describe, expect, it } from 'vitest';
import { distinctLabels, placeLabels } from './labels';

describe('labels cut with "…"', () => {
	const long = (n: number) =>
		`Valley Community Health Alliance Coalition of Family Services Center ${n}`;

	it('tells apart two names that would be cut to the same text, by their end', () => {
		const names = new Map([
			['a', long(12)],
			['b', long(13)]
		]);
		const lines = distinctLabels(['a', 'b'], names);
		const a = lines.get('a')!.join(' ');
		const b = lines.get('b')!.join(' ');
		expect(a).not.toBe(b);
		expect(a).toContain('…');
		expect(a.endsWith('12')).toBe(true);
		expect(b.endsWith('13')).toBe(true);
	});

	it('numbers identical names, and leaves uncut distinct names alone', () => {
		const names = new Map([
			['a', 'Food Bank'],
			['b', 'Food Bank'],
			['c', 'Clinic']
		]);
		const lines = distinctLabels(['a', 'b', 'c'], names);
		expect(lines.get('a')).toEqual(['Food Bank']);
		expect(lines.get('b')).toEqual(['Food Bank (2)']);
		expect(lines.get('c')).toEqual(['Clinic']);
	});

	it('marks a placed label as cut, so the map can show the full name', () => {
		const nodes = [
			{ id: 'a', x: 300, y: 300, r: 10 },
			{ id: 'b', x: 600, y: 300, r: 10 }
		];
		const placed = placeLabels(
			nodes,
			new Map([
				['a', long(1)],
				['b', 'Short']
			]),
			{ width: 1000, height: 700 }
		);
		expect(placed.find((l) => l.id === 'a')!.cut).toBe(true);
		expect(placed.find((l) => l.id === 'b')!.cut).toBe(false);
	});
});
