/** The sides of the partnership (`SIDES`, `domain/types.ts`) in the interface's words: forms, results, the PDF and spreadsheets. */

import type { Side } from '$lib/domain/types';
import type { SideOrUnsaid } from '$lib/domain/sides';
import { m } from '$lib/paraglide/messages.js';

const SIDE_TEXT: Record<Side, () => string> = {
	'health-care': () => m.sides_healthCare(),
	community: () => m.sides_community(),
	'public-agency': () => m.sides_publicAgency(),
	other: () => m.sides_other()
};

/** A side's name ("Health care", "Atención sanitaria"); '' reads as "Side not given". */
export const sideText = (side: SideOrUnsaid): string =>
	side === '' ? m.sides_notGiven() : SIDE_TEXT[side]();
