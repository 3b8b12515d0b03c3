/** A snapshot that would make the workshop's file too large to import back is refused, and nothing is stored. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FileLimitError, serializeWorkshop, utf8Bytes } from '$lib/domain/file-format';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';
import { takeSnapshot } from './snapshots';

let db: ConveneDb;
let repo: Repository;

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	repo = new Repository(db);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

it('refuses the snapshot that would pass the limit, keeps the ones before it', async () => {
	const w = await repo.createWorkshop('partnership-design', { title: 'Sizes' });
	const empty = utf8Bytes(JSON.stringify(serializeWorkshop((await repo.loadBundle(w.id))!)));
	// Room for two copies of the workshop, not three.
	const maxFileBytes = empty * 2 + empty / 2;
	await takeSnapshot(repo, w.id, 'First', { maxFileBytes });
	const before = await db.snapshots.toArray();
	const refused = await takeSnapshot(repo, w.id, 'Second', { maxFileBytes }).catch(
		(e: unknown) => e
	);
	expect(refused).toBeInstanceOf(FileLimitError);
	expect((refused as FileLimitError).size).toBeGreaterThan(maxFileBytes);
	expect(await db.snapshots.toArray()).toEqual(before);
});
