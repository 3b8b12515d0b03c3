/**
 * Simulated participants for the live-room journeys: Node clients of the same provider as the app
 * (Hocuspocus over WebSocket, one connection each, as on separate phones) that join by code, enter
 * their mailbox in the room's roster and hand in signed, sealed responses the way the join page does
 * (participation format 2: `{v: 1, sealed}` in their own slot, signed with their own ECDSA key; see
 * docs/live-room.md). They read the facilitator's announcement for the workshop, the content version,
 * the sealing key and the dot votes open now.
 */
import { exportPublicKey, generateSigningKeys, seal, signValue } from '../src/lib/domain/crypto';
import type { Side } from '../src/lib/domain/types';
import { attacker, type Attacker, type AttackerMailbox } from './live-attacker';

/** A dot vote as the room announces it (the invite's `votes`). */
export interface AnnouncedVote {
	id: string;
	target: string;
	dots: number;
	items: { id: string; label: string }[];
}

interface Announcement {
	sealTo: string;
	invite: { workshopId: string; contentVersion: number; votes?: AnnouncedVote[] };
}

/** What a simulated participant hands in: the response fields it sets, merged into the last ones. */
export interface CrowdAnswer {
	name?: string;
	answers?: Record<string, string>;
	rubric?: Record<string, string>;
	pitfalls?: Record<string, string>;
	momentum?: Record<string, number>;
	suggestedPartners?: string[];
	phase?: number | null;
	side?: Side;
	organisation?: string;
	votes?: Record<string, Record<string, number>>;
}

export interface CrowdMember {
	id: string;
	/** Hands in a new revision with `patch` over everything handed in before (votes merged per vote). */
	handIn(patch: CrowdAnswer): Promise<void>;
}

export interface Crowd {
	members: CrowdMember[];
	/** The room's announcement as it stands (open votes, workshop). */
	announcement(): Announcement;
	close(): void;
}

const MAILBOX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function mailboxId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(22));
	return [...bytes].map((b) => MAILBOX_ALPHABET[b % 64]).join('');
}

function announcementOf(client: Attacker): Announcement | null {
	const text = client.room.get('facilitator');
	return text ? (JSON.parse(text) as { state: Announcement }).state : null;
}

async function until<T>(read: () => T | null, what: string, ms = 20_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = read();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`crowd: ${what} within ${ms} ms`);
		await new Promise((r) => setTimeout(r, 20));
	}
}

/**
 * Joins `size` simulated participants to the room `code` at `origin` (http(s) address of
 * `scripts/serve.mjs`); each enters the roster and opens its own mailbox. Resolves once every one has
 * the facilitator's announcement. Throws an Error when the room does not announce itself in 20 s.
 */
export async function joinCrowd(origin: string, code: string, size: number): Promise<Crowd> {
	const clients: Attacker[] = [];
	const members: CrowdMember[] = [];
	for (let i = 0; i < size; i++) {
		const client = attacker(origin, code);
		clients.push(client);
		await client.synced;
		const state = await until(() => announcementOf(client), 'no announcement');
		// Into the roster first, as the join page does: the facilitator opens the mailbox meanwhile.
		const mailbox = mailboxId();
		client.roster.set(mailbox, '');
		const box: AttackerMailbox = client.mailbox(mailbox);
		await box.synced;
		const keys = await generateSigningKeys();
		const signer = await exportPublicKey(keys.publicKey);
		const id = `r-crowd-${i + 1}`;
		let revision = 0;
		let last: CrowdAnswer = {};
		members.push({
			id,
			async handIn(patch) {
				revision += 1;
				// Ballots of earlier votes stay in the response, as the join page keeps them.
				last = { ...last, ...patch, votes: { ...last.votes, ...patch.votes } };
				const now = announcementOf(client) ?? state;
				const file = {
					type: 'convene/response',
					version: 2,
					workshopId: now.invite.workshopId,
					contentVersion: now.invite.contentVersion,
					response: {
						id,
						name: last.name ?? '',
						revision,
						submittedAt: Date.now(),
						answers: last.answers ?? {},
						phase: last.phase ?? null,
						phaseReason: '',
						rubric: last.rubric ?? {},
						pitfalls: last.pitfalls ?? {},
						suggestedPartners: last.suggestedPartners ?? [],
						...(last.momentum ? { momentum: last.momentum } : {}),
						...(last.side ? { side: last.side, organisation: last.organisation ?? '' } : {}),
						...(last.votes ? { votes: last.votes } : {}),
						signer
					}
				};
				const signed = JSON.stringify({
					...file,
					signature: await signValue(keys.privateKey, file)
				});
				box.answers.set(id, JSON.stringify({ v: 1, sealed: await seal(now.sealTo, signed) }));
			}
		});
	}
	return {
		members,
		announcement: () => announcementOf(clients[0])!,
		close() {
			for (const c of clients) c.close();
		}
	};
}
