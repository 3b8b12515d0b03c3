import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { ROW_TABLE_NAMES } from '$lib/domain/tables';
import { openDatabase, type ConveneDb } from './database';
import { deletePartner, restorePartner } from './partners';
import { Repository } from './repository';

let db: ConveneDb;
let repo: Repository;
const bundle = buildDemoBundle('w1', Date.UTC(2026, 0, 10));
const other = buildDemoBundle('w2', Date.UTC(2026, 0, 10));

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	repo = new Repository(db);
	await db.open();
	await repo.putBundle(bundle);
	await repo.putBundle(other);
});

afterEach(async () => {
	await db.delete();
});

async function dump(): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const t of ROW_TABLE_NAMES) out[t] = await db[t].toArray();
	return out;
}

describe('deletePartner', () => {
	it('removes the partner with its people, connections, scores, answers, checks and votes, and unlinks actions', async () => {
		const id = 'p-health-plan';
		const deleted = await deletePartner(db, 'w1', id, 123);
		expect(deleted?.partner.name).toBe('Golden Poppy Health Plan');
		expect(deleted!.people.length).toBeGreaterThan(0);
		expect(deleted!.connections.length).toBeGreaterThan(0);

		const after = (await repo.loadBundle('w1'))!;
		expect(after.partners.some((p) => p.id === id)).toBe(false);
		expect(after.people.some((p) => p.partnerId === id)).toBe(false);
		expect(after.connections.some((c) => c.sourceId === id || c.targetId === id)).toBe(false);
		expect(after.criterionScores.some((s) => s.partnerId === id)).toBe(false);
		expect(after.answers.some((a) => a.partnerId === id)).toBe(false);
		expect(after.checks.some((c) => c.partnerId === id)).toBe(false);
		expect(after.phaseVotes.some((v) => v.partnerId === id)).toBe(false);
		expect(after.actions.some((a) => a.partnerId === id)).toBe(false);
		expect(after.actions).toHaveLength(bundle.actions.length);
		expect(after.workshop.updatedAt).toBe(123);
		// Every deleted row is accounted for.
		const linked = (rows: { partnerId: string }[]) => rows.filter((r) => r.partnerId === id).length;
		expect(deleted!.criterionScores).toHaveLength(linked(bundle.criterionScores));
		expect(deleted!.answers).toHaveLength(linked(bundle.answers));
		expect(deleted!.checks).toHaveLength(linked(bundle.checks));
		expect(deleted!.phaseVotes).toHaveLength(linked(bundle.phaseVotes));
		expect(deleted!.actions).toHaveLength(linked(bundle.actions));
	});

	it('leaves other workshops untouched, even with the same partner ids', async () => {
		const before = await repo.loadBundle('w2');
		await deletePartner(db, 'w1', 'p-health-plan');
		expect(await repo.loadBundle('w2')).toEqual(before);
		expect((await repo.loadBundle('w2'))!.partners).toHaveLength(other.partners.length);
	});

	it('returns undefined and changes nothing for an unknown partner', async () => {
		const before = await dump();
		expect(await deletePartner(db, 'w1', 'nope')).toBeUndefined();
		expect(await dump()).toEqual(before);
	});
});

describe('restorePartner', () => {
	it('undoes a deletion exactly', async () => {
		const before = (await repo.loadBundle('w1'))!;
		for (const p of bundle.partners) {
			const deleted = await deletePartner(db, 'w1', p.id, 5);
			await restorePartner(db, deleted!, before.workshop.updatedAt);
		}
		expect(await repo.loadBundle('w1')).toEqual(before);
	});

	it('does not relink an action the team relinked meanwhile', async () => {
		const action = bundle.actions.find((a) => a.partnerId)!;
		const deleted = (await deletePartner(db, 'w1', action.partnerId))!;
		await db.actions.put({ ...action, partnerId: 'p-finance' });
		await restorePartner(db, deleted);
		expect((await db.actions.get(['w1', action.id]))!.partnerId).toBe('p-finance');
	});

	it('refuses to restore into a deleted workshop', async () => {
		const deleted = (await deletePartner(db, 'w1', 'p-food-bank'))!;
		await repo.deleteWorkshop('w1');
		await expect(restorePartner(db, deleted)).rejects.toThrow('no longer exists');
		expect(await db.partners.get(['w1', 'p-food-bank'])).toBeUndefined();
	});
});
