import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalBundle } from '$lib/domain/bundle';
import { buildDemoBundle } from '$lib/domain/demo';
import { readWorkshopFile, workshopFileText } from '$lib/domain/file-format';
import type { WorkshopBundle } from '$lib/domain/types';
import { ROW_TABLE_NAMES } from '$lib/domain/tables';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';

let db: ConveneDb;
let repo: Repository;
let clock: number;
let ids: number;

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	clock = Date.UTC(2026, 10, 24, 9);
	ids = 0;
	repo = new Repository(
		db,
		() => ++clock,
		() => `id-${++ids}`
	);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

/** Everything stored, table by table, to prove an operation changed nothing. */
async function dump(): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = { workshops: await db.workshops.toArray() };
	for (const t of ROW_TABLE_NAMES) out[t] = await db[t].toArray();
	return out;
}

describe('Repository: workshops', () => {
	it('gives the home organisation the sector chosen at creation, and "other" when none was', async () => {
		const chosen = await repo.createWorkshop(
			'blank',
			{ organisation: 'Valley Clinic' },
			'en',
			'clinic'
		);
		const none = await repo.createWorkshop('blank', { organisation: 'Harbor Team' });
		const home = async (id: string) =>
			(await db.partners.where('workshopId').equals(id).toArray()).find((p) => p.home);
		expect(await home(chosen.id)).toMatchObject({ name: 'Valley Clinic', sector: 'clinic' });
		expect(await home(none.id)).toMatchObject({ name: 'Harbor Team', sector: 'other' });
	});

	it('creates a workshop from a template with its agenda, and lists it', async () => {
		const w = await repo.createWorkshop('partnership-design', {
			title: 'Spring convening',
			organisation: 'Valle Verde'
		});
		expect(w).toMatchObject({
			id: 'id-1',
			title: 'Spring convening',
			templateId: 'partnership-design',
			archived: false
		});
		const agenda = await repo.rows('agenda', w.id);
		expect(agenda.map((s) => s.module)).toEqual([
			'momentum',
			'phase',
			'rubric',
			'pitfalls',
			'aspiration',
			'map-questions',
			'stakeholder-map',
			'criteria',
			'actions',
			'final-words'
		]);
		expect(await repo.listWorkshops()).toEqual([w]);
	});

	it('creates blank and strengthening workshops', async () => {
		const blank = await repo.createWorkshop('blank');
		expect(await repo.rows('agenda', blank.id)).toEqual([]);
		const s = await repo.createWorkshop('strengthening-partnerships');
		expect((await repo.rows('agenda', s.id)).map((x) => x.module)).toContain('core-activities');
	});

	it('lists the most recently edited first', async () => {
		const a = await repo.createWorkshop('blank', { title: 'A' });
		const b = await repo.createWorkshop('blank', { title: 'B' });
		expect((await repo.listWorkshops()).map((w) => w.title)).toEqual(['B', 'A']);
		await repo.updateWorkshop(a.id, { title: 'A renamed' });
		expect((await repo.listWorkshops()).map((w) => w.title)).toEqual(['A renamed', 'B']);
		expect(b.id).not.toBe(a.id);
	});

	it('renames and archives', async () => {
		const w = await repo.createWorkshop('blank', { title: 'Old' });
		await repo.updateWorkshop(w.id, { title: 'New', archived: true });
		expect(await repo.getWorkshop(w.id)).toMatchObject({ title: 'New', archived: true });
		await expect(repo.updateWorkshop('missing', { title: 'x' })).rejects.toThrow(
			/no longer exists/
		);
	});

	it('bumps updatedAt when a row of the workshop changes', async () => {
		const w = await repo.createWorkshop('blank');
		const before = (await repo.getWorkshop(w.id))!.updatedAt;
		await repo.putRow('actions', {
			workshopId: w.id,
			id: 'a1',
			title: 'Call the food bank',
			partnerId: '',
			owner: 'Ana',
			dueDate: '',
			status: 'todo',
			order: 0,
			createdAt: clock
		});
		expect((await repo.getWorkshop(w.id))!.updatedAt).toBeGreaterThan(before);
		await repo.deleteRow('actions', w.id, 'a1');
		expect(await repo.rows('actions', w.id)).toEqual([]);
	});
});

