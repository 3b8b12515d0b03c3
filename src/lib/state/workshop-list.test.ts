import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { repo } from '$lib/db';
import type { Workshop } from '$lib/domain/types';
import { DEXIE_CHANGE_EVENT, touchesWorkshops, workshopList } from './workshop-list';

afterEach(async () => {
	for (const w of await repo().listWorkshops()) await repo().deleteWorkshop(w.id);
});

/** Subscribes and resolves with the first value `accept` takes; unsubscribes then. */
function next(accept: (list: Workshop[]) => boolean): Promise<Workshop[]> {
	return new Promise((resolve) => {
		// The first call (synchronous, `undefined`) returns before `stop` is read.
		const stop = workshopList().subscribe((list) => {
			if (!list || !accept(list)) return;
			stop();
			resolve(list);
		});
	});
}

describe('the home page’s workshop list', () => {
	it('listens on the name Dexie announces its changes under (pinned to the installed Dexie)', () => {
		const require = createRequire(import.meta.url);
		const source = readFileSync(
			require.resolve('dexie').replace(/dexie\.js$/, 'modern/dexie.mjs'),
			'utf8'
		);
		expect(source).toContain(`STORAGE_MUTATED_DOM_EVENT_NAME = '${DEXIE_CHANGE_EVENT}'`);
		expect(source).toContain('new BroadcastChannel(STORAGE_MUTATED_DOM_EVENT_NAME)');
	});

	it('reads again for changes to the workshops table only', () => {
		expect(touchesWorkshops({ 'idb://convene/workshops/': {} })).toBe(true);
		expect(touchesWorkshops({ 'idb://convene/workshops/updatedAt': {} })).toBe(true);
		expect(touchesWorkshops({ 'idb://convene/answers/': {} })).toBe(false);
		expect(touchesWorkshops({ 'idb://other/workshops/': {} })).toBe(false);
		expect(touchesWorkshops(null)).toBe(false);
		expect(touchesWorkshops('idb://convene/workshops/')).toBe(false);
	});

	it('starts from what is stored, newest first', async () => {
		await repo().createWorkshop('blank', { title: 'First' });
		await repo().createWorkshop('blank', { title: 'Second' });
		const list = await next((l) => l.length === 2);
		expect(list).toEqual(await repo().listWorkshops());
	});

	it('follows writes made through Dexie, as another tab makes them', async () => {
		const stored = await repo().createWorkshop('blank', { title: 'Before' });
		const seen: string[][] = [];
		const renamed = new Promise<void>((resolve) => {
			const stop = workshopList().subscribe((list) => {
				if (!list) return;
				seen.push(list.map((w) => w.title));
				if (list.length === 2 && list[1].title === 'After') {
					stop();
					resolve();
				}
			});
		});
		await next((l) => l.length === 1);
		await repo().updateWorkshop(stored.id, { title: 'After' });
		await repo().createWorkshop('blank', { title: 'Added' });
		await renamed;
		expect(seen[0]).toEqual(['Before']);
		expect(seen.at(-1)).toEqual(['Added', 'After']);
	});
});
