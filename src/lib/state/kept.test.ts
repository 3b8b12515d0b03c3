import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptKeys, parseJson, readKept, writeKept } from './kept';

/** A Storage held in a Map; `full` makes every write throw as a full disk does. */
function memoryStorage(full = false): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, String(v));
		},
		removeItem: (k) => void map.delete(k),
		clear: () => map.clear()
	};
}

const positive = (raw: string) => (Number(raw) > 0 ? Number(raw) : undefined);

afterEach(() => vi.unstubAllGlobals());

describe('values kept in localStorage', () => {
	it('reads back what was written, and removes it with null', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		expect(writeKept('convene:backup:w1', '1700')).toBe(true);
		expect(readKept('convene:backup:w1', positive)).toBe(1700);
		expect(writeKept('convene:backup:w1', null)).toBe(true);
		expect(readKept('convene:backup:w1', positive, null)).toBeNull();
	});

	it('falls back when the kept value does not validate, or its parser throws', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		writeKept('n', '-3');
		expect(readKept('n', positive, 0)).toBe(0);
		writeKept('j', '{not json');
		expect(readKept('j', parseJson, 'none')).toBe('none');
		expect(
			readKept(
				'j',
				() => {
					throw new Error('tampered');
				},
				'safe'
			)
		).toBe('safe');
	});

	it('a full disk: the write returns false and nothing is kept', () => {
		vi.stubGlobal('localStorage', memoryStorage(true));
		expect(writeKept('k', 'v')).toBe(false);
		expect(readKept('k', (raw) => raw)).toBeUndefined();
	});

	it('storage blocked (access throws, as in some private modes): reads fall back, writes say false', () => {
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		try {
			expect(readKept('k', (raw) => raw, 'default')).toBe('default');
			expect(writeKept('k', 'v')).toBe(false);
			expect(keptKeys('convene:')).toEqual([]);
		} finally {
			delete (globalThis as { localStorage?: Storage }).localStorage;
		}
	});

	it('lists the keys under a prefix, without it', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		writeKept('convene:invite:w1', 'a');
		writeKept('convene:invite:w2', 'b');
		writeKept('convene:room:ABC', 'c');
		expect(keptKeys('convene:invite:').sort()).toEqual(['w1', 'w2']);
	});
});
