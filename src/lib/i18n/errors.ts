/**
 * The user's words for the typed errors of the data layer (`$lib/domain/errors`), in the language
 * active at the call.
 */

import type { GoneCode } from '$lib/domain/errors';
import { m } from '$lib/paraglide/messages.js';

const GONE: Record<GoneCode, () => string> = {
	'workshop-gone': () => m.problem_workshopGone(),
	'item-gone': () => m.problem_itemGone()
};

/** "This workshop no longer exists." / "This item no longer exists." */
export const goneText = (code: GoneCode): string => GONE[code]();
