import { describe, expect, it } from 'vitest';
import { barLayout } from './chart';

const box = { width: 600, height: 300, bottom: 60, top: 40 };

describe('barLayout', () => {
	it('scales bars to the largest count and keeps them inside the box', () => {
		const bars = barLayout(
			[
				{ key: '1', label: 'One', count: 0 },
				{ key: '2', label: 'Two', count: 4 },
				{ key: '3', label: 'Three', count: 2 }
			],
			box
		);
		expect(bars.map((b) => b.height)).toEqual([0, 200, 100]);
		expect(bars[1].y).toBe(40);
		for (const b of bars) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(600);
			expect(b.y + b.height).toBe(240);
		}
		expect(bars[0].x).toBeLessThan(bars[1].x);
	});

	it('draws all-zero data as empty bars, not NaN', () => {
		const bars = barLayout([{ key: 'a', label: 'A', count: 0 }], box);
		expect(bars[0]).toMatchObject({ height: 0, y: 240 });
		expect(barLayout([], box)).toEqual([]);
	});
});
