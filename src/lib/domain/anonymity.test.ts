/**
 * Anonymity that holds: a workshop switched to anonymous after names were handed in shows and exports
 * none of them (file, PDF model, screens), and its PDF does not tie one person's answers together.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, planText } from '$lib/pdf/plan-model';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, serializeWorkshop, workshopFileText } from './file-format';
import { answersTo } from './results';
import type { ParticipantResponse, WorkshopBundle } from './types';

const NOW = Date.UTC(2026, 10, 24, 12);

const response = (
	id: string,
	name: string,
	submittedAt: number,
	answers: Record<string, string>,
	phaseReason: string
): ParticipantResponse => ({
	workshopId: 'w-demo',
	id,
	name,
	revision: 1,
	submittedAt,
	answers,
	phase: 2,
	phaseReason,
	rubric: {},
	pitfalls: {},
	suggestedPartners: []
});

/** The demo with three named responses and a snapshot taken while names were shown, then switched to anonymous. */
function anonymousAfterNames(): WorkshopBundle {
	const demo = buildDemoBundle('w-demo', NOW);
	const responses = [
		response(
			'r-1',
			'Zoe Named',
			1,
			{ 'aspiration-1': 'zebra crossing', 'aspiration-2': 'alpha plan' },
			'because Z'
		),
		response(
			'r-2',
			'Ana Named',
			2,
			{ 'aspiration-1': 'apple orchard', 'aspiration-2': 'zulu time' },
			'because A'
		),
		response(
			'r-3',
			'Bo Named',
			3,
			{ 'aspiration-1': 'mango', 'aspiration-2': 'mango too' },
			'because B'
		)
	];
	const named = { ...demo, responses };
	const { snapshots: _s, ...rest } = named;
	void _s;
	const content = JSON.parse(
		JSON.stringify(serializeWorkshop({ ...rest, snapshots: [] }).workshop)
	);
	const { id: _id, snapshots: _none, ...fields } = content;
	void _id;
	void _none;
	const snapshotContent = { workshop: {}, ...fields } as Record<string, unknown>;
	for (const key of [
		'title',
		'organisation',
		'date',
		'facilitator',
		'templateId',
		'contentVersion',
		'archived',
		'settings',
		'createdAt',
		'updatedAt'
	]) {
		(snapshotContent.workshop as Record<string, unknown>)[key] = fields[key];
		delete snapshotContent[key];
	}
	return {
		...named,
		workshop: { ...named.workshop, settings: { ...named.workshop.settings, anonymous: true } },
		snapshots: [
			{
				workshopId: 'w-demo',
				id: 's-1',
				label: 'With names',
				takenAt: NOW,
				content: snapshotContent as never
			}
		]
	};
}

describe('a workshop switched to anonymous after names were handed in', () => {
	const bundle = anonymousAfterNames();

	it('its file holds no name, in responses or in snapshots, and still reads back', () => {
		const text = workshopFileText(bundle);
		expect(text).not.toMatch(/Named/);
		const read = readWorkshopFile(text);
		expect(read.ok).toBe(true);
		if (read.ok) expect(read.value.responses.map((r) => r.name)).toEqual(['', '', '']);
	});

	it('its plan names nobody and does not line answers up per participant', () => {
		const doc = planText(buildPlan(bundle, { sections: ['participants'], now: NOW }));
		expect(doc).not.toMatch(/Named/);
		expect(doc).not.toMatch(/Participant \d/);
		// Each question's answers are in the order of their own text, not by who handed in first.
		expect(doc.indexOf('apple orchard')).toBeLessThan(doc.indexOf('mango'));
		expect(doc.indexOf('mango')).toBeLessThan(doc.indexOf('zebra crossing'));
		expect(doc.indexOf('alpha plan')).toBeLessThan(doc.indexOf('mango too'));
		expect(doc.indexOf('mango too')).toBeLessThan(doc.indexOf('zulu time'));
	});

	it('screens quote answers without names, in the order of their text', () => {
		expect(answersTo(bundle.responses, 'aspiration-1', true)).toEqual([
			{ name: null, text: 'apple orchard' },
			{ name: null, text: 'mango' },
			{ name: null, text: 'zebra crossing' }
		]);
		expect(answersTo(bundle.responses, 'aspiration-1', false).map((a) => a.name)).toEqual([
			'Zoe Named',
			'Ana Named',
			'Bo Named'
		]);
	});
});
