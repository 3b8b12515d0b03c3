/**
 * Prepared rooms without an import in every test. Each worker imports the room of `n` responses
 * (tests/room-fixture.ts) once, through the home page exactly as a facilitator would (`importRoom`),
 * in a context of its own, and keeps that context's storage, IndexedDB included
 * (`storageState({ indexedDB: true })`). `openRoom(n)` then puts that storage into the test's own
 * fresh context (`setStorageState`, before any page of it has opened the app): the state the import
 * leaves, without the 2 s (quiet machine) to 6 s (loaded) of importing in every test. The import
 * journey itself stays a test of its own (room-results.spec.ts imports through the home page).
 */
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { expectSaved } from './helpers';
import { importRoom } from './room-helpers';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A room as imported: its workshop id, its agenda in order, and the storage it left. */
interface ImportedRoom {
	id: string;
	steps: { module: string; title: string }[];
	state: StorageState;
}

/** Imports the room of `n` responses in a context of its own and returns what it stored. */
async function importOnce(browser: Browser, baseURL: string | undefined, n: number) {
	const context = await browser.newContext({ baseURL });
	try {
		const page = await context.newPage();
		const { id, steps } = await importRoom(page, n);
		await expectSaved(page);
		const state = await context.storageState({ indexedDB: true });
		return { id, steps, state } satisfies ImportedRoom;
	} finally {
		await context.close();
	}
}

export const test = base.extend<
	{
		/**
		 * Puts the room of `n` responses into this test's context and returns its workshop id and
		 * agenda (module and title of each step, in order). Call it before opening the app.
		 */
		openRoom: (n: number) => Promise<Omit<ImportedRoom, 'state'>>;
	},
	{ importedRoom: (n: number) => Promise<ImportedRoom> }
>({
	// Once per worker and room size, on first use; a failed import is forgotten (the next test imports again).
	importedRoom: [
		async ({ browser }, use, workerInfo) => {
			const rooms = new Map<number, Promise<ImportedRoom>>();
			await use((n) => {
				let room = rooms.get(n);
				if (!room) {
					room = importOnce(browser, workerInfo.project.use.baseURL, n);
					rooms.set(n, room);
					room.catch(() => rooms.delete(n));
				}
				return room;
			});
		},
		{ scope: 'worker' }
	],
	openRoom: async ({ context, importedRoom }, use) => {
		await use(async (n) => {
			const { id, steps, state } = await importedRoom(n);
			await context.setStorageState(state);
			return { id, steps };
		});
	}
});
