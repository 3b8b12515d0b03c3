import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { ASPIRATION_QUESTIONS, OPPORTUNITIES, PITFALLS, SOURCES } from '$lib/domain/content';
import type { WorkshopBundle } from '$lib/domain/types';
import {
	buildPlan,
	formatDate,
	guidancePhase,
	planText,
	sectionChoices,
	sectorLabel,
	type Block
} from '$lib/pdf/plan-model';
import { mapFigureSvg } from '$testing/map-figure-svg';
import { fitName, mapFigure } from '$lib/pdf/map-figure';

const NOW = Date.UTC(2025, 4, 14, 15, 30);
const demo = () => buildDemoBundle('w', NOW);

function emptyBundle(): WorkshopBundle {
	const b = demo();
	return {
		...b,
		workshop: { ...b.workshop, title: '', organisation: '', facilitator: '', date: '' },
		answers: [],
		phaseVotes: [],
		customRubricItems: [],
		rubricRatings: [],
		partners: [],
		people: [],
		connections: [],
		criteria: [],
		criterionScores: [],
		pitfalls: [],
		checks: [],
		actions: [],
		responses: []
	};
}

const blocksOf = (b: WorkshopBundle, id: string): Block[] =>
	buildPlan(b, { now: NOW }).sections.find((s) => s.id === id)?.blocks ?? [];

