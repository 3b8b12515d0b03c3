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
	ALL_QUESTIONS,
	ASPIRATION_ADVICE,
	ASPIRATION_QUESTIONS,
	CONDITIONS,
	CORE_ACTIVITIES,
	FINAL_THOUGHTS_PROMPT,
	GETTING_STARTED_EXTERNAL,
	GETTING_STARTED_INTERNAL,
	MAJORITY_NOTE,
	MOMENTUM_SHIFTS,
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
import { changesSince } from '$lib/domain/diff';
import { isoDay } from '$lib/domain/filenames';
import { healthCheck } from '$lib/domain/health';
import { dedupeSuggestions } from '$lib/domain/participation';
import { phaseDistribution, pitfallCounts } from '$lib/domain/results';
import { sectorStyle } from '$lib/map/sectors';
import { rankPartners, scoredPartners, scoreOf } from '$lib/domain/scoring';
import { RATINGS_BEST_FIRST, summarizeRubric } from '$lib/domain/rubric-summary';
import { PITFALL_MARKS, RUBRIC_VALUES, type CheckItem, type Partner, type PhaseNumber, type WorkshopBundle } from '$lib/domain/types';
import { t, type MessageKey } from '$lib/i18n/messages';
import { mapFigure, type MapFigure } from './map-figure';

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
	| { kind: 'cover'; kicker: string; title: string; details: { key: string; value: string }[]; generated: string }
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

const SECTION_TITLES: Record<PlanSectionId, MessageKey> = {
	cover: 'plan.section.cover',
	contents: 'plan.section.contents',
	aspiration: 'plan.section.aspiration',
	mapAnswers: 'plan.section.mapAnswers',
	phase: 'plan.section.phase',
	guidance: 'plan.section.guidance',
	rubric: 'plan.section.rubric',
	map: 'plan.section.map',
	partners: 'plan.section.partners',
	criteria: 'plan.section.criteria',
	pitfalls: 'plan.section.pitfalls',
	activities: 'plan.section.activities',
	actions: 'plan.section.actions',
	progress: 'plan.section.progress',
	participants: 'plan.section.participants',
	health: 'plan.section.health',
	sources: 'plan.section.sources'
};

const sectionTitle = (id: PlanSectionId) => t(SECTION_TITLES[id]);

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

