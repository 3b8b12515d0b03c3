import { describe, expect, it } from 'vitest';
import { checkLocked, checkSeat, LIVE_LIMITS } from './live-limits';

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

describe('checkLocked', () => {
	const lock = {
		known: new Set(['r-known']),
		enteredBefore: new Set(['box-before', 'box-seated']),
		seated: new Set(['box-seated'])
	};
	it('lets everything in while the room is open', () => {
		expect(checkLocked('r-new', 'box-new', null)).toBeNull();
	});
	it('while locked: a participant already held keeps answering from any mailbox', () => {
		expect(checkLocked('r-known', 'box-new', lock)).toBeNull();
	});
	it('while locked: a mailbox that entered before may bring its first participant, no more', () => {
		expect(checkLocked('r-new', 'box-before', lock)).toBeNull();
		expect(checkLocked('r-new', 'box-seated', lock)).toBe('room-locked');
	});
	it('while locked: a mailbox that entered after is refused', () => {
		expect(checkLocked('r-new', 'box-new', lock)).toBe('room-locked');
	});
});
