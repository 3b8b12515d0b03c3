/** What a dot vote is on, in words: its target, and each item's name (a theme, partner or criterion). */

import { answerQuestions } from '$lib/domain/room-view';
import type { AgendaStep, LiveBundle, VoteRound } from '$lib/domain/types';
import { scoredPartners } from '$lib/domain/scoring';
import { m } from '$lib/paraglide/messages.js';

/** The items a new vote on `target` lists now: a question's themes, the candidates, the criteria. */
export function voteItems(
	bundle: LiveBundle,
	target: VoteRound['target'],
	itemId: string
): string[] {
	if (target === 'themes')
		return bundle.themes
			.filter((t) => t.itemId === itemId)
			.sort((a, b) => a.order - b.order)
			.map((t) => t.id);
	if (target === 'partners')
		return scoredPartners(bundle.partners, [])
			.filter((p) => p.phase === 0)
			.map((p) => p.id);
	return [...bundle.criteria].sort((a, b) => a.order - b.order).map((c) => c.id);
}

/** An item's name as the vote shows it, or a note that it is gone (removed after the vote opened). */
export function voteItemLabel(bundle: LiveBundle, round: VoteRound, id: string): string {
	const named =
		round.target === 'themes'
			? bundle.themes.find((t) => t.id === id)?.label
			: round.target === 'partners'
				? bundle.partners.find((p) => p.id === id)?.name
				: bundle.criteria.find((c) => c.id === id)?.name;
	return named?.trim() || m.room_itemGone();
}

/** The vote's subject: "Themes of: <question>", "Candidate partners", "Selection criteria". */
export function voteTargetText(
	round: Pick<VoteRound, 'target' | 'itemId'>,
	step?: Pick<AgendaStep, 'module' | 'asked'>
): string {
	if (round.target === 'partners') return m.room_voteTarget_partners();
	if (round.target === 'criteria') return m.room_voteTarget_criteria();
	const question = step ? answerQuestions(step).find((q) => q.id === round.itemId) : undefined;
	return m.room_voteTarget_themes({ question: question?.text ?? round.itemId });
}
