import { describe, expect, it } from 'vitest';
import {
	distributionGap,
	MIN_SIDE_GROUP,
	SECTOR_SIDES,
	sideGap,
	sideOf,
	splitBySide
} from './sides';
import { SIDES, type Side } from './types';

const r = (side?: string) => ({ side: side as Side | undefined });

describe('sides', () => {
	it('every preset sector has a side, and every side has a sector but "other"', () => {
		const used = new Set(Object.values(SECTOR_SIDES));
		for (const side of SIDES) expect(used.has(side)).toBe(true);
	});

	it('a side outside the list counts as not said', () => {
		expect(sideOf(r('health-care'))).toBe('health-care');
		expect(sideOf(r('pharma'))).toBe('');
		expect(sideOf(r(undefined))).toBe('');
	});
});

describe('splitBySide', () => {
	const rows = [r('community'), r('health-care'), r('health-care'), r(), r('health-care')];

	it('groups in the list order, not said last, empty sides left out', () => {
		const split = splitBySide(rows, false);
		expect(split.map((g) => [g.side, g.count, g.hidden])).toEqual([
			['health-care', 3, false],
			['community', 1, false],
			['', 1, false]
		]);
		expect(split[0].responses).toHaveLength(3);
	});

	it(`hides a side under ${MIN_SIDE_GROUP} answers in an anonymous workshop, keeping its count`, () => {
		const split = splitBySide(rows, true);
		expect(split.map((g) => [g.side, g.count, g.hidden, g.responses.length])).toEqual([
			['health-care', 3, false, 3],
			['community', 1, true, 0],
			['', 1, true, 0]
		]);
	});
});

describe('distributionGap and sideGap', () => {
	it('is 0 for the same shares and 1 for nothing in common', () => {
		expect(distributionGap({ a: 1, b: 1 }, { a: 5, b: 5 })).toBe(0);
		expect(distributionGap({ 'in-place': 3 }, { 'not-in-place': 2 })).toBe(1);
		expect(distributionGap({}, { a: 1 })).toBe(0);
	});

	it('marks an item where one side says in place and the other not in place', () => {
		expect(sideGap([{ 'in-place': 4, 'in-progress': 1 }, { 'not-in-place': 3 }])).toEqual({
			gap: 1,
			differ: true
		});
		expect(
			sideGap([
				{ a: 2, b: 2 },
				{ a: 3, b: 2 }
			]).differ
		).toBe(false);
		expect(sideGap([{ a: 1 }]).gap).toBe(0);
	});
});
