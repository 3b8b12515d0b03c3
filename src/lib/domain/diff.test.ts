import { beforeEach, describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { changeCount, diffWorkshops, NOW as NOW_KEY, sideOf, type DiffSide } from './diff';
import { changesSince, describeChanges } from '$lib/i18n/diff';
import { isOverdue } from './actions';
import { bundleToContent } from './file-format';
import type { WorkshopContent } from './types';

const NOW = new Date(2026, 10, 24, 10).getTime();
const DAY = '2026-11-24';

let base: WorkshopContent;
let later: WorkshopContent;

beforeEach(() => {
	base = bundleToContent(buildDemoBundle('w1', NOW));
	later = structuredClone(base);
});

const side = (content: WorkshopContent, day = DAY): DiffSide => ({ content, day });
const diff = (fromDay = DAY, toDay = DAY) => diffWorkshops(side(base, fromDay), side(later, toDay));
const section = (kind: string) => describeChanges(diff()).find((s) => s.kind === kind);

describe('diffWorkshops', () => {
	it('finds no change between a state and itself, and describes nothing', () => {
		const d = diff();
		expect(changeCount(d)).toBe(0);
		expect(describeChanges(d)).toEqual([]);
		expect(d.teamPhase).toEqual({ from: 2, to: 2 });
		expect(d.distribution.map((x) => [x.from, x.to])).toEqual([
			[0, 0],
			[2, 2],
			[2, 2],
			[0, 0],
			[0, 0],
			[0, 0]
		]);
	});

	it('ignores edits that are not progress (notes, names of the workshop, agenda)', () => {
		later.workshop.title = 'Renamed';
		later.agenda = [];
		later.answers[0].text = 'Changed answer';
		expect(changeCount(diff())).toBe(0);
	});

	it('team phase then vs now', () => {
		later.phaseVotes.find((v) => v.id === 'team')!.phase = 3;
		expect(diff().teamPhase).toEqual({ from: 2, to: 3 });
		expect(changeCount(diff())).toBe(1);
		expect(section('team-phase')).toEqual({
			kind: 'team-phase',
			heading: 'Team phase',
			lines: ['Phase 2: Assess Externally → Phase 3: Engagement and Relationship Building']
		});
	});

	it('team phase placed for the first time', () => {
		base.phaseVotes = base.phaseVotes.filter((v) => v.id !== 'team');
		expect(diff().teamPhase).toEqual({ from: null, to: 2 });
		expect(section('team-phase')?.lines[0]).toBe('Not placed → Phase 2: Assess Externally');
	});

	it('participants’ phase distribution then vs now', () => {
		later.responses[0].phase = 4;
		later.responses.push({ ...later.responses[1], id: 'participant-9', phase: 4 });
		const d = diff();
		expect(d.responses).toEqual({ from: 4, to: 5 });
		expect(d.distribution.map((x) => [x.from, x.to])).toEqual([
			[0, 0],
			[2, 1],
			[2, 2],
			[0, 2],
			[0, 0],
			[0, 0]
		]);
		expect(section('distribution')?.lines).toEqual([
			'Responses handed in: 4 → 5',
			'Phase 2: Assess Externally: 2 → 1',
			'Phase 4: Co-Design the Partnership Structure: 0 → 2'
		]);
	});

	it('rubric tasks that moved forward and back, including unrated and custom items', () => {
		const rating = (c: WorkshopContent, id: string) => c.rubricRatings.find((r) => r.id === id)!;
		rating(later, 'rubric-mc3-ii').rating = 'in-progress'; // not in place → in progress
		rating(later, 'rubric-mc2-ii').rating = 'in-place'; // in progress → in place
		rating(later, 'custom-1').rating = 'not-in-place'; // back
		later.rubricRatings = later.rubricRatings.filter((r) => r.id !== 'rubric-mc1-iii'); // rating cleared
		const before = base.rubricRatings.find((r) => r.id === 'rubric-mc1-iii')?.rating;
		const moves = diff().rubric;
		expect(moves.map((m) => [m.taskId, m.from, m.to, m.direction])).toEqual([
			['rubric-mc1-iii', before, '', 'back'],
			['rubric-mc2-ii', 'in-progress', 'in-place', 'forward'],
			['rubric-mc3-ii', 'not-in-place', 'in-progress', 'forward'],
			['custom-1', 'in-progress', 'not-in-place', 'back']
		]);
		const lines = section('rubric')!;
		expect(lines.heading).toBe('Rubric tasks that moved (4)');
		expect(lines.lines).toContain(
			'MC 3. (ii) The gaps in talent have been assessed and address the current and future needs: Not in place → In progress'
		);
		expect(lines.lines).toContain(
			'A shared referral dashboard is reviewed monthly with each active partner: In progress → Not in place'
		);
	});

	it('a task rated for the first time moves forward', () => {
		later.rubricRatings.push({
			id: 'rubric-lc4-iii-unknown',
			rating: 'in-place',
			note: '',
			updatedAt: 0
		});
		base.rubricRatings = base.rubricRatings.filter((r) => r.id !== 'rubric-lc4-iii');
		later.rubricRatings = later.rubricRatings.filter((r) => r.id !== 'rubric-lc4-iii');
		later.rubricRatings.push({
			id: 'rubric-lc4-iii',
			rating: 'in-progress',
			note: '',
			updatedAt: 0
		});
		const moves = diff().rubric;
		// Ratings of tasks that exist neither in the seed nor as custom items are ignored.
		expect(moves).toEqual([
			expect.objectContaining({
				taskId: 'rubric-lc4-iii',
				code: 'LC 4. (iii)',
				from: '',
				to: 'in-progress',
				direction: 'forward'
			})
		]);
	});

	it('pitfalls resolved, new risks and other mark changes', () => {
		const mark = (id: string) => later.pitfalls.find((p) => p.id === id)!;
		mark('pitfall-7').mark = 'under-control'; // risk → under control: resolved
		mark('pitfall-1').mark = 'accelerator'; // risk → accelerator: resolved
		mark('pitfall-5').mark = 'risk'; // n/a → risk: new
		mark('pitfall-9').mark = 'under-control'; // accelerator → under control: changed
		mark('pitfall-2').mark = ''; // risk → unmarked: changed (not a resolution)
		const d = diff();
		expect(d.pitfalls.map((p) => [p.pitfallId, p.kind])).toEqual([
			['pitfall-1', 'resolved'],
			['pitfall-2', 'changed'],
			['pitfall-5', 'new-risk'],
			['pitfall-7', 'resolved'],
			['pitfall-9', 'changed']
		]);
		expect(section('pitfalls-resolved')?.heading).toBe('Pitfalls resolved (2)');
		expect(section('pitfalls-resolved')?.lines[1]).toBe(
			'Hurrying agreements without full partner commitment: Risk → Under control'
		);
		expect(section('pitfalls-new')?.lines).toEqual([
			'Lack of understanding about sources of expertise: Not applicable → Risk'
		]);
		expect(section('pitfalls-changed')?.lines).toContain(
			'Underestimating time and focus required to activate change: Risk → Not marked'
		);
	});

	it('a pitfall marked for the first time as a risk is new', () => {
		base.pitfalls = base.pitfalls.filter((p) => p.id !== 'pitfall-6');
		expect(diff().pitfalls).toEqual([
			expect.objectContaining({ pitfallId: 'pitfall-6', from: '', to: 'risk', kind: 'new-risk' })
		]);
	});

	it('partners added, removed and moved between relationship phases (both ways)', () => {
		const p = (id: string) => later.partners.find((x) => x.id === id)!;
		p('p-health-plan').phase = 3;
		p('p-sierra-clinic').phase = 3;
		p('p-lodz-foundation').phase = 1;
		later.partners.push({
			...p('p-housing'),
			id: 'p-new',
			name: 'ﻣﺮﻛﺰ ﺍﻟﺼﺤﺔ <script>',
			phase: 0,
			decision: null
		});
		later.partners = later.partners.filter((x) => x.id !== 'p-workforce');
		const d = diff();
		expect(d.partnersMoved).toEqual([
			{ partnerId: 'p-sierra-clinic', name: 'Clínica Sierra Vista', from: 4, to: 3 },
			{ partnerId: 'p-health-plan', name: 'Golden Poppy Health Plan', from: 2, to: 3 },
			{ partnerId: 'p-lodz-foundation', name: 'Łódź Partners Foundation', from: 0, to: 1 }
		]);
		expect(d.partnersAdded).toEqual([
			{ partnerId: 'p-new', name: 'ﻣﺮﻛﺰ ﺍﻟﺼﺤﺔ <script>', phase: 0 }
		]);
		expect(d.partnersRemoved.map((x) => x.name)).toEqual([
			'Alder County Workforce Development Board'
		]);
		expect(section('partners-moved')?.lines).toContain(
			'Łódź Partners Foundation: Candidate → Phase 1'
		);
		expect(section('partners-added')?.lines).toEqual(['ﻣﺮﻛﺰ ﺍﻟﺼﺤﺔ <script> (Candidate)']);
		expect(section('partners-removed')?.heading).toBe('Partners removed (1)');
	});

	it('status decisions set, changed, cleared', () => {
		const p = (id: string) => later.partners.find((x) => x.id === id)!;
		p('p-behavioral').decision = {
			kind: 'refine',
			reason: 'Find the decision-maker first.',
			date: '2026-11-20'
		};
		p('p-housing').decision = { ...p('p-housing').decision!, kind: 'expand' };
		p('p-food-bank').decision = null; // was null already: no change
		const d = diff();
		expect(d.decisions.map((x) => [x.partnerId, x.from?.kind ?? null, x.to?.kind ?? null])).toEqual(
			[
				['p-housing', 'sustain', 'expand'],
				['p-behavioral', null, 'refine']
			]
		);
		expect(section('decisions')?.lines).toContain(
			'Riverbend Behavioral Health: No decision → Refine (2026-11-20) — Find the decision-maker first.'
		);
		later = structuredClone(base);
		p('p-housing').decision = null;
		expect(diff().decisions).toEqual([
			expect.objectContaining({ partnerId: 'p-housing', to: null })
		]);
		expect(section('decisions')?.lines[0]).toMatch(
			/^Hearthstone Supportive Housing: Sustain \(\d{4}-\d\d-\d\d\) → No decision$/
		);
	});

	it('a decision whose reason changed counts as changed', () => {
		later.partners.find((x) => x.id === 'p-housing')!.decision!.reason = 'Renewed.';
		expect(diff().decisions).toHaveLength(1);
	});

	it('actions completed, reopened, added and removed', () => {
		const a = (id: string) => later.actions.find((x) => x.id === id)!;
		a('action-2').status = 'done';
		a('action-5').status = 'todo'; // was done
		later.actions.push({
			...a('action-6'),
			id: 'action-new',
			title: 'Call the school district',
			dueDate: '2026-12-10',
			status: 'todo'
		});
		later.actions = later.actions.filter((x) => x.id !== 'action-9');
		const d = diff();
		expect(d.actionsCompleted.map((x) => x.actionId)).toEqual(['action-2']);
		expect(d.actionsReopened.map((x) => x.actionId)).toEqual(['action-5']);
		expect(d.actionsAdded.map((x) => x.actionId)).toEqual(['action-new']);
		expect(d.actionsRemoved.map((x) => x.actionId)).toEqual(['action-9']);
		expect(section('actions-completed')?.lines).toEqual([
			'Send counter-proposal on ECM caseload and outcome measures · Martin Albrecht · due 2026-12-06'
		]);
		expect(section('actions-added')?.heading).toBe('Actions added (1)');
		// action-5 was overdue-but-done; reopened, it is overdue now.
		expect(d.actionsNewlyOverdue.map((x) => x.actionId)).toEqual(['action-5']);
	});

	it('newly overdue by local calendar day: due dates passed since, new overdue actions; not the already overdue', () => {
		// Three weeks later: actions due within the next 21 days (and not done) became overdue.
		const d = diff('2026-11-24', '2026-12-15');
		const ids = d.actionsNewlyOverdue.map((x) => x.actionId);
		expect(ids).toEqual(['action-2', 'action-6', 'action-7', 'action-8', 'action-10']);
		// Already overdue at the snapshot (action-1, action-3): not newly overdue.
		expect(ids).not.toContain('action-1');
		// Due on the day itself is not overdue yet.
		expect(isOverdue({ status: 'todo', dueDate: '2026-12-15' }, '2026-12-15')).toBe(false);
		expect(isOverdue({ status: 'todo', dueDate: '2026-12-14' }, '2026-12-15')).toBe(true);
		expect(isOverdue({ status: 'done', dueDate: '2026-12-14' }, '2026-12-15')).toBe(false);
		expect(isOverdue({ status: 'doing', dueDate: '' }, '2026-12-15')).toBe(false);
		later.actions.push({
			...later.actions[0],
			id: 'action-late',
			dueDate: '2026-11-01',
			status: 'todo'
		});
		expect(diff().actionsNewlyOverdue.map((x) => x.actionId)).toEqual(['action-late']);
		expect(section('actions-overdue')?.heading).toBe('Actions newly overdue (1)');
	});

	it('sections come in a fixed order, each with its count', () => {
		later.phaseVotes.find((v) => v.id === 'team')!.phase = 3;
		later.actions.find((x) => x.id === 'action-2')!.status = 'done';
		later.pitfalls.find((p) => p.id === 'pitfall-7')!.mark = 'under-control';
		later.partners.find((x) => x.id === 'p-health-plan')!.phase = 3;
		const kinds = describeChanges(diff()).map((s) => s.kind);
		expect(kinds).toEqual([
			'team-phase',
			'pitfalls-resolved',
			'partners-moved',
			'actions-completed'
		]);
		expect(changeCount(diff())).toBe(4);
	});
});

describe('sideOf', () => {
	it('gives now (today, local day) or a snapshot (its own day)', () => {
		const bundle = buildDemoBundle('w1', NOW);
		const takenAt = new Date(2026, 9, 3, 23, 30).getTime();
		bundle.snapshots = [{ workshopId: 'w1', id: 's1', label: 'October', takenAt, content: base }];
		expect(sideOf(bundle, NOW_KEY, NOW)).toEqual({
			content: bundleToContent(bundle),
			day: '2026-11-24'
		});
		expect(sideOf(bundle, 's1', NOW)).toEqual({ content: base, day: '2026-10-03' });
		expect(sideOf(bundle, 'gone', NOW)).toBeNull();
	});
});

describe('changesSince', () => {
	it('describes what changed since a snapshot, for the PDF plan', () => {
		const bundle = buildDemoBundle('w1', NOW);
		bundle.snapshots = [
			{ workshopId: 'w1', id: 's1', label: 'March', takenAt: NOW - 1000, content: base }
		];
		expect(changesSince(bundle, 's1', NOW)).toEqual({
			label: 'March',
			takenAt: NOW - 1000,
			sections: []
		});
		bundle.actions[1] = { ...bundle.actions[1], status: 'done' };
		expect(changesSince(bundle, 's1', NOW)?.sections).toEqual([
			{
				kind: 'actions-completed',
				heading: 'Actions completed (1)',
				lines: [
					'Send counter-proposal on ECM caseload and outcome measures · Martin Albrecht · due 2026-12-06'
				]
			}
		]);
		expect(changesSince(bundle, 'nope', NOW)).toBeNull();
	});
});
