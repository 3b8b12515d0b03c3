import { describe, expect, it } from 'vitest';
import {
	adjustBallot,
	ballotsCast,
	checkVotes,
	openVoteRound,
	openVotes,
	partnerDots,
	tallyBySide,
	tallyVotes,
	withCounted
} from './votes';
import type { ParticipantResponse, VoteRound } from './types';

const round = (over: Partial<VoteRound> = {}): VoteRound => ({
	workshopId: 'w',
	id: 'v1',
	stepId: 's1',
	target: 'themes',
	itemId: 'aspiration-1',
	dots: 3,
	itemIds: ['a', 'b', 'c'],
	open: true,
	openedAt: 1,
	closedAt: null,
	...over
});

type Voter = Pick<ParticipantResponse, 'votes' | 'removedAt' | 'side'>;
const voter = (ballot: Record<string, number>, over: Partial<Voter> = {}): Voter => ({
	votes: { v1: ballot },
	removedAt: null,
	...over
});

describe('checkVotes', () => {
	it('accepts k dots spread over items, several on one item', () => {
		expect(checkVotes({ v1: { a: 2, b: 1 } }, [round()])).toBeNull();
		expect(checkVotes({ v1: { c: 3 } }, [round()])).toBeNull();
		expect(checkVotes(undefined, [round()])).toBeNull();
	});

	it('refuses more dots than the vote gives', () => {
		expect(checkVotes({ v1: { a: 2, b: 2 } }, [round()])).toEqual({
			code: 'vote-too-many-dots',
			voteId: 'v1',
			given: 4,
			allowed: 3
		});
	});

	it('refuses an item the vote does not list and a vote never opened', () => {
		expect(checkVotes({ v1: { zzz: 1 } }, [round()])).toEqual({
			code: 'vote-unknown-item',
			voteId: 'v1',
			itemId: 'zzz'
		});
		expect(checkVotes({ v9: { a: 1 } }, [round()])).toEqual({ code: 'vote-unknown', voteId: 'v9' });
	});

	it('refuses counts that are not whole numbers from 1 to 10', () => {
		for (const n of [0, -1, 1.5, 11, Number.NaN])
			expect(checkVotes({ v1: { a: n } }, [round({ dots: 10 })])?.code).toBe('vote-bad-count');
	});
});

describe('tallyVotes', () => {
	it('counts every participant once, ranks by dots, lists every item', () => {
		const rows = tallyVotes(round(), [voter({ b: 3 }), voter({ a: 1, b: 1 }), voter({})]);
		expect(rows).toEqual([
			{ itemId: 'b', dots: 4, voters: 2 },
			{ itemId: 'a', dots: 1, voters: 1 },
			{ itemId: 'c', dots: 0, voters: 0 }
		]);
	});

	it("leaves out removed participants and ballots that break the vote's rules", () => {
		const rows = tallyVotes(round(), [
			voter({ a: 3 }, { removedAt: 5 }),
			voter({ a: 5 }),
			voter({ x: 1 }),
			voter({ c: 1 })
		]);
		expect(rows[0]).toEqual({ itemId: 'c', dots: 1, voters: 1 });
		expect(rows.find((r) => r.itemId === 'a')).toEqual({ itemId: 'a', dots: 0, voters: 0 });
	});

	it('counts for nothing a ballot the vote would refuse, as `checkVotes` words it', () => {
		const ballots: Record<string, number>[] = [
			{ a: 0, b: 1 },
			{ a: 1.5 },
			{ b: -1, c: 2 },
			{ a: 11 },
			{ a: 2, b: 2 }
		];
		for (const ballot of ballots) {
			expect(checkVotes({ v1: ballot }, [round()])).not.toBeNull();
			expect(tallyVotes(round(), [voter(ballot)]).every((row) => row.dots === 0)).toBe(true);
		}
		expect(tallyVotes(round(), [voter({ a: 1, b: 2 })])[0]).toEqual({
			itemId: 'b',
			dots: 2,
			voters: 1
		});
	});

	it('a newer revision replacing a response counts its new dots only (one row per participant)', () => {
		// Responses are stored one per participant; the newest revision replaces the older row.
		const older = voter({ a: 3 });
		const newer = voter({ b: 3 });
		expect(tallyVotes(round(), [newer])).not.toEqual(tallyVotes(round(), [older, newer]));
		expect(tallyVotes(round(), [newer])[0]).toEqual({ itemId: 'b', dots: 3, voters: 1 });
	});

	it('ties keep the order the vote lists its items in', () => {
		const rows = tallyVotes(round({ itemIds: ['c', 'a', 'b'] }), [voter({ a: 1, c: 1 })]);
		expect(rows.map((r) => r.itemId)).toEqual(['c', 'a', 'b']);
	});

	it('counts ballots cast', () => {
		expect(ballotsCast(round(), [voter({ a: 1 }), voter({}), { votes: undefined }])).toBe(1);
	});
});