/** `2025-05-14` → "May 14, 2025" in English, "14 de mayo de 2025" in Spanish; other text unchanged. */
export function formatDate(iso: string, locale = 'en'): string {
	const d = utcDay(iso);
	return d ? new Intl.DateTimeFormat(language(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(d) : iso;
}

/** `2025-05-14` → "May 14, 2025" (the short month of the language), for table cells. */
function formatShortDate(iso: string, locale = 'en'): string {
	const d = utcDay(iso);
	return d ? new Intl.DateTimeFormat(language(locale), { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(d) : iso;
}

/** Whole numbers and percentages in the plan's language. */
function numbers(locale: string) {
	const whole = new Intl.NumberFormat(language(locale), { maximumFractionDigits: 0 });
	const percent = new Intl.NumberFormat(language(locale), { style: 'percent', maximumFractionDigits: 0 });
	return { n: (v: number) => whole.format(v), percent: (v: number) => percent.format(v / 100) };
}


/** A sector as the map's legend names it; custom labels stay as typed. */
export const sectorLabel = (sector: string): string => sectorStyle(sector).label;

const phaseLabel = (n: number) => {
	const phase = phaseByNumber(n);
	return phase ? t('plan.phase.label', { n, title: phase.title }) : t('plan.phase.candidate');
};

const partnerName = (p: Pick<Partner, 'name'> | undefined) => (p && filled(p.name) ? p.name : t('plan.doc.unnamed'));

function keyValues(rows: [string, string | undefined | null][]): Block | null {
	const kept = rows.filter((r): r is [string, string] => filled(r[1])).map(([key, value]) => ({ key, value }));
	return kept.length > 0 ? { kind: 'keyValues', rows: kept } : null;
}

const present = <T>(items: (T | null | undefined | false)[]): T[] => items.filter((x): x is T => !!x);

// ─── Sections ───────────────────────────────────────────────────────────────────────────────────

type Builder = (b: WorkshopBundle, now: number, locale: string) => Block[];

function workshopAnswer(b: WorkshopBundle, itemId: string): string {
	return b.answers.find((a) => a.itemId === itemId && a.partnerId === '')?.text ?? '';
}

function questionBlocks(b: WorkshopBundle, items: readonly ContentItem[]): Block[] {
	return items
		.map((q) => ({ q, answer: workshopAnswer(b, q.id) }))
		.filter(({ answer }) => filled(answer))
		.map(({ q, answer }) => ({ kind: 'question', question: q.text, answer }));
}

const aspiration: Builder = (b) => {
	const blocks = questionBlocks(b, ASPIRATION_QUESTIONS);
	return blocks.length > 0 ? [...blocks, { kind: 'paragraph', text: ASPIRATION_ADVICE, tone: 'muted' }] : [];
};

const mapAnswers: Builder = (b) => questionBlocks(b, [...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS]);

/** The phase the plan's guidance is for: the team's own placement, else where most participants put it. */
export function guidancePhase(b: WorkshopBundle): { phase: PhaseNumber; basis: 'team' | 'participants' } | null {
	const team = b.phaseVotes.find((v) => v.partnerId === '');
	if (team) return { phase: team.phase, basis: 'team' };
	const counts = phaseDistribution(b.responses);
	const top = counts.reduce((best, c) => (c.count > best.count ? c : best), counts[0]);
	return top.count > 0 ? { phase: top.phase, basis: 'participants' } : null;
}

const phase: Builder = (b, _now, locale) => {
	const { n } = numbers(locale);
	const blocks: Block[] = [];
	const team = b.phaseVotes.find((v) => v.partnerId === '');
	if (team) {
		blocks.push({ kind: 'heading', text: t('plan.phase.team') });
		const kv = keyValues([
			[t('plan.phase.phase'), phaseLabel(team.phase)],
			[t('plan.phase.verbs'), phaseByNumber(team.phase)?.verbs.join(', ')],
			[t('plan.phase.confidence'), team.confidence > 0 ? t('plan.phase.confidenceValue', { n: team.confidence }) : ''],
			[t('plan.phase.reason'), team.reason]
		]);
		if (kv) blocks.push(kv);
	}
	const byPartner = b.phaseVotes.filter((v) => v.partnerId !== '');
	if (byPartner.length > 0) {
		blocks.push({ kind: 'heading', text: t('plan.phase.partnerships') });
		blocks.push({
			kind: 'table',
			columns: [{ header: t('plan.phase.partner'), width: 3 }, { header: t('plan.phase.phase'), width: 3 }, { header: t('plan.phase.reason'), width: 5 }],
			rows: byPartner.map((v) => [partnerName(b.partners.find((p) => p.id === v.partnerId)), phaseLabel(v.phase), v.reason])
		});
	}
	const voted = b.responses.filter((r) => r.phase !== null);
	if (voted.length > 0) {
		const counts = phaseDistribution(b.responses);
		const max = Math.max(...counts.map((c) => c.count));
		blocks.push({ kind: 'heading', text: t('plan.phase.distribution') });
		blocks.push({
			kind: 'table',
			columns: [{ header: t('plan.phase.phase'), width: 6 }, { header: t('plan.phase.participants'), width: 2, align: 'right' }, { header: '', width: 4 }],
			rows: counts.map((c) => [phaseLabel(c.phase), n(c.count), '█'.repeat(Math.round((c.count / max) * 12))])
		});
		blocks.push({ kind: 'paragraph', text: t('plan.phase.distributionCaption', { n: voted.length }), tone: 'muted' });
	}
	return blocks;
};

const guidance: Builder = (b) => {
	const chosen = guidancePhase(b);
	const p = chosen && phaseByNumber(chosen.phase);
	if (!chosen || !p) return [];
	const blocks: Block[] = [
		{ kind: 'heading', text: t('plan.guidance.for', { n: p.number, title: p.title }) },
		{ kind: 'paragraph', text: t(chosen.basis === 'team' ? 'plan.guidance.basis' : 'plan.guidance.basisParticipants'), tone: 'muted' },
		{ kind: 'paragraph', text: t('plan.guidance.verbs', { verbs: p.verbs.join(', ') }) }
	];
	if (p.number === 2 || p.number === 3) {
		blocks.push(
			{ kind: 'paragraph', text: MAJORITY_NOTE, tone: 'muted' },
			{ kind: 'heading', text: t('plan.guidance.opportunities') },
			{ kind: 'list', items: OPPORTUNITIES.map((o) => o.text) },
			{ kind: 'heading', text: t('plan.guidance.pitfalls') },
			{ kind: 'list', items: PITFALLS.map((o) => o.text) }
		);
	} else {
		blocks.push({ kind: 'paragraph', text: t('plan.guidance.later'), tone: 'muted' });
	}
	return blocks;
};

const domainLabel = (code: string, title: string) => (title.startsWith(code) ? title : `${code} · ${title}`);

const isIn = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

const ratingLabel = (value: string) => (isIn(RUBRIC_VALUES, value) ? t(`plan.rating.${value}`) : t('plan.rating.none'));

const rubric: Builder = (b) => {
	if (!b.rubricRatings.some((r) => r.rating !== '' || filled(r.note))) return [];
	const summary = summarizeRubric(b.rubricRatings, b.customRubricItems);
	const byId = new Map(b.rubricRatings.map((r) => [r.id, r]));
	const blocks: Block[] = [
		{ kind: 'heading', text: t('plan.rubric.summary') },
		{
			kind: 'table',
			columns: [
				{ header: t('plan.rubric.domain'), width: 4 },
				{ header: t('plan.rating.in-place'), width: 2, align: 'right' },
				{ header: t('plan.rating.in-progress'), width: 2, align: 'right' },
				{ header: t('plan.rating.not-in-place'), width: 2, align: 'right' },
				{ header: t('plan.rating.none'), width: 2, align: 'right' }
			],
			rows: summary.map((s) => {
				const d = RUBRIC.find((x) => x.id === s.domainId);
				return [domainLabel(d?.code ?? '', d?.title ?? s.domainId), ...RATINGS_BEST_FIRST.map((k) => String(s.counts[k]))];
			})
		}
	];
	for (const domain of RUBRIC) {
		const rows: string[][] = [];
		for (const sub of domain.subObjectives) {
			for (const task of sub.tasks) {
				const r = byId.get(task.id);
				rows.push([task.code, `${sub.text}: ${task.text}`, ratingLabel(r?.rating ?? ''), r?.note ?? '']);
			}
		}
		for (const item of b.customRubricItems.filter((c) => c.domainId === domain.id)) {
			const r = byId.get(item.id);
			rows.push([t('plan.rubric.teamItem'), item.text, ratingLabel(r?.rating ?? ''), r?.note ?? '']);
		}
		blocks.push({ kind: 'heading', text: domainLabel(domain.code, domain.title) });
		if (filled(domain.note)) blocks.push({ kind: 'paragraph', text: domain.note, tone: 'muted' });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: t('plan.rubric.code'), width: 1.4 },
				{ header: t('plan.rubric.task'), width: 5 },
				{ header: t('plan.rubric.rating'), width: 1.6 },
				{ header: t('plan.rubric.note'), width: 4 }
			],
			rows
		});
	}
	return blocks;
};

