/**
 * The partnership plan as a document model: a workshop bundle in, an ordered list of sections out,
 * each made of plain blocks (headings, paragraphs, key–value lists, tables, a map figure). Pure: no
 * jsPDF, no DOM. `render.ts` lays these blocks out on pages.
 *
 * Rule for empty content: a section with nothing recorded is left out of the document (and the page
 * marks it "nothing recorded yet"); inside a section, fields nobody filled in are left out too. Only
 * the cover, the contents and the sources always appear. User text is carried whole, never cut.
 */

import {
	ASPIRATION_ADVICE,
	ASPIRATION_QUESTIONS,
	CORE_ACTIVITIES,
	GETTING_STARTED_EXTERNAL,
	GETTING_STARTED_INTERNAL,
	MAJORITY_NOTE,
	ONCE_IDENTIFIED_QUESTIONS,
	OPPORTUNITIES,
	PARTNER_QUESTIONS,
	PITFALLS,
	RUBRIC,
	SOURCES,
	phaseByNumber,
	type ContentItem
} from '$lib/domain/content';
import { coverageMatrix, ROLES } from '$lib/domain/coverage';
import { changesSince } from '$lib/i18n/diff';
import { isoDay } from '$lib/domain/filenames';
import { healthCheck } from '$lib/domain/health';
import { healthRuleText, healthWarningNames } from '$lib/i18n/health';
import { phaseDistribution } from '$lib/domain/results';
import { counted, withCounted } from '$lib/domain/votes';
import { sectorStyle } from '$lib/map/sectors';
import { rankPartners, scoredPartners, scoreOf } from '$lib/domain/scoring';
import { RATINGS_BEST_FIRST, summarizeRubric } from '$lib/domain/rubric-summary';
import type {
	CheckItem,
	Partner,
	PhaseNumber,
	RoomSource,
	WorkshopBundle
} from '$lib/domain/types';
import { m as msg } from '$lib/paraglide/messages.js';
import {
	actionStatusLabel,
	checkStatusLabel,
	decisionName,
	markLabel,
	ratingLabel,
	roleLabel
} from '$lib/i18n/labels';
import { roomSourceText, spreadText } from '$lib/i18n/adopt';
import { mapFigure, type MapFigure } from './map-figure';
import { roomBlocks } from './room-section';

export const PLAN_SECTION_IDS = [
	'cover',
	'contents',
	'aspiration',
	'mapAnswers',
	'phase',
	'guidance',
	'rubric',
	'map',
	'partners',
	'criteria',
	'pitfalls',
	'activities',
	'actions',
	'progress',
	'participants',
	'health',
	'sources'
] as const;

export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

export interface TableColumn {
	header: string;
	/** Relative width; columns without one share what is left. */
	width?: number;
	align?: 'left' | 'right' | 'center';
}

export type Block =
	| { kind: 'heading'; text: string }
	| { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' }
	| { kind: 'question'; question: string; answer: string }
	| { kind: 'keyValues'; rows: { key: string; value: string }[] }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; columns: TableColumn[]; rows: string[][] }
	| { kind: 'figure'; figure: MapFigure; caption: string }
	| {
			kind: 'cover';
			kicker: string;
			title: string;
			details: { key: string; value: string }[];
			generated: string;
	  }
	| { kind: 'contents'; entries: { id: PlanSectionId; title: string }[] };

export interface PlanSection {
	id: PlanSectionId;
	title: string;
	blocks: Block[];
}

export interface PlanDocument {
	/** For the running header and the file's metadata. */
	title: string;
	subject: string;
	/** The language dates and numbers are written in (BCP 47), also the PDF's language tag. */
	locale: string;
	sections: PlanSection[];
}

interface PlanOptions {
	/** The sections to include, any order (the document keeps its own); all when absent. */
	sections?: readonly PlanSectionId[];
	/** The moment the plan is prepared (the "prepared on" date). */
	now: number;
	/** BCP 47 language of the workshop, for dates and numbers (Intl); default 'en'. */
	locale?: string;
}

const SECTION_TITLES: Record<PlanSectionId, () => string> = {
	cover: () => msg.plan_section_cover(),
	contents: () => msg.plan_section_contents(),
	aspiration: () => msg.plan_section_aspiration(),
	mapAnswers: () => msg.plan_section_mapAnswers(),
	phase: () => msg.plan_section_phase(),
	guidance: () => msg.plan_section_guidance(),
	rubric: () => msg.plan_section_rubric(),
	map: () => msg.plan_section_map(),
	partners: () => msg.plan_section_partners(),
	criteria: () => msg.plan_section_criteria(),
	pitfalls: () => msg.plan_section_pitfalls(),
	activities: () => msg.plan_section_activities(),
	actions: () => msg.plan_section_actions(),
	progress: () => msg.plan_section_progress(),
	participants: () => msg.plan_section_participants(),
	health: () => msg.plan_section_health(),
	sources: () => msg.plan_section_sources()
};

