/**
 * The facilitator hosting a live room, as the session page uses it: open a room (new keys, code derived
 * from the signing key, saved in this browser's keys database), keep the signed announcement in
 * step with the session (current step, reveal), merge verified answers into the workshop through
 * the same idempotent merge as files, list refusals, close the room for everyone. One instance per
 * page (`liveHost`); a reload resumes the open room from the keys database.
 */

import { resolve } from '$app/paths';
import { liveQuery, repo } from '$lib/db';
import { forgetRoom, roomFor, saveRoom, setRoomSeq, type RoomKeys } from '$lib/db/keys';
import { applyMerge, storedResponses } from '$lib/db/responses';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from '$lib/domain/crypto';
import { codeForKey, relayUrl } from '$lib/domain/live-code';
import { LIVE_LIMITS } from '$lib/domain/live-limits';
import { askedIds } from '$lib/domain/asked';
import { participantModuleOf } from '$lib/domain/live-progress';
import { CLOSE_GRACE_MS, receiptOf, type RoomState } from '$lib/domain/live-room';
import type { LiveBundle } from '$lib/domain/types';
import { readKept, writeKept } from '$lib/state/kept';
import { saveStatus } from '$lib/state/save-status.svelte';
import { inviteFor } from '$lib/facilitator/participation';
import { sessionView } from '$lib/state/session.svelte';
import { RoomHost, type RefusalCode } from '$lib/live/host';
import { ownRelayAddress } from '$lib/live/own-relay';
import { connectRoom, type LinkStatus, type RoomLink } from '$lib/live/provider';

export interface Refusal {
	code: RefusalCode;
	slot: string;
	count: number;
	at: number;
}

const RELAY_PREFERENCE = 'convene:relay';

/** The address typed last time, or this server's own (`host[:port]` + base). */
export function defaultRelayAddress(): string {
	// Nothing kept, or storage blocked: this server.
	return readKept(RELAY_PREFERENCE, (saved) => saved || undefined) ?? ownRelayAddress();
}

type Announced = Omit<RoomState, 'type' | 'version' | 'code' | 'facilitator' | 'sealTo' | 'seq'>;

function announcementOf(bundle: LiveBundle, closed: boolean): Announced {
	const { live, index } = sessionView(bundle);
	return {
		invite: inviteFor(bundle),
		steps: bundle.agenda.map((s, i) => ({
			title: (s.title || `${i + 1}`).slice(0, 500),
			module: participantModuleOf(s.module),
			kind: s.module,
			...(s.asked ? { asked: askedIds(s) } : {})
		})),
		current: Math.max(0, index),
		revealed: live?.revealed ?? false,
		closed,
		...(live?.roomLocked ? { locked: true } : {})
	};
}

class LiveHost {
	status = $state<'closed' | 'opening' | LinkStatus>('closed');
	workshopId = $state('');
	code = $state('');
	relay = $state('');
	joined = $state(0);
	/** The response ids (slots) verified in this room: its own participants, for its counters. */
	joinedIds = $state.raw<ReadonlySet<string>>(new Set());
	refusals = $state.raw<Refusal[]>([]);
	refusalTotal = $state(0);
	/** Closed for participants, the page still merging their last answers (`CLOSE_GRACE_MS`). */
	closing = $state(false);
	#link: RoomLink | null = null;
	#host: RoomHost | null = null;
	#bundle: LiveBundle | null = null;
	#announced = '';

