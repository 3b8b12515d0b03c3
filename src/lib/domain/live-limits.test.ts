import { describe, expect, it } from 'vitest';
import { checkSeat, LIVE_LIMITS } from './live-limits';

describe('checkSeat', () => {
	it('seats participants up to the limit exactly, whatever the batch, and always a participant already in', () => {
		for (const limit of [250, 300, 3]) {
			const limits = { ...LIVE_LIMITS, participants: limit };
			const seats = new Set<string>();
			const refused: string[] = [];
			for (let i = 0; i <= limit; i++) {
				const slot = `r-${i}`;
				if (checkSeat(slot, seats, limits)) refused.push(slot);
				else seats.add(slot);
			}
			expect(seats.size).toBe(limit);
			expect(refused).toEqual([`r-${limit}`]);
			expect(checkSeat('r-0', seats, limits)).toBeNull();
		}
	});
});
