import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repo } from '$lib/db';
import { addTheme } from './room';

// No localStorage here: the journal does without it (writes.test.ts covers the journal itself).
beforeEach(async () => {
	await repo().db.open();
});
afterEach(async () => {
	for (const w of await repo().listWorkshops()) await repo().deleteWorkshop(w.id);
});

describe('adding themes quickly', () => {
	it('a theme added before the page has seen the one before comes after it, not beside it', async () => {
		const w = await repo().createWorkshop('partnership-design', { title: 'Quick themes' });
		const bundle = (await repo().loadLiveBundle(w.id))!;
		const step = bundle.agenda.find((s) => s.module === 'aspiration')!;
		// Both from the same (stale) bundle, as Enter, a name and Enter make them.
		const first = addTheme(bundle, step, 'aspiration-1', 'Shared data');
		const second = addTheme(bundle, step, 'aspiration-1', 'Trust');
		expect(await first).toBeNull();
		expect(await second).toBeNull();
		const themes = (await repo().loadLiveBundle(w.id))!.themes;
		const byOrder = [...themes].sort((a, b) => a.order - b.order).map((t) => t.label);
		expect(byOrder).toEqual(['Shared data', 'Trust']);
		expect(new Set(themes.map((t) => t.order)).size).toBe(2);
	});

	it('a nameless theme is refused with its code and nothing is stored', async () => {
		const w = await repo().createWorkshop('partnership-design', { title: 'Nameless' });
		const bundle = (await repo().loadLiveBundle(w.id))!;
		const step = bundle.agenda.find((s) => s.module === 'aspiration')!;
		expect(addTheme(bundle, step, 'aspiration-1', '   ')).toBe('theme-label-empty');
		expect((await repo().loadLiveBundle(w.id))!.themes).toEqual([]);
	});
});
