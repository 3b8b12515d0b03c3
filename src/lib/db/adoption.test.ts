import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planAdoption } from '$lib/domain/adoption';
import { buildDemoBundle } from '$lib/domain/demo';
import { ROW_TABLE_NAMES } from '$lib/domain/tables';
import type { ParticipantResponse } from '$lib/domain/types';
import { adoptRows, undoAdoption } from './adoption';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';

let db: ConveneDb;
let repo: Repository;
const NOW = Date.UTC(2026, 11, 7);
const demo = buildDemoBundle('w1', NOW);

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	repo = new Repository(db);
	await db.open();
	// The room of these tests only: the demo's own hand-ins left out.
	await repo.putBundle({ ...demo, responses: [] });
});

afterEach(async () => {
	await db.delete();
});

async function dump(): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const t of ROW_TABLE_NAMES) out[t] = await db[t].toArray();
	return out;
}

const response = (id: string, over: Partial<ParticipantResponse>): ParticipantResponse => ({
	workshopId: 'w1',
	id,
	name: id,
	revision: 1,
	submittedAt: NOW,
	answers: {},
	phase: null,
	phaseReason: '',
	rubric: {},
	pitfalls: {},
	suggestedPartners: [],
	...over
});

describe('adoptRows and undoAdoption', () => {
	it('write every step’s adoption, and undo restores the rows as they were', async () => {
		await db.responses.bulkPut([
			response('x1', {
				phase: 5,
				pitfalls: { 'pitfall-1': 'accelerator' },
				momentum: { 'momentum-3': 2 },
				answers: { 'aspiration-3': 'A room answer' },
				suggestedPartners: ['A brand new partner']
			}),
			response('x2', {
				phase: 5,
				pitfalls: { 'pitfall-1': 'accelerator' },
				momentum: { 'momentum-3': 2 }
			})
		]);
		const before = await dump();
		const bundle = (await repo.loadLiveBundle('w1'))!;
		const undos = [];
		for (const module of [
			'phase',
			'pitfalls',
			'momentum',
			'aspiration',
			'stakeholder-map'
		] as const) {
			const plan = planAdoption({ id: `s-${module}`, module }, bundle, NOW);
			const rows = [...plan.writes, ...plan.conflicts.map((c) => c.write)];
			expect(rows.length, module).toBeGreaterThan(0);
			undos.push(await adoptRows(db, 'w1', rows, NOW));
		}
		const after = (await repo.loadLiveBundle('w1'))!;
		expect(after.phaseVotes.find((v) => v.id === 'team')).toMatchObject({
			phase: 5,
			source: { responses: 2, adopted: '5' }
		});
		expect(after.partners.filter((p) => p.name === 'A brand new partner')).toHaveLength(1);
		expect(after.answers.find((a) => a.id === 'aspiration-3@')?.text).toBe('A room answer');

		for (const undo of undos.reverse()) await undoAdoption(db, undo, NOW);
		const restored = await dump();
		// Only the workshop record's "edited" time moved.
		expect(restored).toEqual(before);
	});

	it('leaves a row the team edited after adopting', async () => {
		await db.responses.put(response('x1', { phase: 6 }));
		const bundle = (await repo.loadLiveBundle('w1'))!;
		const plan = planAdoption({ id: 's', module: 'phase' }, bundle, NOW);
		const undo = await adoptRows(db, 'w1', [...plan.writes, ...plan.conflicts.map((c) => c.write)]);
		await db.phaseVotes.update(['w1', 'team'], { reason: 'edited after' });
		await undoAdoption(db, undo);
		expect((await db.phaseVotes.get(['w1', 'team']))?.reason).toBe('edited after');
	});
});
