import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalAdd, journalRemove, type PendingWrite } from './journal';
import { journalTake, validWrite } from './journal-replay';

const KEY = 'convene:journal';

/** A Storage in memory (Node has no localStorage); `full` makes setItem throw like a full browser store. */
class MemoryStorage {
	data = new Map<string, string>();
	full = false;
	/** Characters the store holds at most, as a browser's ~5 MB localStorage. */
	quota = Infinity;
	getItem(key: string) {
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full || String(value).length > this.quota)
			throw new DOMException('full', 'QuotaExceededError');
		this.data.set(key, String(value));
	}
	removeItem(key: string) {
		this.data.delete(key);
	}
}

let storage: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const titleWrite: PendingWrite = {
	kind: 'workshop',
	id: 'w1',
	patch: { title: 'Spring 🤝 <b>convening</b>' }
};
const actionRow = {
	workshopId: 'w1',
	id: 'a1',
	title: 'Call the food bank',
	partnerId: '',
	owner: 'Ana',
	dueDate: '2026-12-01',
	status: 'todo',
	order: 0,
	createdAt: 1
};
const rowWrite = { kind: 'row', table: 'actions', row: actionRow } as PendingWrite;

describe('write-ahead journal', () => {
	it('keeps a write until it is removed, then forgets it', () => {
		const key = journalAdd(titleWrite);
		expect(JSON.parse(storage.getItem(KEY)!)).toHaveLength(1);
		journalRemove(key);
		expect(storage.getItem(KEY)).toBeNull();
	});

	it('hands back what a closed page left, oldest first, and clears itself', () => {
		const now = Date.now();
		storage.setItem(
			KEY,
			JSON.stringify([
				{ key: 'b', at: now - 10, write: rowWrite },
				{ key: 'a', at: now - 20, write: titleWrite }
			])
		);
		expect(journalTake(now)).toEqual([titleWrite, rowWrite]);
		expect(storage.getItem(KEY)).toBeNull();
		expect(journalTake(now)).toEqual([]);
	});

	it('drops entries older than 30 days', () => {
		const now = Date.now();
		storage.setItem(
			KEY,
			JSON.stringify([{ key: 'a', at: now - 31 * 24 * 3600 * 1000, write: titleWrite }])
		);
		expect(journalTake(now)).toEqual([]);
	});

	it.each([
		['not JSON', '{oops'],
		['not a list', '{"key":"a"}'],
		['a list of junk', '[1, null, "x", {"at": "yesterday"}]']
	])('survives a corrupted journal (%s)', (_name, raw) => {
		storage.setItem(KEY, raw);
		expect(journalTake()).toEqual([]);
		expect(storage.getItem(KEY)).toBeNull();
	});

	it('a field whose writes keep failing keeps its latest text in the journal, however long the person types', () => {
		// Storage refuses every write (full, or a damaged profile): no entry is ever removed.
		storage.quota = 5_000_000;
		let notes = 'x'.repeat(20_000);
		for (let i = 0; i < 400; i++) {
			notes += 'y';
			journalAdd({ kind: 'workshop', id: 'w1', patch: { facilitator: notes } });
		}
		const left = JSON.parse(storage.getItem(KEY)!) as { write: PendingWrite }[];
		expect(left.at(-1)!.write).toEqual({
			kind: 'workshop',
			id: 'w1',
			patch: { facilitator: notes }
		});
	});

	it('a later write of the same fields of the same thing replaces its entry; any other write stays', () => {
		const first = journalAdd(titleWrite);
		journalAdd({ kind: 'workshop', id: 'w1', patch: { title: 'Spring', organisation: 'ROOTS' } });
		journalAdd({ kind: 'workshop', id: 'w2', patch: { title: 'Other' } });
		journalAdd({ kind: 'workshop', id: 'w1', patch: { organisation: 'ROOTS Health' } });
		journalAdd(rowWrite);
		const clinic = {
			kind: 'row',
			table: 'actions',
			row: { ...actionRow, title: 'Call the clinic' }
		} as PendingWrite;
		journalAdd(clinic);
		const own = (id: string, patch: Record<string, unknown>, into?: 'answers') =>
			({
				kind: 'own',
				workshopId: 'w1',
				id,
				patch,
				base: {},
				...(into ? { into } : {})
			}) as PendingWrite;
		journalAdd(own('r1', { q1: 'a' }, 'answers'));
		journalAdd(own('r1', { q2: 'b' }, 'answers'));
		journalAdd(own('r1', { q1: 'ab' }, 'answers'));
		const writes = (JSON.parse(storage.getItem(KEY)!) as { write: PendingWrite }[]).map(
			(e) => e.write
		);
		expect(writes).toEqual([
			{ kind: 'workshop', id: 'w1', patch: { title: 'Spring', organisation: 'ROOTS' } },
			{ kind: 'workshop', id: 'w2', patch: { title: 'Other' } },
			{ kind: 'workshop', id: 'w1', patch: { organisation: 'ROOTS Health' } },
			clinic,
			own('r1', { q2: 'b' }, 'answers'),
			own('r1', { q1: 'ab' }, 'answers')
		]);
		// The replaced entry's own removal, once its write lands, changes nothing.
		journalRemove(first);
		expect(JSON.parse(storage.getItem(KEY)!)).toHaveLength(6);
	});

	it('records a write over a tampered journal, leaving its junk to the replay’s checks', () => {
		storage.setItem(
			KEY,
			'[1, null, "x", {"at": 1}, {"write": null}, {"write": {"kind": "workshop"}}]'
		);
		expect(() => journalAdd(titleWrite)).not.toThrow();
		expect(JSON.parse(storage.getItem(KEY)!)).toHaveLength(7);
	});

	it('still lets the write happen when localStorage is full', () => {
		storage.full = true;
		expect(() => journalRemove(journalAdd(titleWrite))).not.toThrow();
	});
});

