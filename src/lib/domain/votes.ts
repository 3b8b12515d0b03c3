/**
 * Dot votes: the facilitator opens a vote on a step's themes, the candidate partners or the selection
 * criteria; each participant spreads up to `dots` dots over its items (several on one item if they
 * like). Dots travel inside the participant's response (`ParticipantResponse.votes[voteId]`), so a
 * newer revision of a response replaces that participant's dots and every participant counts once.
 * This module checks a response's dots against the workshop's vote rounds (a `VoteProblem` code that
 * the UI words) and tallies them. Pure: no Svelte, Dexie or DOM.
 */

import { MAX_VOTE_ITEMS } from './file-limits';
import { splitBySide, type SideOrUnsaid } from './sides';
import {
	MAX_DOTS,
	type Criterion,
	type ParticipantResponse,
	type Partner,
	type Theme,
	type VoteRound,
	type VoteTarget
} from './types';

/**
 * Why a response's dots are refused (the whole response is then refused, nothing stored):
 * - `vote-unknown`: dots for a vote this workshop never opened;
 * - `vote-unknown-item`: dots on an item the vote does not list (a theme removed before it opened,
 *   an invented id);
 * - `vote-bad-count`: a count that is not a whole number from 1 to `MAX_DOTS`;
 * - `vote-too-many-dots`: more dots in all than the vote gives (`allowed`).
 */
export type VoteProblem =
	| { code: 'vote-unknown'; voteId: string }
	| { code: 'vote-unknown-item'; voteId: string; itemId: string }
	| { code: 'vote-bad-count'; voteId: string }
	| { code: 'vote-too-many-dots'; voteId: string; given: number; allowed: number };

/** The dots a participant put on one vote's items: item id → dots. */
export type Ballot = Readonly<Record<string, number>>;

/** How many dots a ballot holds in all. */
export function dotsIn(ballot: Ballot): number {
	return Object.values(ballot).reduce((sum, n) => sum + n, 0);
}

/**
 * Checks every ballot of a response against the workshop's vote rounds; the first problem found, or
 * null when all hold. A closed round still accepts the ballot it had (a participant's newer revision
 * carries their old dots along), so closing is the facilitator's tally, not a refusal here.
 */
export function checkVotes(
	votes: Readonly<Record<string, Ballot>> | undefined,
	rounds: readonly Pick<VoteRound, 'id' | 'dots' | 'itemIds'>[]
): VoteProblem | null {
	if (!votes) return null;
	const byId = new Map(rounds.map((r) => [r.id, r]));
	for (const [voteId, ballot] of Object.entries(votes)) {
		const round = byId.get(voteId);
		if (!round) return { code: 'vote-unknown', voteId };
		const items = new Set(round.itemIds);
		for (const [itemId, n] of Object.entries(ballot)) {
			if (!items.has(itemId)) return { code: 'vote-unknown-item', voteId, itemId };
			if (!Number.isInteger(n) || n < 1 || n > MAX_DOTS) return { code: 'vote-bad-count', voteId };
		}
		const given = dotsIn(ballot);
		if (given > round.dots)
			return { code: 'vote-too-many-dots', voteId, given, allowed: round.dots };
	}
	return null;
}

export interface TallyRow {
	itemId: string;
	/** Dots on the item in all. */
	dots: number;
	/** How many participants put at least one dot on it. */
	voters: number;
}

/** Responses the results count: not removed by the facilitator. */
export function counted<R extends Pick<ParticipantResponse, 'removedAt'>>(
	responses: readonly R[]
): R[] {
	return responses.filter((r) => r.removedAt == null);
}

/**
 * A bundle as every results view and the plan see it: the responses of participants the facilitator
 * removed left out (they stay stored, restorable). The same bundle when nothing is removed.
 */
export function withCounted<
	B extends { responses: readonly Pick<ParticipantResponse, 'removedAt'>[] }
>(bundle: B): B {
	if (bundle.responses.every((r) => r.removedAt == null)) return bundle;
	return { ...bundle, responses: counted(bundle.responses) };
}

/**
 * A vote's tally: one row per item of the round, most dots first (ties keep the round's item order),
 * every item listed even at 0. Removed participants and dots on items the round does not list are
 * not counted; a ballot over the round's dots counts for nothing (it would have been refused on
 * arrival; this is the second line).
 */
export function tallyVotes(
	round: Pick<VoteRound, 'id' | 'dots' | 'itemIds'>,
	responses: readonly Pick<ParticipantResponse, 'votes' | 'removedAt'>[]
): TallyRow[] {
	const rows = new Map(
		round.itemIds.map((id, order) => [id, { itemId: id, dots: 0, voters: 0, order }])
	);
	// `checkVotes` of the ballot against this round, without building its item set per ballot (a
	// room of 250 tallied on every change).
	const holds = (ballot: Ballot) => {
		let given = 0;
		for (const [itemId, n] of Object.entries(ballot)) {
			if (!rows.has(itemId) || !Number.isInteger(n) || n < 1 || n > MAX_DOTS) return false;
			given += n;
		}
		return given <= round.dots;
	};
	for (const r of counted(responses)) {
		const ballot = r.votes?.[round.id];
		if (!ballot || !holds(ballot)) continue;
		for (const [itemId, n] of Object.entries(ballot)) {
			const row = rows.get(itemId)!;
			row.dots += n;
			row.voters += 1;
		}
	}
	return [...rows.values()]
		.sort((a, b) => b.dots - a.dots || a.order - b.order)
		.map(({ itemId, dots, voters }) => ({ itemId, dots, voters }));
}

