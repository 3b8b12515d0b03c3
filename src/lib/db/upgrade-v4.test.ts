import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkshopFile } from '$lib/domain/file-format';
import { openDatabase, SCHEMA_V1, SCHEMA_V2 } from './database';

describe('database version 4 (the room: themes, answer marks, vote rounds)', () => {
	it('upgrades a version-3 database: rows kept, new tables empty, snapshots gain the empty tables', async () => {
		// The workshop-v2-demo fixture's rows as a schema-3 browser profile holds them (with a snapshot
		// whose frozen content predates the new tables).
		const fixture = JSON.parse(readFileSync('tests/fixtures/workshop-v2-demo.json', 'utf8'));
		const w = fixture.workshop;
		const name = `upgrade-v4-${crypto.randomUUID()}`;
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		old.version(2).stores(SCHEMA_V2);
		old.version(3).stores({});
		await old.open();
		const withId = (rows: object[]) => rows.map((r) => ({ ...r, workshopId: w.id }));
		await old.table('partners').bulkPut(withId(w.partners));
		await old.table('responses').bulkPut(withId(w.responses));
		await old.table('snapshots').bulkPut(withId(w.snapshots));
		old.close();

		const db = openDatabase(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect((await db.partners.toArray()).length).toBe(w.partners.length);
		expect(await db.themes.count()).toBe(0);
		expect(await db.voteRounds.count()).toBe(0);
		const [snapshot] = await db.snapshots.toArray();
		expect(snapshot.content.themes).toEqual([]);
		expect(snapshot.content.answerMarks).toEqual([]);
		expect(snapshot.content.voteRounds).toEqual([]);
		// Everything else in the snapshot is as it was.
		expect(snapshot.content.partners).toEqual(w.snapshots[0].content.partners);
		// And the fixture itself still reads (as version 3).
		expect(readWorkshopFile(JSON.stringify(fixture)).ok).toBe(true);
		await db.delete();
	});
});
