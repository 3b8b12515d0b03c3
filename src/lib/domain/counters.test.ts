import { describe, expect, it } from 'vitest';
import { handedInCount, handedInReading, hasAnswer, liveRoomCount } from './counters';
import { buildDemoBundle } from './demo';
import type { ParticipantResponse } from './types';

const blank = (id: string, over: Partial<ParticipantResponse> = {}): ParticipantResponse => ({
	workshopId: 'w',
	id,
	name: '',
	revision: 1,
	submittedAt: 0,
	answers: {},
	phase: null,
	phaseReason: '',
	rubric: {},
	pitfalls: {},
	suggestedPartners: [],
	...over
});

describe('what counts as an answer', () => {
	it('is any answer of any form; a joined participant with nothing typed has none', () => {
		expect(hasAnswer(blank('a'))).toBe(false);
		expect(hasAnswer(blank('a', { answers: { 'map-1': '  ' }, suggestedPartners: [' '] }))).toBe(
			false
		);
		expect(hasAnswer(blank('a', { votes: { v: { x: 0 } }, momentum: {} }))).toBe(false);
		expect(hasAnswer(blank('a', { answers: { 'map-1': 'Food bank' } }))).toBe(true);
		expect(hasAnswer(blank('a', { phase: 2 }))).toBe(true);
		expect(hasAnswer(blank('a', { rubric: { 'rubric-mc1-i': 'in-place' } }))).toBe(true);
		expect(hasAnswer(blank('a', { pitfalls: { 'pitfall-1': 'risk' } }))).toBe(true);
		expect(hasAnswer(blank('a', { suggestedPartners: ['Library'] }))).toBe(true);
		expect(hasAnswer(blank('a', { momentum: { m: 3 } }))).toBe(true);
		expect(hasAnswer(blank('a', { votes: { v: { x: 1 } } }))).toBe(true);
	});
});

describe('handed in', () => {
	it('counts responses with an answer that the facilitator has not removed', () => {
		const rows = [
			blank('a'),
			blank('b', { phase: 3 }),
			blank('c', { phase: 2, removedAt: 5 }),
			blank('d', { answers: { 'aspiration-1': 'x' }, removedAt: null })
		];
		expect(handedInCount(rows)).toBe(2);
		expect(handedInCount([])).toBe(0);
	});

	it('reads n of m only while n ≤ m; more than expected is said plainly', () => {
		expect(handedInReading(3, 0)).toEqual({ kind: 'count', n: 3 });
		expect(handedInReading(0, 8)).toEqual({ kind: 'of', n: 0, expected: 8 });
		expect(handedInReading(8, 8)).toEqual({ kind: 'of', n: 8, expected: 8 });
		expect(handedInReading(34, 8)).toEqual({ kind: 'over', n: 34, expected: 8 });
	});
});

describe('the live room counter', () => {
	const demo = buildDemoBundle('w', Date.UTC(2026, 11, 7));

	it('counts nothing of the demo’s sample answers before anyone joined', () => {
		expect(handedInCount(demo.responses)).toBe(4);
		expect(liveRoomCount(demo.responses, new Set(), 'phase')).toEqual({ joined: 0, answered: 0 });
	});

	it('counts the room’s own participants: joined, and those answering the current step', () => {
		const rows = [
			...demo.responses,
			blank('r-1'),
			blank('r-2', { phase: 4 }),
			blank('r-3', { phase: 2, removedAt: 1 })
		];
		const room = new Set(['r-1', 'r-2', 'r-3']);
		expect(liveRoomCount(rows, room, 'phase')).toEqual({ joined: 3, answered: 1 });
		expect(liveRoomCount(rows, room, 'pitfalls')).toEqual({ joined: 3, answered: 0 });
		expect(liveRoomCount(rows, room, 'momentum')).toEqual({ joined: 3, answered: 0 });
	});

	it('counts a verified participant whose row is not stored yet as joined', () => {
		expect(liveRoomCount([], new Set(['r-9']), 'phase')).toEqual({ joined: 1, answered: 0 });
	});
});
