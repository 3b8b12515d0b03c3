/** The canonical order of a workshop's rows, so that stored, loaded and exported data compare equal. */

import { ROW_TABLE_NAMES, ROW_TABLES } from './tables';
import type { WorkshopBundle } from './types';

type Row = { id: string; order?: number };

/** Ordered rows (agenda, actions, criteria, custom items) by `order`, then everything by id. */
export function sortRows<T extends Row>(rows: readonly T[]): T[] {
	return [...rows].sort(
		(a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** The bundle with every table's list of rows in canonical order (`sortRows`). */
export function canonicalBundle(bundle: WorkshopBundle): WorkshopBundle {
	const sorted: Record<string, unknown> = { ...bundle };
	for (const table of ROW_TABLE_NAMES) {
		const { key, one } = ROW_TABLES[table];
		if (!one) sorted[key] = sortRows(bundle[key] as Row[]);
	}
	return sorted as unknown as WorkshopBundle;
}
