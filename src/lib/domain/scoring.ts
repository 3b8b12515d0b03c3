/**
 * Partner selection: weighted totals of criterion scores, and a ranking of candidate partners.
 *
 * A missing score (never entered, or cleared) counts as 0 in the total, and the row says how many
 * are missing. Why 0 and not "the average of what was scored": averaging would let a candidate
 * scored on a single criterion outrank one scored on all of them, rewarding what the team does not
 * know yet. Counting 0 keeps the total a lower bound ("at least this good") and the missing count
 * tells the team where to look before trusting the order.
 */

import type { Criterion, CriterionScore, Partner } from './types';

const MAX_SCORE = 5;

export interface RankedPartner {
	partnerId: string;
	name: string;
	/** Σ weight × score over every criterion (missing scores count 0). */
	total: number;
	/** The total if every criterion scored 5: Σ weight × 5. */
	maxTotal: number;
	/** total / maxTotal as a whole percentage (0 when no criterion has weight). */
	percent: number;
	/** Criteria not scored yet for this partner. */
	missing: number;
	/** Competition ranking: equal totals share a rank ("1, 2, 2, 4"). */
	rank: number;
	/** True when another partner has the same total. */
	tied: boolean;
}

/** The score a partner got on a criterion, or null when not scored. */
export function scoreOf(
	scores: readonly CriterionScore[],
	criterionId: string,
	partnerId: string
): number | null {
	const found = scores.find((s) => s.criterionId === criterionId && s.partnerId === partnerId);
	return found?.score ?? null;
}

export function weightedTotal(
	criteria: readonly Criterion[],
	scores: readonly CriterionScore[],
	partnerId: string
) {
	let total = 0;
	let missing = 0;
	for (const c of criteria) {
		const s = scoreOf(scores, c.id, partnerId);
		if (s === null) missing++;
		else total += c.weight * s;
	}
	const maxTotal = criteria.reduce((sum, c) => sum + c.weight * MAX_SCORE, 0);
	return {
		total,
		maxTotal,
		missing,
		percent: maxTotal > 0 ? Math.round((total / maxTotal) * 100) : 0
	};
}

/** Partners ranked by weighted total, highest first; ties keep a stable order by name. */
export function rankPartners(
	criteria: readonly Criterion[],
	scores: readonly CriterionScore[],
	partners: readonly Pick<Partner, 'id' | 'name'>[]
): RankedPartner[] {
	const rows = partners.map((p) => ({
		partnerId: p.id,
		name: p.name,
		...weightedTotal(criteria, scores, p.id)
	}));
	rows.sort(
		(a, b) =>
			b.total - a.total || a.name.localeCompare(b.name) || (a.partnerId < b.partnerId ? -1 : 1)
	);
	return rows.map((row, i) => {
		const first = rows.findIndex((r) => r.total === row.total);
		const tied = rows.some((r, j) => j !== i && r.total === row.total);
		return { ...row, rank: first + 1, tied };
	});
}

/**
 * The partners the criteria table scores: candidates (phase 0) and any partner already scored, so
 * that a candidate who becomes a partner keeps its row.
 */
export function scoredPartners<P extends Pick<Partner, 'id' | 'phase'> & { home?: boolean }>(
	partners: readonly P[],
	scores: readonly CriterionScore[]
): P[] {
	const withScores = new Set(scores.filter((s) => s.score !== null).map((s) => s.partnerId));
	// The home organisation is never a candidate partner of itself.
	return partners.filter((p) => !p.home && (p.phase === 0 || withScores.has(p.id)));
}