const map: Builder = (b) => {
	if (b.partners.length === 0) return [];
	const byId = new Map(b.partners.map((p) => [p.id, p]));
	const blocks: Block[] = [{ kind: 'figure', figure: mapFigure(b.partners), caption: t('plan.map.caption') }];
	const connections = b.connections.filter((c) => byId.has(c.sourceId) && byId.has(c.targetId));
	if (connections.length > 0) {
		blocks.push({ kind: 'heading', text: t('plan.map.connections') });
		blocks.push({
			kind: 'table',
			columns: [{ header: t('plan.map.from'), width: 4 }, { header: t('plan.map.to'), width: 4 }, { header: t('plan.map.type'), width: 3 }, { header: t('plan.map.strength'), width: 1.5, align: 'right' }],
			rows: connections.map((c) => [partnerName(byId.get(c.sourceId)), partnerName(byId.get(c.targetId)), c.type, `${c.strength} of 3`])
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
			? t('map.role.contributes')
			: role === 'allocates-resources'
				? t('map.role.allocates-resources')
				: role === 'implements'
					? t('map.role.implements')
					: t('map.role.makes-decisions');
	return [
		{ kind: 'heading', text: t('map.coverage.title') },
		{
			kind: 'table',
			columns: [{ header: t('map.coverage.partner'), width: 5 }, ...ROLES.map((role) => ({ header: roleHeader(role), width: 2, align: 'right' as const }))],
			rows: rows.map((r) => [
				r.home ? `${r.name} (${t('map.home')})` : r.name || t('map.untitled'),
				...ROLES.map((role) => (r.counts[role] === 0 ? '—' : String(r.counts[role])))
			])
		}
	];
}

function sortedPartners(b: WorkshopBundle): Partner[] {
	return [...b.partners].sort((a, c) => partnerName(a).localeCompare(partnerName(c)) || (a.id < c.id ? -1 : 1));
}

const PARTNER_ITEMS: readonly ContentItem[] = [...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS].filter(
	(q) => 'scope' in q && q.scope === 'partner'
);

const partners: Builder = (b, _now, locale) =>
	sortedPartners(b).flatMap((p): Block[] => {
		const decision = p.decision;
		const kv = keyValues([
			[t('plan.partner.sector'), filled(p.sector) ? sectorLabel(p.sector) : ''],
			[t('plan.partner.phase'), phaseLabel(p.phase)],
			[t('plan.partner.influenceInterest'), t('plan.partner.influenceInterestValue', { influence: p.influence, interest: p.interest })],
			[t('plan.partner.sharedGoal'), p.sharedGoal],
			[t('plan.partner.capacities'), p.capacities],
			[t('plan.partner.value'), p.valueWeOffer],
			[t('plan.partner.population'), p.overlappingPopulation],
			[t('plan.partner.terms'), p.relationshipTerms],
			[
				t('plan.partner.decision'),
				decision ? t('plan.partner.decisionValue', { kind: t(`plan.decision.${decision.kind}`), date: formatDate(decision.date, locale), reason: decision.reason }) : ''
			],
			[t('plan.partner.notes'), p.notes]
		]);
		const answers = PARTNER_ITEMS.map((q) => ({ q, a: b.answers.find((x) => x.itemId === q.id && x.partnerId === p.id) }))
			.filter(({ a }) => a && filled(a.text))
			.map(({ q, a }): Block => ({ kind: 'question', question: q.text, answer: a!.text }));
		const people = b.people.filter((x) => x.partnerId === p.id);
		return present<Block>([
			{ kind: 'heading', text: partnerName(p) },
			kv,
			...answers,
			// Named, so that a table that moves to the next page still says whose people these are.
			people.length > 0 && { kind: 'question', question: t('plan.partner.peopleAt', { partner: partnerName(p) }), answer: '' },
			people.length > 0 && {
				kind: 'table',
				columns: [{ header: t('plan.person.name'), width: 3 }, { header: t('plan.person.title'), width: 3 }, { header: t('plan.person.roles'), width: 3 }, { header: t('plan.person.contact'), width: 4 }],
				rows: people.map((x) => [x.name, x.title, x.roles.map((r) => t(`plan.role.${r}`)).join(', '), x.contact])
			}
		]);
	});

const criteria: Builder = (b, _now, locale) => {
	const { n, percent } = numbers(locale);
	if (b.criteria.length === 0) return [];
	const list = [...b.criteria].sort((a, c) => a.order - c.order);
	const code = (i: number) => `C${i + 1}`;
	const blocks: Block[] = [
		{ kind: 'heading', text: t('plan.criteria.weights') },
		{
			kind: 'table',
			columns: [
				{ header: '', width: 0.8 },
				{ header: t('plan.criteria.criterion'), width: 3 },
				{ header: t('plan.criteria.weight'), width: 1.2, align: 'right' },
				{ header: '', width: 7 }
			],
			rows: list.map((c, i) => [code(i), c.name, String(c.weight), c.description])
		}
	];
	const candidates = scoredPartners(b.partners, b.criterionScores);
	if (candidates.length > 0) {
		const ranked = rankPartners(list, b.criterionScores, candidates.map((p) => ({ id: p.id, name: partnerName(p) })));
		const maxTotal = ranked[0]?.maxTotal ?? 0;
		blocks.push({ kind: 'heading', text: t('plan.criteria.ranking') });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: t('plan.criteria.rank'), width: 1.2, align: 'right' },
				{ header: t('plan.phase.partner'), width: 4.2 },
				...list.map((c, i) => ({ header: `${code(i)} ×${c.weight}`, width: 1.3, align: 'right' as const })),
				{ header: t('plan.criteria.totalOf', { max: maxTotal }), width: 1.7, align: 'right' },
				{ header: t('plan.criteria.percent'), width: 1.4, align: 'right' }
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
		blocks.push({ kind: 'paragraph', text: t('plan.criteria.missing'), tone: 'muted' });
	}
	return blocks;
};

const markLabel = (mark: string) => (isIn(PITFALL_MARKS, mark) ? t(`plan.mark.${mark}`) : t('plan.mark.none'));

const pitfalls: Builder = (b, _now, locale) => {
	const rows = PITFALLS.map((p) => ({ p, a: b.pitfalls.find((x) => x.id === p.id) }))
		.filter(({ a }) => a && (a.mark !== '' || filled(a.mitigation) || filled(a.owner)))
		.map(({ p, a }) => [p.text, markLabel(a!.mark), a!.mitigation, a!.owner, a!.dueDate ? formatShortDate(a!.dueDate, locale) : '']);
	if (rows.length === 0) return [];
	return [
		{
			kind: 'table',
			columns: [
				{ header: t('plan.pitfalls.pitfall'), width: 4 },
				{ header: t('plan.pitfalls.mark'), width: 1.8 },
				{ header: t('plan.pitfalls.mitigation'), width: 5 },
				{ header: t('plan.pitfalls.owner'), width: 2 },
				{ header: t('plan.pitfalls.due'), width: 2 }
			],
			rows
		}
	];
};

const checkColumns = (first: string): TableColumn[] => [
	{ header: first, width: 6 },
	{ header: t('plan.activities.status'), width: 1.8 },
	{ header: t('plan.activities.owner'), width: 2.2 },
	{ header: t('plan.activities.note'), width: 4 }
];
const checkRow = (text: string, c: CheckItem) => [text, t(`plan.check.${c.status}`), c.owner, c.note];

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
		const rows = CORE_ACTIVITIES.flatMap((a) => items.filter((c) => c.itemId === a.id).map((c) => checkRow(a.text, c)));
		if (rows.length === 0) continue;
		blocks.push({ kind: 'heading', text: partnerId === '' ? t('plan.activities.workshop') : partnerName(b.partners.find((p) => p.id === partnerId)) });
		blocks.push({ kind: 'table', columns: checkColumns(t('plan.activities.activity')), rows });
	}
	for (const [key, list] of [
		['plan.activities.internal', GETTING_STARTED_INTERNAL],
		['plan.activities.external', GETTING_STARTED_EXTERNAL]
	] as const) {
		const rows = list.flatMap((s) => b.checks.filter((c) => c.itemId === s.id && c.partnerId === '').map((c) => checkRow(s.text, c)));
		if (rows.length === 0) continue;
		blocks.push({ kind: 'heading', text: t(key) }, { kind: 'table', columns: checkColumns(t('plan.activities.activity')), rows });
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
				{ header: t('plan.actions.number'), width: 0.7, align: 'right' },
				{ header: t('plan.actions.action'), width: 6 },
				{ header: t('plan.actions.partner'), width: 3.4 },
				{ header: t('plan.actions.owner'), width: 2.6 },
				{ header: t('plan.actions.due'), width: 2.2 },
				{ header: t('plan.actions.status'), width: 1.4 }
			],
			rows: list.map((a, i) => [
				n(i + 1),
				filled(a.title) ? a.title : t('plan.doc.untitledAction'),
				a.partnerId ? partnerName(b.partners.find((p) => p.id === a.partnerId)) : '',
				a.owner,
				a.dueDate ? formatShortDate(a.dueDate, locale) : '',
				t(`plan.actionStatus.${a.status}`)
			])
		}
	];
};

