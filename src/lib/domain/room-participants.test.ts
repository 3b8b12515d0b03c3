import { describe, expect, it } from 'vitest';
import { participantRows } from './room-participants';
import type { AgendaStep, ParticipantResponse } from './types';

const response = (id: string, over: Partial<ParticipantResponse> = {}): ParticipantResponse => ({
	workshopId: 'w',
	id,
	name: '',
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

const agenda: Pick<AgendaStep, 'id' | 'module'>[] = [
	{ id: 's-tips', module: 'tips' },
	{ id: 's-phase', module: 'phase' },
	{ id: 's-aspiration', module: 'aspiration' },
	{ id: 's-pitfalls', module: 'pitfalls' }
];

describe('participantRows', () => {
	it('lists who, which side, when and which steps each answered; the room’s own first, then by time', () => {
		const rows = participantRows(
			[
				response('r-file', { name: 'Ana', submittedAt: 1, phase: 2 }),
				response('r-late', {
					submittedAt: 30,
					side: 'community',
					pitfalls: { 'pitfall-1': 'risk' }
				}),
				response('r-early', {
					name: ' Ben ',
					submittedAt: 20,
					side: 'health-care',
					answers: { 'aspiration-1': 'More reach' },
					votes: { 'v-1': { 'phase-2': 1 } },
					removedAt: 25
				})
			],
			agenda,
			[{ id: 'v-1', stepId: 's-phase' }],
			new Set(['r-late', 'r-early'])
		);
		expect(rows).toEqual([
			{
				id: 'r-early',
				name: 'Ben',
				side: 'health-care',
				answeredAt: 20,
				steps: [2, 3],
				inRoom: true,
				removedAt: 25
			},
			{
				id: 'r-late',
				name: '',
				side: 'community',
				answeredAt: 30,
				steps: [4],
				inRoom: true,
				removedAt: null
			},
			{
				id: 'r-file',
				name: 'Ana',
				side: '',
				answeredAt: 1,
				steps: [2],
				inRoom: false,
				removedAt: null
			}
		]);
	});

	it('a blank answer or an empty ballot answers nothing', () => {
		const [row] = participantRows(
			[response('r', { answers: { 'aspiration-1': '  ' }, votes: { 'v-1': {} } })],
			agenda,
			[{ id: 'v-1', stepId: 's-phase' }],
			new Set()
		);
		expect(row.steps).toEqual([]);
	});
});
