/**
 * A schema refusal (`$lib/domain/refusal.ts`) as a sentence in the language active at the call:
 * "A partner (“Food Bank”) is missing its name." One literal message key per code.
 */

import type { Refusal, RefusalCode, RuleCode } from '$lib/domain/refusal';
import type { RefusalField } from '$lib/domain/refusal-fields';
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
	themes: () => m.refusal_thing_themes(),
	answerMarks: () => m.refusal_thing_answerMarks(),
	voteRounds: () => m.refusal_thing_voteRounds(),
	response: () => m.refusal_thing_response(),
	invite: () => m.refusal_thing_invite(),
	workshop: () => m.refusal_thing_workshop()
};
/** A row or document kind in words ("a partner", "un socio"); an unknown kind reads as the workshop. */
export const thingText = (thing: string) =>
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
	'never-handed-in': () => m.problem_neverHandedIn(),
	'too-many-dots': () => m.problem_tooManyDots(),
	'too-many-votes': () => m.problem_tooManyVotes(),
	'answer-key-mismatch': () => m.problem_answerKeyMismatch()
};
const ruleText = (rule: string | undefined) =>
	rule && Object.hasOwn(RULES, rule) ? RULES[rule as RuleCode]() : '';

/**
 * Every field a refusal can name, in words, as a noun phrase without an article (literal keys for the
 * catalogue's tools): `decision.date` → "decision date" / "fecha de la decisión". Keyed by
 * `RefusalField`, the fields the schemas can refuse: a schema's new field is a type error here until
 * it has its words.
 */
