/** The action plan's rules: which actions are overdue (by local calendar day) and how the plan sorts. */

import type { Action, ActionStatus, Partner } from './types';

/** Overdue: not done, and due on a day before today. `today` is a local `YYYY-MM-DD` (see `isoDay`). */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
	return action.status !== 'done' && action.dueDate !== '' && action.dueDate < today;
}

export type ActionSortKey = 'order' | 'dueDate' | 'status' | 'owner' | 'partner';

export const ACTION_SORT_KEYS: readonly ActionSortKey[] = [
	'order',
	'dueDate',
	'status',
	'owner',
	'partner'
];

const STATUS_ORDER: Record<ActionStatus, number> = { todo: 0, doing: 1, done: 2 };

/** Empty values sort last whatever the key, so the plan shows what is filled in first. */
function compareText(a: string, b: string): number {
	if (a === b) return 0;
	if (a === '') return 1;
	if (b === '') return -1;
	return a.localeCompare(b);
}

export function sortActions(
	actions: readonly Action[],
	key: ActionSortKey,
	partners: readonly Pick<Partner, 'id' | 'name'>[] = []
): Action[] {
	const partnerName = new Map(partners.map((p) => [p.id, p.name]));
	const byKey: Record<ActionSortKey, (a: Action, b: Action) => number> = {
		order: () => 0,
		dueDate: (a, b) => compareText(a.dueDate, b.dueDate),
		status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
		owner: (a, b) => compareText(a.owner.trim(), b.owner.trim()),
		partner: (a, b) =>
			compareText(partnerName.get(a.partnerId) ?? '', partnerName.get(b.partnerId) ?? '')
	};
	return [...actions].sort(
		(a, b) => byKey[key](a, b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}
