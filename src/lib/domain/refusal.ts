/**
 * Why a file or link was refused, in the user's words. The schema's issues (valibot's "Invalid key:
 * Expected …") are turned into a `Refusal` — a code, the kind of thing concerned (a partner, a
 * person, the workshop), the field, and the value or limit — and `refusalText` says it through the
 * message catalogue: "A partner (“Food Bank”) is missing its name." Pure: no DOM, no storage.
 */

import type * as v from 'valibot';
import { m } from '$lib/paraglide/messages.js';
import { ROW_TABLE_NAMES, ROW_TABLES } from './tables';

type RefusalCode =
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
	/** The kind of row or document concerned, as a key of `THINGS`. */
	thing: string;
	/** The row's own name or title, when it has one (helps find it). */
	name?: string;
	/** The field, in words ("shared goal", "decision date"). */
	field: string;
	/** The offending value (shortened), the limit, or the rule's own sentence. */
	detail?: string;
	/** Set when the problem is inside a snapshot (its position, from 1). */
	snapshot?: number;
}

/** The row and document kinds a refusal can name. */
const THINGS: readonly string[] = [
	'workshop',
	...ROW_TABLE_NAMES.map((table) => ROW_TABLES[table].key),
	'response',
	'invite'
];
const isThing = (key: unknown): key is string => typeof key === 'string' && THINGS.includes(key);

/** A kind of row or document, singular, in words (literal keys for the catalogue's tools). */
function thingText(thing: string): string {
	switch (thing) {
		case 'agenda':
			return m.refusal_thing_agenda();
		case 'session':
			return m.refusal_thing_session();
		case 'answers':
			return m.refusal_thing_answers();
		case 'phaseVotes':
			return m.refusal_thing_phaseVotes();
		case 'customRubricItems':
			return m.refusal_thing_customRubricItems();
		case 'rubricRatings':
			return m.refusal_thing_rubricRatings();
		case 'partners':
			return m.refusal_thing_partners();
		case 'people':
			return m.refusal_thing_people();
		case 'connections':
			return m.refusal_thing_connections();
		case 'criteria':
			return m.refusal_thing_criteria();
		case 'criterionScores':
			return m.refusal_thing_criterionScores();
		case 'pitfalls':
			return m.refusal_thing_pitfalls();
		case 'checks':
			return m.refusal_thing_checks();
		case 'actions':
			return m.refusal_thing_actions();
		case 'responses':
			return m.refusal_thing_responses();
		case 'snapshots':
			return m.refusal_thing_snapshots();
		case 'response':
			return m.refusal_thing_response();
		case 'invite':
			return m.refusal_thing_invite();
		default:
			return m.refusal_thing_workshop();
	}
}

const limit = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

/** `sharedGoal` → "shared goal". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

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
	const rest = path.slice(fieldAt).filter((p) => typeof p.key === 'string' && !wrappers.has(p.key));
	const field = rest.map((p) => words(String(p.key))).join(' ') || m.refusal_field_whole();
	const base = { thing, field, ...(name ? { name } : {}), ...(snapshot ? { snapshot } : {}) };
	const value = issue.input;
	switch (issue.type) {
		case 'check':
			return {
				...base,
				code: issue.message.startsWith('A date') ? 'badDate' : 'rule',
				detail: issue.message.startsWith('A date') ? shorten(value) : issue.message
			};
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
			return { ...base, code: 'wrongType', detail: expectedText(issue.type) };
	}
}

/** What a schema type expects, in words. */
function expectedText(type: string): string {
	if (type === 'string') return m.refusal_expected_text();
	if (type === 'number') return m.refusal_expected_number();
	if (type === 'boolean') return m.refusal_expected_yesNo();
	if (type === 'array') return m.refusal_expected_list();
	if (type === 'object' || type === 'record') return m.refusal_expected_group();
	return m.refusal_expected_other();
}

/** A refusal as a sentence in the user's language. */
export function refusalText(r: Refusal): string {
	const kind = thingText(r.thing);
	const thing = r.name ? m.refusal_named({ thing: kind, name: r.name }) : kind;
	const vars = { thing, field: r.field, detail: r.detail ?? '' };
	let text: string;
	switch (r.code) {
		case 'missing':
			text = m.refusal_missing(vars);
			break;
		case 'wrongType':
			text = m.refusal_wrongType(vars);
			break;
		case 'tooLong':
			text = m.refusal_tooLong(vars);
			break;
		case 'tooMany':
			text = m.refusal_tooMany(vars);
			break;
		case 'outOfRange':
			text = m.refusal_outOfRange(vars);
			break;
		case 'badDate':
			text = m.refusal_badDate(vars);
			break;
		case 'badId':
			text = m.refusal_badId(vars);
			break;
		case 'unknownValue':
			text = m.refusal_unknownValue(vars);
			break;
		case 'rule':
			text = m.refusal_rule(vars);
			break;
		default:
			text = m.refusal_invalid(vars);
	}
	const sentence = text.charAt(0).toUpperCase() + text.slice(1);
	return r.snapshot ? m.refusal_inSnapshot({ text: sentence, n: r.snapshot }) : sentence;
}