describe('buildPlan with the demo workshop', () => {
	const bundle = demo();
	const plan = buildPlan(bundle, { now: NOW });
	const text = planText(plan);

	it('holds every section of the issue, in document order', () => {
		expect(plan.sections.map((s) => s.id)).toEqual([
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
			'participants',
			'health',
			'sources'
		]);
	});

	it('puts workshop, organisation, date and facilitator on the cover', () => {
		const cover = plan.sections[0].blocks[0];
		expect(cover.kind).toBe('cover');
		if (cover.kind !== 'cover') return;
		expect(cover.title).toBe('ROOTS Partnership Design convening');
		expect(cover.details.map((d) => d.value)).toEqual([
			'Valle Verde Community Health Center',
			formatDate(bundle.workshop.date),
			'Dr. Elena Castillo'
		]);
	});

	it('lists every later section in the contents', () => {
		const contents = plan.sections[1].blocks[0];
		expect(contents.kind === 'contents' && contents.entries.map((e) => e.id)).toEqual(
			plan.sections.slice(2).map((s) => s.id)
		);
	});

	it('contains every partner, every person and every action', () => {
		for (const p of bundle.partners) expect(text).toContain(p.name);
		for (const p of bundle.people) expect(text).toContain(p.name);
		for (const a of bundle.actions) expect(text).toContain(a.title);
		for (const name of [
			'Clínica Sierra Vista',
			'Łódź Partners Foundation',
			'Ελληνική Κοινότητα',
			'Общество взаимопомощи',
			'Nguyễn Thị Lan'
		])
			expect(text).toContain(name);
	});

	it('keeps the aspiration answers whole, under their questions', () => {
		const blocks = blocksOf(bundle, 'aspiration');
		for (const q of ASPIRATION_QUESTIONS) {
			const answer = bundle.answers.find((a) => a.itemId === q.id && a.partnerId === '')!.text;
			expect(blocks).toContainEqual({ kind: 'question', question: q.text, answer });
		}
	});

	it('shows the team phase, the partnerships and the participants’ distribution', () => {
		const phase = planText({
			title: '',
			subject: '',
			sections: [{ id: 'phase', title: '', blocks: blocksOf(bundle, 'phase') }]
		});
		expect(phase).toContain('2 · Assess Externally');
		expect(phase).toContain('Scan, identify, select');
		expect(phase).toContain(bundle.phaseVotes.find((v) => v.id === 'team')!.reason);
		const distribution = blocksOf(bundle, 'phase').filter((b) => b.kind === 'table')[1];
		expect(distribution.kind === 'table' && distribution.rows.map((r) => r[1])).toEqual([
			'0',
			'2',
			'2',
			'0',
			'0',
			'0'
		]);
	});

	it('leaves removed participants out: the phase distribution and the guidance count only the others', () => {
		const removed: WorkshopBundle = {
			...bundle,
			phaseVotes: bundle.phaseVotes.filter((v) => v.partnerId !== ''),
			responses: bundle.responses.map((r) => (r.phase === 3 ? { ...r, removedAt: NOW } : r))
		};
		const distribution = blocksOf(removed, 'phase').filter((b) => b.kind === 'table')[1];
		expect(distribution.kind === 'table' && distribution.rows.map((r) => r[1])).toEqual([
			'0',
			'2',
			'0',
			'0',
			'0',
			'0'
		]);
		expect(guidancePhase(removed)).toEqual({ phase: 2, basis: 'participants' });
		const gone = bundle.responses.find((r) => r.phase === 3)!;
		const own = Object.values(gone.answers).find((a) => a.length > 20)!;
		expect(planText(buildPlan(bundle, { now: NOW }))).toContain(own);
		expect(planText(buildPlan(removed, { now: NOW }))).not.toContain(own);
	});

	it('gives phase 2 guidance with the seed opportunities and pitfalls', () => {
		expect(guidancePhase(bundle)).toEqual({ phase: 2, basis: 'team' });
		const lists = blocksOf(bundle, 'guidance').filter((b) => b.kind === 'list');
		expect(lists).toEqual([
			{ kind: 'list', items: OPPORTUNITIES.map((o) => o.text) },
			{ kind: 'list', items: PITFALLS.map((o) => o.text) }
		]);
	});

	it('shows the map as a figure of every partner but the home organisation (as the grid view does)', () => {
		const fig = blocksOf(bundle, 'map')[0];
		expect(fig.kind === 'figure' && fig.figure.points.length).toBe(
			bundle.partners.filter((p) => !p.home).length
		);
	});

	it('ranks scored candidates in the criteria matrix', () => {
		const ranking = blocksOf(bundle, 'criteria').filter((b) => b.kind === 'table')[1];
		if (ranking.kind !== 'table') throw new Error('no ranking');
		expect(ranking.rows).toHaveLength(5);
		expect(ranking.rows[0][1]).toBe('Riverbend Behavioral Health');
		expect(ranking.rows.find((r) => r[1] === 'Łódź Partners Foundation')?.[7]).toBe('–');
		expect(ranking.columns[2].header).toBe('C1 ×5');
	});

	it('lists assessed pitfalls with mitigation and owner', () => {
		const table = blocksOf(bundle, 'pitfalls')[0];
		if (table.kind !== 'table') throw new Error('no table');
		expect(table.rows).toHaveLength(9);
		expect(table.rows[0].slice(0, 4)).toEqual([
			PITFALLS[0].text,
			'Risk',
			bundle.pitfalls[0].mitigation,
			'Martin Albrecht'
		]);
	});

	it('shows the health check warnings the demo is built to raise', () => {
		const text = planText({
			title: '',
			subject: '',
			sections: [{ id: 'health', title: '', blocks: blocksOf(bundle, 'health') }]
		});
		// One row per rule: its sentence, then the names it concerns.
		expect(text).toContain(
			'1 partner has nobody who makes decisions.\nRiverbend Behavioral Health\u200e'
		);
		expect(text).toContain(
			'Relationship terms are recorded for 1 partner still in phase 2 (Assess Externally).\nGolden Poppy Health Plan'
		);
		expect(text).toContain('Nothing is recorded about the value we offer');
		expect(text).toContain('Hurrying agreements without full partner commitment');
	});

	it('summarises participant input, naming participants unless anonymous', () => {
		const participants = planText({
			title: '',
			subject: '',
			sections: [{ id: 'participants', title: '', blocks: blocksOf(bundle, 'participants') }]
		});
		expect(participants).toContain('4 of 8 expected participant responses handed in.');
		expect(participants).toContain('Rosa Delgado: Patients with complex needs');
		expect(participants).toContain('Farmworker legal aid');
		// "food bank of the valley " and "Food Bank of the Valley" are one suggestion.
		expect(participants.match(/food bank of the valley/gi)).toHaveLength(1);
		const anonymous = {
			...bundle,
			workshop: { ...bundle.workshop, settings: { ...bundle.workshop.settings, anonymous: true } }
		};
		const anon = planText({
			title: '',
			subject: '',
			sections: [{ id: 'participants', title: '', blocks: blocksOf(anonymous, 'participants') }]
		});
		expect(anon).not.toContain('Rosa Delgado:');
		// Anonymous: answers without any label that would tie one person's answers together.
		expect(anon).toContain('Patients with complex needs');
		expect(anon).not.toMatch(/Participant \d/);
	});

	it('credits both seed documents', () => {
		for (const s of SOURCES)
			expect(blocksOf(bundle, 'sources')).toContainEqual({ kind: 'heading', text: s.title });
	});

	it('includes only the chosen sections, cover and contents adjusting', () => {
		const chosen = buildPlan(bundle, { now: NOW, sections: ['actions', 'contents', 'partners'] });
		expect(chosen.sections.map((s) => s.id)).toEqual(['contents', 'partners', 'actions']);
		expect(buildPlan(bundle, { now: NOW, sections: ['cover'] }).sections.map((s) => s.id)).toEqual([
			'cover'
		]);
	});
});

describe('buildPlan with little or hostile data', () => {
	it('leaves out sections with nothing recorded, keeping cover, contents and sources', () => {
		const b = emptyBundle();
		const plan = buildPlan(b, { now: NOW });
		expect(plan.sections.map((s) => s.id)).toEqual(['cover', 'contents', 'health', 'sources']);
		const cover = plan.sections[0].blocks[0];
		expect(cover.kind === 'cover' && cover.title).toBe('Untitled workshop');
		expect(cover.kind === 'cover' && cover.details.map((d) => d.value)).toEqual([
			'not set',
			'not set',
			'not set'
		]);
		const choices = sectionChoices(b);
		expect(choices.filter((c) => c.empty).map((c) => c.id)).toEqual([
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
			'participants'
		]);
	});

	it('keeps long, emoji, right-to-left and markup text whole, as text', () => {
		const b = demo();
		const long = 'Σ'.repeat(10_000);
		const hostile = '<script>alert("x")</script> 🤝🏽 שותפות';
		const partner = b.partners.find((p) => !p.home)!;
		partner.name = hostile;
		partner.sharedGoal = long;
		b.answers[0].text = long;
		const text = planText(buildPlan(b, { now: NOW }));
		expect(text).toContain(long);
		expect(text).toContain(hostile);
		expect(mapFigureSvg(mapFigure(b.partners))).toContain(
			'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
		);
		expect(mapFigureSvg(mapFigure(b.partners))).not.toContain('<script>');
	});
});

