import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeResponseFile, planMerge, readResponseFile } from '$lib/domain/participation';
import { ok } from '$lib/domain/safe-json';
import type { ParticipantResponse } from '$lib/domain/types';
import { openDatabase, type ConveneDb } from './database';
import { blankResponse, loadOwnResponse, markHandedIn, ownKey, patchOwnResponse } from './participant';
import { Repository } from './repository';
import { applyMerge, storedResponses } from './responses';

let db: ConveneDb;
let repo: Repository;
let ids: number;

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	ids = 0;
	repo = new Repository(db, () => Date.UTC(2026, 10, 24, 9), () => `id-${++ids}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

const response = (id: string, revision: number, phase: ParticipantResponse['phase'] = 2): Omit<ParticipantResponse, 'workshopId'> => ({
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
		expect(stored.map((r) => [r.id, r.phase])).toEqual([['a', 2], ['b', 3], ['c', 2]]);

		const again = planMerge(w.id, stored, batch);
		expect(again.items.map((i) => i.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(again.writes).toEqual([]);
		await applyMerge(repo, w.id, again.writes);
		expect(await storedResponses(repo, w.id)).toEqual(stored);
	});

	it('replaces an older revision with a newer one and keeps the newer against an older', async () => {
		const w = await repo.createWorkshop('blank');
		await applyMerge(repo, w.id, planMerge(w.id, [], incoming(w.id, response('a', 2, 4))).writes);
		const older = planMerge(w.id, await storedResponses(repo, w.id), incoming(w.id, response('a', 1, 1)));
		expect(older.items[0].outcome).toBe('older');
		const newer = planMerge(w.id, await storedResponses(repo, w.id), incoming(w.id, response('a', 3, 5)));
		await applyMerge(repo, w.id, newer.writes);
		expect((await storedResponses(repo, w.id)).map((r) => [r.revision, r.phase])).toEqual([[3, 5]]);
	});

	it('writes nothing when one row is for another workshop or the workshop is gone', async () => {
		const w = await repo.createWorkshop('blank');
		const good = { ...response('a', 1), workshopId: w.id };
		await expect(applyMerge(repo, w.id, [good, { ...response('b', 1), workshopId: 'other' }])).rejects.toThrow();
		await expect(applyMerge(repo, 'gone', [{ ...good, workshopId: 'gone' }])).rejects.toThrow();
		expect(await db.responses.count()).toBe(0);
	});
});

describe('a participant’s own answers', () => {
	it('are filed under join:<workshopId>, patched field by field, and never part of the workshop', async () => {
		const w = await repo.createWorkshop('partnership-design');
		const base = blankResponse(w.id, 'me');
		expect(await loadOwnResponse(repo, w.id)).toBeUndefined();
		await Promise.all([patchOwnResponse(repo, base, { phase: 3 }), patchOwnResponse(repo, base, { name: 'Ana' })]);
		const own = await loadOwnResponse(repo, w.id);
		expect(own).toMatchObject({ workshopId: ownKey(w.id), id: 'me', name: 'Ana', phase: 3, revision: 0 });
		expect((await repo.loadBundle(w.id))?.responses).toEqual([]);
	});

	it('hand in bumps the revision and the time, and the file it makes reads back', async () => {
		const base = blankResponse('w1', 'me');
		await patchOwnResponse(repo, base, { phase: 2 });
		const first = await markHandedIn(repo, base, 5000);
		const second = await markHandedIn(repo, base, 5000);
		expect([first.revision, second.revision]).toEqual([1, 2]);
		expect(second.submittedAt).toBeGreaterThan(first.submittedAt);
		const { workshopId, ...rest } = second;
		expect(workshopId).toBe('join:w1');
		const file = readResponseFile(JSON.stringify(makeResponseFile('w1', rest)));
		expect(file.ok && file.value.response.phase).toBe(2);
	});
});

describe('record entries of a participant’s answers', () => {
	it('two quick answers both land', async () => {
		const { patchOwnEntry } = await import('./participant');
		const base = blankResponse('w1', 'me');
		await Promise.all([patchOwnEntry(repo, base, 'answers', 'q1', 'one'), patchOwnEntry(repo, base, 'answers', 'q2', 'two'), patchOwnEntry(repo, base, 'pitfalls', 'pitfall-1', 'risk')]);
		expect(await loadOwnResponse(repo, 'w1')).toMatchObject({ answers: { q1: 'one', q2: 'two' }, pitfalls: { 'pitfall-1': 'risk' } });
	});
});