/** How many counted participants put at least one dot in the round. */
export function ballotsCast(
	round: Pick<VoteRound, 'id'>,
	responses: readonly Pick<ParticipantResponse, 'votes' | 'removedAt'>[]
): number {
	return counted(responses).filter((r) => dotsIn(r.votes?.[round.id] ?? {}) > 0).length;
}

/**
 * A vote's tally per side (`splitBySide`'s groups and small-group rule), each group with its own rows
 * in the round's item order, for the side-by-side view.
 */
export function tallyBySide(
	round: Pick<VoteRound, 'id' | 'dots' | 'itemIds'>,
	responses: readonly Pick<ParticipantResponse, 'votes' | 'removedAt' | 'side'>[],
	anonymous: boolean
): { side: SideOrUnsaid; count: number; hidden: boolean; rows: TallyRow[] }[] {
	const voted = counted(responses).filter((r) => dotsIn(r.votes?.[round.id] ?? {}) > 0);
	return splitBySide(voted, anonymous).map((g) => {
		const rows = tallyVotes(round, g.responses);
		const order = new Map(round.itemIds.map((id, i) => [id, i]));
		return {
			side: g.side,
			count: g.count,
			hidden: g.hidden,
			rows: rows.sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)!)
		};
	});
}

/**
 * A new vote round (open), or a code: `no-items` when there is nothing to vote on, `too-many-items`
 * past `MAX_VOTE_ITEMS`, `bad-dots` when `dots` is not a whole number from 1 to `MAX_DOTS`.
 */
export function openVoteRound(fields: {
	workshopId: string;
	id: string;
	stepId: string;
	target: VoteTarget;
	itemId: string;
	dots: number;
	itemIds: readonly string[];
	now: number;
}): VoteRound | 'no-items' | 'too-many-items' | 'bad-dots' {
	if (!Number.isInteger(fields.dots) || fields.dots < 1 || fields.dots > MAX_DOTS)
		return 'bad-dots';
	const itemIds = [...new Set(fields.itemIds)];
	if (itemIds.length === 0) return 'no-items';
	if (itemIds.length > MAX_VOTE_ITEMS) return 'too-many-items';
	return {
		workshopId: fields.workshopId,
		id: fields.id,
		stepId: fields.stepId,
		target: fields.target,
		itemId: fields.target === 'themes' ? fields.itemId : '',
		dots: fields.dots,
		itemIds,
		open: true,
		openedAt: fields.now,
		closedAt: null
	};
}

/** An open vote as an invite carries it: its items with the names participants see. */
export interface OpenVote {
	id: string;
	target: VoteTarget;
	dots: number;
	items: { id: string; label: string }[];
}

/**
 * The open dot votes for a join invite, in the order they opened, each item named (a theme's label,
 * a partner's or criterion's name; an item no longer in the workshop is left out), at most `max`.
 */
export function openVotes(
	rounds: readonly VoteRound[],
	names: {
		themes: readonly Pick<Theme, 'id' | 'label'>[];
		partners: readonly Pick<Partner, 'id' | 'name'>[];
		criteria: readonly Pick<Criterion, 'id' | 'name'>[];
	},
	max: number
): OpenVote[] {
	const label = {
		themes: new Map(names.themes.map((t) => [t.id, t.label])),
		partners: new Map(names.partners.map((p) => [p.id, p.name])),
		criteria: new Map(names.criteria.map((c) => [c.id, c.name]))
	};
	return rounds
		.filter((r) => r.open)
		.sort((a, b) => a.openedAt - b.openedAt)
		.slice(0, max)
		.map((r) => ({
			id: r.id,
			target: r.target,
			dots: r.dots,
			items: r.itemIds
				.filter((id) => label[r.target].has(id))
				.map((id) => ({ id, label: label[r.target].get(id)! }))
		}));
}

/**
 * A ballot after one press: `delta` (+1 or −1) dots on `itemId`, never below 0 on an item nor above
 * `dots` in all (a press that would break either changes nothing). Items at 0 are left out, so a
 * ballot only ever holds counts from 1 to `dots`.
 */
export function adjustBallot(ballot: Ballot, itemId: string, delta: 1 | -1, dots: number): Ballot {
	const now = ballot[itemId] ?? 0;
	const next = now + delta;
	if (next < 0 || (delta > 0 && dotsIn(ballot) >= dots)) return ballot;
	const { [itemId]: _old, ...rest } = ballot;
	void _old;
	return next === 0 ? rest : { ...rest, [itemId]: next };
}

/**
 * The room's dots on each candidate partner from its latest closed vote on the candidates (an open
 * vote is still moving, and its tally hidden until revealed); null when the room never closed one.
 */
export function partnerDots(
	rounds: readonly VoteRound[],
	responses: readonly Pick<ParticipantResponse, 'votes' | 'removedAt'>[]
): Record<string, number> | null {
	const latest = rounds
		.filter((r) => r.target === 'partners' && !r.open)
		.sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))[0];
	if (!latest) return null;
	return Object.fromEntries(tallyVotes(latest, responses).map((row) => [row.itemId, row.dots]));
}
