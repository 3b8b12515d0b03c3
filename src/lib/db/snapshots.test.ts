import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalBundle } from '$lib/domain/bundle';
import { buildDemoBundle } from '$lib/domain/demo';
import { bundleToContent, readWorkshopFile, workshopFileText } from '$lib/domain/file-format';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';
import { deleteSnapshot, restoreSnapshot, takeSnapshot } from './snapshots';

let db: ConveneDb;
let repo: Repository;
let clock: number;
let ids: number;
const options = () => ({ now: () => ++clock, newId: () => `n${++ids}` });

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
	await repo.putBundle(canonicalBundle(buildDemoBundle('demo-1', clock)));
});

afterEach(async () => {
	await db.delete();
});

describe('snapshots', () => {
	it('freezes the current content with a label and a time, and bumps the workshop', async () => {
		const before = (await repo.loadBundle('demo-1'))!;
		const s = await takeSnapshot(repo, 'demo-1', '  March convening  ', options());
		expect(s).toMatchObject({
			workshopId: 'demo-1',
			id: 'snapshot-n1',
			label: 'March convening',
			takenAt: clock
		});
		expect(s.content).toEqual(bundleToContent(before));
		// A snapshot's content holds no snapshots.
		expect('snapshots' in s.content).toBe(false);
		const after = (await repo.loadBundle('demo-1'))!;
		expect(after.snapshots).toEqual([s]);
		expect(after.workshop.updatedAt).toBe(s.takenAt);
	});

	it('is read-only: later edits do not reach it', async () => {
		const s = await takeSnapshot(repo, 'demo-1', 'Before', options());
		await repo.patchRow('partners', 'demo-1', 'p-health-plan', { phase: 3 });
		const stored = (await repo.loadBundle('demo-1'))!;
		expect(stored.partners.find((p) => p.id === 'p-health-plan')!.phase).toBe(3);
		expect(stored.snapshots[0].content.partners.find((p) => p.id === 'p-health-plan')!.phase).toBe(
			2
		);
		expect(stored.snapshots[0]).toEqual(s);
	});

	it('a second snapshot does not contain the first', async () => {
		await takeSnapshot(repo, 'demo-1', 'One', options());
		const two = await takeSnapshot(repo, 'demo-1', 'Two', options());
		expect(Object.keys(two.content)).not.toContain('snapshots');
		expect((await repo.loadBundle('demo-1'))!.snapshots.map((s) => s.label)).toEqual([
			'One',
			'Two'
		]);
	});

	it('refuses a workshop that does not exist, writing nothing', async () => {
		await expect(takeSnapshot(repo, 'missing', 'x', options())).rejects.toThrow(/no longer exists/);
		expect(await db.snapshots.count()).toBe(0);
	});

	it('deletes with undo', async () => {
		const s = await takeSnapshot(repo, 'demo-1', 'March', options());
		const deleted = await deleteSnapshot(repo, 'demo-1', s.id);
		expect(deleted).toEqual(s);
		expect(await db.snapshots.count()).toBe(0);
		expect(await deleteSnapshot(repo, 'demo-1', s.id)).toBeUndefined();
		await restoreSnapshot(repo, deleted!);
		expect((await repo.loadBundle('demo-1'))!.snapshots).toEqual([s]);
	});

	it('undo after the workshop itself was deleted fails loudly', async () => {
		const s = await takeSnapshot(repo, 'demo-1', 'March', options());
		await repo.deleteWorkshop('demo-1');
		await expect(restoreSnapshot(repo, s)).rejects.toThrow(/no longer exists/);
		expect(await db.snapshots.count()).toBe(0);
	});

	it('travels in the workshop file and comes back intact', async () => {
		await takeSnapshot(repo, 'demo-1', 'Marzo — مارس 🎉 <script>', options());
		const bundle = (await repo.loadBundle('demo-1'))!;
		const read = readWorkshopFile(workshopFileText(bundle));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		await repo.importBundle(read.value, 'copy');
		const copies = (await repo.listWorkshops()).filter((w) => w.id !== 'demo-1');
		const copy = (await repo.loadBundle(copies[0].id))!;
		expect(copy.snapshots.map(({ workshopId: _w, ...rest }) => rest)).toEqual(
			bundle.snapshots.map(({ workshopId: _w, ...rest }) => rest)
		);
	});
});
