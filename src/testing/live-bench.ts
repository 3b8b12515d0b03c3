/**
 * The live-room benchmark's simulation (run by `npm run bench` in Node, through Vite's module
 * loader): one facilitator (`RoomHost`, merging into an in-memory store with the same domain merge
 * as the app) and `participants` guests (`RoomGuest`), each with its own WebSocket connection, room
 * document and mailbox document, on a relay at `url`. The guests join (and enter the roster) and the
 * facilitator opens their mailboxes before any clock starts, as in a room where people join before
 * the first question; every guest then answers `steps` steps. The signed, sealed entries are made
 * before the clock starts too, so the time measured is the room's: an entry written by a guest →
 * relayed → opened, verified and merged by the facilitator.
 *
 * The host and the guests run in separate processes (scripts/bench-live.mjs), as they would on
 * separate laptops.
 */

import { exportPublicKey, generateSealingKeys, generateSigningKeys } from '$lib/domain/crypto';
import { codeForKey, newMailboxId } from '$lib/domain/live-code';
import { sealAnswer } from '$lib/domain/live-room';
import { makeInvite, makeResponseFile } from '$lib/domain/participation';
import { signResponseFile } from '$lib/domain/signed-response';
import type { ParticipantResponse, VoteRound } from '$lib/domain/types';
import { tallyVotes, type TallyRow } from '$lib/domain/votes';
import type * as Y from 'yjs';
import { RoomGuest } from '$lib/live/guest';
import { RoomHost } from '$lib/live/host';
import { connectRoom, type RoomLink } from '$lib/live/provider';

/** Wall-clock milliseconds comparable between processes on one machine (sub-millisecond). */
export const nowMs = () => performance.timeOrigin + performance.now();

const STEP_FIELD = 'aspiration-1';

/**
 * The dot vote the voting room has open (`benchHost(…, true)`): 30 themes, 3 dots each. At step `s`
 * every participant's response carries `s` dots on it (`benchBallot`), so once every step-`s`
 * response is merged the facilitator's tally holds exactly participants × `s` dots.
 */
export const BENCH_VOTE = {
	id: 'bench-vote',
	target: 'themes' as const,
	dots: 3,
	items: Array.from({ length: 30 }, (_, i) => ({ id: `bench-theme-${i}`, label: `Theme ${i + 1}` }))
};

/** Participant `i`'s ballot at step `s`: `s` dots (at most the vote's), spread from its own item on. */
export function benchBallot(
	items: readonly { id: string }[],
	i: number,
	s: number,
	dots: number
): Record<string, number> {
	const ballot: Record<string, number> = {};
	for (let k = 0; k < Math.min(s, dots); k++) {
		const item = items[(i * 7 + k * 3 + s) % items.length].id;
		ballot[item] = (ballot[item] ?? 0) + 1;
	}
	return ballot;
}

export interface BenchHost {
	code: string;
	sealTo: string;
	workshopId: string;
	/** When each participant's answer to step `s` was merged (`nowMs`). */
	mergedAt: Map<string, number>;
	rows: Map<string, ParticipantResponse>;
	/** In a voting room: the facilitator's tally of the open vote, as of the last merged batch. */
	tally: TallyRow[];
	refusals(): number;
	/** Resolves once `n` mailboxes are open and synced (the participants have joined); throws after `ms`. */
	joined(n: number, ms: number): Promise<void>;
	close(): void;
}

/** The facilitator's side: a fresh room on the relay, merging into memory with the app's merge. */
export async function benchHost(
	url: string,
	WebSocket: unknown,
	steps: number,
	voting = false
): Promise<BenchHost> {
	const workshopId = `w-bench-${Date.now()}`;
	const signing = await generateSigningKeys();
	const sealing = await generateSealingKeys();
	const facilitator = await exportPublicKey(signing.publicKey);
	const code = await codeForKey(facilitator);
	const keys = {
		code,
		signing,
		sealing,
		facilitator,
		sealTo: await exportPublicKey(sealing.publicKey)
	};
	const rows = new Map<string, ParticipantResponse>();
	const mergedAt = new Map<string, number>();
	let refusals = 0;
	const round: VoteRound = {
		workshopId,
		id: BENCH_VOTE.id,
		stepId: 'step-1',
		target: BENCH_VOTE.target,
		itemId: STEP_FIELD,
		dots: BENCH_VOTE.dots,
		itemIds: BENCH_VOTE.items.map((item) => item.id),
		open: true,
		openedAt: Date.now(),
		closedAt: null
	};
	const state = { tally: [] as TallyRow[] };
	const link = connectRoom({ url, code, WebSocket });
	const host = new RoomHost(
		link,
		keys,
		{
			workshopId,
			anonymous: () => false,
			existing: async () => [...rows.values()],
			// In a voting room, dots are checked against the open vote as the app checks them.
			...(voting ? { voteRounds: async () => [round] } : {}),
			apply: async (writes) => {
				for (const r of writes) rows.set(r.id, r);
				// A voting room's time stops once the facilitator's tally reflects the batch (the
				// session screen recomputes it from the stored rows the same way).
				if (voting) state.tally = tallyVotes(round, [...rows.values()]);
				const now = nowMs();
				for (const r of writes) mergedAt.set(`${r.id}:${r.answers[STEP_FIELD]}`, now);
			}
		},
		{ onRefusal: () => refusals++ }
	);
	const invite = makeInvite({
		workshopId,
		title: 'Bench',
		organisation: '',
		anonymous: false,
		modules: ['aspiration'],
		customRubricItems: [],
		...(voting ? { votes: [BENCH_VOTE] } : {})
	});
	await host.announce({
		invite,
		steps: Array.from({ length: steps }, (_, i) => ({
			title: `Step ${i + 1}`,
			module: 'aspiration' as const
		})),
		current: 0,
		revealed: false,
		closed: false
	});
	if (!(await link.whenSynced(10_000)))
		throw new Error('the facilitator could not reach the relay');
	return {
		code,
		sealTo: keys.sealTo,
		workshopId,
		mergedAt,
		rows,
		get tally() {
			return state.tally;
		},
		refusals: () => refusals,
		async joined(n, ms) {
			const deadline = Date.now() + ms;
			while (host.mailboxes().synced < n) {
				if (Date.now() > deadline)
					throw new Error(`only ${host.mailboxes().synced} of ${n} mailboxes synced`);
				await new Promise((r) => setTimeout(r, 10));
			}
		},
		close() {
			host.destroy();
			link.destroy();
		}
	};
}

