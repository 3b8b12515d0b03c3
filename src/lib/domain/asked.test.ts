/** The seed questions a step asks, what the join link carries of them, and the check of answers on arrival. */
import { describe, expect, it } from 'vitest';
import { askableItems, askedIds, checkAnswers, inviteAsked, onlyAsked, withAsked } from './asked';
import { decodeInvite, encodeInvite, makeInvite, makeResponseFile } from './participation';
import { ok } from './safe-json';
import { planSignedMerge } from './signed-response';
import type { ParticipantResponse } from './types';

const W = 'w-asked';
const MAP_IDS = [
	...Array.from({ length: 7 }, (_, i) => `map-${i + 1}`),
	...Array.from({ length: 4 }, (_, i) => `identified-${i + 1}`)
];

const response = (
	id: string,
	over: Partial<ParticipantResponse> = {}
): Omit<ParticipantResponse, 'workshopId'> => ({
	id,
	name: id,
	revision: 1,
	submittedAt: 10,
	answers: {},
	phase: null,
	phaseReason: '',
	rubric: {},
	pitfalls: {},
	suggestedPartners: [],
	...over
});
const incoming = (r: Omit<ParticipantResponse, 'workshopId'>) => ({
	source: r.id,
	file: ok(makeResponseFile(W, r))
});

describe('what a step asks', () => {
	it('offers every seed prompt of the module: eleven map questions, four shifts', () => {
		expect(askableItems('map-questions').map((q) => q.id)).toEqual(MAP_IDS);
		expect(askableItems('momentum').map((q) => q.id)).toEqual([
			'momentum-1',
			'momentum-2',
			'momentum-3',
			'momentum-4'
		]);
		expect(askableItems('aspiration')).toHaveLength(3);
		expect(askableItems('final-words').map((q) => q.id)).toEqual(['final-thoughts']);
		expect(askableItems('tips')).toEqual([]);
	});

	it('asks all by default, the ticked ones in content order, none when all are unticked', () => {
		const step = { module: 'map-questions' as const };
		expect(askedIds(step)).toEqual(MAP_IDS);
		const two = withAsked({ ...step, asked: ['identified-4'] }, 'map-2', true);
		expect(two).toEqual(['map-2', 'identified-4']);
		expect(askedIds({ ...step, asked: [...two, 'ghost'] })).toEqual(['map-2', 'identified-4']);
		expect(withAsked({ ...step, asked: ['map-2'] }, 'map-2', false)).toEqual([]);
		expect(withAsked(step, 'map-1', false)).toEqual(MAP_IDS.slice(1));
		expect(onlyAsked(askableItems('momentum'), ['momentum-3']).map((s) => s.id)).toEqual([
			'momentum-3'
		]);
		expect(onlyAsked(askableItems('momentum'), undefined)).toHaveLength(4);
	});

	it('gives the join link only the forms a step narrows, a union over steps of one form', () => {
		expect(inviteAsked([{ module: 'map-questions' }, { module: 'momentum' }])).toEqual({});
		expect(
			inviteAsked([
				{ module: 'map-questions', asked: ['map-1'] },
				{ module: 'map-questions', asked: ['map-3'] },
				{ module: 'momentum', asked: ['momentum-2'] },
				{ module: 'final-words', asked: [] },
				{ module: 'aspiration', asked: ['aspiration-1', 'aspiration-2', 'aspiration-3'] }
			])
		).toEqual({ 'map-questions': ['map-1', 'map-3'], momentum: ['momentum-2'], reflection: [] });
		// A second step of the form that asks everything: the form asks everything.
		expect(
			inviteAsked([{ module: 'map-questions', asked: ['map-1'] }, { module: 'map-questions' }])
		).toEqual({});
	});
});

describe('answers on arrival', () => {
	it('accepts the seed’s questions and shifts rated 1–5', () => {
		const answers = Object.fromEntries(MAP_IDS.map((id) => [id, 'x']));
		expect(checkAnswers({ answers, momentum: { 'momentum-1': 1, 'momentum-4': 5 } })).toBeNull();
	});

	it('names an unknown question, an unknown shift and a rating outside 1–5', () => {
		expect(checkAnswers({ answers: { 'map-99': 'x' } })).toEqual({
			code: 'answer-unknown-item',
			itemId: 'map-99'
		});
		expect(checkAnswers({ answers: {}, momentum: { 'momentum-9': 3 } })).toEqual({
			code: 'momentum-unknown-shift',
			shiftId: 'momentum-9'
		});
		for (const rating of [0, 6, 2.5, Number.NaN])
			expect(checkAnswers({ answers: {}, momentum: { 'momentum-1': rating } })?.code).toBe(
				'momentum-bad-rating'
			);
	});

	it('refuses a hostile response whole in the merge, nothing written', () => {
		const plan = planSignedMerge(
			W,
			[],
			[
				incoming(
					response('a', { momentum: { 'momentum-2': 4 }, answers: { 'identified-3': 'y' } })
				),
				incoming(response('b', { momentum: { 'momentum-2': 7 } })),
				incoming(response('c', { momentum: { __evil: 3 } })),
				incoming(response('d', { answers: { 'not-a-question': 'z' } }))
			]
		);
		expect(plan.items.map((i) => [i.source, i.outcome, i.reason?.code ?? null])).toEqual([
			['a', 'added', null],
			['b', 'refused', 'momentum-bad-rating'],
			['c', 'refused', 'momentum-unknown-shift'],
			['d', 'refused', 'answer-unknown-item']
		]);
		expect(plan.writes.map((r) => r.id)).toEqual(['a']);
	});
});

describe('the join link carries the choice', () => {
	const invite = makeInvite({
		workshopId: 'w-asked',
		title: 'T',
		organisation: '',
		anonymous: false,
		modules: ['momentum', 'map-questions'],
		customRubricItems: [],
		asked: { 'map-questions': ['map-2', 'identified-1'], momentum: ['momentum-3'] }
	});

	it('reads back what it wrote', () => {
		const read = decodeInvite(encodeInvite(invite));
		expect(read.ok && read.value.asked).toEqual(invite.asked);
	});

	it('refuses an unknown form or a bad id', () => {
		for (const asked of [{ karaoke: ['map-1'] }, { momentum: ['a b'] }]) {
			const read = decodeInvite(encodeInvite({ ...invite, asked } as never));
			expect(read.ok).toBe(false);
		}
	});
});
