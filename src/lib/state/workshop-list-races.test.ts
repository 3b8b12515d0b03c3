import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkshopPeek } from '$lib/db/peek';

/** Each call to the (mocked) peek waits for the test to settle it. */
const pending: { resolve: (p: WorkshopPeek) => void; reject: (e: unknown) => void }[] = [];
vi.mock('$lib/db/peek', () => ({
	peekWorkshops: vi.fn(
		() => new Promise<WorkshopPeek>((resolve, reject) => pending.push({ resolve, reject }))
	)
}));

const { pageFailure } = await import('./page-failure.svelte');
const { DEXIE_CHANGE_EVENT, workshopList } = await import('./workshop-list');

const notice = () => {
	const channel = new BroadcastChannel(DEXIE_CHANGE_EVENT);
	channel.postMessage({ 'idb://convene/workshops/': {} });
	channel.close();
};
const listOf = (id: string): WorkshopPeek => ({
	kind: 'workshops',
	workshops: [{ id } as never]
});

afterEach(() => {
	pending.length = 0;
	pageFailure.clear();
});

describe('the workshop list when reads fail', () => {
	it('a read that fails after the page has gone is not reported (it would replace the next page)', async () => {
		const stop = workshopList().subscribe(() => undefined);
		await vi.waitFor(() => expect(pending).toHaveLength(1));
		stop();
		pending[0].reject(new Error('late failure'));
		// Every promise reaction of that rejection has run once the next macrotask starts.
		await new Promise((resolve) => setImmediate(resolve));
		expect(pageFailure.error).toBeNull();
	});

	it('a change heard during a read that fails is read again, and the list arrives', async () => {
		const seen: unknown[] = [];
		const stop = workshopList().subscribe((list) => seen.push(list));
		await vi.waitFor(() => expect(pending).toHaveLength(1));
		notice();
		// The notice arrives while the first read is in flight (it is only marked, not read at once).
		await new Promise<void>((resolve) => {
			const listener = new BroadcastChannel(DEXIE_CHANGE_EVENT);
			listener.onmessage = () => (listener.close(), resolve());
			notice();
		});
		expect(pending).toHaveLength(1);
		pending[0].reject(new Error('storage hiccup'));
		await vi.waitFor(() => expect(pending).toHaveLength(2));
		expect((pageFailure.error as Error).message).toBe('storage hiccup');
		pending[1].resolve(listOf('w1'));
		await vi.waitFor(() => expect(seen.at(-1)).toEqual([{ id: 'w1' }]));
		stop();
	});
});
