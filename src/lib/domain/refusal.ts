/**
 * Why a file or link was refused, as data. The schema's issues (valibot's "Invalid key: Expected …")
 * are turned into a `Refusal` — a code, the kind of thing concerned (a partner, a person, the
 * workshop), the field, and the value or limit — and `refusalText` in `$lib/i18n/refusal.ts` says it
 * in the user's words: "A partner (“Food Bank”) is missing its name." Pure: no DOM, no storage.
 */

import type * as v from 'valibot';
import { ROW_TABLE_NAMES, ROW_TABLES } from './tables';

/**
 * The rules the schemas check beyond types and limits (`v.check`), each named by a code given as
 * the check's message, so a refusal can say which rule failed.
 */
export const RULE_CODES = [
	'bad-date',
	'too-many-answers',
	'form-listed-twice',
	'never-handed-in',
	'too-many-dots',
	'too-many-votes',
	'answer-key-mismatch'
] as const;
export type RuleCode = (typeof RULE_CODES)[number];
const isRule = (message: string): message is RuleCode =>
	(RULE_CODES as readonly string[]).includes(message);

export type RefusalCode =
	| 'missing'
	| 'wrongType'
	| 'tooLong'
	| 'tooMany'
	| 'outOfRange'
	| 'badDate'
	| 'badId'
	| 'unknownValue'
	| 'rule'
	| 'invalid';

export interface Refusal {
	code: RefusalCode;
	/**
	 * The kind of row or document concerned: 'workshop', 'response', 'invite', or a table's key
	 * (`ROW_TABLES[table].key`: 'partners', 'people', …).
	 */
	thing: string;
	/** The row's own name or title, when it has one (helps find it). */
	name?: string;
	/** The field's key path, dotted ('sharedGoal', 'decision.date'); '' for the whole row or document. */
	field: string;
	/**
	 * By code: the offending value, shortened ('badDate', 'badId', 'outOfRange', 'unknownValue');
	 * the limit, as digits with separators ('tooLong', 'tooMany'); the `RuleCode` ('rule'); the
	 * valibot type expected ('wrongType': 'string', 'number', 'boolean', 'array', 'object', …).
	 */
	detail?: string;
	/** Set when the problem is inside a snapshot (its position, from 1). */
	snapshot?: number;
}

/**
 * The fields that hold records (a response's answers, rubric marks and pitfall marks, keyed by item
 * id): the key after one of them is data, not a field, and is left out of the refusal's field. Valibot
 * gives a record's entries the same path items as an object's fields; `refusal-fields.test.ts`
 * checks this list against the schemas.
 */
export const RECORD_FIELDS: readonly string[] = [
	'answers',
	'rubric',
	'pitfalls',
	'momentum',
	'votes',
	'counts',
	// A join invite's seed questions per form (keyed by form name).
	'asked'
];

/** The row and document kinds a refusal can name. */
const THINGS: readonly string[] = [
	'workshop',
	...ROW_TABLE_NAMES.map((table) => ROW_TABLES[table].key),
	'response',
	'invite'
];
const isThing = (key: unknown): key is string => typeof key === 'string' && THINGS.includes(key);

const limit = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

const shorten = (value: unknown): string => {
	const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** The most specific issue: inside a union, the branch that got furthest (a rule rather than a type). */
function specific(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
	const inner = issue.issues ?? [];
	if (inner.length === 0) return issue;
	const validation = inner.find((i) => i.kind === 'validation');
	return specific(validation ?? inner[inner.length - 1]);
}

/**
 * The refusal for a schema's first issue. `root` names the document ('workshop' for a workshop file,
 * 'response' or 'invite' for participant documents).
 */
export function refusalFromIssues(
	issues: readonly v.BaseIssue<unknown>[],
	root: 'workshop' | 'response' | 'invite'
): Refusal {
	const first = issues[0];
	const issue = specific(first);
	const path = (issue.path ?? first.path ?? []).map((p) => ({
		key: p.key as string | number,
		input: p.input
	}));
	let thing: string = root;
	let name: string | undefined;
	let fieldAt = root === 'workshop' ? 1 : 0;
	let snapshot: number | undefined;
	path.forEach((p, i) => {
		if (p.key === 'snapshots' && typeof path[i + 1]?.key === 'number')
			snapshot = (path[i + 1].key as number) + 1;
		const next = path[i + 1];
		if (typeof p.key === 'string' && isThing(p.key) && next && typeof next.key === 'number') {
			thing = p.key;
			const row =
				next.input && typeof next.input === 'object'
					? (next.input as unknown[])[next.key as number]
					: undefined;
			const label =
				row && typeof row === 'object'
					? ((row as Record<string, unknown>).name ??
						(row as Record<string, unknown>).title ??
						(row as Record<string, unknown>).label)
					: undefined;
			name = typeof label === 'string' && label.trim() ? shorten(label.trim()) : undefined;
			fieldAt = i + 2;
		} else if (p.key === 'session' && root === 'workshop') {
			thing = 'session';
			fieldAt = i + 1;
		}
	});
	const wrappers = new Set(['content', 'workshop', root === 'response' ? 'response' : '']);
	const rest = path
		.slice(fieldAt)
		.filter(
			(p, i, all) =>
				typeof p.key === 'string' &&
				!wrappers.has(p.key) &&
				!(i > 0 && RECORD_FIELDS.includes(String(all[i - 1].key)))
		);
	const field = rest.map((p) => String(p.key)).join('.');
	const base = { thing, field, ...(name ? { name } : {}), ...(snapshot ? { snapshot } : {}) };
	const value = issue.input;
	switch (issue.type) {
		case 'check':
			if (issue.message === 'bad-date') return { ...base, code: 'badDate', detail: shorten(value) };
			return isRule(issue.message)
				? { ...base, code: 'rule', detail: issue.message }
				: { ...base, code: 'invalid' };
		case 'regex':
			return { ...base, code: 'badId', detail: shorten(value) };
		case 'max_length':
			return Array.isArray(value) || (value && typeof value === 'object')
				? { ...base, code: 'tooMany', detail: limit(issue.requirement) }
				: { ...base, code: 'tooLong', detail: limit(issue.requirement) };
		case 'min_length':
			return { ...base, code: typeof value === 'string' ? 'missing' : 'invalid' };
		case 'min_value':
		case 'max_value':
		case 'integer':
		case 'finite':
			return { ...base, code: 'outOfRange', detail: shorten(value) };
		case 'picklist':
		case 'literal':
			return { ...base, code: 'unknownValue', detail: shorten(value) };
		default:
			if (value === undefined) return { ...base, code: 'missing' };
			return { ...base, code: 'wrongType', detail: issue.type };
	}
}
