import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveStep, removeStep } from '$lib/domain/agenda';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';
import { changeAgenda } from './agenda';

let db: ConveneDb;
let repo: Repository;

beforeEach(async () => {
	db = openDatabase(`agenda-${crypto.randomUUID()}`);
	repo = new Repository(db);
	await db.open();
});
afterEach(() => db.delete());

describe('changeAgenda', () => {
	it('stores a reordered agenda and removes dropped steps, leaving other workshops alone', async () => {
		const a = await repo.createWorkshop('partnership-design');
		const b = await repo.createWorkshop('strengthening-partnerships');
		const steps = await changeAgenda(repo, a.id, (s) =>
			removeStep(moveStep(s, 'step-5', 0), 'step-2')
		);
		const stored = await repo.rows('agenda', a.id);
		expect(stored.map((s) => s.id)).toEqual(steps.map((s) => s.id));
		expect(stored[0].id).toBe('step-5');
		expect(stored.map((s) => s.id)).not.toContain('step-2');
		expect(await repo.rows('agenda', b.id)).toHaveLength(6);
	});

	it('applies a change to the stored steps, not to a stale copy', async () => {
		const a = await repo.createWorkshop('partnership-design');
		const stale = await repo.rows('agenda', a.id);
		await repo.patchRow('agenda', a.id, 'step-3', { prompt: 'typed a moment ago' });
		await changeAgenda(repo, a.id, (s) => moveStep(s, 'step-3', 0));
		const stored = await repo.rows('agenda', a.id);
		expect(stored[0]).toMatchObject({ id: 'step-3', prompt: 'typed a moment ago', order: 0 });
		expect(stale[2].prompt).toBe('');
	});

	it('writes nothing when a step is invalid (one transaction)', async () => {
		const a = await repo.createWorkshop('partnership-design');
		const before = await repo.rows('agenda', a.id);
		const broken = [...before.slice(0, 3), { ...before[3], id: undefined as unknown as string }];
		await expect(changeAgenda(repo, a.id, () => broken)).rejects.toThrow();
		expect(await repo.rows('agenda', a.id)).toEqual(before);
	});
});
