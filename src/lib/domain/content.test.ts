import { describe, expect, it } from 'vitest';
import * as c from './content';
import { readFileSync } from 'node:fs';

/**
 * Counts every list against the seed documents, so nothing is silently dropped. The expected numbers
 * are read off the seeds by hand (see ../shared/seeds); the second block checks the wording is there.
 */
describe('seed content', () => {
	it('has every list at the size the seeds give', () => {
		expect(c.MOMENTUM_SHIFTS).toHaveLength(4);
		expect(c.CROSS_SECTOR_PARTNERSHIPS).toHaveLength(2);
		expect(c.STRONG_CASE).toHaveLength(5);
		expect(c.CONDITIONS).toHaveLength(6);
		expect(c.PHASES).toHaveLength(6);
		expect(c.LEARNED_PARTNERSHIP_STRATEGY).toHaveLength(2);
		expect(c.CLEAR_PLAN_NEEDED_FOR).toHaveLength(5);
		expect(c.GRAPPLING_WITH).toHaveLength(4);
		expect(c.OPPORTUNITIES).toHaveLength(5);
		expect(c.PITFALLS).toHaveLength(9);
		expect(c.ASPIRATION_QUESTIONS).toHaveLength(3);
		expect(c.PARTNER_QUESTIONS).toHaveLength(7);
		expect(c.ONCE_IDENTIFIED_QUESTIONS).toHaveLength(4);
		expect(c.FINAL_WORDS).toHaveLength(5);
		expect(c.WHY_IMPORTANT).toHaveLength(3);
		expect(c.CHARACTERISTICS).toHaveLength(3);
		expect(c.CORE_ACTIVITIES).toHaveLength(11);
		expect(c.CORE_RECOMMENDATIONS).toHaveLength(2);
		expect(c.GETTING_STARTED_INTERNAL).toHaveLength(4);
		expect(c.GETTING_STARTED_EXTERNAL).toHaveLength(4);
		expect(c.OVERALL_TIPS).toHaveLength(4);
		expect(c.QUOTES).toHaveLength(2);
		expect(c.SOURCES).toHaveLength(2);
	});

	it('has the rubric exactly as the seed shows it: LC 4 (2 tasks), MC 1–3 (4, 3, 4 tasks)', () => {
		expect(c.RUBRIC.map((d) => d.code)).toEqual(['LC', 'MC']);
		const shape = c.RUBRIC.map((d) => d.subObjectives.map((s) => [s.code, s.tasks.length]));
		expect(shape).toEqual([
			[['LC 4', 2]],
			[
				['MC 1', 4],
				['MC 2', 3],
				['MC 3', 4]
			]
		]);
		expect(c.allRubricTasks()).toHaveLength(13);
		expect(c.allRubricTasks().map((t) => t.code)).toContain('MC 2. (iii)');
		expect(c.RUBRIC[1].title).toBe('Management Capacity');
	});

	it('gives each phase its key verbs, in order', () => {
		expect(c.PHASES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(c.PHASES.map((p) => p.verbs.length)).toEqual([4, 3, 4, 4, 3, 4]);
		expect(c.phaseByNumber(2)?.verbs).toEqual(['Scan', 'identify', 'select']);
		expect(c.phaseByNumber(5)?.title).toBe(
			'Incorporate Mechanisms for Monitoring and Evolving Partnership'
		);
	});

	it('gives every item a unique, stable id and a source', () => {
		const all = [
			...Object.values(c.CONTENT_LISTS).flat(),
			...c.allRubricTasks(),
			...c.RUBRIC.flatMap((d) => [d, ...d.subObjectives]),
			...c.QUOTES,
			c.FINAL_THOUGHTS_PROMPT,
			c.COBURN_QUOTE
		];
		const ids = all.map((item) => item.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
		const sourceIds = c.SOURCES.map((s) => s.id);
		for (const item of all) {
			if ('ref' in item) expect(sourceIds).toContain(item.ref.source);
		}
	});

	it('keeps ids that files and answers depend on', () => {
		expect(c.PITFALLS[3]).toMatchObject({ id: 'pitfall-4', text: 'No clear partnership criteria' });
		expect(c.PITFALL.noCriteria).toBe('pitfall-4');
		expect(c.PITFALLS.find((p) => p.id === c.PITFALL.notEnoughOwnership)?.text).toMatch(
			/^Not enough ownership/
		);
		expect(c.PITFALLS.find((p) => p.id === c.PITFALL.hurryingAgreements)?.text).toMatch(
			/^Hurrying agreements/
		);
		expect(c.PARTNER_QUESTIONS[0].id).toBe('map-1');
		expect(c.ONCE_IDENTIFIED_QUESTIONS[3].text).toBe(
			'What relationship terms need to be determined?'
		);
	});

	it("carries the seeds' wording (each short item appears in its seed file)", () => {
		const seed003 = readFileSync(
			new URL('../../../docs/sources/003_838d2f0c54e5d849.txt', import.meta.url),
			'utf8'
		);
		const seed000 = readFileSync(
			new URL('../../../docs/sources/000_0f476a3c2fb2a4f0.txt', import.meta.url),
			'utf8'
		);
		// The seeds use markdown emphasis and typographic quotes; compare on letters and digits only.
		const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
		const in003 = squash(seed003);
		const in000 = squash(seed000);
		for (const item of [
			...c.PITFALLS,
			...c.OPPORTUNITIES,
			...c.FINAL_WORDS,
			...c.CLEAR_PLAN_NEEDED_FOR,
			...c.GRAPPLING_WITH,
			...c.ASPIRATION_QUESTIONS,
			...c.PARTNER_QUESTIONS,
			...c.ONCE_IDENTIFIED_QUESTIONS,
			...c.MOMENTUM_SHIFTS,
			...c.CONDITIONS,
			...c.STRONG_CASE,
			...c.CROSS_SECTOR_PARTNERSHIPS,
			c.LEARNED_PARTNERSHIP_STRATEGY[0]
		]) {
			expect(in003, item.id).toContain(squash(item.text));
		}
		for (const t of c.allRubricTasks()) expect(in003, t.id).toContain(squash(t.text));
		for (const p of c.PHASES) {
			expect(in003, p.id).toContain(squash(p.title));
			expect(in003, p.id).toContain(squash(p.verbs.join('-')));
		}
		for (const item of [
			...c.CORE_ACTIVITIES,
			...c.GETTING_STARTED_INTERNAL,
			...c.GETTING_STARTED_EXTERNAL,
			...c.OVERALL_TIPS,
			...c.CHARACTERISTICS,
			...c.CORE_RECOMMENDATIONS
		]) {
			expect(in000, item.id).toContain(squash(item.text));
		}
	});
});