describe('Repository: bundles, duplicate, delete and undo', () => {
	let demo: WorkshopBundle;
	beforeEach(async () => {
		demo = canonicalBundle(buildDemoBundle('demo-1', clock));
		await repo.putBundle(demo);
	});

	it('stores and loads a whole workshop unchanged', async () => {
		expect(await repo.loadBundle('demo-1')).toEqual(demo);
		expect(await repo.loadBundle('nope')).toBeUndefined();
	});

	it('the live bundle is everything but the snapshots, which are counted and read on their own', async () => {
		const snapshot = {
			workshopId: 'demo-1',
			id: 's-1',
			label: 'March',
			takenAt: clock,
			content: { ...demo, snapshots: undefined }
		};
		await repo.putBundle({
			...demo,
			snapshots: [snapshot as unknown as WorkshopBundle['snapshots'][number]]
		});
		const { snapshots: _all, ...live } = demo;
		const loaded = await repo.loadLiveBundle('demo-1');
		expect(loaded).toEqual(live);
		expect(loaded).not.toHaveProperty('snapshots');
		expect(await repo.snapshotCount('demo-1')).toBe(1);
		expect(await repo.rows('snapshots', 'demo-1')).toHaveLength(1);
		expect(await repo.loadLiveBundle('nope')).toBeUndefined();
		expect(await repo.snapshotCount('nope')).toBe(0);
		// The same, read as the session row and the rest apart (`WorkshopState`).
		const { session, ...rest } = live;
		expect(await repo.loadLiveBundleWithoutSession('demo-1')).toEqual(rest);
		expect(await repo.loadSession('demo-1')).toEqual(session);
		expect(await repo.loadLiveBundleWithoutSession('nope')).toBeUndefined();
		expect(await repo.loadSession('nope')).toBeNull();
	});

	it('duplicates everything under a new id, leaving the original alone', async () => {
		const copy = await repo.duplicateWorkshop('demo-1', (t) => `${t} (copy)`);
		expect(copy.title).toBe(`${demo.workshop.title} (copy)`);
		const loaded = (await repo.loadBundle(copy.id))!;
		expect(loaded.partners.map((p) => p.name)).toEqual(demo.partners.map((p) => p.name));
		expect(loaded.partners.every((p) => p.workshopId === copy.id)).toBe(true);
		expect(await repo.loadBundle('demo-1')).toEqual(demo);
	});

	it('deletes a workshop with all its rows, and undo restores it exactly', async () => {
		const other = await repo.createWorkshop('partnership-design', { title: 'Other' });
		const deleted = await repo.deleteWorkshop('demo-1');
		expect(deleted).toEqual(demo);
		expect(await repo.getWorkshop('demo-1')).toBeUndefined();
		for (const t of ROW_TABLE_NAMES) {
			expect(await db[t].where('workshopId').equals('demo-1').count(), t).toBe(0);
		}
		expect(await repo.rows('agenda', other.id)).toHaveLength(10);
		await repo.putBundle(deleted!);
		expect(await repo.loadBundle('demo-1')).toEqual(demo);
	});

	it('imports a file as new, as a replacement, or as a second copy', async () => {
		const file = readWorkshopFile(
			workshopFileText({ ...demo, workshop: { ...demo.workshop, title: 'From file' } })
		);
		expect(file.ok).toBe(true);
		if (!file.ok) return;
		await repo.importBundle(file.value, 'copy', (t) => `${t} (imported)`);
		expect((await repo.listWorkshops()).map((w) => w.title).sort()).toEqual(
			['From file (imported)', demo.workshop.title].sort()
		);
		await repo.importBundle(file.value, 'replace');
		expect((await repo.getWorkshop('demo-1'))!.title).toBe('From file');
		expect(await repo.workshopCount()).toBe(2);
	});

	it('replacing removes rows the file no longer has', async () => {
		const smaller: WorkshopBundle = { ...demo, actions: demo.actions.slice(0, 2) };
		await repo.importBundle(smaller, 'replace');
		expect(await repo.rows('actions', 'demo-1')).toHaveLength(2);
	});

	it('an import that fails part-way writes nothing (one transaction)', async () => {
		const before = await dump();
		// A row with no key makes the bulk write fail after earlier tables were written.
		const broken = {
			...demo,
			actions: [{ ...demo.actions[0], id: undefined as unknown as string }]
		};
		await expect(repo.importBundle(broken, 'replace')).rejects.toThrow();
		expect(await dump()).toEqual(before);
	});

	it('hostile files are refused before anything is stored', async () => {
		const before = await dump();
		const hostile = [
			'not json',
			'{"type":"convene/workshop","version":99,"workshop":{}}',
			workshopFileText(demo).replace('"title":', '"__proto__":{"x":1},"title":'),
			'{"type":"convene/workshop","version":1,"workshop":{"id":"x"}}'
		];
		for (const text of hostile) {
			const r = readWorkshopFile(text);
			expect(r.ok).toBe(false);
			if (r.ok) await repo.importBundle(r.value, 'replace');
		}
		expect(await dump()).toEqual(before);
	});
});

describe('Repository: a tick in a list merges into what is stored', () => {
	it('two role ticks started together both land, in the given order; untick removes one', async () => {
		const w = await repo.createWorkshop('blank', {});
		await db.people.put({
			workshopId: w.id,
			id: 'p1',
			partnerId: 'x',
			name: 'Ana',
			title: '',
			roles: ['contributes'],
			contact: ''
		});
		const order = ['contributes', 'allocates-resources', 'implements', 'makes-decisions'];
		await Promise.all([
			repo.toggleInList('people', w.id, 'p1', 'roles', 'makes-decisions', true, order),
			repo.toggleInList('people', w.id, 'p1', 'roles', 'implements', true, order)
		]);
		expect((await db.people.get([w.id, 'p1']))?.roles).toEqual([
			'contributes',
			'implements',
			'makes-decisions'
		]);
		await repo.toggleInList('people', w.id, 'p1', 'roles', 'contributes', false, order);
		expect((await db.people.get([w.id, 'p1']))?.roles).toEqual(['implements', 'makes-decisions']);
		await expect(
			repo.toggleInList('people', w.id, 'gone', 'roles', 'implements', true)
		).rejects.toThrow();
	});
});
