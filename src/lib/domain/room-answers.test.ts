import { describe, expect, it } from 'vitest';
import {
	answerKey,
	assignAnswer,
	linesOf,
	mergeThemes,
	pageAnswers,
	removeTheme,
	roomAnswers,
	setAnswerAside,
	themeGroups,
	themeLabel
} from './room-answers';
import type { AnswerMark, ParticipantResponse, Theme } from './types';

type R = Pick<
	ParticipantResponse,
	'id' | 'name' | 'answers' | 'submittedAt' | 'side' | 'removedAt'
>;
const resp = (id: string, text: string, over: Partial<R> = {}): R => ({
	id,
	name: id.toUpperCase(),
	answers: { q: text },
	submittedAt: Number(id.replace(/\D/g, '')) || 0,
	side: '',
	removedAt: null,
	...over
});
const theme = (id: string, itemId = 'q', order = 0): Theme => ({
	workshopId: 'w',
	id,
	stepId: 's',
	itemId,
	label: id,
	order,
	createdAt: 0,
	updatedAt: 0
});
const mark = (responseId: string, themeId: string, setAside = false): AnswerMark => ({
	workshopId: 'w',
	id: answerKey(responseId, 'q'),
	responseId,
	itemId: 'q',
	themeId,
	setAside,
	updatedAt: 0
});

describe('roomAnswers', () => {
	it('lists every non-empty answer of counted responses, oldest first, with marks', () => {
		const list = roomAnswers(
			[
				resp('p2', 'second'),
				resp('p1', 'first'),
				resp('p3', '  '),
				resp('p4', 'gone', { removedAt: 1 })
			],
			[mark('p2', 't1', true)],
			'q',
			false
		);
		expect(list.map((a) => [a.text, a.name, a.themeId, a.setAside])).toEqual([
			['first', 'P1', '', false],
			['second', 'P2', 't1', true]
		]);
	});

	it('drops names and orders by text in an anonymous workshop', () => {
		const list = roomAnswers([resp('p1', 'zebra'), resp('p2', 'apple')], [], 'q', true);
		expect(list.map((a) => [a.text, a.name])).toEqual([
			['apple', null],
			['zebra', null]
		]);
	});
});

describe('pageAnswers', () => {
	const cap = { lines: 10, charsPerLine: 10, gapLines: 1 };

	it('puts every answer on exactly one page, in order, each page within capacity', () => {
		const texts = Array.from({ length: 30 }, (_, i) => 'x'.repeat((i % 5) * 9 + 1));
		const pages = pageAnswers(texts, cap);
		expect(pages.flat()).toEqual(texts.map((_, i) => i));
		for (const page of pages) {
			const lines =
				page.reduce((s, i) => s + linesOf(texts[i], cap.charsPerLine), 0) +
				(page.length - 1) * cap.gapLines;
			expect(page.length === 1 || lines <= cap.lines).toBe(true);
		}
	});

	it('gives an answer longer than a page a page of its own', () => {
		expect(pageAnswers(['short', 'y'.repeat(500), 'short'], cap)).toEqual([[0], [1], [2]]);
		expect(pageAnswers([], cap)).toEqual([]);
	});

	it('counts typed line breaks', () => {
		expect(linesOf('a\nb\nc', 10)).toBe(3);
		expect(linesOf('x'.repeat(21), 10)).toBe(3);
	});
});

describe('themes', () => {
	const answers = roomAnswers(
		[resp('p1', 'one'), resp('p2', 'two'), resp('p3', 'three')],
		[],
		'q',
		false
	);
	const themes = [theme('t1', 'q', 1), theme('t2', 'q', 0), theme('other', 'q2')];

	it('names are trimmed and folded, never empty or too long', () => {
		expect(themeLabel('  Trust   first ')).toBe('Trust first');
		expect(themeLabel('   ')).toBe('theme-label-empty');
		expect(themeLabel('x'.repeat(201))).toBe('theme-label-long');
	});

	it('an answer belongs to at most one theme: assigning moves it', () => {
		const first = assignAnswer('w', answers[0], 't1', themes, [], 5);
		expect(first).toMatchObject({ id: answerKey('p1', 'q'), themeId: 't1', setAside: false });
		const moved = assignAnswer('w', answers[0], 't2', themes, [first as AnswerMark], 6);
		expect(moved).toMatchObject({ id: answerKey('p1', 'q'), themeId: 't2' });
	});

	it('refuses an answer that is gone, a theme that is gone or belongs to another question', () => {
		expect(assignAnswer('w', undefined, 't1', themes, [], 1)).toBe('answer-gone');
		expect(assignAnswer('w', answers[0], 'nope', themes, [], 1)).toBe('theme-gone');
		expect(assignAnswer('w', answers[0], 'other', themes, [], 1)).toBe('theme-other-question');
		expect(setAnswerAside('w', undefined, true, [], 1)).toBe('answer-gone');
	});

	it('setting aside keeps the theme, and bringing back keeps it too', () => {
		const aside = setAnswerAside('w', answers[1], true, [mark('p2', 't1')], 3) as AnswerMark;
		expect(aside).toMatchObject({ themeId: 't1', setAside: true });
		expect(setAnswerAside('w', answers[1], false, [aside], 4)).toMatchObject({
			themeId: 't1',
			setAside: false
		});
	});

	it('merging moves every answer of one theme into the other and deletes it', () => {
		const marks = [mark('p1', 't1'), mark('p2', 't2'), mark('p3', 't1')];
		const merged = mergeThemes('t1', 't2', themes, marks, 9);
		expect(merged).toEqual({
			marks: [
				{ ...marks[0], themeId: 't2', updatedAt: 9 },
				{ ...marks[2], themeId: 't2', updatedAt: 9 }
			],
			deleteThemeId: 't1'
		});
		expect(mergeThemes('t1', 't1', themes, marks, 9)).toBe('theme-same');
		expect(mergeThemes('t1', 'other', themes, marks, 9)).toBe('theme-other-question');
		expect(mergeThemes('t1', 'gone', themes, marks, 9)).toBe('theme-gone');
	});

	it('removing a theme keeps its answers, in no theme', () => {
		expect(removeTheme('t1', [mark('p1', 't1'), mark('p2', 't2')], 7)).toEqual([
			{ ...mark('p1', 't1'), themeId: '', updatedAt: 7 }
		]);
	});

	it('groups list the themes in order with their shown answers; set aside left out', () => {
		const list = roomAnswers(
			[resp('p1', 'one'), resp('p2', 'two'), resp('p3', 'three')],
			[mark('p1', 't1'), mark('p2', 't1', true), mark('p3', 'gone-theme')],
			'q',
			false
		);
		const { groups, unthemed } = themeGroups(themes, list, 'q');
		expect(groups.map((g) => [g.theme.id, g.answers.map((a) => a.text)])).toEqual([
			['t2', []],
			['t1', ['one']]
		]);
		expect(unthemed.map((a) => a.text)).toEqual(['three']);
	});
});
