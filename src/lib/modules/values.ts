/** The shapes module forms take as values, and how the team's rows map onto them (pure). */

import type {
	Answer,
	CheckItem,
	CheckStatus,
	PitfallAssessment,
	PitfallMark,
	RoomSource,
	RubricRating,
	RubricRatingValue
} from '$lib/domain/types';

export interface RatedValue {
	text: string;
	rating: number;
}

export interface RubricValue {
	rating: RubricRatingValue;
	note: string;
}

export interface PitfallValue {
	mark: PitfallMark;
	mitigation: string;
	owner: string;
	dueDate: string;
}

export interface CheckValue {
	status: CheckStatus;
	owner: string;
	note: string;
}

/** A partner's (or, with '', the workshop's) answers keyed by item id. */
export function ratedValues(
	answers: readonly Answer[],
	partnerId = ''
): Record<string, RatedValue> {
	return Object.fromEntries(
		answers
			.filter((a) => a.partnerId === partnerId)
			.map((a) => [a.itemId, { text: a.text, rating: a.rating }])
	);
}

export function textValues(answers: readonly Answer[], partnerId = ''): Record<string, string> {
	return Object.fromEntries(
		answers.filter((a) => a.partnerId === partnerId).map((a) => [a.itemId, a.text])
	);
}

export function rubricValues(ratings: readonly RubricRating[]): Record<string, RubricValue> {
	return Object.fromEntries(ratings.map((r) => [r.id, { rating: r.rating, note: r.note }]));
}

export function pitfallValues(rows: readonly PitfallAssessment[]): Record<string, PitfallValue> {
	return Object.fromEntries(
		rows.map((p) => [
			p.id,
			{ mark: p.mark, mitigation: p.mitigation, owner: p.owner, dueDate: p.dueDate }
		])
	);
}

export function checkValues(
	rows: readonly CheckItem[],
	partnerId = ''
): Record<string, CheckValue> {
	return Object.fromEntries(
		rows
			.filter((c) => c.partnerId === partnerId)
			.map((c) => [c.itemId, { status: c.status, owner: c.owner, note: c.note }])
	);
}

/** Partners in the order people look for them: by name. */
export function byName<P extends { name: string; id: string }>(partners: readonly P[]): P[] {
	return [...partners].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/**
 * The room sources of rows whose value is still the one adopted (an edited value is the team's own
 * again), keyed by `key(row)`: for the "from the room" mark beside each value.
 */
export function adoptedSources<R extends { source?: RoomSource }>(
	rows: readonly R[],
	value: (row: R) => string,
	key: (row: R) => string
): Record<string, RoomSource> {
	return Object.fromEntries(
		rows.filter((r) => r.source && r.source.adopted === value(r)).map((r) => [key(r), r.source!])
	);
}
