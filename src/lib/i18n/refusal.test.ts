import { describe, expect, it } from 'vitest';
import { RULE_CODES, type Refusal, type RefusalCode } from '$lib/domain/refusal';
import { refusalFields } from '$lib/domain/refusal-fields';
import { ROW_TABLE_NAMES, ROW_TABLES } from '$lib/domain/tables';
import { inLocale } from './locale';
import { refusalText } from './refusal';

const CODES: RefusalCode[] = [
	'missing',
	'wrongType',
	'tooLong',
	'tooMany',
	'outOfRange',
	'badDate',
	'badId',
	'unknownValue',
	'rule',
	'invalid'
];
const THINGS = ['workshop', 'response', 'invite', ...ROW_TABLE_NAMES.map((t) => ROW_TABLES[t].key)];

const both = async <T>(fn: () => T) => [await inLocale('en', fn), await inLocale('es', fn)];

describe('refusalText', () => {
	it('words every code in English and in Spanish', async () => {
		for (const code of CODES) {
			const refusal = { code, thing: 'partners', field: 'name', detail: '12' };
			const [en, es] = await both(() => refusalText(refusal));
			expect(en, code).toMatch(/^\p{Lu}/u);
			expect(es, code).toMatch(/^\p{Lu}/u);
			expect(es, code).not.toBe(en);
		}
	});

	it('names every kind of thing, every rule and every expected type, in both languages', async () => {
		for (const thing of THINGS) {
			const [en, es] = await both(() => refusalText({ code: 'missing', thing, field: 'name' }));
			expect(es, thing).not.toBe(en);
		}
		for (const rule of RULE_CODES) {
			const [en, es] = await both(() =>
				refusalText({ code: 'rule', thing: 'response', field: '', detail: rule })
			);
			expect(en, rule).toMatch(/^The response: \S/);
			expect(es, rule).not.toBe(en);
		}
		for (const type of ['string', 'number', 'boolean', 'array', 'object', 'bigint']) {
			const [en, es] = await both(() =>
				refusalText({ code: 'wrongType', thing: 'partners', field: 'x', detail: type })
			);
			expect(es, type).not.toBe(en);
		}
		expect(
			refusalText({ code: 'wrongType', thing: 'partners', field: 'x', detail: 'string' })
		).toBe('The x of a partner should be text.');
	});

	it('words a field from its key path', () => {
		expect(
			refusalText({ code: 'badDate', thing: 'partners', field: 'decision.date', detail: 'x' })
		).toBe('The decision date of a partner is not a real day in YYYY-MM-DD form (“x”).');
		expect(refusalText({ code: 'missing', thing: 'partners', field: 'sharedGoal' })).toBe(
			'A partner is missing its shared goal.'
		);
	});

	it('says the whole is concerned when no field is named, and which snapshot', () => {
		expect(refusalText({ code: 'invalid', thing: 'workshop', field: '', snapshot: 2 })).toBe(
			'The content of the workshop is not valid. (In snapshot 2.)'
		);
	});

	it('words a missing field in both languages', async () => {
		const refusal: Refusal = {
			code: 'missing',
			thing: 'partners',
			name: 'Food Bank',
			field: 'name'
		};
		expect(await both(() => refusalText(refusal))).toEqual([
			'A partner (“Food Bank”) is missing its name.',
			'Falta el campo nombre en un socio («Food Bank»).'
		]);
	});

	it('words a nested field as one phrase in both languages', async () => {
		const refusal: Refusal = {
			code: 'badDate',
			thing: 'partners',
			field: 'decision.date',
			detail: 'x'
		};
		expect(await both(() => refusalText(refusal))).toEqual([
			'The decision date of a partner is not a real day in YYYY-MM-DD form (“x”).',
			'En un socio, el campo fecha de la decisión no es un día real en formato AAAA-MM-DD («x»).'
		]);
	});

	it('words a too-long field of the workshop without “de el” or “a el”', async () => {
		const refusal: Refusal = { code: 'tooLong', thing: 'workshop', field: 'title', detail: '500' };
		expect(await both(() => refusalText(refusal))).toEqual([
			'The title of the workshop is longer than 500 characters.',
			'En el taller, el campo título tiene más de 500 caracteres.'
		]);
		for (const code of CODES) {
			const [, es] = await both(() =>
				refusalText({ code, thing: 'workshop', field: 'settings.language', detail: '1' })
			);
			expect(es, code).not.toMatch(/\b(de|a) el\b/i);
		}
	});

	it('quotes a key it has no words for instead of leaving a blank', async () => {
		const refusal: Refusal = { code: 'missing', thing: 'response', field: 'mystery.key' };
		expect(await both(() => refusalText(refusal))).toEqual([
			'The response is missing its “mystery.key”.',
			'Falta el campo «mystery.key» en la respuesta.'
		]);
	});

	it('has words, in both languages, for every field the schemas can refuse', async () => {
		const { fields } = refusalFields();
		expect(fields.length).toBeGreaterThan(50);
		for (const field of fields) {
			const [en, es] = await both(() => refusalText({ code: 'missing', thing: 'workshop', field }));
			expect(en, field).not.toMatch(/[“”]/);
			expect(es, field).not.toMatch(/[«»]/);
			expect(en, `${field}: no camelCase left`).not.toMatch(/\p{Ll}\p{Lu}/u);
		}
	});
});
