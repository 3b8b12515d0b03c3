/** The words for the room's refusals: theme operations (`ThemeProblem`) and votes that cannot open. */

import type { ThemeProblem } from '$lib/domain/room-answers';
import { MAX_THEME_LABEL } from '$lib/domain/room-answers';
import { m } from '$lib/paraglide/messages.js';

const THEME_PROBLEMS: Record<ThemeProblem, () => string> = {
	'answer-gone': () => m.room_problem_answerGone(),
	'theme-gone': () => m.room_problem_themeGone(),
	'theme-label-empty': () => m.room_problem_labelEmpty(),
	'theme-label-long': () => m.room_problem_labelLong({ max: MAX_THEME_LABEL }),
	'theme-other-question': () => m.room_problem_otherQuestion(),
	'theme-same': () => m.room_problem_same()
};

export function themeProblemText(problem: ThemeProblem): string {
	return THEME_PROBLEMS[problem]();
}

const VOTE_PROBLEMS: Record<'no-items' | 'too-many-items' | 'bad-dots', () => string> = {
	'no-items': () => m.room_vote_noItems(),
	'too-many-items': () => m.room_vote_tooManyItems(),
	'bad-dots': () => m.room_vote_badDots()
};

export function voteOpenProblemText(problem: 'no-items' | 'too-many-items' | 'bad-dots'): string {
	return VOTE_PROBLEMS[problem]();
}
