/**
 * Workshop file version 3 (the room's answers worked with: themes, answer marks, vote rounds, sides,
 * votes, removals, asked questions, room views, adoption sources) and the lossless upgrade of version 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, serializeWorkshop, workshopFileText } from './file-format';
import { answerKey } from './room-answers';
import type { WorkshopBundle } from './types';

const load = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const at = new Date(Date.UTC(2026, 11, 7));
const exportText = (b: WorkshopBundle) =>
	JSON.stringify(serializeWorkshop(b, 'Convene', at), null, 2);
const read = (text: string) => {
	const r = readWorkshopFile(text);
	if (!r.ok) throw new Error(problemText(r.problem));
	return r.value;
};
const demo = () => buildDemoBundle('w-demo', Date.UTC(2026, 11, 7, 9));

describe('workshop file version 2 → 3', () => {
	it('restores workshop-v2-demo.json losslessly: every row kept, the new tables empty', () => {
		const v2 = JSON.parse(load('workshop-v2-demo.json'));
		expect(v2.version).toBe(2);
		const bundle = read(load('workshop-v2-demo.json'));
		for (const table of [
			'agenda',
			'answers',
			'phaseVotes',
			'rubricRatings',
			'partners',
			'people',
			'connections',
			'criteria',
			'criterionScores',
			'pitfalls',
			'checks',
			'actions',
			'responses'
		] as const) {
			expect(bundle[table].map(({ workshopId: _w, ...r }) => r)).toEqual(v2.workshop[table]);
		}
		expect([bundle.themes, bundle.answerMarks, bundle.voteRounds]).toEqual([[], [], []]);
		// The snapshot's frozen content gains the same empty tables.
		expect(bundle.snapshots[0].content.themes).toEqual([]);
		expect(bundle.snapshots[0].content.voteRounds).toEqual([]);
		const first = exportText(bundle);
		expect(JSON.parse(first).version).toBe(3);
		expect(exportText(read(first))).toBe(first);
	});

	it('a version-2 file cannot smuggle in version-3 tables (they are not part of version 2)', () => {
		const v2 = JSON.parse(load('workshop-v2-demo.json'));
		v2.workshop.themes = [{ id: 't', stepId: 's', itemId: 'q', label: 'x', order: 0 }];
		const bundle = read(JSON.stringify(v2));
		expect(bundle.themes).toEqual([]);
	});
});

describe('workshop file version 3', () => {
	it('holds themes, marks, votes and sides, and export → import → export is identical', () => {
		const bundle = demo();
		expect(bundle.themes.length).toBeGreaterThan(0);
		expect(bundle.answerMarks.length).toBeGreaterThan(0);
		expect(bundle.voteRounds.length).toBeGreaterThan(0);
		expect(bundle.responses.some((r) => r.side === 'community')).toBe(true);
		const back = read(exportText(bundle));
		expect(back.themes).toEqual(bundle.themes);
		expect(back.answerMarks).toEqual(bundle.answerMarks);
		expect(back.voteRounds).toEqual(bundle.voteRounds);
		expect(back.responses).toEqual(bundle.responses);
		// Once read, a file's keys are in the schema's order: reading it again changes nothing.
		const first = exportText(back);
		expect(exportText(read(first))).toBe(first);
	});

	it('keeps adoption sources, asked questions and the projected room view', () => {
		const bundle = demo();
		const source = { responses: 4, at: 5, counts: { '2': 3, '3': 1 }, adopted: '2' };
		bundle.phaseVotes[0] = { ...bundle.phaseVotes[0], source };
		bundle.agenda[0] = { ...bundle.agenda[0], asked: ['aspiration-1'] };
		bundle.session = {
			workshopId: 'w-demo',
			id: 'session',
			currentStepId: bundle.agenda[0].id,
			timerElapsedMs: 0,
			timerStartedAt: null,
			timerExtraMs: 0,
			blank: false,
			revealed: true,
			showJoin: false,
			roomView: {
				stepId: bundle.agenda[0].id,
				itemId: 'aspiration-1',
				page: 2,
				featured: answerKey('participant-1', 'aspiration-1'),
				themeId: '',
				split: true,
				voteId: ''
			}
		};
		bundle.responses[0] = { ...bundle.responses[0], removedAt: 7 };
		const back = read(exportText(bundle));
		expect(back.phaseVotes[0].source).toEqual(source);
		expect(back.agenda[0].asked).toEqual(['aspiration-1']);
		expect(back.session).toEqual(bundle.session);
		expect(back.responses[0].removedAt).toBe(7);
	});

	const refusal = (change: (w: Record<string, unknown[]>) => void) => {
		const file = JSON.parse(workshopFileText(demo()));
		change(file.workshop);
		const r = readWorkshopFile(JSON.stringify(file));
		expect(r.ok).toBe(false);
		return r.ok ? '' : problemText(r.problem);
	};

	it('refuses a mark whose theme is not in the file, or stored under another answer', () => {
		expect(
			refusal((w) => {
				(w.answerMarks[0] as { themeId: string }).themeId = 'theme-gone';
			})
		).toMatch(/theme/i);
		expect(
			refusal((w) => {
				(w.answerMarks[0] as { id: string }).id = 'aspiration-1@participant-2';
			})
		).toMatch(/mark/i);
	});

	it('refuses a side outside the list, more dots than any vote gives, a vote with 0 dots', () => {
		expect(
			refusal((w) => {
				(w.responses[0] as { side: string }).side = 'pharma';
			})
		).toMatch(/side/i);
		expect(
			refusal((w) => {
				(w.responses[0] as { votes: unknown }).votes = { 'vote-candidates': { x: 11 } };
			})
		).not.toBe('');
		expect(
			refusal((w) => {
				(w.voteRounds[0] as { dots: number }).dots = 0;
			})
		).toMatch(/dots/i);
	});
});
