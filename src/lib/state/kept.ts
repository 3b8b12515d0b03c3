/**
 * Values kept in this browser's localStorage (the write-ahead journal, remembered invites and rooms,
 * the relay address, the language, the last backup), read and written one way: storage can be
 * blocked (some private modes throw on access), full, or edited by anyone with the laptop, so every
 * read is validated by the caller's `parse` and falls back to a default, and a failed write returns
 * false instead of throwing (the caller says what is lost). Plain TypeScript: no runes, no DOM types
 * beyond `Storage`.
 */

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/**
 * The value kept under `key`, as `parse` reads it from the stored string; `fallback` when nothing is
 * kept, storage is blocked, or `parse` returns undefined or throws (a tampered or older value).
 */
export function readKept<T>(key: string, parse: (raw: string) => T | undefined, fallback: T): T;
export function readKept<T>(key: string, parse: (raw: string) => T | undefined): T | undefined;
export function readKept<T>(
	key: string,
	parse: (raw: string) => T | undefined,
	fallback?: T
): T | undefined {
	try {
		const raw = storage()?.getItem(key);
		if (raw === null || raw === undefined) return fallback;
		return parse(raw) ?? fallback;
	} catch {
		return fallback;
	}
}

/**
 * Keeps `raw` under `key` (null removes it). Returns false when storage is blocked or full: the
 * value is then not kept, and the caller decides what that costs.
 */
export function writeKept(key: string, raw: string | null): boolean {
	const s = storage();
	if (!s) return false;
	try {
		if (raw === null) s.removeItem(key);
		else s.setItem(key, raw);
		return true;
	} catch {
		return false;
	}
}

/** The keys kept under `prefix`, without it (empty when storage is blocked). */
export function keptKeys(prefix: string): string[] {
	const s = storage();
	if (!s) return [];
	const out: string[] = [];
	try {
		for (let i = 0; i < s.length; i++) {
			const key = s.key(i);
			if (key?.startsWith(prefix)) out.push(key.slice(prefix.length));
		}
	} catch {
		return out;
	}
	return out;
}

/** `JSON.parse` for `readKept`: undefined (the fallback) for a string that is not JSON. */
export function parseJson(raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return undefined;
	}
}
