import { describe, expect, it } from 'vitest';
import { projectedLabelFontSize } from './label-size';

describe('the projector’s label size', () => {
	it('reads at 2.2% of the window’s height whatever the map’s scale', () => {
		// 15 partners: a 1200 × 760 map drawn into 850 × 400 px (scale 400 / 760).
		const size = projectedLabelFontSize(15, { width: 850, height: 400 }, 720);
		expect(size * (400 / 760)).toBeCloseTo(0.022 * 720, 0);
	});

	it('stays between 14 and 40 map units', () => {
		expect(projectedLabelFontSize(15, { width: 100, height: 60 }, 1080)).toBe(40);
		expect(projectedLabelFontSize(15, { width: 4000, height: 3000 }, 720)).toBe(14);
	});

	it('counts an unmeasured canvas as scale 1', () => {
		expect(projectedLabelFontSize(15, { width: 0, height: 0 }, 1000)).toBe(22);
	});
});