const FIELDS: Record<RefusalField, () => string> = {
	'votes.dots': () => m.refusal_field_votes_dots(),
	'votes.id': () => m.refusal_field_votes_id(),
	'votes.items': () => m.refusal_field_votes_items(),
	'votes.items.id': () => m.refusal_field_votes_items_id(),
	'votes.items.label': () => m.refusal_field_votes_items_label(),
	'votes.target': () => m.refusal_field_votes_target(),
	answerMarks: () => m.refusal_field_answerMarks(),
	asked: () => m.refusal_field_asked(),
	closedAt: () => m.refusal_field_closedAt(),
	dots: () => m.refusal_field_dots(),
	itemIds: () => m.refusal_field_itemIds(),
	momentum: () => m.refusal_field_momentum(),
	open: () => m.refusal_field_open(),
	openedAt: () => m.refusal_field_openedAt(),
	removedAt: () => m.refusal_field_removedAt(),
	responseId: () => m.refusal_field_responseId(),
	roomView: () => m.refusal_field_roomView(),
	roomLocked: () => m.refusal_field_roomLocked(),
	'roomView.featured': () => m.refusal_field_roomView_featured(),
	'roomView.itemId': () => m.refusal_field_roomView_itemId(),
	'roomView.page': () => m.refusal_field_roomView_page(),
	'roomView.showThemes': () => m.refusal_field_roomView_showThemes(),
	'roomView.split': () => m.refusal_field_roomView_split(),
	'roomView.stepId': () => m.refusal_field_roomView_stepId(),
	'roomView.themeId': () => m.refusal_field_roomView_themeId(),
	'roomView.voteId': () => m.refusal_field_roomView_voteId(),
	setAside: () => m.refusal_field_setAside(),
	side: () => m.refusal_field_side(),
	source: () => m.refusal_field_source(),
	'source.adopted': () => m.refusal_field_source_adopted(),
	'source.at': () => m.refusal_field_source_at(),
	'source.counts': () => m.refusal_field_source_counts(),
	'source.responses': () => m.refusal_field_source_responses(),
	stepId: () => m.refusal_field_stepId(),
	target: () => m.refusal_field_target(),
	themeId: () => m.refusal_field_themeId(),
	themes: () => m.refusal_field_themes(),
	voteRounds: () => m.refusal_field_voteRounds(),
	votes: () => m.refusal_field_votes(),
	actions: () => m.refusal_field_actions(),
	agenda: () => m.refusal_field_agenda(),
	anonymous: () => m.refusal_field_anonymous(),
	answers: () => m.refusal_field_answers(),
	archived: () => m.refusal_field_archived(),
	blank: () => m.refusal_field_blank(),
	capacities: () => m.refusal_field_capacities(),
	checks: () => m.refusal_field_checks(),
	confidence: () => m.refusal_field_confidence(),
	connections: () => m.refusal_field_connections(),
	contact: () => m.refusal_field_contact(),
	contentVersion: () => m.refusal_field_contentVersion(),
	createdAt: () => m.refusal_field_createdAt(),
	criteria: () => m.refusal_field_criteria(),
	criterionId: () => m.refusal_field_criterionId(),
	criterionScores: () => m.refusal_field_criterionScores(),
	currentStepId: () => m.refusal_field_currentStepId(),
	customRubricItems: () => m.refusal_field_customRubricItems(),
	date: () => m.refusal_field_date(),
	decision: () => m.refusal_field_decision(),
	'decision.date': () => m.refusal_field_decision_date(),
	'decision.kind': () => m.refusal_field_decision_kind(),
	'decision.reason': () => m.refusal_field_decision_reason(),
	description: () => m.refusal_field_description(),
	domainId: () => m.refusal_field_domainId(),
	dueDate: () => m.refusal_field_dueDate(),
	durationMin: () => m.refusal_field_durationMin(),
	facilitator: () => m.refusal_field_facilitator(),
	home: () => m.refusal_field_home(),
	id: () => m.refusal_field_id(),
	influence: () => m.refusal_field_influence(),
	interest: () => m.refusal_field_interest(),
	itemId: () => m.refusal_field_itemId(),
	label: () => m.refusal_field_label(),
	mapView: () => m.refusal_field_mapView(),
	'mapView.highlightId': () => m.refusal_field_mapView_highlightId(),
	'mapView.phase': () => m.refusal_field_mapView_phase(),
	'mapView.sector': () => m.refusal_field_mapView_sector(),
	'mapView.view': () => m.refusal_field_mapView_view(),
	mark: () => m.refusal_field_mark(),
	mitigation: () => m.refusal_field_mitigation(),
	module: () => m.refusal_field_module(),
	modules: () => m.refusal_field_modules(),
	name: () => m.refusal_field_name(),
	note: () => m.refusal_field_note(),
	notes: () => m.refusal_field_notes(),
	order: () => m.refusal_field_order(),
	organisation: () => m.refusal_field_organisation(),
	overlappingPopulation: () => m.refusal_field_overlappingPopulation(),
	owner: () => m.refusal_field_owner(),
	partnerId: () => m.refusal_field_partnerId(),
	partners: () => m.refusal_field_partners(),
	people: () => m.refusal_field_people(),
	phase: () => m.refusal_field_phase(),
	phaseReason: () => m.refusal_field_phaseReason(),
	phaseVotes: () => m.refusal_field_phaseVotes(),
	pinned: () => m.refusal_field_pinned(),
	pitfalls: () => m.refusal_field_pitfalls(),
	prompt: () => m.refusal_field_prompt(),
	rating: () => m.refusal_field_rating(),
	reason: () => m.refusal_field_reason(),
	relationshipTerms: () => m.refusal_field_relationshipTerms(),
	responses: () => m.refusal_field_responses(),
	revealed: () => m.refusal_field_revealed(),
	revision: () => m.refusal_field_revision(),
	ringAngle: () => m.refusal_field_ringAngle(),
	roles: () => m.refusal_field_roles(),
	rubric: () => m.refusal_field_rubric(),
	rubricRatings: () => m.refusal_field_rubricRatings(),
	score: () => m.refusal_field_score(),
	sector: () => m.refusal_field_sector(),
	session: () => m.refusal_field_session(),
	settings: () => m.refusal_field_settings(),
	'settings.anonymous': () => m.refusal_field_settings_anonymous(),
	'settings.expectedParticipants': () => m.refusal_field_settings_expectedParticipants(),
	'settings.language': () => m.refusal_field_settings_language(),
	sharedGoal: () => m.refusal_field_sharedGoal(),
	showJoin: () => m.refusal_field_showJoin(),
	signature: () => m.refusal_field_signature(),
	signer: () => m.refusal_field_signer(),
	snapshots: () => m.refusal_field_snapshots(),
	sourceId: () => m.refusal_field_sourceId(),
	status: () => m.refusal_field_status(),
	strength: () => m.refusal_field_strength(),
	submittedAt: () => m.refusal_field_submittedAt(),
	suggestedPartners: () => m.refusal_field_suggestedPartners(),
	takenAt: () => m.refusal_field_takenAt(),
	targetId: () => m.refusal_field_targetId(),
	templateId: () => m.refusal_field_templateId(),
	text: () => m.refusal_field_text(),
	timerElapsedMs: () => m.refusal_field_timerElapsedMs(),
	timerExtraMs: () => m.refusal_field_timerExtraMs(),
	timerStartedAt: () => m.refusal_field_timerStartedAt(),
	title: () => m.refusal_field_title(),
	type: () => m.refusal_field_type(),
	updatedAt: () => m.refusal_field_updatedAt(),
	valueWeOffer: () => m.refusal_field_valueWeOffer(),
	version: () => m.refusal_field_version(),
	weight: () => m.refusal_field_weight(),
	workshopId: () => m.refusal_field_workshopId(),
	x: () => m.refusal_field_x(),
	y: () => m.refusal_field_y()
};

/**
 * A field's key path in words, as the sentences use it ("shared goal"; "el campo meta compartida"):
 * the whole row or document when the path is empty, the key itself in quotes for a key the schemas
 * do not have (never expected: a fallback rather than a blank).
 */
function fieldText(path: string): string {
	if (!path) return m.refusal_field_whole();
	const words = Object.hasOwn(FIELDS, path)
		? FIELDS[path as RefusalField]()
		: m.refusal_field_unknown({ key: path });
	return m.refusal_field_named({ field: words });
}

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
	const field = fieldText(r.field);
	const text = (SENTENCES[r.code] ?? SENTENCES.invalid)({ thing, field, detail });
	const sentence = text.charAt(0).toUpperCase() + text.slice(1);
	return r.snapshot ? m.refusal_inSnapshot({ text: sentence, n: r.snapshot }) : sentence;
}
