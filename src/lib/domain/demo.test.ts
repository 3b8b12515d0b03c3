import { describe, it, expect } from 'vitest';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, workshopFileText } from './file-format';
import {
	ALL_QUESTIONS,
	CONDITIONS,
	CRITERION_SUGGESTIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	PITFALLS,
	allRubricTasks
} from './content';

const NOW = Date.UTC(2025, 4, 14, 15, 30); // a fixed moment, mid-afternoon UTC
const WID = 'demo-workshop';

function localIsoDay(now: number): string {
	const d = new Date(now);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('buildDemoBundle', () => {
	const bundle = buildDemoBundle(WID, NOW);

	it('round-trips through the workshop file format unchanged', () => {
		const result = readWorkshopFile(workshopFileText(bundle));
		if (!result.ok) throw new Error(`demo bundle was refused: ${JSON.stringify(result)}`);
		expect(result.value).toEqual(bundle);
	});

	it('has a dozen partners across many sectors, with internal departments', () => {
		expect(bundle.partners.length).toBeGreaterThanOrEqual(12);
		expect(new Set(bundle.partners.map((p) => p.sector)).size).toBeGreaterThanOrEqual(8);
		expect(bundle.partners.filter((p) => p.sector === 'internal').length).toBeGreaterThanOrEqual(2);
		expect(bundle.people.length).toBeGreaterThanOrEqual(20);
		expect(bundle.connections.length).toBeGreaterThanOrEqual(10);
	});

	it('includes names that exercise Unicode', () => {
		const partnerNames = bundle.partners.map((p) => p.name);
		for (const name of [
			'Clínica Sierra Vista',
			'Łódź Partners Foundation',
			'Ελληνική Κοινότητα Community Center',
			'Общество взаимопомощи'
		]) {
			expect(partnerNames).toContain(name);
		}
		expect(bundle.people.map((p) => p.name)).toContain('Nguyễn Thị Lan');
	});

	it('refers only to content that exists', () => {
		const itemIds = new Set<string>([
			...ALL_QUESTIONS.map((q) => q.id),
			...MOMENTUM_SHIFTS.map((m) => m.id),
			...CONDITIONS.map((c) => c.id),
			FINAL_THOUGHTS_PROMPT.id
		]);
		for (const a of bundle.answers) {
			expect(itemIds.has(a.itemId), a.itemId).toBe(true);
			expect(a.id).toBe(`${a.itemId}@${a.partnerId}`);
		}
		const taskIds = new Set([
			...allRubricTasks().map((t) => t.id),
			...bundle.customRubricItems.map((c) => c.id)
		]);
		for (const r of bundle.rubricRatings) expect(taskIds.has(r.id), r.id).toBe(true);
		expect(bundle.rubricRatings.some((r) => r.id === bundle.customRubricItems[0].id)).toBe(true);

		expect(bundle.pitfalls.map((p) => p.id).sort()).toEqual(PITFALLS.map((p) => p.id).sort());
		expect(bundle.criteria.map((c) => c.id)).toEqual(CRITERION_SUGGESTIONS.map((s) => s.id));
		for (const r of bundle.responses) {
			for (const key of Object.keys(r.answers)) expect(itemIds.has(key), key).toBe(true);
			for (const key of Object.keys(r.rubric)) expect(taskIds.has(key), key).toBe(true);
			for (const key of Object.keys(r.pitfalls))
				expect(
					PITFALLS.some((p) => p.id === key),
					key
				).toBe(true);
		}
	});

	it('gives the plan health check something to find', () => {
		const partners = bundle.partners.filter((p) => !p.home);
		expect(partners.filter((p) => p.valueWeOffer.trim() === '')).toHaveLength(1);
		const withoutDecider = partners.filter(
			(p) => !bundle.people.some((x) => x.partnerId === p.id && x.roles.includes('makes-decisions'))
		);
		expect(withoutDecider).toHaveLength(1);
		expect(
			bundle.partners.filter((p) => p.phase === 2 && p.relationshipTerms.trim() !== '')
		).toHaveLength(1);
		expect(bundle.partners.filter((p) => p.decision?.kind === 'sustain')).toHaveLength(1);
	});

	it('is deterministic', () => {
		expect(buildDemoBundle(WID, NOW)).toEqual(buildDemoBundle(WID, NOW));
		expect(
			buildDemoBundle('other', NOW + 1000).partners.every((p) => p.workshopId === 'other')
		).toBe(true);
	});

	it('has the workshop on the day of now, an overdue action and a done action', () => {
		const today = localIsoDay(NOW);
		expect(bundle.workshop.date).toBe(today);
		expect(
			bundle.actions.some((a) => a.status !== 'done' && a.dueDate !== '' && a.dueDate < today)
		).toBe(true);
		expect(bundle.actions.some((a) => a.status === 'done')).toBe(true);
		expect(bundle.actions.some((a) => a.status !== 'done' && a.dueDate > today)).toBe(true);
	});

	it('carries the workshop id on every row', () => {
		const { workshop, session, ...tables } = bundle;
		expect(workshop.id).toBe(WID);
		expect(session).toBeNull();
		for (const rows of Object.values(tables)) {
			for (const row of rows as { workshopId: string }[]) expect(row.workshopId).toBe(WID);
		}
	});
});