export interface BenchGuests {
	ids: string[];
	/** Writes every participant's answer to step `s` (1-based); returns when each was written (`nowMs`). */
	answer(s: number): Record<string, number>;
	close(): void;
}

/**
 * The participants' side: `participants` guests, each with its own connection and document, that
 * join by code; their signed, sealed answers to every step are made before any clock starts.
 */
export async function benchGuests(
	url: string,
	WebSocket: unknown,
	code: string,
	participants: number,
	steps: number
): Promise<BenchGuests> {
	const guests: {
		link: RoomLink;
		guest: RoomGuest;
		id: string;
		entries: string[];
		answers?: Y.Map<string>;
	}[] = [];
	for (let i = 0; i < participants; i++) {
		const link = connectRoom({
			url,
			code,
			WebSocket,
			unreachableAfterMs: 20_000,
			awarenessOn: 'mailboxes'
		});
		guests.push({
			link,
			guest: new RoomGuest(link, code, null, newMailboxId()),
			id: `r-bench-${i}`,
			entries: []
		});
	}
	for (const g of guests) {
		const state = await g.guest.whenAnnounced(20_000);
		if (!state || !g.guest.mailbox) throw new Error('a participant did not get the room');
		g.answers = g.guest.mailbox.answers;
		const own = await generateSigningKeys();
		const publicKey = await exportPublicKey(own.publicKey);
		for (let s = 1; s <= steps; s++) {
			const response = {
				id: g.id,
				name: `P${g.id}`,
				revision: s,
				submittedAt: s,
				answers: { [STEP_FIELD]: `step ${s}` },
				phase: null,
				phaseReason: '',
				rubric: {},
				pitfalls: {},
				suggestedPartners: [],
				// Dots on every vote the room has open, as the join form sends them.
				...(state.invite.votes?.length
					? {
							votes: Object.fromEntries(
								state.invite.votes.map((vote) => [
									vote.id,
									benchBallot(vote.items, guests.indexOf(g), s, vote.dots)
								])
							)
						}
					: {})
			};
			const file = await signResponseFile(
				own.privateKey,
				publicKey,
				makeResponseFile(state.invite.workshopId, response)
			);
			g.entries.push(await sealAnswer(state.sealTo, JSON.stringify(file)));
		}
	}
	return {
		ids: guests.map((g) => g.id),
		answer(s) {
			const written: Record<string, number> = {};
			for (const g of guests) {
				g.answers?.set(g.id, g.entries[s - 1]);
				written[g.id] = nowMs();
			}
			return written;
		},
		close() {
			for (const g of guests) {
				g.guest.destroy();
				g.link.destroy();
			}
		}
	};
}

/** Waits until every id's answer to step `s` is merged; per answer write → merge, and last → last. */
export async function measureStep(host: BenchHost, written: Record<string, number>, s: number) {
	const ids = Object.keys(written);
	const deadline = Date.now() + 30_000;
	while (ids.some((id) => !host.mergedAt.has(`${id}:step ${s}`))) {
		if (Date.now() > deadline) throw new Error(`step ${s}: not every answer arrived within 30 s`);
		await new Promise((r) => setTimeout(r, 2));
	}
	const merged = ids.map((id) => host.mergedAt.get(`${id}:step ${s}`) as number);
	return {
		answerMs: ids.map((id, i) => merged[i] - written[id]),
		lastAnswerMs: Math.max(...merged) - Math.max(...Object.values(written))
	};
}