describe('validating journal entries (storage can be tampered with)', () => {
	it.each<[string, unknown]>([
		['an unknown kind', { kind: 'delete-everything', id: 'w1' }],
		['an unknown table', { kind: 'row', table: 'workshops', row: actionRow }],
		['a table named __proto__', { kind: 'row', table: '__proto__', row: actionRow }],
		['a table named constructor', { kind: 'row', table: 'constructor', row: actionRow }],
		['a table named toString', { kind: 'row', table: 'toString', row: actionRow }],
		[
			'a row without its workshop',
			{ kind: 'row', table: 'actions', row: { ...actionRow, workshopId: undefined } }
		],
		[
			'a row that fails its schema',
			{ kind: 'row', table: 'actions', row: { ...actionRow, status: 'hacked' } }
		],
		[
			'a row with an over-long text',
			{ kind: 'row', table: 'actions', row: { ...actionRow, owner: 'x'.repeat(501) } }
		],
		['a workshop patch of the wrong type', { kind: 'workshop', id: 'w1', patch: { title: 42 } }],
		['a workshop id that is empty', { kind: 'workshop', id: '', patch: { title: 'x' } }],
		[
			'a workshop id that is huge',
			{ kind: 'workshop', id: 'x'.repeat(201), patch: { title: 'x' } }
		],
		[
			'a row patch on a table named __proto__',
			{ kind: 'rowPatch', table: '__proto__', workshopId: 'w1', id: 'a1', patch: {} }
		],
		[
			'a row patch of the wrong type',
			{
				kind: 'rowPatch',
				table: 'agenda',
				workshopId: 'w1',
				id: 'step-1',
				patch: { durationMin: 90 }
			}
		],
		[
			'a row patch that moves the row',
			{ kind: 'rowPatch', table: 'agenda', workshopId: 'w1', id: 'step-1', patch: { id: 'step-9' } }
		],
		[
			'a row patch without its workshop',
			{ kind: 'rowPatch', table: 'agenda', id: 'step-1', patch: { notes: 'x' } }
		],
		[
			'a toggle of a field that is no list (the title)',
			{
				kind: 'toggle',
				table: 'people',
				workshopId: 'w1',
				id: 'p1',
				field: 'name',
				value: 'x',
				on: true
			}
		],
		[
			'a toggle of a table with no list field',
			{
				kind: 'toggle',
				table: 'partners',
				workshopId: 'w1',
				id: 'p1',
				field: 'roles',
				value: 'x',
				on: true
			}
		],
		[
			'a toggle of a prototype key',
			{
				kind: 'toggle',
				table: '__proto__',
				workshopId: 'w1',
				id: 'p1',
				field: 'roles',
				value: 'x',
				on: true
			}
		],
		[
			'a toggle with no on or off',
			{ kind: 'toggle', table: 'people', workshopId: 'w1', id: 'p1', field: 'roles', value: 'x' }
		],
		[
			'a toggle of a role that does not exist',
			{
				kind: 'toggle',
				table: 'people',
				workshopId: 'w1',
				id: 'p1',
				field: 'roles',
				value: 'owner',
				on: true
			}
		],
		[
			'a toggle with a value no list holds',
			{
				kind: 'toggle',
				table: 'people',
				workshopId: 'w1',
				id: 'p1',
				field: 'roles',
				value: '<b>',
				on: true
			}
		],
		['nothing at all', null],
		['a string', 'write']
	])('refuses %s', (_name, write) => {
		expect(validWrite(write)).toBeNull();
	});

	it('accepts a well-formed toggle of a person’s roles', () => {
		const toggle = {
			kind: 'toggle',
			table: 'people',
			workshopId: 'w1',
			id: 'p1',
			field: 'roles',
			value: 'implements',
			on: true,
			order: ['makes-decisions', 'implements']
		};
		expect(validWrite({ ...toggle, extra: 'dropped' })).toEqual(toggle);
	});

	it('accepts well-formed writes, and strips fields no schema knows', () => {
		expect(validWrite(titleWrite)).toEqual(titleWrite);
		expect(validWrite(rowWrite)).toEqual(rowWrite);
		const patched = validWrite({
			kind: 'workshop',
			id: 'w1',
			patch: { title: 'x', createdAt: 0, id: 'other' }
		});
		expect(patched).toEqual({ kind: 'workshop', id: 'w1', patch: { title: 'x' } });
		const rowPatch = {
			kind: 'rowPatch',
			table: 'agenda',
			workshopId: 'w1',
			id: 'step-1',
			patch: { notes: 'شكرا 🙏', durationMin: 12 }
		};
		expect(validWrite(rowPatch)).toEqual(rowPatch);
		expect(validWrite({ ...rowPatch, patch: { notes: 'x', workshopId: 'w2' } })).toEqual({
			...rowPatch,
			patch: { notes: 'x' }
		});
		const base = {
			workshopId: 'w1',
			id: 'pitfall-4',
			mark: '',
			mitigation: '',
			owner: '',
			dueDate: '',
			updatedAt: 0
		};
		const upsert = {
			kind: 'rowPatch',
			table: 'pitfalls',
			workshopId: 'w1',
			id: 'pitfall-4',
			patch: { mark: 'risk' },
			base
		};
		expect(validWrite(upsert)).toEqual(upsert);
		expect(validWrite({ ...upsert, base: { ...base, mark: 'hacked' } })).toBeNull();
		expect(validWrite({ ...upsert, base: { ...base, id: 'pitfall-5' } })).toBeNull();
		// A participant's own answers before the first hand-in (revision 0) replay too, into their own
		// table; a schema-1 entry (filed under join:<workshopId>) is read as one.
		const own = {
			workshopId: 'w1',
			id: 'p-1',
			name: '',
			revision: 0,
			submittedAt: 0,
			answers: {},
			phase: null,
			phaseReason: '',
			rubric: {},
			pitfalls: {},
			suggestedPartners: []
		};
		const nameWrite = {
			kind: 'own',
			workshopId: 'w1',
			id: 'p-1',
			patch: { name: 'Nadia' },
			base: own
		};
		expect(validWrite(nameWrite)).toEqual(nameWrite);
		const legacy = {
			kind: 'rowPatch',
			table: 'responses',
			workshopId: 'join:w1',
			id: 'p-1',
			patch: { name: 'Nadia' },
			base: { ...own, workshopId: 'join:w1' }
		};
		expect(validWrite(legacy)).toEqual(nameWrite);
		const answerWrite = {
			...nameWrite,
			into: 'answers',
			patch: { 'aspiration-1': 'Healthier families' }
		};
		expect(validWrite(answerWrite)).toEqual(answerWrite);
		expect(validWrite({ ...answerWrite, into: 'revision' })).toBeNull();
		expect(validWrite({ ...answerWrite, patch: { 'aspiration-1': 7 } })).toBeNull();
		expect(validWrite({ ...nameWrite, workshopId: 'join:w1' })).toBeNull();
		expect(validWrite({ ...nameWrite, patch: { revision: 1_000_000 } })).toEqual({
			...nameWrite,
			patch: {}
		});
		// A change made in a live room also hands in: its time is checked like a response's.
		const liveWrite = { ...answerWrite, handedInAt: 1_700_000_000_000 };
		expect(validWrite(liveWrite)).toEqual(liveWrite);
		expect(validWrite({ ...answerWrite, handedInAt: -1 })).toBeNull();
		expect(validWrite({ ...answerWrite, handedInAt: 'now' })).toBeNull();
		// A change inside a partner's decision is checked against the decision's own fields.
		const dateWrite = {
			kind: 'rowPatch',
			table: 'partners',
			workshopId: 'w1',
			id: 'p1',
			into: 'decision',
			patch: { date: '2026-03-05' }
		};
		expect(validWrite(dateWrite)).toEqual(dateWrite);
		expect(validWrite({ ...dateWrite, patch: { date: 'soon' } })).toBeNull();
		expect(validWrite({ ...dateWrite, patch: { kind: 'hacked' } })).toBeNull();
		expect(validWrite({ ...dateWrite, into: 'name' })).toBeNull();
		expect(validWrite({ ...dateWrite, into: '__proto__' })).toBeNull();
	});

	it('replays only the valid entries of a tampered journal', () => {
		const now = Date.now();
		storage.setItem(
			KEY,
			JSON.stringify([
				{ key: 'a', at: now - 3, write: titleWrite },
				{
					key: 'b',
					at: now - 2,
					write: { kind: 'row', table: 'actions', row: { ...actionRow, order: 'first' } }
				},
				{ key: 'c', at: now - 1, write: rowWrite }
			])
		);
		expect(journalTake(now)).toEqual([titleWrite, rowWrite]);
	});
});
