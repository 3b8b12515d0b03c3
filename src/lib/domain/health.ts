/**
 * The plan health check: rules computed from a workshop's data, each naming the seed pitfall it
 * guards against (Common Pitfalls in Phases 2 and 3), with where to go to fix it. A warning is data
 * (its rule, the names and role it concerns); `healthWarningText` in `$lib/i18n/health.ts` words it
 * where it is shown (the plan page, the PDF).
 */

import { PITFALL } from './content';
import { coverageMatrix, partnersMissing } from './coverage';
import { externalPartners } from './home';
import type { Action, Answer, Criterion, ModuleKind, Partner, Person, PersonRole } from './types';

export type HealthRuleId =
	| 'no-criteria'
	| 'no-decision-maker'
	| 'no-resource-allocator'
	| 'no-implementer'
	| 'no-contributor'
	| 'no-value-offered'
	| 'terms-in-phase-2'
	| 'action-no-owner';

export interface HealthWarning {
	ruleId: HealthRuleId;
	/** The seed pitfall the rule guards against. */
	pitfallId: string;
	/**
	 * The names the warning is about, trimmed ('' for one without a name): every partner (or, for
	 * 'action-no-owner', every action's title) the rule concerns; empty for 'no-criteria'.
	 */
	names: string[];
	/** The role nobody holds, for the four role rules. */
	role?: PersonRole;
	/** The module whose step fixes it ('overview' when no module does). */
	target: ModuleKind | 'overview';
	/** The first partner or action the warning is about ('' for 'no-criteria'). */
	subjectId: string;
	/** Every partner (or action) the rule names, in the order of `names`. */
	subjectIds?: string[];
}

export type HealthInput = {
	criteria: readonly Criterion[];
	partners: readonly Partner[];
	people: readonly Person[];
	actions: readonly Action[];
	answers: readonly Answer[];
};

/** The answer to "What resources or support can you offer your partners? What value does this bring to them?" */
const VALUE_QUESTION_ID = 'map-5';

type Rule = (data: HealthInput) => HealthWarning[];

/** "No clear partnership criteria". */
const noCriteria: Rule = ({ criteria }) =>
	criteria.length > 0
		? []
		: [
				{
					ruleId: 'no-criteria',
					pitfallId: PITFALL.noCriteria,
					names: [],
					target: 'criteria',
					subjectId: ''
				}
			];

/**
 * One grouped rule per role of the seed question: partners (not the home organisation) with nobody
 * recorded in that role, named in one line. Decision-makers and resource holders guard "Not enough
 * ownership, influence or power…"; implementers and contributors "Not knowing who's who".
 */
const missingRole =
	(role: PersonRole, ruleId: HealthRuleId, pitfallId: string): Rule =>
	({ partners, people }) => {
		const missing = partnersMissing(coverageMatrix(externalPartners(partners), people), role);
		if (missing.length === 0) return [];
		const names = missing.map((r) => r.name.trim());
		const subjectIds = missing.map((r) => r.partnerId);
		return [
			{
				ruleId,
				pitfallId,
				names,
				role,
				target: 'stakeholder-map',
				subjectId: subjectIds[0],
				subjectIds
			}
		];
	};

const noDecisionMaker = missingRole(
	'makes-decisions',
	'no-decision-maker',
	PITFALL.notEnoughOwnership
);
const noResourceAllocator = missingRole(
	'allocates-resources',
	'no-resource-allocator',
	PITFALL.notEnoughOwnership
);
const noImplementer = missingRole('implements', 'no-implementer', PITFALL.whosWho);
const noContributor = missingRole('contributes', 'no-contributor', PITFALL.whosWho);

/** One warning for a rule, naming every partner or action it concerns; none when it concerns none. */
const grouped = (
	warning: Pick<HealthWarning, 'ruleId' | 'pitfallId' | 'target'>,
	items: readonly { id: string; name: string }[]
): HealthWarning[] =>
	items.length === 0
		? []
		: [
				{
					...warning,
					names: items.map((i) => i.name.trim()),
					subjectId: items[0].id,
					subjectIds: items.map((i) => i.id)
				}
			];

/**
 * "Make sure you have something they want or need" (the seed's advice on attracting partners),
 * guarding "Insufficient assessment of the business case for you and your partner". The value may be
 * recorded on the partner (the map) or as the partner's answer to the value question: either counts.
 */
const noValueOffered: Rule = ({ partners, answers }) =>
	grouped(
		{ ruleId: 'no-value-offered', pitfallId: PITFALL.businessCase, target: 'map-questions' },
		externalPartners(partners)
			.filter((p) => p.valueWeOffer.trim() === '')
			.filter(
				(p) =>
					!answers.some(
						(a) => a.itemId === VALUE_QUESTION_ID && a.partnerId === p.id && a.text.trim() !== ''
					)
			)
	);

/**
 * "Hurrying agreements without full partner commitment": relationship terms recorded on a partner
 * still in phase 2 (Assess Externally). Answers to "What relationship terms need to be determined?"
 * do not count: listing what to determine is exactly the phase-2 work.
 */
const termsInPhase2: Rule = ({ partners }) =>
	grouped(
		{
			ruleId: 'terms-in-phase-2',
			pitfallId: PITFALL.hurryingAgreements,
			target: 'stakeholder-map'
		},
		externalPartners(partners).filter((p) => p.phase === 2 && p.relationshipTerms.trim() !== '')
	);

/** An open action nobody owns: again "Not enough ownership … among individuals driving partnership efforts". */
const actionNoOwner: Rule = ({ actions }) =>
	grouped(
		{ ruleId: 'action-no-owner', pitfallId: PITFALL.notEnoughOwnership, target: 'actions' },
		actions
			.filter((a) => a.status !== 'done' && a.owner.trim() === '')
			.map((a) => ({ id: a.id, name: a.title }))
	);

const HEALTH_RULES: readonly Rule[] = [
	noCriteria,
	noDecisionMaker,
	noResourceAllocator,
	noImplementer,
	noContributor,
	noValueOffered,
	termsInPhase2,
	actionNoOwner
];

/**
 * Every warning for the workshop's data: at most one per rule, naming every partner or action it
 * concerns, in a fixed order (none when all is well).
 */
export function healthCheck(data: HealthInput): HealthWarning[] {
	return HEALTH_RULES.flatMap((rule) => rule(data));
}
