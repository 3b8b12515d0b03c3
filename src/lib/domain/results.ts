/** The group's results as the room sees them: counts drawn from participants' handed-in responses. */

import { PHASES, PITFALLS } from './content';
import type { ParticipantResponse, PhaseNumber } from './types';

export interface PhaseCount {
	phase: PhaseNumber;
	title: string;
	count: number;
}

/** How many participants placed the team in each of the six phases (every phase listed, even at 0). */
export function phaseDistribution(responses: readonly Pick<ParticipantResponse, 'phase'>[]): PhaseCount[] {
	return PHASES.map((p) => ({
		phase: p.number,
		title: p.title,
		count: responses.filter((r) => r.phase === p.number).length
	}));
}

export interface PitfallCount {
	pitfallId: string;
	text: string;
	risk: number;
	accelerator: number;
}

/** For each pitfall, how many flagged it as a risk and how many as an accelerator; most risky first. */
export function pitfallCounts(responses: readonly Pick<ParticipantResponse, 'pitfalls'>[]): PitfallCount[] {
	return PITFALLS.map((p) => ({
		pitfallId: p.id,
		text: p.text,
		risk: responses.filter((r) => r.pitfalls[p.id] === 'risk').length,
		accelerator: responses.filter((r) => r.pitfalls[p.id] === 'accelerator').length
	})).sort((a, b) => b.risk - a.risk || b.accelerator - a.accelerator);
}
