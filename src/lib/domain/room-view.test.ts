import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { defaultSession } from './session';
import { answerKey } from './room-answers';
import {
	answerQuestions,
	defaultRoomView,
	projectedAnswers,
	roomViewOf,
	setRoomView
} from './room-view';
import type { AnswerMark, ParticipantResponse, Theme } from './types';

const demo = buildDemoBundle('w', 0);
const aspiration = demo.agenda.find((s) => s.module === 'aspiration')!;

function room(n: number) {
	const base = demo.responses[0];
	const responses: ParticipantResponse[] = Array.from({ length: n }, (_, i) => ({
		...base,
		id: `p-${i}`,
		name: `Person ${i}`,
		submittedAt: i,
		answers: { 'aspiration-1': `Answer ${i} `.repeat(1 + (i % 7)) }
	}));
	return { ...demo, responses, answerMarks: [] as AnswerMark[], themes: [] as Theme[] };
}

describe('the projected room view', () => {
	it('belongs to one step: another step’s view reads as the default', () => {
		const s = setRoomView(defaultSession('w', demo.agenda), aspiration.id, { page: 2 });
		expect(roomViewOf(s, aspiration.id).page).toBe(2);
		expect(roomViewOf(s, 'other-step')).toEqual(defaultRoomView('other-step'));
	});

	it('returns the same session when nothing changes (no write)', () => {
		const s = setRoomView(defaultSession('w', demo.agenda), aspiration.id, { page: 1 });
		expect(setRoomView(s, aspiration.id, { page: 1 })).toBe(s);
		expect(setRoomView(s, aspiration.id, { page: 2 })).not.toBe(s);
	});

	it('lists the step’s asked questions only when it names them', () => {
		expect(answerQuestions(aspiration).map((q) => q.id)).toEqual([
			'aspiration-1',
			'aspiration-2',
			'aspiration-3'
		]);
		expect(answerQuestions({ ...aspiration, asked: ['aspiration-2'] }).map((q) => q.id)).toEqual([
			'aspiration-2'
		]);
	});

	it('pages every answer exactly once, and clamps the page to the pages there are', () => {
		const bundle = room(40);
		const view = { ...defaultRoomView(aspiration.id), itemId: 'aspiration-1', page: 99 };
		const shown = projectedAnswers(bundle, aspiration, view);
		const keys = shown.pages.flat().map((a) => a.key);
		expect(keys).toHaveLength(40);
		expect(new Set(keys).size).toBe(40);
		expect(shown.pages.length).toBeGreaterThan(3);
		expect(shown.page).toBe(shown.pages.length - 1);
	});

	it('leaves set-aside answers off the pages and never features one', () => {
		const bundle = room(5);
		const key = answerKey('p-2', 'aspiration-1');
		bundle.answerMarks = [
			{
				workshopId: 'w',
				id: key,
				responseId: 'p-2',
				itemId: 'aspiration-1',
				themeId: '',
				setAside: true,
				updatedAt: 1
			}
		];
		const view = { ...defaultRoomView(aspiration.id), featured: key };
		const shown = projectedAnswers(bundle, aspiration, view);
		expect(shown.pages.flat().map((a) => a.key)).not.toContain(key);
		expect(shown.all.find((a) => a.key === key)?.setAside).toBe(true);
		expect(shown.featured).toBeUndefined();
	});

	it('shows one theme’s answers when a theme of this question is chosen', () => {
		const shown = projectedAnswers(demo, aspiration, {
			...defaultRoomView(aspiration.id),
			itemId: 'aspiration-1',
			themeId: 'theme-known-partners'
		});
		expect(shown.themeId).toBe('theme-known-partners');
		expect(shown.pages.flat().map((a) => a.responseId)).toEqual(['participant-1']);
		const gone = projectedAnswers(demo, aspiration, {
			...defaultRoomView(aspiration.id),
			itemId: 'aspiration-1',
			themeId: 'theme-removed'
		});
		expect(gone.themeId).toBe('');
	});
});
