import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, CriterionScore } from '$lib/domain/types';
import { openDatabase, type ConveneDb } from './database';
import { deleteCriterion, putRows } from './modules';
import { Repository } from './repository';

let db: ConveneDb;
let repo: Repository;
let wid: string;

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	repo = new Repository(db);
	wid = (await repo.createWorkshop('partnership-design')).id;
});

afterEach(async () => {
	await db.delete();
});

const answer = (fields: Partial<Answer> = {}): Answer => ({
	workshopId: wid,
	id: 'momentum-1@',
	itemId: 'momentum-1',
	partnerId: '',
	text: '',
	rating: 0,
	updatedAt: 1,
	...fields
});

const patchRow = (r: Repository, table: 'answers', base: Answer, patch: Partial<Answer>) =>
	r.patchRow(table, base.workshopId, base.id, patch, base);

describe('Repository.patchRow', () => {
	it('creates the row from its base when none is stored', async () => {
		await patchRow(repo, 'answers', answer(), { rating: 4 });
		expect(await db.answers.get([wid, 'momentum-1@'])).toMatchObject({ rating: 4, text: '' });
	});

	it('changes only the patched fields of a stored row, even when the base is stale', async () => {
		await patchRow(repo, 'answers', answer(), { rating: 4 });
		// The UI had not seen the rating yet when the note was saved.
		await patchRow(repo, 'answers', answer(), { text: 'Fewer, better partnerships' });
		expect(await db.answers.get([wid, 'momentum-1@'])).toMatchObject({
			rating: 4,
			text: 'Fewer, better partnerships'
		});
	});

	it('marks the workshop edited', async () => {
		const clocked = new Repository(db, () => 42_000);
		await patchRow(clocked, 'answers', answer(), { rating: 2 });
		expect((await repo.getWorkshop(wid))?.updatedAt).toBe(42_000);
	});

	it('refuses to patch a missing row when no base is given', async () => {
		await expect(repo.patchRow('answers', wid, 'nope@', { rating: 2 })).rejects.toThrow(
			/no longer exists/
		);
	});
});

describe('deleteCriterion', () => {
	it('removes the criterion and its scores, and nothing else', async () => {
		const criterion = (id: string) => ({
			workshopId: wid,
			id,
			name: id,
			description: '',
			weight: 3,
			order: 0
		});
		const score = (criterionId: string, partnerId: string): CriterionScore => ({
			workshopId: wid,
			id: `${criterionId}@${partnerId}`,
			criterionId,
			partnerId,
			score: 3
		});
		await putRows(repo, 'criteria', wid, [criterion('c1'), criterion('c2')]);
		await putRows(repo, 'criterionScores', wid, [
			score('c1', 'p1'),
			score('c1', 'p2'),
			score('c2', 'p1')
		]);
		await deleteCriterion(repo, wid, 'c1');
		expect((await repo.rows('criteria', wid)).map((c) => c.id)).toEqual(['c2']);
		expect((await repo.rows('criterionScores', wid)).map((s) => s.id)).toEqual(['c2@p1']);
	});
});

describe('Repository.patchRow into an object field', () => {
	it('changes a field inside the stored object, keeping a kind chosen a moment ago', async () => {
		const demo = (await import('$lib/domain/demo')).buildDemoBundle(wid, Date.now());
		const partner = { ...demo.partners[0], decision: null };
		await repo.db.partners.put(partner);
		await repo.patchRow('partners', wid, partner.id, {
			decision: { kind: 'expand', reason: 'Growing', date: '2026-03-01' }
		});
		// The screen still showed no decision, or an older one: only the date is sent.
		await repo.patchRow('partners', wid, partner.id, { date: '2026-03-05' }, undefined, 'decision');
		expect((await repo.db.partners.get([wid, partner.id]))?.decision).toEqual({
			kind: 'expand',
			reason: 'Growing',
			date: '2026-03-05'
		});
	});

	it('drops the change when the object was cleared meanwhile', async () => {
		const demo = (await import('$lib/domain/demo')).buildDemoBundle(wid, Date.now());
		const partner = { ...demo.partners[0], decision: null };
		await repo.db.partners.put(partner);
		await repo.patchRow('partners', wid, partner.id, { date: '2026-03-05' }, undefined, 'decision');
		expect((await repo.db.partners.get([wid, partner.id]))?.decision).toBeNull();
	});
});
