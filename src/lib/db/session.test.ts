import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepBy, goTo } from '$lib/domain/session';
import { start, pause } from '$lib/domain/timer';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';
import { updateSession } from './session';

let db: ConveneDb;
let repo: Repository;
beforeEach(async () => {
	db = openDatabase(`session-${crypto.randomUUID()}`);
	repo = new Repository(db);
	await db.open();
});
afterEach(() => db.delete());

describe('updateSession', () => {
	it('starts at the first step and applies quick successive changes in order', async () => {
		const w = await repo.createWorkshop('partnership-design');
		await Promise.all(
			[1, 2, 3].map(() => updateSession(repo, w.id, (s, agenda) => stepBy(s, agenda, 1)))
		);
		expect((await db.sessions.get([w.id, 'session']))?.currentStepId).toBe('step-4');
	});

	it('keeps timer and flags, and resets them when the step changes', async () => {
		const w = await repo.createWorkshop('partnership-design');
		await updateSession(repo, w.id, (s) => ({
			...s,
			...pause(start(s, 0), 5_000),
			revealed: true
		}));
		let s = (await db.sessions.get([w.id, 'session']))!;
		expect(s).toMatchObject({ timerElapsedMs: 5_000, revealed: true, currentStepId: 'step-1' });
		s = await updateSession(repo, w.id, (x) => goTo(x, 'step-3'));
		expect(s).toMatchObject({
			timerElapsedMs: 0,
			timerStartedAt: null,
			revealed: false,
			currentStepId: 'step-3'
		});
	});

	it('moves off a step that was removed from the agenda', async () => {
		const w = await repo.createWorkshop('partnership-design');
		await updateSession(repo, w.id, (x) => goTo(x, 'step-5'));
		await db.agenda.delete([w.id, 'step-5']);
		const s = await updateSession(repo, w.id, (x) => x);
		expect(s.currentStepId).toBe('step-1');
	});
});
