/** The fields a refusal can name, walked from the schemas, and how record entries stay out of them. */
import { describe, expect, it } from 'vitest';
import { makeResponseFile, readResponseFile } from './participation';
import { RECORD_FIELDS } from './refusal';
import { refusalFields } from './refusal-fields';

const responseFile = (answers: Record<string, string>) =>
	makeResponseFile('w-1', {
		id: 'r-1',
		name: '',
		revision: 1,
		submittedAt: 1,
		answers,
		phase: null,
		phaseReason: '',
		rubric: {},
		pitfalls: {},
		suggestedPartners: []
	});

describe('refusalFields', () => {
	it('lists plain, nested and row fields, relative to their row, and no wrapper', () => {
		const { fields } = refusalFields();
		for (const field of [
			'name',
			'sharedGoal',
			'decision.date',
			'settings.language',
			'mapView.view'
		])
			expect(fields).toContain(field);
		for (const field of ['content', 'workshop', 'response', 'partners.name', 'snapshots.label'])
			expect(fields).not.toContain(field);
		expect(new Set(fields).size).toBe(fields.length);
	});

	it('finds exactly the record fields that refusalFromIssues leaves entry keys out of', () => {
		expect(refusalFields().records).toEqual([...RECORD_FIELDS].sort());
	});

	it('names a too-long answer by its field, not by the answered item’s id', () => {
		const result = readResponseFile(JSON.stringify(responseFile({ 'item-7': 'x'.repeat(20_001) })));
		expect(result.ok || !('refusal' in result.problem) ? null : result.problem.refusal).toEqual({
			code: 'tooLong',
			thing: 'response',
			field: 'answers',
			detail: '20,000'
		});
	});
});
