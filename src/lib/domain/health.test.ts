import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { healthCheck, type HealthInput } from './health';
import { healthWarningText } from '$lib/i18n/health';
import type { Action, Answer, Partner, Person } from './types';

const W = 'w';
const partner = (id: string, fields: Partial<Partner> = {}): Partner => ({
	workshopId: W,
	id,
	name: `Partner ${id}`,
	sector: 'other',
	phase: 3,
	influence: 3,
	interest: 3,
	sharedGoal: '',
	capacities: '',
	valueWeOffer: 'Data for their grant reports',
	overlappingPopulation: '',
	relationshipTerms: '',
	notes: '',
	decision: null,
	x: null,
	y: null,
	pinned: false,
	home: false,
	createdAt: 0,
	updatedAt: 0,
	...fields
});
const decider = (partnerId: string, roles: Person['roles'] = ['makes-decisions']): Person => ({
	workshopId: W,
	id: `person-${partnerId}`,
	partnerId,
	name: 'Ana',
	title: '',
	roles,
	contact: ''
});
const action = (id: string, fields: Partial<Action> = {}): Action => ({
	workshopId: W,
	id,
	title: `Action ${id}`,
	partnerId: '',
	owner: 'Rosa',
	dueDate: '',
	status: 'todo',
	order: 0,
	createdAt: 0,
	...fields
});
const answer = (itemId: string, partnerId: string, text: string): Answer => ({
	workshopId: W,
	id: `${itemId}@${partnerId}`,
	itemId,
	partnerId,
	text,
	rating: 0,
	updatedAt: 0
});
const criterion = {
	workshopId: W,
	id: 'c1',
	name: 'Shared goal',
	description: '',
	weight: 3,
	order: 0
};

/** A healthy plan: every rule stays quiet. */
const healthy = (): HealthInput => ({
	criteria: [criterion],
	partners: [partner('a')],
	people: [decider('a', ['contributes', 'allocates-resources', 'implements', 'makes-decisions'])],
	actions: [action('x')],
	answers: []
});

const rules = (data: HealthInput) => healthCheck(data).map((w) => w.ruleId);

