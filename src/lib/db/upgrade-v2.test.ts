import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_V1 } from './database';
import { Repository } from './repository';

/** The db-v1 fixture's rows, written by a version-1 schema, as an old browser profile holds them. */
async function seedV1(name: string): Promise<{
	workshops: { id: string; organisation: string }[];
	partners: { id: string; workshopId: string }[];
}> {
	const fixture = JSON.parse(readFileSync('tests/fixtures/db-v1.json', 'utf8')) as {
		stores: { name: string; rows: unknown[] }[];
	};
	const old = new Dexie(name);
	old.version(1).stores(SCHEMA_V1);
	await old.open();
	for (const store of fixture.stores)
		if (store.rows.length) await old.table(store.name).bulkPut(store.rows);
	old.close();
	const rows = (n: string) => fixture.stores.find((s) => s.name === n)!.rows as never[];
	return { workshops: rows('workshops'), partners: rows('partners') };
}

describe('database version 2 (home organisation)', () => {
	it('upgrades a version-1 database: every partner keeps its fields, one home partner per named organisation', async () => {
		const name = `upgrade-${crypto.randomUUID()}`;
		const before = await seedV1(name);
		const db = openDatabase(name);
		await db.open();
		const partners = await db.partners.toArray();
		expect(partners.length).toBe(
			before.partners.length + before.workshops.filter((w) => w.organisation.trim()).length
		);
		for (const p of before.partners) {
			expect(partners.find((q) => q.id === p.id && q.workshopId === p.workshopId)).toEqual({
				...p,
				home: false
			});
		}
		for (const w of before.workshops.filter((x) => x.organisation.trim())) {
			const home = partners.filter((p) => p.workshopId === w.id && p.home);
			expect(home.map((p) => p.name)).toEqual([w.organisation.trim()]);
		}
		for (const s of await db.snapshots.toArray())
			expect(s.content.partners.every((p) => typeof p.home === 'boolean')).toBe(true);
		await db.delete();
	});

	it('names the home partner after the organisation when a workshop is created or renamed', async () => {
		const db = openDatabase(`home-${crypto.randomUUID()}`);
		await db.open();
		let n = 0;
		const repo = new Repository(
			db,
			() => 1000,
			() => `w-${++n}`
		);
		const w = await repo.createWorkshop('blank', { organisation: '' });
		expect(await db.partners.toArray()).toEqual([]);
		await repo.updateWorkshop(w.id, { organisation: 'Riverside Clinic' });
		await repo.updateWorkshop(w.id, { organisation: 'Riverside Health' });
		const rows = await db.partners.toArray();
		expect(rows.map((p) => [p.name, p.home])).toEqual([['Riverside Health', true]]);
		const named = await repo.createWorkshop('blank', { organisation: 'Harbor CBO' });
		expect(
			(await db.partners.where('workshopId').equals(named.id).toArray()).map((p) => p.name)
		).toEqual(['Harbor CBO']);
		await db.delete();
	});
});
