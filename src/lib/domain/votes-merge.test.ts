/** Dot votes on arrival: a response whose dots break a vote is refused whole, with a reason; removal stays the facilitator's. */
import { describe, expect, it } from 'vitest';
import { makeResponseFile } from './participation';
import { ok } from './safe-json';
import { planSignedMerge } from './signed-response';
import type { ParticipantResponse, VoteRound } from './types';

const W = 'w-votes';
const round: VoteRound = {
	workshopId: W,
	id: 'v1',
	stepId: 's',
	target: 'partners',
	itemId: '',
	dots: 3,
	itemIds: ['p1', 'p2'],
	open: true,
	openedAt: 1,
	closedAt: null
};
const response = (
	id: string,
	over: Partial<ParticipantResponse> = {}
): Omit<ParticipantResponse, 'workshopId'> => ({
	id,
	name: id,
	revision: 1,
	submittedAt: 10,
	answers: {},
	phase: null,
	phaseReason: '',
	rubric: {},
	pitfalls: {},
	suggestedPartners: [],
	...over
});
const incoming = (r: Omit<ParticipantResponse, 'workshopId'>) => ({
	source: r.id,
	file: ok(makeResponseFile(W, r))
});

describe('votes in a merge', () => {
	it('accepts dots within the vote, refuses a stuffed or invented ballot with its reason', () => {
		const plan = planSignedMerge(
			W,
			[],
			[
				incoming(response('a', { votes: { v1: { p1: 2, p2: 1 } } })),
				incoming(response('b', { votes: { v1: { p1: 50 } } })),
				incoming(response('c', { votes: { v1: { p1: 2, p2: 2 } } })),
				incoming(response('d', { votes: { v1: { ghost: 1 } } })),
				incoming(response('e', { votes: { v9: { p1: 1 } } }))
			],
			{ voteRounds: [round] }
		);
		expect(plan.items.map((i) => [i.source, i.outcome, i.reason?.code ?? null])).toEqual([
			['a', 'added', null],
			['b', 'refused', 'vote-bad-count'],
			['c', 'refused', 'vote-too-many-dots'],
			['d', 'refused', 'vote-unknown-item'],
			['e', 'refused', 'vote-unknown']
		]);
		expect(plan.writes.map((r) => r.id)).toEqual(['a']);
	});

	it('refuses any dots when no vote was given to check them against', () => {
		const plan = planSignedMerge(W, [], [incoming(response('a', { votes: { v1: { p1: 1 } } }))]);
		expect(plan.items[0].outcome).toBe('refused');
	});

	it("a newer revision replaces the participant's dots: they count once", () => {
		const first = planSignedMerge(W, [], [incoming(response('a', { votes: { v1: { p1: 3 } } }))], {
			voteRounds: [round]
		});
		const second = planSignedMerge(
			W,
			first.writes,
			[incoming(response('a', { revision: 2, submittedAt: 20, votes: { v1: { p2: 3 } } }))],
			{ voteRounds: [round] }
		);
		expect(second.writes).toHaveLength(1);
		expect(second.writes[0].votes).toEqual({ v1: { p2: 3 } });
	});

	it('a participant cannot remove or restore themselves: removal stays as the facilitator set it', () => {
		const removed = { ...response('a'), workshopId: W, removedAt: 5 };
		const plan = planSignedMerge(
			W,
			[removed],
			[incoming(response('a', { revision: 2, submittedAt: 20, removedAt: null, name: 'again' }))]
		);
		expect(plan.writes[0]).toMatchObject({ name: 'again', removedAt: 5 });
		const self = planSignedMerge(W, [], [incoming(response('b', { removedAt: 99 }))]);
		expect(self.writes[0].removedAt).toBeUndefined();
	});
});
