import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeResponseFile, planMerge } from '$lib/domain/participation';
import { ok } from '$lib/domain/safe-json';
import type { ParticipantResponse } from '$lib/domain/types';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';
import { applyMerge, storedResponses } from './responses';

let db: ConveneDb;
let repo: Repository;
let ids: number;

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	ids = 0;
	repo = new Repository(
		db,
		() => Date.UTC(2026, 10, 24, 9),
		() => `id-${++ids}`
	);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

const response = (
	id: string,
	revision: number,
	phase: ParticipantResponse['phase'] = 2
): Omit<ParticipantResponse, 'workshopId'> => ({
	id,
	name: `Person ${id}`,
	revision,
	submittedAt: 1000 + revision,
	answers: {},
	phase,
	phaseReason: '',
	rubric: {},
	pitfalls: {},
	suggestedPartners: []
});

const incoming = (workshopId: string, ...rows: Omit<ParticipantResponse, 'workshopId'>[]) =>
	rows.map((r, i) => ({ source: `file ${i + 1}`, file: ok(makeResponseFile(workshopId, r)) }));

describe('applyMerge', () => {
	it('writes a planned batch in one go, and importing it again changes nothing', async () => {
		const w = await repo.createWorkshop('partnership-design');
		const batch = incoming(w.id, response('a', 1), response('b', 1, 3), response('c', 1));
		const plan = planMerge(w.id, await storedResponses(repo, w.id), batch);
		await applyMerge(repo, w.id, plan.writes);
		const stored = await storedResponses(repo, w.id);
		expect(stored.map((r) => [r.id, r.phase])).toEqual([
			['a', 2],
			['b', 3],
			['c', 2]
		]);

		const again = planMerge(w.id, stored, batch);
		expect(again.items.map((i) => i.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(again.writes).toEqual([]);
		await applyMerge(repo, w.id, again.writes);
		expect(await storedResponses(repo, w.id)).toEqual(stored);
	});

	it('replaces an older revision with a newer one and keeps the newer against an older', async () => {
		const w = await repo.createWorkshop('blank');
		await applyMerge(repo, w.id, planMerge(w.id, [], incoming(w.id, response('a', 2, 4))).writes);
		const older = planMerge(
			w.id,
			await storedResponses(repo, w.id),
			incoming(w.id, response('a', 1, 1))
		);
		expect(older.items[0].outcome).toBe('older');
		const newer = planMerge(
			w.id,
			await storedResponses(repo, w.id),
			incoming(w.id, response('a', 3, 5))
		);
		await applyMerge(repo, w.id, newer.writes);
		expect((await storedResponses(repo, w.id)).map((r) => [r.revision, r.phase])).toEqual([[3, 5]]);
	});

	it('keeps the facilitator’s removal or restoring as stored when a merge planned before it lands after it', async () => {
		const w = await repo.createWorkshop('blank');
		await applyMerge(repo, w.id, planMerge(w.id, [], incoming(w.id, response('a', 1))).writes);
		// A newer revision planned while the row still counted, written after the facilitator removed it.
		const planned = planMerge(
			w.id,
			await storedResponses(repo, w.id),
			incoming(w.id, response('a', 2, 4))
		);
		await repo.patchRow('responses', w.id, 'a', { removedAt: 77 });
		await applyMerge(repo, w.id, planned.writes);
		expect((await storedResponses(repo, w.id)).map((r) => [r.revision, r.removedAt])).toEqual([
			[2, 77]
		]);
		// And a plan made while removed, written after restoring, does not remove it again.
		const removed = await storedResponses(repo, w.id);
		const next = planMerge(w.id, removed, incoming(w.id, response('a', 3, 5)));
		await repo.patchRow('responses', w.id, 'a', { removedAt: null });
		await applyMerge(
			repo,
			w.id,
			next.writes.map((r) => ({ ...r, removedAt: 77 }))
		);
		expect((await storedResponses(repo, w.id))[0]).toMatchObject({ revision: 3 });
		expect((await storedResponses(repo, w.id))[0].removedAt ?? null).toBeNull();
	});

	it('writes nothing when one row is for another workshop or the workshop is gone', async () => {
		const w = await repo.createWorkshop('blank');
		const good = { ...response('a', 1), workshopId: w.id };
		await expect(
			applyMerge(repo, w.id, [good, { ...response('b', 1), workshopId: 'other' }])
		).rejects.toThrow();
		await expect(applyMerge(repo, 'gone', [{ ...good, workshopId: 'gone' }])).rejects.toThrow();
		expect(await db.responses.count()).toBe(0);
	});
});