	/** Reconnects a room left open in this browser (after a reload), if any. */
	async resume(workshopId: string) {
		if ((this.workshopId === workshopId && this.#link) || this.status === 'opening') return;
		this.leave();
		const room = await roomFor(workshopId);
		if (room) this.#start(room);
	}

	/** Opens a new room on the relay at `address`; false when the address cannot be a relay's. */
	async open(bundle: LiveBundle, address: string): Promise<boolean> {
		const url = relayUrl(address, resolve('/'));
		if (!url) return false;
		// Not kept (false): only the remembered address is lost.
		writeKept(RELAY_PREFERENCE, address.trim());
		this.status = 'opening';
		const signing = await generateSigningKeys();
		const sealing = await generateSealingKeys();
		const facilitator = await exportPublicKey(signing.publicKey);
		const room: RoomKeys = {
			workshopId: bundle.workshop.id,
			code: await codeForKey(facilitator),
			relay: url,
			signing,
			sealing,
			facilitator,
			sealTo: await exportPublicKey(sealing.publicKey),
			openedAt: Date.now(),
			seq: 0
		};
		await saveStatus.track(() => saveRoom(room));
		this.#bundle = bundle;
		this.#start(room);
		return true;
	}

	/** Keeps the room's announcement in step with the workshop (call on every bundle change). */
	sync(bundle: LiveBundle) {
		this.#bundle = bundle;
		if (this.#host && bundle.workshop.id === this.workshopId) {
			this.#host.lock(sessionView(bundle).live?.roomLocked ?? false);
			if (!this.closing) void this.#announce(announcementOf(bundle, false));
		}
	}

	/**
	 * Tells every participant the room is closed, keeps merging their last answers for
	 * `CLOSE_GRACE_MS` (their pages send what they still hold at once), signs the receipt (the
	 * revision merged per participant, which each page checks its own against), then forgets the
	 * room's keys. Merged answers stay.
	 */
	async close() {
		const host = this.#host;
		const link = this.#link;
		const bundle = this.#bundle;
		if (host && link && bundle && !this.closing) {
			// Until the keys are forgotten no open announcement is signed again (`sync` waits).
			this.closing = true;
			await this.#announce(announcementOf(bundle, true));
			await link.whenSynced(2000);
			await new Promise((done) => setTimeout(done, CLOSE_GRACE_MS));
			await host.settled();
			const rows = await storedResponses(repo(), this.workshopId);
			const received = receiptOf(rows, host.joined);
			await this.#announce({ ...announcementOf(this.#bundle ?? bundle, true), received });
			await link.whenSynced(2000);
		}
		await forgetRoom(this.workshopId);
		this.leave();
		this.closing = false;
		this.code = '';
		this.refusals = [];
		this.refusalTotal = 0;
	}

	/** Disconnects this page (the room stays open and resumes on the next visit). */
	leave() {
		this.#host?.destroy();
		this.#link?.destroy();
		this.#host = null;
		this.#link = null;
		this.#announced = '';
		this.status = 'closed';
		this.joined = 0;
		this.joinedIds = new Set();
	}

	#start(room: RoomKeys) {
		this.workshopId = room.workshopId;
		this.code = room.code;
		this.relay = room.relay;
		const link = connectRoom({ url: room.relay, code: room.code });
		this.#link = link;
		link.onStatus((s) => {
			if (this.#link === link) this.status = s;
		});
		const workshopId = room.workshopId;
		this.#host = new RoomHost(
			link,
			room,
			{
				workshopId,
				anonymous: () => this.#bundle?.workshop.settings.anonymous ?? true,
				existing: () => storedResponses(repo(), workshopId),
				voteRounds: () => repo().rows('voteRounds', workshopId),
				apply: async (rows) => {
					await saveStatus.track(() => applyMerge(repo(), workshopId, rows));
				}
			},
			{
				onRefusal: (code, slot) => this.#refused(code, slot),
				onMerged: (_plan, joined) => {
					this.joined = joined.size;
					this.joinedIds = new Set(joined);
				}
			},
			room.seq
		);
		if (this.#bundle?.workshop.id === workshopId) {
			this.#host.lock(sessionView(this.#bundle).live?.roomLocked ?? false);
			void this.#announce(announcementOf(this.#bundle, false));
		}
	}

	async #announce(fields: Announced) {
		const text = JSON.stringify(fields);
		if (!this.#host || text === this.#announced) return;
		this.#announced = text;
		const host = this.#host;
		await host.announce(fields);
		await setRoomSeq(this.workshopId, host.seq).catch(() => undefined);
	}

	#refused(code: RefusalCode, slot: string) {
		this.refusalTotal++;
		const shortSlot = slot.slice(0, 14);
		// One line per kind of refusal (a flood of one kind never pushes another out), with the latest slot.
		const known = this.refusals.find((r) => r.code === code);
		const item: Refusal = { code, slot: shortSlot, count: (known?.count ?? 0) + 1, at: Date.now() };
		this.refusals = [item, ...this.refusals.filter((r) => r !== known)].slice(
			0,
			LIVE_LIMITS.refusalsShown
		);
	}
}

export const liveHost = new LiveHost();

/** The open room of a workshop as any window of this browser sees it (the projector's join screen). */
export const openRoomOf = (workshopId: string) =>
	liveQuery(async () => {
		const room = await roomFor(workshopId);
		return room ? { code: room.code, relay: room.relay } : null;
	});
