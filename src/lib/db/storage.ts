/** What the browser says about keeping our data: persistence and quota (StorageManager API). */

export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

export interface StorageInfo {
	persistence: Persistence;
	usage: number | null;
	quota: number | null;
}

export async function readStorageInfo(): Promise<StorageInfo> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage?.persisted) return { persistence: 'unknown', usage: null, quota: null };
	const [persisted, estimate] = await Promise.all([
		storage.persisted().catch(() => null),
		storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null)
	]);
	return {
		persistence: persisted === null ? 'unknown' : persisted ? 'persisted' : 'not-persisted',
		usage: estimate?.usage ?? null,
		quota: estimate?.quota ?? null
	};
}

/** Asks once for persistent storage (Safari and Chrome may otherwise evict IndexedDB). */
export async function requestPersistence(): Promise<Persistence> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage?.persist) return 'unknown';
	try {
		if (await storage.persisted()) return 'persisted';
		return (await storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unknown';
	}
}