/** Every prompt a participant may answer, by id, so answers show under their question's text. */
const PROMPTS = new Map<string, string>([...ALL_QUESTIONS, ...MOMENTUM_SHIFTS, ...CONDITIONS, FINAL_THOUGHTS_PROMPT].map((i) => [i.id, i.text]));
const PROMPT_ORDER = [...PROMPTS.keys()];

const participants: Builder = (b, _now, locale) => {
	const { n } = numbers(locale);
	if (b.responses.length === 0) return [];
	const responses = [...b.responses].sort((a, c) => a.submittedAt - c.submittedAt || (a.id < c.id ? -1 : 1));
	// Anonymous: no label and no order that ties one person's answers together across questions
	// ("Participant 3" under every question would); each list is sorted by its own text instead.
	const anonymous = b.workshop.settings.anonymous;
	const who = (i: number) => (!filled(responses[i].name) ? t('plan.doc.anonymous', { n: i + 1 }) : responses[i].name);
	const unlinked = (lines: string[]) => (anonymous ? [...lines].sort((x, y) => x.localeCompare(y)) : lines);
	const expected = b.workshop.settings.expectedParticipants;
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text: expected > 0 ? t('plan.participants.countOf', { n: responses.length, expected }) : t('plan.participants.count', { n: responses.length })
		}
	];
	const itemIds = [...new Set(responses.flatMap((r) => Object.keys(r.answers)))].sort(
		(x, y) => (PROMPT_ORDER.indexOf(x) + 1 || 1e6) - (PROMPT_ORDER.indexOf(y) + 1 || 1e6) || x.localeCompare(y)
	);
	const answered = itemIds.filter((id) => responses.some((r) => filled(r.answers[id])));
	if (answered.length > 0) {
		blocks.push({ kind: 'heading', text: t('plan.participants.answers') });
		for (const id of answered) {
			const lines = responses.flatMap((r, i) => (filled(r.answers[id]) ? [anonymous ? r.answers[id] : `${who(i)}: ${r.answers[id]}`] : []));
			blocks.push({ kind: 'question', question: PROMPTS.get(id) ?? id, answer: '' }, { kind: 'list', items: unlinked(lines) });
		}
	}
	const reasons = responses.flatMap((r, i) =>
		r.phase !== null && filled(r.phaseReason) ? [anonymous ? `${phaseLabel(r.phase)}: ${r.phaseReason}` : `${who(i)} (${phaseLabel(r.phase)}): ${r.phaseReason}`] : []
	);
	if (reasons.length > 0) blocks.push({ kind: 'heading', text: t('plan.participants.reasons') }, { kind: 'list', items: unlinked(reasons) });
	const suggested = dedupeSuggestions(responses.flatMap((r) => r.suggestedPartners));
	if (suggested.length > 0) {
		const items = suggested.map((s) => (s.count > 1 ? t('plan.participants.suggestedTimes', { name: s.name, count: s.count }) : s.name));
		blocks.push({ kind: 'heading', text: t('plan.participants.suggested') }, { kind: 'list', items });
	}
	const flagged = pitfallCounts(responses).filter((c) => c.risk + c.accelerator > 0);
	if (flagged.length > 0) {
		blocks.push(
			{ kind: 'heading', text: t('plan.participants.pitfalls') },
			{
				kind: 'table',
				columns: [{ header: t('plan.pitfalls.pitfall'), width: 8 }, { header: t('plan.participants.risk'), width: 1.4, align: 'right' }, { header: t('plan.participants.accelerator'), width: 1.8, align: 'right' }],
				rows: flagged.map((c) => [c.text, n(c.risk), n(c.accelerator)])
			}
		);
	}
	return blocks;
};

