import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repo } from '$lib/db';
import { journalAdd } from './journal';
import { performWrite, replayJournal } from './writes';

const KEY = 'convene:journal';
let store: Map<string, string>;

beforeEach(async () => {
	store = new Map();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v),
		removeItem: (k: string) => void store.delete(k)
	});
	await repo().db.open();
});
afterEach(async () => {
	for (const w of await repo().listWorkshops()) await repo().deleteWorkshop(w.id);
	vi.unstubAllGlobals();
});

describe('writes through the journal', () => {
	it('a write that lands is removed from the journal', async () => {
		const w = await repo().createWorkshop('blank', { title: 'Before' });
		await performWrite({ kind: 'workshop', id: w.id, patch: { title: 'After' } });
		expect((await repo().getWorkshop(w.id))?.title).toBe('After');
		expect(store.get(KEY)).toBeUndefined();
	});

	it('a write that fails stays in the journal, so it is not lost', async () => {
		await expect(
			performWrite({ kind: 'workshop', id: 'gone', patch: { title: 'x' } })
		).rejects.toThrow();
		expect(JSON.parse(store.get(KEY)!)).toHaveLength(1);
	});

	it('replays what a closed page left behind, then clears it', async () => {
		const w = await repo().createWorkshop('blank', { title: 'Typed before the tab closed?' });
		journalAdd({
			kind: 'workshop',
			id: w.id,
			patch: { title: 'Typed just before the tab closed' }
		});
		journalAdd({ kind: 'workshop', id: 'deleted-since', patch: { title: 'nowhere to go' } });
		expect(await replayJournal()).toBe(1);
		expect((await repo().getWorkshop(w.id))?.title).toBe('Typed just before the tab closed');
		expect(store.get(KEY)).toBeUndefined();
	});

	it('a tick left by a closed tab merges into the roles stored since, on replay', async () => {
		const w = await repo().createWorkshop('blank', { title: 'Roles' });
		const person = {
			workshopId: w.id,
			id: 'person-1',
			partnerId: 'partner-1',
			name: 'Ana',
			title: '',
			roles: ['makes-decisions' as const],
			contact: ''
		};
		await repo().putRow('people', person);
		journalAdd({
			kind: 'toggle',
			table: 'people',
			workshopId: w.id,
			id: person.id,
			field: 'roles',
			value: 'implements',
			on: true
		});
		expect(await replayJournal()).toBe(1);
		const stored = (await repo().loadLiveBundle(w.id))!.people.find((p) => p.id === person.id);
		expect(stored?.roles).toEqual(['makes-decisions', 'implements']);
		expect(store.get(KEY)).toBeUndefined();
	});

	it('unticking one question of a step that asks every question keeps the others', async () => {
		const w = await repo().createWorkshop('partnership-design', { title: 'Asked' });
		const step = (await repo().loadLiveBundle(w.id))!.agenda.find(
			(s) => s.module === 'aspiration'
		)!;
		expect(step.asked).toBeUndefined();
		const all = ['aspiration-1', 'aspiration-2', 'aspiration-3'];
		const untick = (value: string) =>
			performWrite({
				kind: 'toggle',
				table: 'agenda',
				workshopId: w.id,
				id: step.id,
				field: 'asked',
				value,
				on: false,
				order: all,
				whenAbsent: all
			});
		// Two unticks from pages that both still saw "every question": both land.
		await Promise.all([untick('aspiration-1'), untick('aspiration-3')]);
		const stored = (await repo().loadLiveBundle(w.id))!.agenda.find((s) => s.id === step.id)!;
		expect(stored.asked).toEqual(['aspiration-2']);
	});

	it('a replay that fails for another reason (storage full) keeps that write and the rest for next time', async () => {
		const w = await repo().createWorkshop('blank', { title: 'Before' });
		journalAdd({ kind: 'workshop', id: w.id, patch: { title: 'First' } });
		journalAdd({ kind: 'workshop', id: w.id, patch: { facilitator: 'Second' } });
		const full = new DOMException('The disk is full.', 'QuotaExceededError');
		const update = vi.spyOn(repo(), 'updateWorkshop').mockRejectedValueOnce(full);
		await expect(replayJournal()).rejects.toBe(full);
		const kept = JSON.parse(store.get(KEY)!) as { write: { patch: object } }[];
		expect(kept.map((e) => e.write.patch)).toEqual([{ title: 'First' }, { facilitator: 'Second' }]);
		// The next start replays both.
		update.mockRestore();
		expect(await replayJournal()).toBe(2);
		const stored = await repo().getWorkshop(w.id);
		expect([stored?.title, stored?.facilitator]).toEqual(['First', 'Second']);
		expect(store.get(KEY)).toBeUndefined();
	});
});