describe('tallyBySide', () => {
	it('splits by side, hiding a side under three in an anonymous workshop', () => {
		const rows = [
			voter({ a: 1 }, { side: 'health-care' }),
			voter({ a: 1 }, { side: 'health-care' }),
			voter({ b: 2 }, { side: 'health-care' }),
			voter({ c: 3 }, { side: 'community' }),
			voter({ c: 3 }, { side: 'community' })
		];
		const split = tallyBySide(round(), rows, true);
		expect(split.map((g) => [g.side, g.count, g.hidden])).toEqual([
			['health-care', 3, false],
			['community', 2, true]
		]);
		expect(split[0].rows.map((r) => r.dots)).toEqual([2, 2, 0]);
		expect(split[1].rows.every((r) => r.dots === 0)).toBe(true);
		expect(tallyBySide(round(), rows, false)[1].rows.find((r) => r.itemId === 'c')?.dots).toBe(6);
	});
});

describe('openVoteRound', () => {
	const base = {
		workshopId: 'w',
		id: 'v2',
		stepId: 's',
		target: 'partners' as const,
		itemId: 'ignored',
		dots: 3,
		itemIds: ['p1', 'p2', 'p1'],
		now: 10
	};
	it('opens a round on the listed items once each', () => {
		const r = openVoteRound(base);
		expect(r).toMatchObject({ itemIds: ['p1', 'p2'], itemId: '', open: true, closedAt: null });
	});
	it('refuses no items, more than 200 items and dots outside 1–10', () => {
		expect(openVoteRound({ ...base, itemIds: [] })).toBe('no-items');
		expect(openVoteRound({ ...base, dots: 0 })).toBe('bad-dots');
		expect(openVoteRound({ ...base, dots: 11 })).toBe('bad-dots');
		const many = Array.from({ length: 201 }, (_, i) => `p${i}`);
		expect(openVoteRound({ ...base, itemIds: many })).toBe('too-many-items');
	});
});

describe('openVotes', () => {
	it('lists open rounds in the order they opened, items named, gone items left out', () => {
		const rounds = [
			round({ id: 'late', openedAt: 9, target: 'partners', itemIds: ['p1', 'gone'] }),
			round({ id: 'closed', open: false }),
			round({ id: 'early', openedAt: 2, target: 'themes', itemIds: ['a'] })
		];
		const names = {
			themes: [{ id: 'a', label: 'Trust' }],
			partners: [{ id: 'p1', name: 'Food Bank' }],
			criteria: []
		};
		expect(openVotes(rounds, names, 20)).toEqual([
			{ id: 'early', target: 'themes', dots: 3, items: [{ id: 'a', label: 'Trust' }] },
			{ id: 'late', target: 'partners', dots: 3, items: [{ id: 'p1', label: 'Food Bank' }] }
		]);
		expect(openVotes(rounds, names, 1).map((v) => v.id)).toEqual(['early']);
	});
});

describe('adjustBallot', () => {
	it('adds and removes dots, never past the dots given nor below zero', () => {
		let b = adjustBallot({}, 'a', 1, 2);
		b = adjustBallot(b, 'a', 1, 2);
		expect(b).toEqual({ a: 2 });
		expect(adjustBallot(b, 'b', 1, 2)).toBe(b);
		b = adjustBallot(b, 'a', -1, 2);
		b = adjustBallot(b, 'a', -1, 2);
		expect(b).toEqual({});
		expect(adjustBallot(b, 'a', -1, 2)).toBe(b);
		expect(checkVotes({ v1: adjustBallot({ a: 1 }, 'b', 1, 3) }, [round()])).toBeNull();
	});
});

describe('the candidate partners’ dots beside the criteria ranking', () => {
	it('come from the latest closed vote on the candidates, none while only open ones exist', async () => {
		const { buildDemoBundle } = await import('./demo');
		const demo = buildDemoBundle('w', 0);
		expect(partnerDots(demo.voteRounds, demo.responses)).toEqual({
			'p-lodz-foundation': 3,
			'p-greek-community': 3,
			'p-mutual-aid': 6
		});
		const reopened = demo.voteRounds.map((r) => ({ ...r, open: true, closedAt: null }));
		expect(partnerDots(reopened, demo.responses)).toBeNull();
	});
});

describe('withCounted', () => {
	it('leaves removed participants out of the bundle the results see, and returns the same bundle when none is removed', () => {
		const kept = { id: 'a', removedAt: null };
		const all = { responses: [kept, { id: 'b', removedAt: 5 }, { id: 'c' }] };
		expect(withCounted(all).responses.map((r) => r.id)).toEqual(['a', 'c']);
		const none = { responses: [kept] };
		expect(withCounted(none)).toBe(none);
	});
});
