import { describe, expect, it } from 'vitest';
import {
	ALL_QUESTIONS,
	allRubricTasks,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	PITFALLS
} from '$lib/domain/content';
import { withContentLanguage } from '$lib/domain/content-language';
import { CONTENT_ES } from '$lib/domain/content.es';
import { roomCsv } from '$lib/domain/csv';
import { buildDemoBundle } from '$lib/domain/demo';
import type { WorkshopBundle } from '$lib/domain/types';
import { csvLabels } from '$lib/i18n/csv';
import { inLocale } from '$lib/i18n/locale';
import { buildPlan, planText } from './plan-model';
import { roomBlocks } from './room-section';

const NOW = Date.UTC(2026, 11, 7, 12);

/** The demo with a room that rated everything, one participant removed. */
function roomBundle(anonymous: boolean): WorkshopBundle {
	const b = buildDemoBundle('w', NOW);
	b.workshop.settings.anonymous = anonymous;
	const tasks = allRubricTasks();
	b.responses = ['Ana Ruiz', 'Ben Okafor', 'Chloé Martin', 'Gone Person'].map((name, i) => ({
		workshopId: 'w',
		id: `r${i}`,
		name,
		revision: 1,
		submittedAt: NOW + i,
		answers: Object.fromEntries(ALL_QUESTIONS.map((q) => [q.id, `${name} on ${q.id}`])),
		phase: i === 2 ? 3 : 2,
		phaseReason: '',
		rubric: Object.fromEntries(tasks.map((t) => [t.id, i === 0 ? 'in-place' : 'in-progress'])),
		pitfalls: Object.fromEntries(PITFALLS.map((p) => [p.id, 'risk'])),
		suggestedPartners: [],
		momentum: Object.fromEntries(MOMENTUM_SHIFTS.map((s) => [s.id, i + 1])),
		side: i < 2 ? 'health-care' : 'community',
		removedAt: i === 3 ? NOW : null
	}));
	return b;
}

const participants = (b: WorkshopBundle) =>
	planText(buildPlan(b, { now: NOW, sections: ['participants'] }));

describe('the participant-input section', () => {
	it("gives each side its dots on every item of a vote, beside the room's tally", () => {
		const b = roomBundle(false);
		const [p1, p2] = b.partners.filter((p) => !p.home);
		b.voteRounds = [
			{
				workshopId: 'w',
				id: 'v',
				stepId: b.agenda.find((s) => s.module === 'stakeholder-map')!.id,
				target: 'partners',
				itemId: '',
				dots: 3,
				itemIds: [p1.id, p2.id],
				open: false,
				openedAt: NOW,
				closedAt: NOW
			}
		];
		b.responses[0].votes = { v: { [p1.id]: 2, [p2.id]: 1 } };
		b.responses[1].votes = { v: { [p1.id]: 1 } };
		b.responses[2].votes = { v: { [p2.id]: 3 } };
		const rows = roomBlocks(b, String).flatMap((block) =>
			block.kind === 'table' ? block.rows : []
		);
		// The room: dots and voters; by side: health care, community.
		expect(rows).toContainEqual([p1.name, '3', '2']);
		expect(rows).toContainEqual([p2.name, '4', '2']);
		expect(rows).toContainEqual([p1.name, '3', '0']);
		expect(rows).toContainEqual([p2.name, '1', '3']);
	});

	it('counts every rubric task and pitfall, the phases and momentum, every answer; removed left out', () => {
		const text = participants(roomBundle(false));
		for (const t of allRubricTasks()) expect(text).toContain(`${t.code} ${t.text}`);
		for (const p of PITFALLS) expect(text).toContain(p.text);
		for (const s of MOMENTUM_SHIFTS) expect(text).toContain(s.text);
		expect(text).toContain('Where participants placed the team');
		for (const q of ALL_QUESTIONS) {
			expect(text).toContain(q.text);
			expect(text).toContain(`Ana Ruiz: Ana Ruiz on ${q.id}`);
		}
		expect(text).not.toContain('Gone Person');
		expect(text).toContain('By side of the partnership');
	});

	it('names nobody in an anonymous workshop, and hides a side too small to stay anonymous', () => {
		const text = participants(roomBundle(true));
		for (const name of ['Ana Ruiz:', 'Ben Okafor:', 'Chloé Martin:'])
			expect(text).not.toContain(name);
		expect(text).toMatch(/Community organisation: 1 response, too few/);
	});

	it('speaks Spanish all through in a Spanish workshop', async () => {
		const b = roomBundle(false);
		const text = await inLocale('es', () =>
			withContentLanguage(CONTENT_ES, null, () =>
				planText(buildPlan(b, { now: NOW, locale: 'es' }))
			)
		);
		const english = [...ALL_QUESTIONS, ...MOMENTUM_SHIFTS, ...PITFALLS, FINAL_THOUGHTS_PROMPT];
		for (const item of english) expect(text).not.toContain(item.text);
		for (const t of allRubricTasks()) expect(text).not.toContain(t.text);
		expect(text).not.toMatch(/\bworks with\b|\b\d of 3\b/);
	});
});

describe('roomCsv', () => {
	it('one row per counted response and question answered, names only when not anonymous', async () => {
		const b = roomBundle(false);
		const csv = await inLocale('en', () =>
			roomCsv(
				b,
				csvLabels((s) => s)
			)
		);
		const lines = csv.trim().split('\r\n');
		const perResponse = 1 + allRubricTasks().length + PITFALLS.length + 4 + ALL_QUESTIONS.length;
		expect(lines).toHaveLength(1 + 3 * perResponse);
		expect(csv).toContain('Ana Ruiz');
		expect(csv).not.toContain('Gone Person');
		const anonymous = await inLocale('en', () =>
			roomCsv(
				roomBundle(true),
				csvLabels((s) => s)
			)
		);
		expect(anonymous).not.toContain('Ana Ruiz,');
	});
});
