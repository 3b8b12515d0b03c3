/**
 * The row-table registry (`ROW_TABLES`) and what is derived from it. A table added to the registry
 * and missed in one of the other steps of the recipe (docs/contributing.md) fails here or in
 * `npm run check`: its row schema, its list limit, its refusal wording, its place in a bundle, a
 * content, a written file and a snapshot.
 */
import { describe, expect, it } from 'vitest';
import type * as v from 'valibot';
import { canonicalBundle } from './bundle';
import { buildDemoBundle } from './demo';
import {
	bundleToContent,
	contentToBundle,
	readWorkshopFile,
	serializeWorkshop,
	workshopFileText
} from './file-format';
import { LIST_LIMITS } from './file-limits';
import { ROW_SCHEMAS } from './file-rows';
import { refusalText } from '$lib/i18n/refusal';
import { defaultSession } from './session';
import {
	CONTENT_KEYS,
	CONTENT_TABLE_NAMES,
	emptyContentRows,
	ROW_TABLE_NAMES,
	ROW_TABLES,
	type ListTableName,
	type RowTableName
} from './tables';
import type { WorkshopBundle, WorkshopContent } from './types';

const NOW = Date.UTC(2026, 10, 24, 12);

/** The demo workshop with a row in every table: a session and a snapshot added to what it holds. */
function everyTableFilled(): WorkshopBundle {
	const b = buildDemoBundle('w-tables', NOW);
	const session = defaultSession(b.workshop.id, b.agenda);
	const snapshot = {
		workshopId: b.workshop.id,
		id: 'snapshot-1',
		label: 'Before',
		takenAt: NOW,
		content: bundleToContent(b)
	};
	return canonicalBundle({ ...b, session, snapshots: [snapshot] });
}

const rowCount = (holder: object, table: RowTableName) => {
	const value = (holder as Record<string, unknown>)[ROW_TABLES[table].key];
	return Array.isArray(value) ? value.length : value ? 1 : 0;
};

describe('ROW_TABLES', () => {
	it('has a row schema for every table and a list limit for every list table', () => {
		expect(Object.keys(ROW_SCHEMAS)).toEqual(ROW_TABLE_NAMES);
		expect(Object.keys(LIST_LIMITS)).toEqual(ROW_TABLE_NAMES.filter((t) => !ROW_TABLES[t].one));
		expect(CONTENT_TABLE_NAMES).toEqual(ROW_TABLE_NAMES.filter((t) => t !== 'snapshots'));
		expect(Object.keys(emptyContentRows())).toEqual(CONTENT_KEYS);
	});

	it('writes every table into a workshop file in registry order and reads each back', () => {
		const bundle = everyTableFilled();
		for (const table of ROW_TABLE_NAMES) expect(rowCount(bundle, table), table).toBeGreaterThan(0);
		const file = serializeWorkshop(bundle, 'Convene', new Date(NOW));
		const keys = Object.keys(file.workshop);
		expect(keys.slice(keys.indexOf('agenda'))).toEqual([...CONTENT_KEYS, 'snapshots']);
		const read = readWorkshopFile(workshopFileText(bundle));
		expect(read.ok && read.value).toEqual(bundle);
	});

	it('freezes every content table in a snapshot and gives each row back its workshop id', () => {
		const bundle = everyTableFilled();
		const content: WorkshopContent = bundleToContent(bundle);
		for (const table of CONTENT_TABLE_NAMES) {
			expect(rowCount(content, table), table).toBe(rowCount(bundle, table));
			const rows = [
				(content as unknown as Record<string, unknown>)[ROW_TABLES[table].key]
			].flat() as object[];
			expect(
				rows.every((r) => !('workshopId' in r)),
				table
			).toBe(true);
		}
		const { snapshots: _snapshots, ...live } = bundle;
		expect(contentToBundle(bundle.workshop.id, content)).toEqual(live);
	});

	it('names every table in its own words when a file is refused', () => {
		const words = (thing: string) => refusalText({ code: 'missing', thing, field: 'name' });
		const seen = new Set([words('workshop')]);
		for (const table of ROW_TABLE_NAMES) {
			const text = words(ROW_TABLES[table].key);
			expect(seen.has(text), `${table} needs its own refusal.thing message`).toBe(false);
			seen.add(text);
		}
	});

	it('does not compile when a table misses its schema, its limit or its bundle field (checked by npm run check)', () => {
		const { partners: _noSchema, ...schemas } = ROW_SCHEMAS;
		// @ts-expect-error Property 'partners' is missing: every row table needs a row schema.
		const incompleteSchemas: Record<RowTableName, v.GenericSchema> = schemas;
		const { people: _noLimit, ...limits } = LIST_LIMITS;
		// @ts-expect-error Property 'people' is missing: every list table needs a limit.
		const incompleteLimits: Record<ListTableName, number> = limits;
		const { checks: _noRows, ...bundle } = everyTableFilled();
		// @ts-expect-error Property 'checks' is missing: a bundle holds every table.
		const incompleteBundle: WorkshopBundle = bundle;
		// @ts-expect-error 'sessions' is a database name; the bundle field is 'session'.
		const wrongKey: WorkshopBundle['sessions'] = null;
		expect(Object.keys(incompleteSchemas)).not.toContain('partners');
		expect(Object.keys(incompleteLimits)).not.toContain('people');
		expect(Object.keys(incompleteBundle)).not.toContain('checks');
		expect(wrongKey).toBeNull();
	});
});
