/** The sides of a partnership in words (the PDF's and the spreadsheets'). */

import type { SideOrUnsaid } from '$lib/domain/sides';
import { m } from '$lib/paraglide/messages.js';

const SIDE_NAMES: Record<SideOrUnsaid, () => string> = {
	'health-care': () => m.plan_side_health_care(),
	community: () => m.plan_side_community(),
	'public-agency': () => m.plan_side_public_agency(),
	other: () => m.plan_side_other(),
	'': () => m.plan_side_unsaid()
};

export const sideName = (side: SideOrUnsaid) => SIDE_NAMES[side]();
