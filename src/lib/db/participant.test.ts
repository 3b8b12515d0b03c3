/**
 * A participant's own answers (schema 2): their own table, out of reach of every workshop import,
 * patched field by field; the schema-1 rows under `join:<workshopId>` move there on upgrade.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { makeResponseFile, readResponseFile } from '$lib/domain/participation';
import type { ParticipantResponse } from '$lib/domain/types';
import { DB_NAME, openDatabase, SCHEMA_V1, type ConveneDb } from './database';
import { blankResponse, dexieOwnAnswers, memoryOwnAnswers, type OwnAnswers } from './participant';
import { Repository } from './repository';

const opened: Dexie[] = [];
const fresh = async (name = `test-${crypto.randomUUID()}`) => {
	const db = openDatabase(name);
	await db.open();
	opened.push(db);
	return db;
};

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const stores: [string, () => Promise<OwnAnswers>][] = [
	['database', async () => dexieOwnAnswers(await fresh())],
	['memory', async () => memoryOwnAnswers()]
];

describe.each(stores)('own answers (%s)', (_name, make) => {
	it('start empty, are patched field by field, and two quick answers both land', async () => {
		const own = await make();
		const base = blankResponse('w1', 'me');
		expect(await own.load('w1')).toBeUndefined();
		await Promise.all([
			own.patch({ workshopId: 'w1', id: 'me', patch: { phase: 3 }, base }),
			own.patch({ workshopId: 'w1', id: 'me', patch: { name: 'Ana' }, base }),
			own.patch({ workshopId: 'w1', id: 'me', patch: { q1: 'one' }, base, into: 'answers' }),
			own.patch({ workshopId: 'w1', id: 'me', patch: { q2: 'two' }, base, into: 'answers' }),
			own.patch({
				workshopId: 'w1',
				id: 'me',
				patch: { 'pitfall-1': 'risk' },
				base,
				into: 'pitfalls'
			})
		]);
		expect(await own.load('w1')).toMatchObject({
			workshopId: 'w1',
			id: 'me',
			name: 'Ana',
			phase: 3,
			revision: 0,
			answers: { q1: 'one', q2: 'two' },
			pitfalls: { 'pitfall-1': 'risk' }
		});
	});

	it('a change made in a live room hands in by the same write: one revision more, the time moved on', async () => {
		const own = await make();
		const base = blankResponse('w1', 'me');
		await own.patch({ workshopId: 'w1', id: 'me', patch: { q1: 'one' }, base, into: 'answers' });
		await own.patch({
			workshopId: 'w1',
			id: 'me',
			patch: { q2: 'two' },
			base,
			into: 'answers',
			handedInAt: 5000
		});
		expect(await own.load('w1')).toMatchObject({
			revision: 1,
			submittedAt: 5000,
			answers: { q1: 'one', q2: 'two' }
		});
		// A clock gone back still gives a later time.
		await own.patch({ workshopId: 'w1', id: 'me', patch: { phase: 2 }, base, handedInAt: 10 });
		expect(await own.load('w1')).toMatchObject({ revision: 2, submittedAt: 5001, phase: 2 });
	});

	it('hand in bumps the revision and the time, and the file it makes reads back', async () => {
		const own = await make();
		const base = blankResponse('w1', 'me');
		await own.patch({ workshopId: 'w1', id: 'me', patch: { phase: 2 }, base });
		const first = await own.markHandedIn(base, 5000);
		const second = await own.markHandedIn(base, 5000);
		expect([first.revision, second.revision]).toEqual([1, 2]);
		expect(second.submittedAt).toBeGreaterThan(first.submittedAt);
		const { workshopId, ...rest } = second;
		expect(workshopId).toBe('w1');
		const file = readResponseFile(JSON.stringify(makeResponseFile('w1', rest)));
		expect(file.ok && file.value.response.phase).toBe(2);
	});

	it('tell a watcher about every change', async () => {
		const own = await make();
		const seen: (ParticipantResponse | null)[] = [];
		const sub = own.watch('w1').subscribe((row) => seen.push(row));
		await expect.poll(() => seen.length).toBe(1);
		await own.patch({
			workshopId: 'w1',
			id: 'me',
			patch: { name: 'Ana' },
			base: blankResponse('w1', 'me')
		});
		await expect.poll(() => seen.at(-1)?.name).toBe('Ana');
		sub.unsubscribe();
	});
});

describe('no import reaches a participant’s own answers', () => {
	it('a workshop imported under the id of the participant’s workshop leaves their answers as they were', async () => {
		const db = await fresh();
		const repo = new Repository(db);
		const own = dexieOwnAnswers(db);
		await own.patch({
			workshopId: 'w-demo',
			id: 'me',
			patch: { q1: 'mine' },
			base: blankResponse('w-demo', 'me'),
			into: 'answers'
		});
		const before = await db.ownResponses.toArray();
		await repo.importBundle(buildDemoBundle('w-demo', Date.UTC(2026, 10, 24)), 'replace');
		await repo.deleteWorkshop('w-demo');
		expect(await db.ownResponses.toArray()).toEqual(before);
		expect(await db.responses.count()).toBe(0);
	});
});

describe('schema 1 → 2', () => {
	it('moves the rows filed under join:<workshopId> to their own table, and leaves the rest', async () => {
		const name = `test-${crypto.randomUUID()}`;
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		await old.open();
		const mine = { ...blankResponse('join:w1', 'me'), name: 'Ana', answers: { q1: 'kept' } };
		const handedIn = { ...blankResponse('w1', 'p-2'), name: 'Bo', revision: 2, submittedAt: 10 };
		await old.table('responses').bulkPut([mine, handedIn]);
		old.close();

		const db: ConveneDb = await fresh(name);
		expect(db.verno).toBeGreaterThanOrEqual(2);
		expect(await db.ownResponses.toArray()).toEqual([{ ...mine, workshopId: 'w1' }]);
		expect(await db.responses.toArray()).toEqual([handedIn]);
		expect(await dexieOwnAnswers(db).load('w1')).toMatchObject({
			name: 'Ana',
			answers: { q1: 'kept' }
		});
	});

	it('the app’s database name is unchanged', () => {
		expect(DB_NAME).toBe('convene');
	});
});
