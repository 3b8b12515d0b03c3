/**
 * Keys of this browser, in their own small IndexedDB database (`convene-keys`), apart from the
 * workshop database so that no workshop import, backup or schema change ever reaches them:
 *
 * - `participantKeys`: a participant's signing key pair per workshop they joined (one identity for
 *   files, links and the live room; a new one per workshop, so two workshops cannot link a person).
 * - `rooms`: the facilitator's open live room per workshop (its code, relay address, signing and
 *   sealing key pairs).
 *
 * Private keys are non-extractable `CryptoKey`s: IndexedDB stores them, script cannot read their bytes.
 * A participant's page without Web Crypto (http:// on the network: no secure context) stores its
 * pair as bytes instead (`SoftKeyPair`, see `$lib/domain/crypto`).
 */

import Dexie, { type EntityTable } from 'dexie';
import type { PublicKeyText, SigningKeyPair } from '$lib/domain/crypto';

export interface ParticipantKeys {
	workshopId: string;
	/** Web Crypto's pair, or one made without it (a page on http:// on the network). */
	keys: SigningKeyPair;
	publicKey: PublicKeyText;
	createdAt: number;
}

export interface RoomKeys {
	workshopId: string;
	code: string;
	/** The relay's WebSocket address (`ws://…/relay`). */
	relay: string;
	signing: CryptoKeyPair;
	sealing: CryptoKeyPair;
	facilitator: PublicKeyText;
	sealTo: PublicKeyText;
	openedAt: number;
	/** The last announcement `seq` signed, so a reload keeps it increasing. */
	seq: number;
}

type KeysDb = Dexie & {
	participantKeys: EntityTable<ParticipantKeys, 'workshopId'>;
	rooms: EntityTable<RoomKeys, 'workshopId'>;
};

let db: KeysDb | null = null;

/** The keys database, opened on first use. */
function keysDb(): KeysDb {
	if (!db) {
		db = new Dexie('convene-keys') as KeysDb;
		db.version(1).stores({ participantKeys: 'workshopId', rooms: 'workshopId, code' });
	}
	return db;
}

/** The participant's key pair for a workshop, made by `create` the first time (in one transaction). */
export async function participantKeysFor(
	workshopId: string,
	create: () => Promise<Omit<ParticipantKeys, 'workshopId'>>
): Promise<ParticipantKeys> {
	const table = keysDb().participantKeys;
	const found = await table.get(workshopId);
	if (found) return found;
	// Made outside the transaction (Web Crypto is async and would end it), then added only if still absent.
	const made = { workshopId, ...(await create()) };
	return keysDb().transaction('rw', table, async () => {
		const again = await table.get(workshopId);
		if (again) return again;
		await table.add(made);
		return made;
	});
}

export const roomFor = (workshopId: string) => keysDb().rooms.get(workshopId);

export const saveRoom = (room: RoomKeys) => keysDb().rooms.put(room);

export const setRoomSeq = (workshopId: string, seq: number) =>
	keysDb().rooms.update(workshopId, { seq });

export const forgetRoom = (workshopId: string) => keysDb().rooms.delete(workshopId);
