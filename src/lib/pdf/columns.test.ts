import { describe, expect, it } from 'vitest';
import { columnWidths } from './render';

describe('columnWidths', () => {
	it('shares the width by the relative widths when every longest word fits', () => {
		expect(columnWidths([1, 3], [10, 10], 400)).toEqual([100, 300]);
	});

	it('widens a column whose longest word would be cut, taking from columns with room', () => {
		const widths = columnWidths([6, 1.4], [120, 90], 370);
		expect(widths[1]).toBe(90);
		expect(widths[0] + widths[1]).toBeCloseTo(370);
	});

	it('keeps the shares when no column has room to give', () => {
		expect(columnWidths([1, 1], [300, 300], 400)).toEqual([200, 200]);
	});
});
