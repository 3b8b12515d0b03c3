/**
 * A schema refusal (`$lib/domain/refusal.ts`) as a sentence in the language active at the call:
 * "A partner (“Food Bank”) is missing its name." One literal message key per code.
 */

import type { Refusal, RefusalCode, RuleCode } from '$lib/domain/refusal';
import type { BundleKeyOf, RowTableName } from '$lib/domain/tables';
import { m } from '$lib/paraglide/messages.js';

/** What a refusal can name: a table's rows, or a whole document. */
type Thing = BundleKeyOf<RowTableName> | 'workshop' | 'response' | 'invite';

/**
 * A kind of row or document, singular, in words (literal keys for the catalogue's tools). A new
 * table is a type error here until it has its words.
 */
const THINGS: Record<Thing, () => string> = {
	agenda: () => m.refusal_thing_agenda(),
	session: () => m.refusal_thing_session(),
	answers: () => m.refusal_thing_answers(),
	phaseVotes: () => m.refusal_thing_phaseVotes(),
	customRubricItems: () => m.refusal_thing_customRubricItems(),
	rubricRatings: () => m.refusal_thing_rubricRatings(),
	partners: () => m.refusal_thing_partners(),
	people: () => m.refusal_thing_people(),
	connections: () => m.refusal_thing_connections(),
	criteria: () => m.refusal_thing_criteria(),
	criterionScores: () => m.refusal_thing_criterionScores(),
	pitfalls: () => m.refusal_thing_pitfalls(),
	checks: () => m.refusal_thing_checks(),
	actions: () => m.refusal_thing_actions(),
	responses: () => m.refusal_thing_responses(),
	snapshots: () => m.refusal_thing_snapshots(),
	response: () => m.refusal_thing_response(),
	invite: () => m.refusal_thing_invite(),
	workshop: () => m.refusal_thing_workshop()
};
const thingText = (thing: string) =>
	(Object.hasOwn(THINGS, thing) ? THINGS[thing as Thing] : THINGS.workshop)();

/** What a schema type expects, in words. */
function expectedText(type: string): string {
	if (type === 'string') return m.refusal_expected_text();
	if (type === 'number') return m.refusal_expected_number();
	if (type === 'boolean') return m.refusal_expected_yesNo();
	if (type === 'array') return m.refusal_expected_list();
	if (type === 'object' || type === 'record') return m.refusal_expected_group();
	return m.refusal_expected_other();
}

/** The rule a `v.check` names, as its sentence. */
const RULES: Record<RuleCode, () => string> = {
	'bad-date': () => m.problem_badDate(),
	'too-many-answers': () => m.problem_tooManyAnswers(),
	'form-listed-twice': () => m.problem_formListedTwice(),
	'never-handed-in': () => m.problem_neverHandedIn()
};
const ruleText = (rule: string | undefined) =>
	rule && Object.hasOwn(RULES, rule) ? RULES[rule as RuleCode]() : '';

/** A field's key path in words: `decision.date` → "decision date", `sharedGoal` → "shared goal". */
const fieldWords = (path: string) =>
	path
		.split('.')
		.map((key) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
		.join(' ');

type Vars = { thing: string; field: string; detail: string };
const SENTENCES: Record<RefusalCode, (vars: Vars) => string> = {
	missing: (vars) => m.refusal_missing(vars),
	wrongType: (vars) => m.refusal_wrongType(vars),
	tooLong: (vars) => m.refusal_tooLong(vars),
	tooMany: (vars) => m.refusal_tooMany(vars),
	outOfRange: (vars) => m.refusal_outOfRange(vars),
	badDate: (vars) => m.refusal_badDate(vars),
	badId: (vars) => m.refusal_badId(vars),
	unknownValue: (vars) => m.refusal_unknownValue(vars),
	rule: (vars) => m.refusal_rule(vars),
	invalid: (vars) => m.refusal_invalid(vars)
};

/** A refusal as a sentence in the user's language, starting with a capital. */
export function refusalText(r: Refusal): string {
	const kind = thingText(r.thing);
	const thing = r.name ? m.refusal_named({ thing: kind, name: r.name }) : kind;
	const detail =
		r.code === 'wrongType'
			? expectedText(r.detail ?? '')
			: r.code === 'rule'
				? ruleText(r.detail)
				: (r.detail ?? '');
	const field = r.field ? fieldWords(r.field) : m.refusal_field_whole();
	const text = (SENTENCES[r.code] ?? SENTENCES.invalid)({ thing, field, detail });
	const sentence = text.charAt(0).toUpperCase() + text.slice(1);
	return r.snapshot ? m.refusal_inSnapshot({ text: sentence, n: r.snapshot }) : sentence;
}