/** The snapshot a progress section compares with: the most recent one. */
function latestSnapshot(b: WorkshopBundle) {
	return [...b.snapshots].sort((x, y) => y.takenAt - x.takenAt)[0];
}

/** "Progress since <snapshot>": what changed between the latest snapshot and now (Monitoring, phase 5). */
const progress: Builder = (b, now, locale) => {
	const since = latestSnapshot(b);
	const changes = since ? changesSince(b, since.id, now) : null;
	if (!changes) return [];
	const blocks: Block[] = [{ kind: 'paragraph', text: t('plan.progress.intro', { label: changes.label, date: formatDate(isoDay(changes.takenAt), locale) }), tone: 'muted' }];
	if (changes.sections.length === 0) blocks.push({ kind: 'paragraph', text: t('plan.progress.none') });
	for (const section of changes.sections) blocks.push({ kind: 'heading', text: section.heading }, { kind: 'list', items: section.lines });
	return blocks;
};

/**
 * A grouped warning's partner names one per line ("…: A,\nB,\nC"): each line is its own paragraph
 * for the bidirectional algorithm, so a list mixing Hebrew, Arabic and Latin names keeps each name in
 * reading order in the PDF. Other warnings are unchanged.
 */
function listOnLines(w: ReturnType<typeof healthCheck>[number], b: Parameters<Builder>[0]): string {
	if (!w.subjectIds || w.subjectIds.length < 2) return w.message;
	const names = w.subjectIds.map((id) => b.partners.find((p) => p.id === id)?.name.trim() ?? '');
	if (names.some((n) => n === '')) return w.message;
	const list = names.join(', ');
	return w.message.includes(list) ? w.message.replace(list, `\n${names.join(',\n')}`) : w.message;
}

