/**
 * The limits a workshop file is checked against: the most rows of each kind, the largest times,
 * durations and coordinates, and the largest file Convene reads.
 */

import type { ListTableName } from './tables';

/**
 * The largest workshop file Convene reads, in bytes: above what the largest workshop the app allows
 * exports to (every list at its limit, snapshots up to `snapshotFits`), so every workshop Convene
 * holds, it can export and import back.
 */
export const MAX_FILE_BYTES = 48 * 1024 * 1024;

/** The latest time JavaScript dates can format: 9999-12-31T23:59:59.999Z, in ms since 1970. */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** The longest duration a timer can hold (a year); more cannot be drawn as minutes and seconds. */
export const MAX_DURATION_MS = 366 * 24 * 3600 * 1000;
/** How far from the centre a map position may be; the map draws well inside this. */
export const MAX_COORDINATE = 1_000_000;

/**
 * The most rows of each kind one workshop may hold: what the app allows, and what every workshop file
 * (and every snapshot in it) is checked against.
 */
export const LIST_LIMITS = {
	agenda: 500,
	answers: 50_000,
	phaseVotes: 5_000,
	customRubricItems: 1_000,
	rubricRatings: 5_000,
	partners: 5_000,
	people: 20_000,
	connections: 20_000,
	criteria: 200,
	criterionScores: 100_000,
	pitfalls: 1_000,
	checks: 50_000,
	actions: 10_000,
	responses: 2_000,
	themes: 5_000,
	answerMarks: 50_000,
	voteRounds: 500,
	snapshots: 200
} as const satisfies Record<ListTableName, number>;

/** The most items one dot vote may list (themes, candidate partners or criteria). */
export const MAX_VOTE_ITEMS = 200;
