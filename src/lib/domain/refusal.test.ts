/** Refusals in the user's words ("a partner is missing its name"), never the validator's ("Invalid key: Expected …"). */
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import lz from 'lz-string';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, serializeWorkshop } from './file-format';
import { decodeInvite, makeInvite, makeResponseFile, readResponseFile } from './participation';

const NOW = Date.UTC(2026, 10, 24, 12);
type File = {
	workshop: Record<string, unknown> & {
		partners: Record<string, unknown>[];
		people: Record<string, unknown>[];
	};
};
const refusal = (mutate: (f: File) => void) => {
	const f = JSON.parse(JSON.stringify(serializeWorkshop(buildDemoBundle('w-demo', NOW)))) as File;
	mutate(f);
	const result = readWorkshopFile(JSON.stringify(f));
	expect(result.ok).toBe(false);
	const error = result.ok ? '' : problemText(result.problem);
	expect(error).toMatch(/^The file does not match the workshop format: /);
	return error.replace(/^The file does not match the workshop format: /, '');
};

describe('workshop file refusals', () => {
	it.each([
		[
			'a partner without a name',
			(f: File) => delete f.workshop.partners[0].name,
			/^A partner is missing its name\.$/
		],
		[
			'a partner name that is a number',
			(f: File) => (f.workshop.partners[0].name = 7),
			/^The name of a partner should be text\.$/
		],
		[
			'a partner x of 1e308',
			(f: File) => (f.workshop.partners[0].x = 1e308),
			/^The x of a partner \(“.+”\) is out of range \(1e\+308\)\.$/
		],
		[
			'31 February',
			(f: File) => (f.workshop.date = '2026-02-31'),
			/^The date of the workshop is not a real day in YYYY-MM-DD form \(“2026-02-31”\)\.$/
		],
		[
			'a join: workshop id',
			(f: File) => (f.workshop.id = 'join:w-demo'),
			/^The id of the workshop has characters an id cannot have \(“join:w-demo”\)\.$/
		],
		[
			'an unknown sector value in a decision',
			(f: File) => (f.workshop.partners[0].decision = { kind: 'merge', reason: '', date: '' }),
			/^The decision kind of a partner \(“.+”\) is not a value Convene knows \(“merge”\)\.$/
		],
		[
			'a long title',
			(f: File) => (f.workshop.title = 'x'.repeat(501)),
			/^The title of the workshop is longer than 500 characters\.$/
		],
		[
			'a person’s roles that are not a list',
			(f: File) => (f.workshop.people[0].roles = 'all'),
			/^The roles of a person \(“.+”\) should be a list\.$/
		]
	])('%s', (_name, mutate, expected) => {
		const message = refusal(mutate as (f: File) => void);
		expect(message).toMatch(expected);
		expect(message).not.toMatch(/Invalid|Expected|received|\(at /);
	});

	it('a refusal carries its code and field for callers that want them', () => {
		const f = JSON.parse(JSON.stringify(serializeWorkshop(buildDemoBundle('w-demo', NOW)))) as File;
		delete f.workshop.partners[0].name;
		const result = readWorkshopFile(JSON.stringify(f));
		expect(result.ok ? null : result.problem).toMatchObject({
			code: 'not-workshop-format',
			refusal: { code: 'missing', thing: 'partners', field: 'name' }
		});
		expect(
			result.ok || !('refusal' in result.problem) ? null : result.problem.refusal
		).toMatchObject({
			code: 'missing',
			thing: 'partners',
			field: 'name'
		});
	});
});

describe('participant document refusals', () => {
	it('a response without a revision says so in words', () => {
		const file = makeResponseFile('w-1', {
			id: 'r-1',
			name: '',
			revision: 1,
			submittedAt: 1,
			answers: {},
			phase: null,
			phaseReason: '',
			rubric: {},
			pitfalls: {},
			suggestedPartners: []
		}) as unknown as { response: Record<string, unknown> };
		delete file.response.revision;
		const result = readResponseFile(JSON.stringify(file));
		expect(result.ok ? '' : problemText(result.problem)).toBe(
			'The response file is not valid: The response is missing its revision.'
		);
	});

	it('a join link listing a form twice says so in words', () => {
		const invite = makeInvite({
			workshopId: 'w-1',
			title: 'T',
			organisation: '',
			anonymous: true,
			modules: ['phase', 'phase'],
			customRubricItems: []
		});
		const result = decodeInvite(`#j=${lz.compressToEncodedURIComponent(JSON.stringify(invite))}`);
		expect(result.ok ? '' : problemText(result.problem)).toBe(
			'The join link is not valid: The join link: A form is listed twice.'
		);
	});
});