describe('healthCheck', () => {
	it('finds nothing in a healthy plan', () => expect(healthCheck(healthy())).toEqual([]));

	describe('no selection criteria (pitfall 4)', () => {
		it('fires when no criterion is defined', () => {
			const [w] = healthCheck({ ...healthy(), criteria: [] });
			expect(w).toMatchObject({
				ruleId: 'no-criteria',
				pitfallId: 'pitfall-4',
				target: 'criteria'
			});
			expect(healthWarningText(w)).toMatch(/criteria/i);
		});
		it('is quiet once one criterion exists', () =>
			expect(rules(healthy())).not.toContain('no-criteria'));
	});

	describe('a partner with no decision-maker (pitfall 9)', () => {
		it('fires when nobody at the partner makes decisions', () => {
			const warnings = healthCheck({
				...healthy(),
				people: [decider('a', ['implements', 'contributes', 'allocates-resources'])]
			});
			expect(warnings).toEqual([
				expect.objectContaining({
					ruleId: 'no-decision-maker',
					pitfallId: 'pitfall-9',
					subjectId: 'a'
				})
			]);
			expect(healthWarningText(warnings[0])).toContain('Partner a');
		});
		it('fires for each of the four roles for a partner with no people at all', () => {
			expect(rules({ ...healthy(), people: [] })).toEqual([
				'no-decision-maker',
				'no-resource-allocator',
				'no-implementer',
				'no-contributor'
			]);
		});
		it('is quiet when someone there makes decisions', () => {
			expect(
				rules({
					...healthy(),
					people: [
						decider('a', ['implements', 'makes-decisions', 'contributes', 'allocates-resources'])
					]
				})
			).toEqual([]);
		});
	});

	describe('missing roles, one line per rule', () => {
		const four = (): HealthInput => ({
			...healthy(),
			partners: ['a', 'b', 'c', 'd', 'e'].map((id) => partner(id, { name: id.toUpperCase() })),
			people: [
				decider('e', ['contributes', 'allocates-resources', 'implements', 'makes-decisions']),
				...['a', 'b', 'c', 'd'].map((id) => ({
					...decider(id, ['contributes', 'implements', 'makes-decisions']),
					id: `p-${id}`
				}))
			]
		});
		it('groups four partners with nobody who allocates resources in one warning naming them all', () => {
			const warnings = healthCheck(four());
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toMatchObject({
				ruleId: 'no-resource-allocator',
				pitfallId: 'pitfall-9',
				subjectId: 'a',
				subjectIds: ['a', 'b', 'c', 'd']
			});
			expect(healthWarningText(warnings[0])).toBe(
				'4 partners have nobody who allocates resources. Concerns: A, B, C, D'
			);
		});
		it('counts a single partner in the same sentence', () => {
			const data = four();
			data.people = data.people.map((p) =>
				p.partnerId === 'e' ? p : { ...p, roles: [...p.roles, 'allocates-resources'] }
			);
			data.people = data.people.map((p) =>
				p.partnerId === 'c'
					? { ...p, roles: ['contributes', 'allocates-resources', 'makes-decisions'] }
					: p
			);
			const [w] = healthCheck(data);
			expect(w).toMatchObject({
				ruleId: 'no-implementer',
				pitfallId: 'pitfall-8',
				subjectIds: ['c']
			});
			expect(healthWarningText(w)).toBe('1 partner has nobody who implements. Concerns: C');
		});
		it('fires for contributors too, and never for the home organisation', () => {
			const data = four();
			data.people = data.people.map((p) => ({
				...p,
				roles: ['allocates-resources', 'implements', 'makes-decisions']
			}));
			data.partners = [...data.partners, partner('home', { name: 'Us', home: true })];
			expect(rules(data)).toEqual(['no-contributor']);
			expect(healthCheck(data)[0].subjectIds).toEqual(['a', 'b', 'c', 'd', 'e']);
		});
		it('is quiet when every partner has all four roles', () => {
			const data = four();
			data.people = data.people.map((p) => ({
				...p,
				roles: ['contributes', 'allocates-resources', 'implements', 'makes-decisions']
			}));
			expect(healthCheck(data)).toEqual([]);
		});
	});

	describe('nothing we offer the partner (pitfall 1, "something they want or need")', () => {
		const noValue = () => ({ ...healthy(), partners: [partner('a', { valueWeOffer: '  ' })] });
		it('fires when no value is recorded', () => {
			const [w] = healthCheck(noValue());
			expect(w).toMatchObject({
				ruleId: 'no-value-offered',
				pitfallId: 'pitfall-1',
				target: 'map-questions',
				subjectId: 'a'
			});
			expect(healthWarningText(w)).toContain('make sure you have something they want or need');
		});
		it('is quiet when the partner’s answer to the value question records it', () => {
			expect(rules({ ...noValue(), answers: [answer('map-5', 'a', 'CHW time and data')] })).toEqual(
				[]
			);
		});
		it('still fires when only another partner’s or the workshop’s answer exists', () => {
			expect(
				rules({
					...noValue(),
					answers: [answer('map-5', '', 'In general…'), answer('map-5', 'b', 'x')]
				})
			).toEqual(['no-value-offered']);
		});
	});

	describe('terms recorded in phase 2 (pitfall 7)', () => {
		it('fires for terms on a phase-2 partner', () => {
			const [w] = healthCheck({
				...healthy(),
				partners: [partner('a', { phase: 2, relationshipTerms: 'Draft MOU sent' })]
			});
			expect(w).toMatchObject({
				ruleId: 'terms-in-phase-2',
				pitfallId: 'pitfall-7',
				subjectId: 'a'
			});
		});
		it('is quiet in phase 3, or in phase 2 without terms', () => {
			expect(
				rules({ ...healthy(), partners: [partner('a', { phase: 3, relationshipTerms: 'MOU' })] })
			).toEqual([]);
			expect(rules({ ...healthy(), partners: [partner('a', { phase: 2 })] })).toEqual([]);
		});
		it('does not count an answer listing the terms still to determine', () => {
			const data = {
				...healthy(),
				partners: [partner('a', { phase: 2 })],
				answers: [answer('identified-4', 'a', 'Caseload, payment')]
			};
			expect(rules(data)).toEqual([]);
		});
	});

	describe('an action with no owner', () => {
		it('fires for an open action nobody owns', () => {
			const [w] = healthCheck({
				...healthy(),
				actions: [action('x', { owner: ' ', title: 'Call the food bank' })]
			});
			expect(w).toMatchObject({ ruleId: 'action-no-owner', target: 'actions', subjectId: 'x' });
			expect(healthWarningText(w)).toContain('Call the food bank');
		});
		it('is quiet for an owned or a done action', () => {
			expect(
				rules({ ...healthy(), actions: [action('x'), action('y', { owner: '', status: 'done' })] })
			).toEqual([]);
		});
	});

	it('gives every rule one warning, however many partners or actions it concerns', () => {
		const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
		const all = healthCheck({
			criteria: [],
			partners: ids.map((id) =>
				partner(id, { name: id.toUpperCase(), phase: 2, valueWeOffer: '', relationshipTerms: 'x' })
			),
			people: [],
			actions: ids.map((id) => action(id, { owner: '', title: `Call ${id}` })),
			answers: []
		});
		expect(all).toHaveLength(8);
		for (const w of all.filter((w) => w.ruleId !== 'no-criteria')) {
			expect(w.subjectIds, w.ruleId).toEqual(ids);
			expect(w.names, w.ruleId).toHaveLength(10);
		}
		expect(all.find((w) => w.ruleId === 'action-no-owner')?.names[9]).toBe('Call j');
	});

	it('names a seed pitfall in every warning', () => {
		const all = healthCheck({
			criteria: [],
			partners: [partner('a', { phase: 2, valueWeOffer: '', relationshipTerms: 'x' })],
			people: [],
			actions: [action('x', { owner: '' })],
			answers: []
		});
		expect(all.map((w) => w.ruleId).sort()).toEqual([
			'action-no-owner',
			'no-contributor',
			'no-criteria',
			'no-decision-maker',
			'no-implementer',
			'no-resource-allocator',
			'no-value-offered',
			'terms-in-phase-2'
		]);
		for (const w of all) expect(w.pitfallId).toMatch(/^pitfall-[1-9]$/);
	});

	it('finds each problem at most once in the demo (grouped), after its criteria are removed', () => {
		const demo = buildDemoBundle('demo', Date.UTC(2025, 4, 14, 15, 30));
		const count = (data: HealthInput) => {
			const counts: Record<string, number> = {};
			for (const w of healthCheck(data)) counts[w.ruleId] = (counts[w.ruleId] ?? 0) + 1;
			return counts;
		};
		const grouped = {
			'no-decision-maker': 1,
			'no-resource-allocator': 1,
			'no-implementer': 1,
			'no-contributor': 1
		};
		expect(count(demo)).toEqual({ ...grouped, 'no-value-offered': 1, 'terms-in-phase-2': 1 });
		expect(count({ ...demo, criteria: [] })).toEqual({
			'no-criteria': 1,
			...grouped,
			'no-value-offered': 1,
			'terms-in-phase-2': 1
		});
	});
});
