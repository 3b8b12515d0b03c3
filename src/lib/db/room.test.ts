import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerMark, Theme } from '$lib/domain/types';
import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';
import { mergeThemesStored, removeThemeStored } from './room';

let db: ConveneDb;
let repo: Repository;
let wid: string;

const theme = (id: string, itemId = 'aspiration-1'): Theme => ({
	workshopId: wid,
	id,
	stepId: 's',
	itemId,
	label: id,
	order: 0,
	createdAt: 1,
	updatedAt: 1
});
const mark = (responseId: string, themeId: string): AnswerMark => ({
	workshopId: wid,
	id: `aspiration-1@${responseId}`,
	responseId,
	itemId: 'aspiration-1',
	themeId,
	setAside: false,
	updatedAt: 1
});

beforeEach(async () => {
	db = openDatabase(`test-${crypto.randomUUID()}`);
	repo = new Repository(db);
	wid = (await repo.createWorkshop('partnership-design')).id;
	await db.themes.bulkPut([theme('a'), theme('b'), theme('c', 'aspiration-2')]);
	await db.answerMarks.bulkPut([mark('p1', 'a'), mark('p2', 'a'), mark('p3', 'b')]);
});

afterEach(async () => {
	await db.delete();
});

describe('merging and removing stored themes', () => {
	it('moves the merged theme’s answers and deletes it, in one transaction', async () => {
		expect(await mergeThemesStored(repo, wid, 'a', 'b', 5)).toBeNull();
		const marks = await repo.rows('answerMarks', wid);
		expect(marks.map((m) => m.themeId)).toEqual(['b', 'b', 'b']);
		expect((await repo.rows('themes', wid)).map((t) => t.id)).toEqual(['b', 'c']);
	});

	it('refuses a theme gone or of another question, and stores nothing', async () => {
		expect(await mergeThemesStored(repo, wid, 'gone', 'b')).toBe('theme-gone');
		expect(await mergeThemesStored(repo, wid, 'a', 'c')).toBe('theme-other-question');
		expect(await mergeThemesStored(repo, wid, 'a', 'a')).toBe('theme-same');
		expect(await removeThemeStored(repo, wid, 'gone')).toBe('theme-gone');
		expect((await repo.rows('answerMarks', wid)).map((m) => m.themeId)).toEqual(['a', 'a', 'b']);
		expect(await repo.rows('themes', wid)).toHaveLength(3);
	});

	it('removing a theme keeps its answers, in no theme', async () => {
		expect(await removeThemeStored(repo, wid, 'a')).toBeNull();
		expect((await repo.rows('answerMarks', wid)).map((m) => m.themeId)).toEqual(['', '', 'b']);
		expect((await repo.rows('themes', wid)).map((t) => t.id)).toEqual(['b', 'c']);
	});
});
