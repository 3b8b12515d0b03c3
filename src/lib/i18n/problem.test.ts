import { describe, expect, it } from 'vitest';
import type { MergeReason } from '$lib/domain/participation';
import type { Problem } from '$lib/domain/problem';
import type { Refusal } from '$lib/domain/refusal';
import { inLocale } from './locale';
import { mergeReasonText, problemText } from './problem';

const refusal: Refusal = { code: 'missing', thing: 'partners', field: 'name' };

/** One problem per code: the compiler checks that none is left out. */
const PROBLEMS: { [C in Problem['code']]: Extract<Problem, { code: C }> } = {
	'not-text': { code: 'not-text' },
	'too-large': { code: 'too-large', size: 3 * 1024 * 1024, limit: 1024 * 1024 },
	empty: { code: 'empty' },
	'too-deep': { code: 'too-deep' },
	'not-json': { code: 'not-json' },
	'forbidden-key': { code: 'forbidden-key', key: '__proto__' },
	'file-too-big': { code: 'file-too-big', size: 50 * 1024 * 1024, limit: 48 * 1024 * 1024 },
	'file-unreadable': { code: 'file-unreadable' },
	'not-workshop': { code: 'not-workshop' },
	'is-response-file': { code: 'is-response-file' },
	'wrong-type': { code: 'wrong-type' },
	'no-version': { code: 'no-version' },
	'newer-workshop': { code: 'newer-workshop', version: 3, supported: 2 },
	'not-workshop-format': { code: 'not-workshop-format', refusal },
	inconsistent: { code: 'inconsistent', problem: { code: 'two-homes' } },
	'snapshot-inconsistent': {
		code: 'snapshot-inconsistent',
		label: 'May',
		problem: { code: 'duplicate-id', table: 'partners', id: 'p-1' }
	},
	'duplicate-snapshot': { code: 'duplicate-snapshot' },
	'not-convene': { code: 'not-convene', what: 'join-link' },
	'document-no-version': { code: 'document-no-version', what: 'join-file' },
	'document-newer': { code: 'document-newer', what: 'response-file', version: 2 },
	'document-unreadable': {
		code: 'document-unreadable',
		what: 'response-link',
		reason: { code: 'not-json' }
	},
	'document-invalid': { code: 'document-invalid', what: 'response-file', refusal },
	'link-empty': { code: 'link-empty', what: 'join-link' },
	'link-too-long': { code: 'link-too-long', what: 'join-link' },
	'link-bad-characters': { code: 'link-bad-characters', what: 'response-link' },
	'link-damaged': { code: 'link-damaged', what: 'response-link' },
	'link-too-much': { code: 'link-too-much', what: 'join-link' },
	'response-too-big': { code: 'response-too-big', limit: 1024 * 1024 },
	'bad-signature': { code: 'bad-signature' },
	'other-key': { code: 'other-key' },
	'unsigned-pinned': { code: 'unsigned-pinned' },
	'vote-unknown': { code: 'vote-unknown', voteId: 'v' },
	'vote-unknown-item': { code: 'vote-unknown-item', voteId: 'v', itemId: 'x' },
	'vote-bad-count': { code: 'vote-bad-count', voteId: 'v' },
	'vote-too-many-dots': { code: 'vote-too-many-dots', voteId: 'v', given: 4, allowed: 3 },
	'answer-unknown-item': { code: 'answer-unknown-item', itemId: 'x' },
	'momentum-unknown-shift': { code: 'momentum-unknown-shift', shiftId: 'x' },
	'momentum-bad-rating': { code: 'momentum-bad-rating', shiftId: 'momentum-1' }
};

const INCONSISTENCIES = [
	{ code: 'duplicate-id', table: 'people', id: 'x' },
	{ code: 'two-homes' },
	{ code: 'person-no-partner' },
	{ code: 'connection-no-partner' },
	{ code: 'score-no-criterion' },
	{ code: 'entry-no-partner' },
	{ code: 'session-no-step' }
] as const;

const NOTES: MergeReason[] = [
	{ code: 'other-workshop' },
	{ code: 'revision-replaces', revision: 3, known: 2 },
	{ code: 'already-imported' },
	{ code: 'newer-here', revision: 4 }
];

const both = async <T>(fn: () => T) => [await inLocale('en', fn), await inLocale('es', fn)];

describe('problemText', () => {
	it('names a duplicated row by its kind in words, never by the table’s code', async () => {
		const problem: Problem = {
			code: 'inconsistent',
			problem: { code: 'duplicate-id', table: 'criterionScores', id: 'x1' }
		};
		const [en, es] = await both(() => problemText(problem));
		expect(en).toContain('each is a criterion score');
		expect(es).toContain('cada una es una puntuación de criterio');
		for (const text of [en, es]) expect(text).not.toContain('criterionScores');
	});

	it('words every code in English and in Spanish, differently, with its parameters', async () => {
		for (const problem of Object.values(PROBLEMS) as Problem[]) {
			const [en, es] = await both(() => problemText(problem));
			expect(en.trim(), problem.code).not.toBe('');
			expect(es.trim(), problem.code).not.toBe('');
			expect(es, problem.code).not.toBe(en);
			expect(en, problem.code).not.toMatch(/undefined|\[object/);
		}
		expect(problemText(PROBLEMS['too-large'])).toBe(
			'The file is too large (3 MB; the limit is 1 MB).'
		);
		expect(problemText(PROBLEMS['not-workshop-format'])).toBe(
			'The file does not match the workshop format: A partner is missing its name.'
		);
		expect(problemText(PROBLEMS['document-unreadable'])).toMatch(/response link.*not valid JSON/);
	});

	it('in Spanish each refusal is a sentence of its own (it follows “no se importó.” and “no se puede abrir.”)', async () => {
		for (const problem of Object.values(PROBLEMS) as Problem[]) {
			const es = await inLocale('es', () => problemText(problem));
			expect(es, problem.code).toMatch(/^[¿¡A-ZÁÉÍÓÚÑ]/u);
		}
	});

	it('words every cross-row check inside an inconsistent file', async () => {
		for (const problem of INCONSISTENCIES) {
			const [en, es] = await both(() => problemText({ code: 'inconsistent', problem }));
			expect(en).toMatch(/^The file is inconsistent: .+/);
			expect(es).not.toBe(en);
		}
	});
});

describe('mergeReasonText', () => {
	it('words every note and every refusal in both languages; nothing for an added item', async () => {
		for (const reason of [...NOTES, PROBLEMS['other-key']]) {
			const [en, es] = await both(() => mergeReasonText(reason));
			expect(en.trim(), reason.code).not.toBe('');
			expect(es, reason.code).not.toBe(en);
		}
		expect(mergeReasonText({ code: 'revision-replaces', revision: 3, known: 2 })).toBe(
			'Revision 3 replaces revision 2.'
		);
		expect(mergeReasonText(null)).toBe('');
	});
});