const health: Builder = (b) => {
	const warnings = healthCheck(b);
	if (warnings.length === 0) return [];
	return [
		{ kind: 'paragraph', text: t('plan.health.intro'), tone: 'muted' },
		{
			kind: 'table',
			columns: [{ header: t('plan.health.warning'), width: 6 }, { header: t('plan.health.pitfall'), width: 4 }],
			rows: warnings.map((w) => [listOnLines(w, b), PITFALLS.find((p) => p.id === w.pitfallId)?.text ?? w.pitfallId])
		}
	];
};

const sources: Builder = () => [
	{ kind: 'paragraph', text: t('plan.sources.intro') },
	...SOURCES.flatMap((s): Block[] => [
		{ kind: 'heading', text: s.title },
		{ kind: 'paragraph', text: `${s.kind}. ${s.credit}` }
	]),
	{ kind: 'paragraph', text: t('plan.sources.tool'), tone: 'muted' }
];

const cover: Builder = (b, now, locale) => [
	{
		kind: 'cover',
		kicker: t('plan.doc.kicker'),
		title: filled(b.workshop.title) ? b.workshop.title : t('workshop.untitled'),
		details: [
			{ key: t('plan.doc.organisation'), value: filled(b.workshop.organisation) ? b.workshop.organisation : t('plan.doc.notSet') },
			{ key: t('plan.doc.date'), value: filled(b.workshop.date) ? formatDate(b.workshop.date, locale) : t('plan.doc.notSet') },
			{ key: t('plan.doc.facilitator'), value: filled(b.workshop.facilitator) ? b.workshop.facilitator : t('plan.doc.notSet') }
		],
		generated: t('plan.doc.generated', { date: formatDate(isoDay(now), locale) })
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
export function sectionChoices(b: WorkshopBundle, now = 0): SectionChoice[] {
	return PLAN_SECTION_IDS.map((id) => ({
		id,
		title: sectionTitle(id),
		empty: id === 'contents' ? false : BUILDERS[id](b, now, 'en').length === 0
	}));
}

export function buildPlan(b: WorkshopBundle, options: PlanOptions): PlanDocument {
	const wanted = new Set<PlanSectionId>(options.sections ?? PLAN_SECTION_IDS);
	const sections: PlanSection[] = [];
	for (const id of PLAN_SECTION_IDS) {
		if (!wanted.has(id) || id === 'contents') continue;
		const blocks = BUILDERS[id](b, options.now, options.locale ?? 'en');
		const title = id === 'progress' ? t('plan.section.progressSince', { label: latestSnapshot(b)?.label ?? '' }) : sectionTitle(id);
		if (blocks.length > 0) sections.push({ id, title, blocks });
	}
	if (wanted.has('contents')) {
		const entries = sections.filter((s) => s.id !== 'cover').map((s) => ({ id: s.id, title: s.title }));
		const at = sections[0]?.id === 'cover' ? 1 : 0;
		if (entries.length > 0) sections.splice(at, 0, { id: 'contents', title: sectionTitle('contents'), blocks: [{ kind: 'contents', entries }] });
	}
	const title = filled(b.workshop.title) ? b.workshop.title : t('workshop.untitled');
	return { title, subject: filled(b.workshop.organisation) ? b.workshop.organisation : title, locale: language(options.locale), sections };
}

/** Every text a plan prints, in order: for tests and for checking coverage. */
export function planText(doc: Omit<PlanDocument, 'locale'> & { locale?: string }): string {
	const parts: string[] = [];
	for (const s of doc.sections) {
		parts.push(s.title);
		for (const block of s.blocks) {
			if (block.kind === 'heading' || block.kind === 'paragraph') parts.push(block.text);
			else if (block.kind === 'question') parts.push(block.question, block.answer);
			else if (block.kind === 'keyValues') parts.push(...block.rows.flatMap((r) => [r.key, r.value]));
			else if (block.kind === 'list') parts.push(...block.items);
			else if (block.kind === 'table') parts.push(...block.columns.map((c) => c.header), ...block.rows.flat());
			else if (block.kind === 'figure') parts.push(...block.figure.points.map((p) => p.name), block.caption);
			else if (block.kind === 'cover') parts.push(block.kicker, block.title, ...block.details.flatMap((d) => [d.key, d.value]), block.generated);
			else if (block.kind === 'contents') parts.push(...block.entries.map((e) => e.title));
		}
	}
	return parts.join('\n');
}
