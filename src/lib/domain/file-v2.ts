/**
 * Workshop file format 2 as it was, and its lossless upgrade to format 3 (the room's answers worked
 * with): version-2 content has no themes, answer marks or vote rounds, and no sides, votes, removals,
 * asked questions, room views or adoption sources (all optional in version 3). Pure and deterministic.
 */

import type { WorkshopContent } from './types';

/** The tables file format 3 added. */
export const TABLES_ADDED_IN_V3 = ['themes', 'answerMarks', 'voteRounds'] as const;

/** Version-2 content: today's without the tables format 3 added. */
export type WorkshopContentV2 = Omit<WorkshopContent, (typeof TABLES_ADDED_IN_V3)[number]>;

/**
 * Upgrades version-2 content (or content frozen in a snapshot of that time) to today's: the new
 * tables start empty; every other row is kept as it is. Content that already has a table keeps it
 * (a snapshot upgraded twice stays the same).
 */
export function restoreContentV2(content: WorkshopContentV2): WorkshopContent {
	const c = content as WorkshopContentV2 & Partial<WorkshopContent>;
	return {
		...content,
		themes: c.themes ?? [],
		answerMarks: c.answerMarks ?? [],
		voteRounds: c.voteRounds ?? []
	};
}