const sectionTitle = (id: PlanSectionId) => SECTION_TITLES[id]();

// ─── Small formatting helpers ───────────────────────────────────────────────────────────────────

const filled = (text: string | undefined | null): text is string => !!text && text.trim() !== '';

/** A language tag Intl accepts: `locale` when valid, else 'en'. */
function language(locale: string | undefined): string {
	try {
		return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
	} catch {
		return 'en';
	}
}

/**
 * The day a `YYYY-MM-DD` text names, at midnight UTC, or null. `setUTCFullYear` rather than
 * `Date.UTC`, which reads years 0–99 as 1900–1999 (year 0050 would print as 1950).
 */
function utcDay(iso: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return null;
	const d = new Date(0);
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * One date format per locale and style, made once: making an `Intl.DateTimeFormat` costs far more
 * than formatting with it, and a plan formats a date per action, decision and snapshot.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, style: 'long' | 'short'): Intl.DateTimeFormat {
	// Keyed by the locale as given: canonicalising it (`language`) costs nearly as much as the format.
	const key = `${style} ${locale}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(
			language(locale),
			style === 'long'
				? { dateStyle: 'long', timeZone: 'UTC' }
				: { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }
		);
		dateFormats.set(key, format);
	}
	return format;
}

/** `2025-05-14` → "May 14, 2025" in English, "14 de mayo de 2025" in Spanish; other text unchanged. */
export function formatDate(iso: string, locale = 'en'): string {
	const d = utcDay(iso);
	return d ? dateFormat(locale, 'long').format(d) : iso;
}

/** `2025-05-14` → "May 14, 2025" (the short month of the language), for table cells. */
function formatShortDate(iso: string, locale = 'en'): string {
	const d = utcDay(iso);
	return d ? dateFormat(locale, 'short').format(d) : iso;
}

/** Whole numbers and percentages in the plan's language. */
function numbers(locale: string) {
	const whole = new Intl.NumberFormat(language(locale), { maximumFractionDigits: 0 });
	const percent = new Intl.NumberFormat(language(locale), {
		style: 'percent',
		maximumFractionDigits: 0
	});
	return { n: (v: number) => whole.format(v), percent: (v: number) => percent.format(v / 100) };
}

/** A sector as the map's legend names it; custom labels stay as typed. */
export const sectorLabel = (sector: string): string => sectorStyle(sector).label;

const phaseLabel = (n: number) => {
	const phase = phaseByNumber(n);
	return phase ? msg.plan_phase_label({ n, title: phase.title }) : msg.plan_phase_candidate();
};

const partnerName = (p: Pick<Partner, 'name'> | undefined) =>
	p && filled(p.name) ? p.name : msg.plan_doc_unnamed();

function keyValues(rows: [string, string | undefined | null][]): Block | null {
	const kept = rows
		.filter((r): r is [string, string] => filled(r[1]))
		.map(([key, value]) => ({ key, value }));
	return kept.length > 0 ? { kind: 'keyValues', rows: kept } : null;
}

const present = <T>(items: (T | null | undefined | false)[]): T[] =>
	items.filter((x): x is T => !!x);

// ─── Sections ───────────────────────────────────────────────────────────────────────────────────

type Builder = (b: WorkshopBundle, now: number, locale: string) => Block[];

/**
 * "From the room: 24 answers, 7 Dec 2026" for a team value adopted from the room and not edited
 * since (`value` is the row's value as `RoomSource.adopted` writes it); '' otherwise.
 */
function adoptedNote(row: { source?: RoomSource } | undefined, value: string, locale: string) {
	const source = row?.source;
	return source && source.adopted === value ? roomSourceText(source, language(locale)) : '';
}

/** `text`, then its adopted-from-the-room note on a line of its own when there is one. */
const withNote = (text: string, note: string) =>
	note ? (filled(text) ? `${text}\n${note}` : note) : text;

function questionBlocks(b: WorkshopBundle, items: readonly ContentItem[], locale: string): Block[] {
	return items
		.map((q) => ({ q, row: b.answers.find((a) => a.itemId === q.id && a.partnerId === '') }))
		.filter(({ row }) => filled(row?.text))
		.map(({ q, row }) => ({
			kind: 'question',
			question: q.text,
			answer: withNote(row!.text, adoptedNote(row, row!.text, locale))
		}));
}

const aspiration: Builder = (b, _now, locale) => {
	const blocks = questionBlocks(b, ASPIRATION_QUESTIONS, locale);
	return blocks.length > 0
		? [...blocks, { kind: 'paragraph', text: ASPIRATION_ADVICE, tone: 'muted' }]
		: [];
};

const mapAnswers: Builder = (b, _now, locale) =>
	questionBlocks(b, [...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS], locale);

/** The phase the plan's guidance is for: the team's own placement, else where most participants put it. */
export function guidancePhase(
	b: WorkshopBundle
): { phase: PhaseNumber; basis: 'team' | 'participants' } | null {
	const team = b.phaseVotes.find((v) => v.partnerId === '');
	if (team) return { phase: team.phase, basis: 'team' };
	const counts = phaseDistribution(counted(b.responses));
	const top = counts.reduce((best, c) => (c.count > best.count ? c : best), counts[0]);
	return top.count > 0 ? { phase: top.phase, basis: 'participants' } : null;
}

const phase: Builder = (b, _now, locale) => {
	const { n } = numbers(locale);
	const blocks: Block[] = [];
	const team = b.phaseVotes.find((v) => v.partnerId === '');
	if (team) {
		blocks.push({ kind: 'heading', text: msg.plan_phase_team() });
		const kv = keyValues([
			[msg.plan_phase_phase(), phaseLabel(team.phase)],
			[msg.plan_phase_verbs(), phaseByNumber(team.phase)?.verbs.join(', ')],
			[
				msg.plan_phase_confidence(),
				team.confidence > 0 ? msg.plan_phase_confidenceValue({ n: team.confidence }) : ''
			],
			[msg.plan_phase_reason(), team.reason],
			[
				msg.adopt_heading(),
				withNote(
					adoptedNote(team, String(team.phase), locale),
					team.source?.adopted === String(team.phase)
						? spreadText('phaseVotes', team.source.counts)
						: ''
				)
			]
		]);
		if (kv) blocks.push(kv);
	}
	const byPartner = b.phaseVotes.filter((v) => v.partnerId !== '');
	if (byPartner.length > 0) {
		blocks.push({ kind: 'heading', text: msg.plan_phase_partnerships() });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: msg.plan_phase_partner(), width: 3 },
				{ header: msg.plan_phase_phase(), width: 3 },
				{ header: msg.plan_phase_reason(), width: 5 }
			],
			rows: byPartner.map((v) => [
				partnerName(b.partners.find((p) => p.id === v.partnerId)),
				phaseLabel(v.phase),
				v.reason
			])
		});
	}
	const voted = b.responses.filter((r) => r.phase !== null);
	if (voted.length > 0) {
		const counts = phaseDistribution(b.responses);
		const max = Math.max(...counts.map((c) => c.count));
		blocks.push({ kind: 'heading', text: msg.plan_phase_distribution() });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: msg.plan_phase_phase(), width: 6 },
				{ header: msg.plan_phase_participants(), width: 2, align: 'right' },
				{ header: '', width: 4 }
			],
			rows: counts.map((c) => [
				phaseLabel(c.phase),
				n(c.count),
				'█'.repeat(Math.round((c.count / max) * 12))
			])
		});
		blocks.push({
			kind: 'paragraph',
			text: msg.plan_phase_distributionCaption({ n: voted.length }),
			tone: 'muted'
		});
	}
	return blocks;
};

const guidance: Builder = (b) => {
	const chosen = guidancePhase(b);
	const p = chosen && phaseByNumber(chosen.phase);
	if (!chosen || !p) return [];
	const blocks: Block[] = [
		{ kind: 'heading', text: msg.plan_guidance_for({ n: p.number, title: p.title }) },
		{
			kind: 'paragraph',
			text:
				chosen.basis === 'team' ? msg.plan_guidance_basis() : msg.plan_guidance_basisParticipants(),
			tone: 'muted'
		},
		{ kind: 'paragraph', text: msg.plan_guidance_verbs({ verbs: p.verbs.join(', ') }) }
	];
	if (p.number === 2 || p.number === 3) {
		blocks.push(
			{ kind: 'paragraph', text: MAJORITY_NOTE, tone: 'muted' },
			{ kind: 'heading', text: msg.plan_guidance_opportunities() },
			{ kind: 'list', items: OPPORTUNITIES.map((o) => o.text) },
			{ kind: 'heading', text: msg.plan_guidance_pitfalls() },
			{ kind: 'list', items: PITFALLS.map((o) => o.text) }
		);
	} else {
		blocks.push({ kind: 'paragraph', text: msg.plan_guidance_later(), tone: 'muted' });
	}
	return blocks;
};

const domainLabel = (code: string, title: string) =>
	title.startsWith(code) ? title : `${code} · ${title}`;

const rubric: Builder = (b, _now, locale) => {
	if (!b.rubricRatings.some((r) => r.rating !== '' || filled(r.note))) return [];
	const summary = summarizeRubric(b.rubricRatings, b.customRubricItems);
	const byId = new Map(b.rubricRatings.map((r) => [r.id, r]));
	const blocks: Block[] = [
		{ kind: 'heading', text: msg.plan_rubric_summary() },
		{
			kind: 'table',
			columns: [
				{ header: msg.plan_rubric_domain(), width: 4 },
				{ header: msg.plan_rating_in_place(), width: 2, align: 'right' },
				{ header: msg.plan_rating_in_progress(), width: 2, align: 'right' },
				{ header: msg.plan_rating_not_in_place(), width: 2, align: 'right' },
				{ header: msg.plan_rating_none(), width: 2, align: 'right' }
			],
			rows: summary.map((s) => {
				const d = RUBRIC.find((x) => x.id === s.domainId);
				return [
					domainLabel(d?.code ?? '', d?.title ?? s.domainId),
					...RATINGS_BEST_FIRST.map((k) => String(s.counts[k]))
				];
			})
		}
	];
	for (const domain of RUBRIC) {
		const rows: string[][] = [];
		for (const sub of domain.subObjectives) {
			for (const task of sub.tasks) {
				const r = byId.get(task.id);
				rows.push([
					task.code,
					`${sub.text}: ${task.text}`,
					ratingLabel(r?.rating ?? ''),
					withNote(r?.note ?? '', adoptedNote(r, r?.rating ?? '', locale))
				]);
			}
		}
		for (const item of b.customRubricItems.filter((c) => c.domainId === domain.id)) {
			const r = byId.get(item.id);
			rows.push([
				msg.plan_rubric_teamItem(),
				item.text,
				ratingLabel(r?.rating ?? ''),
				withNote(r?.note ?? '', adoptedNote(r, r?.rating ?? '', locale))
			]);
		}
		blocks.push({ kind: 'heading', text: domainLabel(domain.code, domain.title) });
		if (filled(domain.note)) blocks.push({ kind: 'paragraph', text: domain.note, tone: 'muted' });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: msg.plan_rubric_code(), width: 1.4 },
				{ header: msg.plan_rubric_task(), width: 5 },
				{ header: msg.plan_rubric_rating(), width: 1.6 },
				{ header: msg.plan_rubric_note(), width: 4 }
			],
			rows
		});
	}
	return blocks;
};

/**
 * A connection's type; the map's default type ("works with"), stored in the language the connection
 * was drawn in, prints in the plan's language.
 */
function connectionType(type: string): string {
	const defaults: string[] = (['en', 'es'] as const).map((locale) =>
		msg.map_connectionTypeDefault({}, { locale })
	);
	return defaults.includes(type.trim()) ? msg.map_connectionTypeDefault() : type;
}

const map: Builder = (b) => {
	if (b.partners.length === 0) return [];
	const byId = new Map(b.partners.map((p) => [p.id, p]));
	const blocks: Block[] = [
		{ kind: 'figure', figure: mapFigure(b.partners), caption: msg.plan_map_caption() }
	];
	const connections = b.connections.filter((c) => byId.has(c.sourceId) && byId.has(c.targetId));
	if (connections.length > 0) {
		blocks.push({ kind: 'heading', text: msg.plan_map_connections() });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: msg.plan_map_from(), width: 4 },
				{ header: msg.plan_map_to(), width: 4 },
				{ header: msg.plan_map_type(), width: 3 },
				{ header: msg.plan_map_strength(), width: 1.5, align: 'right' }
			],
			rows: connections.map((c) => [
				partnerName(byId.get(c.sourceId)),
				partnerName(byId.get(c.targetId)),
				connectionType(c.type),
				msg.plan_map_strengthValue({ n: c.strength })
			])
		});
	}
	blocks.push(...coverageBlocks(b));
	return blocks;
};

/**
 * "Who contributes, allocates resources, implements, makes decisions, per each organization": the
 * coverage matrix (home organisation first), people per role, "—" where nobody is recorded.
 */
function coverageBlocks(b: Pick<WorkshopBundle, 'partners' | 'people'>): Block[] {
	const rows = coverageMatrix(b.partners, b.people);
	if (rows.length === 0) return [];
	const roleHeader = (role: (typeof ROLES)[number]) =>
		role === 'contributes'
			? msg.map_role_contributes()
			: role === 'allocates-resources'
				? msg.map_role_allocates_resources()
				: role === 'implements'
					? msg.map_role_implements()
					: msg.map_role_makes_decisions();
	return [
		{ kind: 'heading', text: msg.map_coverage_title() },
		{
			kind: 'table',
			columns: [
				{ header: msg.map_coverage_partner(), width: 5 },
				...ROLES.map((role) => ({ header: roleHeader(role), width: 2, align: 'right' as const }))
			],
			rows: rows.map((r) => [
				r.home ? `${r.name} (${msg.map_home()})` : r.name || msg.map_untitled(),
				...ROLES.map((role) => (r.counts[role] === 0 ? '—' : String(r.counts[role])))
			])
		}
	];
}

function sortedPartners(b: WorkshopBundle): Partner[] {
	return [...b.partners].sort(
		(a, c) => partnerName(a).localeCompare(partnerName(c)) || (a.id < c.id ? -1 : 1)
	);
}

const PARTNER_ITEMS: readonly ContentItem[] = [
	...PARTNER_QUESTIONS,
	...ONCE_IDENTIFIED_QUESTIONS
].filter((q) => 'scope' in q && q.scope === 'partner');

const partners: Builder = (b, _now, locale) =>
	sortedPartners(b).flatMap((p): Block[] => {
		// The home organisation is the team itself: no phase, no status decision.
		const decision = p.home ? null : p.decision;
		const kv = keyValues([
			[msg.plan_partner_sector(), filled(p.sector) ? sectorLabel(p.sector) : ''],
			[msg.plan_partner_phase(), p.home ? msg.plan_partner_home() : phaseLabel(p.phase)],
			[
				msg.plan_partner_influenceInterest(),
				msg.plan_partner_influenceInterestValue({ influence: p.influence, interest: p.interest })
			],
			[msg.plan_partner_sharedGoal(), p.sharedGoal],
			[msg.plan_partner_capacities(), p.capacities],
			[msg.plan_partner_value(), p.valueWeOffer],
			[msg.plan_partner_population(), p.overlappingPopulation],
			[msg.plan_partner_terms(), p.relationshipTerms],
			[
				msg.plan_partner_decision(),
				decision
					? msg.plan_partner_decisionValue({
							kind: decisionName(decision.kind),
							date: formatDate(decision.date, locale),
							reason: decision.reason
						})
					: ''
			],
			[msg.plan_partner_notes(), p.notes],
			[msg.adopt_heading(), p.source ? roomSourceText(p.source, language(locale)) : '']
		]);
		const answers = PARTNER_ITEMS.map((q) => ({
			q,
			a: b.answers.find((x) => x.itemId === q.id && x.partnerId === p.id)
		}))
			.filter(({ a }) => a && filled(a.text))
			.map(({ q, a }): Block => ({ kind: 'question', question: q.text, answer: a!.text }));
		const people = b.people.filter((x) => x.partnerId === p.id);
		return present<Block>([
			{ kind: 'heading', text: partnerName(p) },
			kv,
			...answers,
			// Named, so that a table that moves to the next page still says whose people these are.
			people.length > 0 && {
				kind: 'question',
				question: msg.plan_partner_peopleAt({ partner: partnerName(p) }),
				answer: ''
			},
			people.length > 0 && {
				kind: 'table',
				columns: [
					{ header: msg.plan_person_name(), width: 3 },
					{ header: msg.plan_person_title(), width: 3 },
					{ header: msg.plan_person_roles(), width: 3 },
					{ header: msg.plan_person_contact(), width: 4 }
				],
				rows: people.map((x) => [
					x.name,
					x.title,
					x.roles.map((r) => roleLabel(r)).join(', '),
					x.contact
				])
			}
		]);
	});

const criteria: Builder = (b, _now, locale) => {
	const { n, percent } = numbers(locale);
	if (b.criteria.length === 0) return [];
	const list = [...b.criteria].sort((a, c) => a.order - c.order);
	const code = (i: number) => `C${i + 1}`;
	const blocks: Block[] = [
		{ kind: 'heading', text: msg.plan_criteria_weights() },
		{
			kind: 'table',
			columns: [
				{ header: '', width: 0.8 },
				{ header: msg.plan_criteria_criterion(), width: 3 },
				{ header: msg.plan_criteria_weight(), width: 1.2, align: 'right' },
				{ header: '', width: 7 }
			],
			rows: list.map((c, i) => [
				code(i),
				c.name,
				String(c.weight),
				withNote(c.description, adoptedNote(c, String(c.weight), locale))
			])
		}
	];
	const candidates = scoredPartners(b.partners, b.criterionScores);
	if (candidates.length > 0) {
		const ranked = rankPartners(
			list,
			b.criterionScores,
			candidates.map((p) => ({ id: p.id, name: partnerName(p) }))
		);
		const maxTotal = ranked[0]?.maxTotal ?? 0;
		blocks.push({ kind: 'heading', text: msg.plan_criteria_ranking() });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: msg.plan_criteria_rank(), width: 1.2, align: 'right' },
				{ header: msg.plan_phase_partner(), width: 4.2 },
				...list.map((c, i) => ({
					header: `${code(i)} ×${c.weight}`,
					width: 1.3,
					align: 'right' as const
				})),
				{ header: msg.plan_criteria_totalOf({ max: maxTotal }), width: 1.7, align: 'right' },
				{ header: msg.plan_criteria_percent(), width: 1.4, align: 'right' }
			],
			rows: ranked.map((r) => [
				n(r.rank),
				r.name,
				...list.map((c) => {
					const s = scoreOf(b.criterionScores, c.id, r.partnerId);
					return s === null ? '–' : n(s);
				}),
				n(r.total),
				percent(r.percent)
			])
		});
		blocks.push({ kind: 'paragraph', text: msg.plan_criteria_missing(), tone: 'muted' });
	}
	return blocks;
};

const pitfalls: Builder = (b, _now, locale) => {
	const rows = PITFALLS.map((p) => ({ p, a: b.pitfalls.find((x) => x.id === p.id) }))
		.filter(({ a }) => a && (a.mark !== '' || filled(a.mitigation) || filled(a.owner)))
		.map(({ p, a }) => [
			p.text,
			markLabel(a!.mark),
			withNote(a!.mitigation, adoptedNote(a, a!.mark, locale)),
			a!.owner,
			a!.dueDate ? formatShortDate(a!.dueDate, locale) : ''
		]);
	if (rows.length === 0) return [];
	return [
		{
			kind: 'table',
			columns: [
				{ header: msg.plan_pitfalls_pitfall(), width: 4 },
				{ header: msg.plan_pitfalls_mark(), width: 1.8 },
				{ header: msg.plan_pitfalls_mitigation(), width: 5 },
				{ header: msg.plan_pitfalls_owner(), width: 2 },
				{ header: msg.plan_pitfalls_due(), width: 2 }
			],
			rows
		}
	];
};

const checkColumns = (first: string): TableColumn[] => [
	{ header: first, width: 6 },
	{ header: msg.plan_activities_status(), width: 1.8 },
	{ header: msg.plan_activities_owner(), width: 2.2 },
	{ header: msg.plan_activities_note(), width: 4 }
];
const checkRow = (text: string, c: CheckItem) => [
	text,
	checkStatusLabel(c.status),
	c.owner,
	c.note
];

const activities: Builder = (b) => {
	const blocks: Block[] = [];
	const byPartner = new Map<string, CheckItem[]>();
	for (const c of b.checks) {
		if (!c.itemId.startsWith('activity-')) continue;
		byPartner.set(c.partnerId, [...(byPartner.get(c.partnerId) ?? []), c]);
	}
	const order = [...byPartner.keys()].sort((x, y) => {
		const nx = x === '' ? '' : partnerName(b.partners.find((p) => p.id === x));
		const ny = y === '' ? '' : partnerName(b.partners.find((p) => p.id === y));
		return nx.localeCompare(ny);
	});
	for (const partnerId of order) {
		const items = byPartner.get(partnerId) ?? [];
		const rows = CORE_ACTIVITIES.flatMap((a) =>
			items.filter((c) => c.itemId === a.id).map((c) => checkRow(a.text, c))
		);
		if (rows.length === 0) continue;
		blocks.push({
			kind: 'heading',
			text:
				partnerId === ''
					? msg.plan_activities_workshop()
					: partnerName(b.partners.find((p) => p.id === partnerId))
		});
		blocks.push({ kind: 'table', columns: checkColumns(msg.plan_activities_activity()), rows });
	}
	for (const [heading, list] of [
		[() => msg.plan_activities_internal(), GETTING_STARTED_INTERNAL],
		[() => msg.plan_activities_external(), GETTING_STARTED_EXTERNAL]
	] as const) {
		const rows = list.flatMap((s) =>
			b.checks
				.filter((c) => c.itemId === s.id && c.partnerId === '')
				.map((c) => checkRow(s.text, c))
		);
		if (rows.length === 0) continue;
		blocks.push(
			{ kind: 'heading', text: heading() },
			{ kind: 'table', columns: checkColumns(msg.plan_activities_activity()), rows }
		);
	}
	return blocks;
};

const actions: Builder = (b, _now, locale) => {
	const { n } = numbers(locale);
	if (b.actions.length === 0) return [];
	const list = [...b.actions].sort((a, c) => a.order - c.order || (a.id < c.id ? -1 : 1));
	return [
		{
			kind: 'table',
			columns: [
				{ header: msg.plan_actions_number(), width: 0.7, align: 'right' },
				{ header: msg.plan_actions_action(), width: 6 },
				{ header: msg.plan_actions_partner(), width: 3.4 },
				{ header: msg.plan_actions_owner(), width: 2.6 },
				{ header: msg.plan_actions_due(), width: 2.2 },
				{ header: msg.plan_actions_status(), width: 1.4 }
			],
			rows: list.map((a, i) => [
				n(i + 1),
				filled(a.title) ? a.title : msg.plan_doc_untitledAction(),
				a.partnerId ? partnerName(b.partners.find((p) => p.id === a.partnerId)) : '',
				a.owner,
				a.dueDate ? formatShortDate(a.dueDate, locale) : '',
				actionStatusLabel(a.status)
			])
		}
	];
};

/** What the room said, per step (room-section.ts). */
const participants: Builder = (b, _now, locale) => roomBlocks(b, numbers(locale).n);

/** The snapshot a progress section compares with: the most recent one. */
function latestSnapshot(b: WorkshopBundle) {
	return [...b.snapshots].sort((x, y) => y.takenAt - x.takenAt)[0];
}

/** "Progress since <snapshot>": what changed between the latest snapshot and now (Monitoring, phase 5). */
const progress: Builder = (b, now, locale) => {
	const since = latestSnapshot(b);
	const changes = since ? changesSince(b, since.id, now) : null;
	if (!changes) return [];
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text: msg.plan_progress_intro({
				label: changes.label,
				date: formatDate(isoDay(changes.takenAt), locale)
			}),
			tone: 'muted'
		}
	];
	if (changes.sections.length === 0)
		blocks.push({ kind: 'paragraph', text: msg.plan_progress_none() });
	for (const section of changes.sections)
		blocks.push({ kind: 'heading', text: section.heading }, { kind: 'list', items: section.lines });
	return blocks;
};

/**
 * One row per rule: its sentence, then the names it concerns on the next line(s), so that ten
 * partners take about a page. A left-to-right mark after each name keeps every name in its own
 * reading order when Hebrew or Arabic names stand side by side (the comma between two right-to-left
 * names would otherwise join them into one run, and the line would list them in swapped order).
 */
function healthRow(w: ReturnType<typeof healthCheck>[number]): string {
	const names = healthWarningNames(w);
	const rule = healthRuleText(w);
	return names.length === 0 ? rule : `${rule}\n${names.join('\u200e, ')}\u200e`;
}

const health: Builder = (b) => {
	const warnings = healthCheck(b);
	if (warnings.length === 0) return [];
	return [
		{ kind: 'paragraph', text: msg.plan_health_intro(), tone: 'muted' },
		{
			kind: 'table',
			columns: [
				{ header: msg.plan_health_warning(), width: 7 },
				{ header: msg.plan_health_pitfall(), width: 3 }
			],
			rows: warnings.map((w) => [
				healthRow(w),
				PITFALLS.find((p) => p.id === w.pitfallId)?.text ?? w.pitfallId
			])
		}
	];
};

const sources: Builder = () => [
	{ kind: 'paragraph', text: msg.plan_sources_intro() },
	...SOURCES.flatMap((s): Block[] => [
		{ kind: 'heading', text: s.title },
		{ kind: 'paragraph', text: `${s.kind}. ${s.credit}` }
	]),
	{ kind: 'paragraph', text: msg.plan_sources_tool(), tone: 'muted' }
];

const cover: Builder = (b, now, locale) => [
	{
		kind: 'cover',
		kicker: msg.plan_doc_kicker(),
		title: filled(b.workshop.title) ? b.workshop.title : msg.workshop_untitled(),
		details: [
			{
				key: msg.plan_doc_organisation(),
				value: filled(b.workshop.organisation) ? b.workshop.organisation : msg.plan_doc_notSet()
			},
			{
				key: msg.plan_doc_date(),
				value: filled(b.workshop.date) ? formatDate(b.workshop.date, locale) : msg.plan_doc_notSet()
			},
			{
				key: msg.plan_doc_facilitator(),
				value: filled(b.workshop.facilitator) ? b.workshop.facilitator : msg.plan_doc_notSet()
			}
		],
		generated: msg.plan_doc_generated({ date: formatDate(isoDay(now), locale) })
	}
];

const BUILDERS: Record<Exclude<PlanSectionId, 'contents'>, Builder> = {
	cover,
	aspiration,
	mapAnswers,
	phase,
	guidance,
	rubric,
	map,
	partners,
	criteria,
	pitfalls,
	activities,
	actions,
	progress,
	participants,
	health,
	sources
};

export interface SectionChoice {
	id: PlanSectionId;
	title: string;
	/** Nothing recorded yet: the section would be left out. */
	empty: boolean;
}

/** Every section the plan can hold, in document order, with whether it has anything to show. */
export function sectionChoices(bundle: WorkshopBundle, now = 0): SectionChoice[] {
	const b = withCounted(bundle);
	return PLAN_SECTION_IDS.map((id) => ({
		id,
		title: sectionTitle(id),
		empty: id === 'contents' ? false : BUILDERS[id](b, now, 'en').length === 0
	}));
}

/** The plan's document: removed participants' responses are left out of every section. */
export function buildPlan(bundle: WorkshopBundle, options: PlanOptions): PlanDocument {
	const b = withCounted(bundle);
	const wanted = new Set<PlanSectionId>(options.sections ?? PLAN_SECTION_IDS);
	const sections: PlanSection[] = [];
	for (const id of PLAN_SECTION_IDS) {
		if (!wanted.has(id) || id === 'contents') continue;
		const blocks = BUILDERS[id](b, options.now, options.locale ?? 'en');
		const title =
			id === 'progress'
				? msg.plan_section_progressSince({ label: latestSnapshot(b)?.label ?? '' })
				: sectionTitle(id);
		if (blocks.length > 0) sections.push({ id, title, blocks });
	}
	if (wanted.has('contents')) {
		const entries = sections
			.filter((s) => s.id !== 'cover')
			.map((s) => ({ id: s.id, title: s.title }));
		const at = sections[0]?.id === 'cover' ? 1 : 0;
		if (entries.length > 0)
			sections.splice(at, 0, {
				id: 'contents',
				title: sectionTitle('contents'),
				blocks: [{ kind: 'contents', entries }]
			});
	}
	const title = filled(b.workshop.title) ? b.workshop.title : msg.workshop_untitled();
	return {
		title,
		subject: filled(b.workshop.organisation) ? b.workshop.organisation : title,
		locale: language(options.locale),
		sections
	};
}

/** Every text a plan prints, in order: for tests and for checking coverage. */
export function planText(doc: Omit<PlanDocument, 'locale'> & { locale?: string }): string {
	const parts: string[] = [];
	for (const s of doc.sections) {
		parts.push(s.title);
		for (const block of s.blocks) {
			if (block.kind === 'heading' || block.kind === 'paragraph') parts.push(block.text);
			else if (block.kind === 'question') parts.push(block.question, block.answer);
			else if (block.kind === 'keyValues')
				parts.push(...block.rows.flatMap((r) => [r.key, r.value]));
			else if (block.kind === 'list') parts.push(...block.items);
			else if (block.kind === 'table')
				parts.push(...block.columns.map((c) => c.header), ...block.rows.flat());
			else if (block.kind === 'figure')
				parts.push(...block.figure.points.map((p) => p.name), block.caption);
			else if (block.kind === 'cover')
				parts.push(
					block.kicker,
					block.title,
					...block.details.flatMap((d) => [d.key, d.value]),
					block.generated
				);
			else if (block.kind === 'contents') parts.push(...block.entries.map((e) => e.title));
		}
	}
	return parts.join('\n');
}
