/** Counts of rubric ratings per domain and per sub-objective, the seed's tasks and the team's own items together. */

import { RUBRIC, type RubricDomain } from './content';
import {
	RUBRIC_VALUES,
	type CustomRubricItem,
	type RubricRating,
	type RubricRatingValue
} from './types';

/** Every rating, best first, then "not rated": the order summaries list their counts in. */
export const RATINGS_BEST_FIRST: readonly RubricRatingValue[] = [
	...[...RUBRIC_VALUES].reverse(),
	''
];

export type RatingCounts = Record<RubricRatingValue, number>;

interface RubricGroupSummary {
	/** Sub-objective id, or `${domainId}:custom` for the items the team added to a domain. */
	id: string;
	counts: RatingCounts;
	total: number;
}

interface RubricDomainSummary {
	domainId: string;
	counts: RatingCounts;
	total: number;
	/** Rated tasks (anything but ''). */
	rated: number;
	groups: RubricGroupSummary[];
}

const empty = () =>
	Object.fromEntries(RATINGS_BEST_FIRST.map((value) => [value, 0])) as RatingCounts;

export const customGroupId = (domainId: string) => `${domainId}:custom`;

function countGroup(
	id: string,
	taskIds: readonly string[],
	ratings: ReadonlyMap<string, RubricRatingValue>
): RubricGroupSummary {
	const counts = empty();
	for (const taskId of taskIds) counts[ratings.get(taskId) ?? '']++;
	return { id, counts, total: taskIds.length };
}

export function summarizeRubric(
	ratings: readonly Pick<RubricRating, 'id' | 'rating'>[],
	customItems: readonly Pick<CustomRubricItem, 'id' | 'domainId'>[],
	domains: readonly RubricDomain[] = RUBRIC
): RubricDomainSummary[] {
	const byId = new Map(ratings.map((r) => [r.id, r.rating]));
	return domains.map((domain) => {
		const groups = domain.subObjectives.map((s) =>
			countGroup(
				s.id,
				s.tasks.map((t) => t.id),
				byId
			)
		);
		const custom = customItems.filter((c) => c.domainId === domain.id).map((c) => c.id);
		if (custom.length > 0) groups.push(countGroup(customGroupId(domain.id), custom, byId));
		const counts = empty();
		for (const g of groups)
			for (const key of Object.keys(counts) as RubricRatingValue[]) counts[key] += g.counts[key];
		const total = groups.reduce((sum, g) => sum + g.total, 0);
		return { domainId: domain.id, counts, total, rated: total - counts[''], groups };
	});
}
