/**
 * Every table of `ROW_TABLES` is a store of the opened database, keyed and indexed as the repository
 * reads it, and every table's rows go through a bundle's save, load, copy and delete.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalBundle } from '$lib/domain/bundle';
import { buildDemoBundle } from '$lib/domain/demo';
import { bundleToContent } from '$lib/domain/file-format';
import { defaultSession } from '$lib/domain/session';
import { ROW_TABLE_NAMES } from '$lib/domain/tables';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V4, type ConveneDb } from './database';
import { Repository } from './repository';

let db: ConveneDb;
let repo: Repository;

beforeEach(async () => {
	db = openDatabase(`tables-${crypto.randomUUID()}`);
	repo = new Repository(
		db,
		() => Date.UTC(2026, 10, 24, 12),
		() => 'w-copy'
	);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('row tables in the database', () => {
	it('opens a store per row table, keyed by [workshopId+id] and indexed by workshopId', () => {
		for (const table of ROW_TABLE_NAMES) {
			const schema = db.table(table).schema;
			expect(schema.primKey.keyPath, table).toEqual(['workshopId', 'id']);
			expect(
				schema.indexes.map((i) => i.name),
				table
			).toContain('workshopId');
		}
	});

	it('keeps the schema history as it was: a new table comes in a new version, never in an old one', () => {
		// Browsers that opened Convene already hold these versions; a store added to them would never be created there.
		expect(Object.keys(SCHEMA_V1)).toEqual([
			'workshops',
			'agenda',
			'sessions',
			'answers',
			'phaseVotes',
			'customRubricItems',
			'rubricRatings',
			'partners',
			'people',
			'connections',
			'criteria',
			'criterionScores',
			'pitfalls',
			'checks',
			'actions',
			'responses',
			'snapshots'
		]);
		expect(Object.keys(SCHEMA_V2)).toEqual(['ownResponses']);
		expect(Object.keys(SCHEMA_V4)).toEqual(['themes', 'answerMarks', 'voteRounds']);
		expect(db.verno).toBe(4);
	});

	it('saves, loads, copies and deletes the rows of every table', async () => {
		const demo = buildDemoBundle('w-tables', Date.UTC(2026, 10, 24, 9));
		const snapshot = {
			workshopId: 'w-tables',
			id: 's-1',
			label: 'Before',
			takenAt: 1,
			content: bundleToContent(demo)
		};
		const bundle = canonicalBundle({
			...demo,
			session: defaultSession('w-tables', demo.agenda),
			snapshots: [snapshot]
		});
		await repo.putBundle(bundle);
		expect(await repo.loadBundle('w-tables')).toEqual(bundle);
		const copy = await repo.duplicateWorkshop('w-tables', (t) => `${t} (copy)`);
		for (const table of ROW_TABLE_NAMES) {
			const original = await db.table(table).where('workshopId').equals('w-tables').count();
			expect(original, table).toBeGreaterThan(0);
			expect(await db.table(table).where('workshopId').equals(copy.id).count(), table).toBe(
				original
			);
		}
		await repo.deleteWorkshop('w-tables');
		for (const table of ROW_TABLE_NAMES) {
			expect(await db.table(table).where('workshopId').equals('w-tables').count(), table).toBe(0);
		}
	});
});