describe('helpers', () => {
	it('formats dates US style and sectors as words', () => {
		expect(formatDate('2025-05-04')).toBe('May 4, 2025');
		expect(formatDate('')).toBe('');
		// Each language keeps its own format, whichever was asked first.
		expect(formatDate('2025-05-04', 'es')).toBe('4 de mayo de 2025');
		expect(formatDate('2025-05-05', 'en')).toBe('May 5, 2025');
		expect(formatDate('2025-05-05', 'es')).toBe('5 de mayo de 2025');
		expect(formatDate('0050-01-02')).toBe('January 2, 50');
		expect(sectorLabel('health-plan')).toBe('Health plan');
		expect(sectorLabel('Tribal council')).toBe('Tribal council');
	});

	it('fits names into a map cell, cutting with … only when needed', () => {
		expect(fitName('Finance', 80, 8, 1)).toEqual(['Finance']);
		expect(fitName('Alder Valley Unified — Family Resource Centers', 80, 8, 2)).toHaveLength(2);
		const cut = fitName('Alder Valley Unified — Family Resource Centers', 80, 8, 1);
		expect(cut).toHaveLength(1);
		expect(cut[0].endsWith('…')).toBe(true);
	});
});

describe('a large workshop', () => {
	it('keeps every generated partner and action in the plan', async () => {
		const { largeWorkshop } = await import('$testing/large-workshop');
		const b = largeWorkshop({ partners: 100, actions: 200, responses: 30 });
		expect([b.partners.length, b.actions.length, b.responses.length]).toEqual([100, 200, 30]);
		const plan = buildPlan(b, { now: NOW });
		const actions = plan.sections.find((s) => s.id === 'actions')!.blocks[0];
		expect(actions.kind === 'table' && actions.rows).toHaveLength(200);
		const text = planText(plan);
		for (const p of b.partners) expect(text).toContain(p.name);
	});
});

describe('progress since the last snapshot', () => {
	it('is left out without snapshots, and lists what changed since the latest one', async () => {
		const { bundleToContent } = await import('$lib/domain/file-format');
		const demo = buildDemoBundle('w', NOW);
		expect(buildPlan(demo, { now: NOW }).sections.map((s) => s.id)).not.toContain('progress');
		const snap = (id: string, label: string, takenAt: number) => ({
			workshopId: 'w',
			id,
			label,
			takenAt,
			content: bundleToContent(demo)
		});
		const moved = demo.partners[0];
		const later: WorkshopBundle = {
			...demo,
			partners: demo.partners.map((p) => (p.id === moved.id ? { ...p, phase: 5 as const } : p)),
			snapshots: [
				snap('s1', 'January convening', NOW - 90 * 864e5),
				snap('s2', 'March convening', NOW - 30 * 864e5)
			]
		};
		const section = buildPlan(later, { now: NOW }).sections.find((s) => s.id === 'progress');
		expect(section?.title).toBe('Progress since “March convening”');
		const text = planText({ title: '', subject: '', sections: [section!] });
		expect(text).toContain(moved.name);
		expect(text).toMatch(/Phase 5/);
	});
});

describe('dates and numbers follow the workshop language', () => {
	it('writes dates and numbers through Intl in the given language, English by default', () => {
		const b = buildDemoBundle('w', Date.UTC(2025, 4, 14, 12));
		b.workshop.date = '2025-05-14';
		const english = planText(
			buildPlan(b, { now: Date.UTC(2025, 4, 14, 12), sections: ['cover', 'actions'] })
		);
		expect(english).toContain('May 14, 2025');
		const spanish = buildPlan(b, {
			now: Date.UTC(2025, 4, 14, 12),
			sections: ['cover', 'actions'],
			locale: 'es'
		});
		expect(spanish.locale).toBe('es');
		expect(planText(spanish)).toContain('14 de mayo de 2025');
		expect(planText(spanish)).not.toContain('May 14, 2025');
		const german = buildPlan(b, {
			now: Date.UTC(2025, 4, 14, 12),
			sections: ['criteria'],
			locale: 'de'
		});
		expect(planText(german)).toMatch(/\d\s%/u);
	});
	it('falls back to English for a tag Intl does not accept', () => {
		const b = buildDemoBundle('w', Date.UTC(2025, 4, 14, 12));
		b.workshop.date = '2025-05-14';
		const plan = buildPlan(b, { now: 0, sections: ['cover'], locale: 'not a language!' });
		expect(plan.locale).toBe('en');
		expect(planText(plan)).toContain('May 14, 2025');
	});
});
