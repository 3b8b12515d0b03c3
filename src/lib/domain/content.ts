/**
 * The product's content, carried over from the two seed documents as typed data.
 * Wording is the seeds' own (lightly tightened where a slide fragment needed it); every item has a
 * stable id (never reuse or renumber one: answers and files refer to them) and a source reference.
 */

import type { PhaseNumber } from './types';

/** Files record which content version they used (see content-version.ts). */
export { CONTENT_VERSION } from './content-version';

export type SourceId = 'partnership-design' | 'strengthening-partnerships';

interface Source {
	id: SourceId;
	title: string;
	kind: string;
	credit: string;
	/** Seed file name, for traceability. */
	file: string;
}

export const SOURCES: readonly Source[] = [
	{
		id: 'partnership-design',
		title: 'Convening Session: Partnership Design',
		kind: 'Slide deck of a convening session',
		credit:
			'Center for Care Innovations, ROOTS Program; presented by Collaborative Consulting ("Where Ideas Evolve Into Action").',
		file: '003_838d2f0c54e5d849.txt'
	},
	{
		id: 'strengthening-partnerships',
		title: 'Strengthening Partnerships',
		kind: 'Playbook chapter',
		credit:
			'A playbook chapter on partnerships for populations with complex needs and high costs; includes a quote by Ken Coburn, MD, DrPH, FACP, President, CEO and Medical Director, Health Quality Partners.',
		file: '000_0f476a3c2fb2a4f0.txt'
	}
];

export interface SourceRef {
	source: SourceId;
	/** The slide or section heading the item comes from. */
	section: string;
}

export interface ContentItem {
	id: string;
	text: string;
	ref: SourceRef;
}

const pd = (section: string): SourceRef => ({ source: 'partnership-design', section });
const sp = (section: string): SourceRef => ({ source: 'strengthening-partnerships', section });

function items(prefix: string, ref: SourceRef, texts: readonly string[]): ContentItem[] {
	return texts.map((text, i) => ({ id: `${prefix}-${i + 1}`, text, ref }));
}

// ─── Seed 003: Partnership Design ───────────────────────────────────────────────────────────────

interface MomentumShift extends ContentItem {
	from: string;
	to: string;
}

export const MOMENTUM_SHIFTS: readonly MomentumShift[] = (
	[
		['More is Better', 'Better is Better'],
		['Organizational Incentive', 'System Incentive'],
		['My Patient', 'Our Population'],
		['a Leadership Style of Control', 'Influence']
	] as const
).map(([from, to], i) => ({
	id: `momentum-${i + 1}`,
	from,
	to,
	text: `From ${from} to ${to}`,
	ref: pd('Momentum')
}));

export const CROSS_SECTOR_PARTNERSHIPS = items('cross-sector', pd('Cross-Sector Partnerships'), [
	'Effective Design and Implementation Activates Better Health Systems',
	'Effective Conduit for Addressing Social Determinants'
]);

export const STRONG_CASE = items('strong-case', pd('Strong Case'), [
	'Complex health problems have several different yet related causes and effects',
	'Organizations from different sectors try to solve things individually',
	'Many organizations have limited resources',
	'Partnerships increase capability and reach',
	'Partnerships help build a common understanding, and harness knowledge'
]);

/** "No Universal Playbook — But, Conditions to Support Effectiveness". */
export const CONDITIONS = items('condition', pd('Conditions to Support Effectiveness'), [
	'Leadership',
	'Financial Mechanism',
	'Capacity needed across the sectors',
	'Market conditions',
	'Design',
	'Partnership Phases — design for your phase'
]);

interface Phase {
	id: string;
	number: PhaseNumber;
	title: string;
	/** The key verbs the seed gives for the phase, in order. */
	verbs: readonly string[];
	ref: SourceRef;
}

export const PHASES: readonly Phase[] = (
	[
		['Assess Internally', ['Understand self', 'build capacities', 'change', 'organize']],
		['Assess Externally', ['Scan', 'identify', 'select']],
		[
			'Engagement and Relationship Building',
			['Listen', 'understand', 'inspire', 'common ground alignment']
		],
		['Co-Design the Partnership Structure', ['Design', 'integrate', 'manage', 'experiment']],
		[
			'Incorporate Mechanisms for Monitoring and Evolving Partnership',
			['Sustain (or terminate)', 'measure', 'refine']
		],
		['Expand What is Working', ['Grow', 'replicate', 'new populations', 'new partners']]
	] as const
).map(([title, verbs], i) => ({
	id: `phase-${i + 1}`,
	number: (i + 1) as PhaseNumber,
	title,
	verbs,
	ref: pd('Partnership Development Phases / Design for the Phase You are In')
}));

export let PHASE_QUESTION = 'What phase of partnership development are you in?';

export function phaseByNumber(n: number): Phase | undefined {
	return PHASES.find((p) => p.number === n);
}

interface RubricTask {
	id: string;
	code: string;
	text: string;
	ref: SourceRef;
}

export interface RubricSubObjective {
	id: string;
	code: string;
	text: string;
	tasks: readonly RubricTask[];
}

export interface RubricDomain {
	id: string;
	code: string;
	title: string;
	/** Why the domain looks incomplete, when it does. */
	note: string;
	subObjectives: readonly RubricSubObjective[];
}

const rubricRef = pd('Design for the Phase You are In — 1. Assess Internally');

function subObjective(code: string, text: string, tasks: [string, string][]): RubricSubObjective {
	const slug = code.toLowerCase().replace(/\s+/g, '');
	return {
		id: `rubric-${slug}`,
		code,
		text,
		tasks: tasks.map(([numeral, taskText]) => ({
			id: `rubric-${slug}-${numeral}`,
			code: `${code}. (${numeral})`,
			text: taskText,
			ref: rubricRef
		}))
	};
}

/**
 * The internal capacity rubric exactly as far as the seed shows it. The slide's table begins part-way
 * through the LC domain (at LC 4, tasks iii and iv) and does not name that domain; nothing is invented
 * to fill the gap — facilitators add their own items instead.
 */
export const RUBRIC: readonly RubricDomain[] = [
	{
		id: 'rubric-lc',
		code: 'LC',
		title: 'LC domain',
		note: 'The source slide shows only part of this domain (from LC 4, tasks iii and iv) and does not give its full name.',
		subObjectives: [
			subObjective('LC 4', 'Institute business development strategies', [
				['iii', 'Developed a formal networking platform leads in the healthcare sector'],
				[
					'iv',
					'Reallocated internal resources and responsible for new business development, trends, and recommending positioning strategies'
				]
			])
		]
	},
	{
		id: 'rubric-mc',
		code: 'MC',
		title: 'Management Capacity',
		note: '',
		subObjectives: [
			subObjective('MC 1', 'Demonstrate ongoing assessment', [
				['i', 'An organizational chart exists and is updated'],
				[
					'ii',
					'Leadership and staff have clear roles and targets that require a stretch to achieve'
				],
				[
					'iii',
					'Performance appraisals are instituted and board (skills, competencies, credentials)'
				],
				['iv', 'Relevant and regular internal and external coaching/ feedback is available']
			]),
			subObjective('MC 2', 'Enhance communication', [
				['i', 'Open channels of communication exist between management team and the staff'],
				[
					'ii',
					'Communication standards are in place and organization (e.g. follow-up expectations, protocols)'
				],
				[
					'iii',
					'Processes and practices are in place for communication (internally and externally)'
				]
			]),
			subObjective('MC 3', 'Demonstrate continuous focus on recruitment and employee development', [
				['i', 'Process is in place to recruit, develop, and retain managers, and staff'],
				['ii', 'The gaps in talent have been assessed and address the current and future needs'],
				['iii', 'Established practices and policies are in place for management development'],
				['iv', 'Change management practices and processes are in place']
			])
		]
	}
];

export function allRubricTasks(): RubricTask[] {
	return RUBRIC.flatMap((d) => d.subObjectives.flatMap((s) => s.tasks));
}

export const LEARNED_PARTNERSHIP_STRATEGY = items('learned', pd('What We Learned From You'), [
	'Partnership is one key strategy for Community Health Clinics to address social determinants',
	'Implementation of well-designed partnerships leverages strengths and opportunities of different community partners to improve the system of health, and the well-being and health outcomes of those being served by the partnerships'
]);

export const CLEAR_PLAN_NEEDED_FOR = items(
	'clear-plan',
	pd('What We Learned From You — A clear plan is needed for'),
	[
		'Identifying and engaging community partners to understand their priorities and needs',
		'Identifying and strengthening connections with community partners',
		'Providing data to community partners to prioritize the problem trying to be solved',
		'Co-designing a plan for action, including defining potential interventions informed by data and community input',
		'Developing partnership arrangements'
	]
);

export const GRAPPLING_WITH = items(
	'grappling',
	pd('What We Learned From You — You are grappling with'),
	[
		'Generating interest from potential partners',
		'Developing criteria that will help select partners',
		'Creating more effectiveness in current relationships',
		'Building influence with current and potential partners as well as within your own organizations and systems'
	]
);

/** The seed notes that the majority of teams were in phases 2 and 3. */
export let MAJORITY_NOTE = 'Majority in Phase 2 and 3';

export const OPPORTUNITIES = items('opportunity', pd('Opportunities in Phases 2 and 3'), [
	'Find the right partners using systematic approach to partnership identification and selection',
	'Find the right people within your partner organization with authority and influence to activate change',
	'Position for sustainable success',
	'Incorporate learning early in the partnering process',
	'Create and strengthen fundamentals for relationship that will be needed in future phases of partnering'
]);

export const PITFALLS = items(
	'pitfall',
	pd('Common Pitfalls (or Accelerators?) in Phases 2 and 3'),
	[
		'Insufficient assessment of the business case for you and your partner',
		'Underestimating time and focus required to activate change',
		'Too many conversations about partnering, not enough action',
		'No clear partnership criteria',
		'Lack of understanding about sources of expertise',
		'Missing an important partner and / or influencer',
		'Hurrying agreements without full partner commitment',
		"Lack of sufficient understanding of cultures, decision-making structures, and who's who within your partner organization",
		'Not enough ownership, influence or power among individuals driving partnership efforts and/or within the partner organizations'
	]
);

/** Pitfall ids other modules refer to (health-check rules). */
export const PITFALL = {
	businessCase: 'pitfall-1',
	talkNotAction: 'pitfall-3',
	noCriteria: 'pitfall-4',
	missingPartner: 'pitfall-6',
	hurryingAgreements: 'pitfall-7',
	whosWho: 'pitfall-8',
	notEnoughOwnership: 'pitfall-9'
} as const;

export interface Quote {
	id: string;
	text: string;
	author: string;
	ref: SourceRef;
}

export const QUOTES: readonly Quote[] = [
	{
		id: 'quote-foundation',
		text: 'Creating a foundation is not a pilot... it is a commitment',
		author: '',
		ref: pd('Quote')
	},
	{
		id: 'quote-ellison',
		text: 'It takes a deep commitment to change and an even deeper commitment to grow',
		author: 'Ralph Ellison',
		ref: pd('Quote')
	}
];

type QuestionScope = 'workshop' | 'partner';

interface Question extends ContentItem {
	/** 'partner' questions are answered for the workshop and, optionally, for each partner. */
	scope: QuestionScope;
}

function questions(prefix: string, ref: SourceRef, list: [string, QuestionScope][]): Question[] {
	return list.map(([text, scope], i) => ({ id: `${prefix}-${i + 1}`, text, scope, ref }));
}

export const ASPIRATION_QUESTIONS = questions(
	'aspiration',
	pd('Building your Partnership Map — Revisit your aspiration'),
	[
		[
			'What is the case for your organization in achieving your aspiration (as it relates to the ROOTS initiative)?',
			'workshop'
		],
		[
			'What is compelling about your aspiration that would attract potential partners to work with you?',
			'workshop'
		],
		[
			"What's possible if partnerships are effectively formed that isn't possible if they are not?",
			'workshop'
		]
	]
);

export let ASPIRATION_ADVICE =
	'Ask them for it, but, first make sure you have something they want or need (this last point is important).';

export const PARTNER_QUESTIONS = questions('map', pd('Building your Partnership Map'), [
	['Who are your most appropriate partners and why?', 'workshop'],
	['How will these partner organizations be identified?', 'workshop'],
	['Do they share a common goal? How do you know or how will you find out?', 'partner'],
	[
		'What capacities do they bring to partnership? How will you assess if these exist in partner organizations?',
		'partner'
	],
	[
		'What resources or support can you offer your partners? What value does this bring to them?',
		'partner'
	],
	['What criteria or expectations do you have for your partners? They for you?', 'partner'],
	[
		'What can be learned from others and applied to your partnership selection and engagement work?',
		'workshop'
	]
]);

export const ONCE_IDENTIFIED_QUESTIONS = questions(
	'identified',
	pd('Building your Partnership Map — Once your partner organizations are identified'),
	[
		[
			'What individuals do you need to be working with (who contributes, allocates resources, implements, makes decisions) per each organization?',
			'partner'
		],
		[
			'How will you build shared value and commitment? What is your shared partnership philosophy?',
			'partner'
		],
		['What is the work each organization will need to do?', 'partner'],
		['What relationship terms need to be determined?', 'partner']
	]
);

export const FINAL_WORDS = items('final', pd('Final Words'), [
	'Pace is accelerated and this work takes time',
	'Partnering can be difficult and resistance makes it more so',
	'Talk is not cheap and can create the illusion of collaborating / partnering',
	'Internal culture can trump external initiatives',
	'Upfront work is critical and often jumping in creates the clarity needed'
]);

export const FINAL_THOUGHTS_PROMPT: ContentItem = {
	id: 'final-thoughts',
	text: 'Your final thoughts',
	ref: pd('Your Final Thoughts')
};

// ─── Seed 000: Strengthening Partnerships ───────────────────────────────────────────────────────

export let GUIDING_QUESTION =
	'How do we develop effective internal and external partnerships to meet the needs and build on the assets of our population?';

export const WHY_IMPORTANT = items('why', sp('Why is this important? And what do we know?'), [
	'Individuals with complex needs and high costs often face challenges that reach beyond the health care system, including poverty, trauma, mental health needs, substance abuse, cognitive disorders, and homelessness. Social determinants of health have a larger impact on health outcomes than health care itself, and the health care system is not set up to address most social determinant needs. Community-based and social service organizations provide such services and work to improve on the social determinants of health.',
	'Care teams in enhanced care models must identify unmet patient needs, seek community resources that serve those needs, and establish effective partnerships with those organizations. Many health care systems have multiple programs and resources for vulnerable patients, yet most remain disconnected from each other: it is equally important to forge strong partnerships within an organization’s own departments as with organizations and groups in the community. Enhanced care models that leverage externally-sited primary care support need to forge partnerships with primary care as well.',
	'Effective partnerships are built on open communication and development of trust over the long-term. Whether the care team strengthens a partnership inside or outside the organization, the partnership will be built on the same foundations.'
]);

export const CHARACTERISTICS = items(
	'characteristic',
	sp('Characteristics that forge effective partnerships'),
	[
		'Capacity to develop shared purpose with other groups, including the ability to expand one’s vision to encompass others’ visions.',
		'Openness to meet in person and engage in ongoing and open communication (i.e., between program directors and care delivery staff of the different departments or organizations).',
		'Humility and ability to listen to others.'
	]
);

export const CORE_ACTIVITIES = items('activity', sp('Core activities of effective partnerships'), [
	'Identify overlapping patient populations served by teams from all partner organizations.',
	'Learn about how each team serves patients or clients. What services does the team deliver? Who directly serves patients? What eligibility criteria does each team have in place, and why?',
	'Verbally recognize the contributions that the partner makes to the health and well-being of the patient population.',
	'Identify and discuss any potentially competing priorities among partners.',
	'Develop shared goals, including deciding on a population of focus and defining a measurable and time-bound aim.',
	'Determine the scope of the partnership. Be clear about capacity from the beginning: how many people can the partnership organization teams serve in collaboration? Continually plan around matching capacity to demand for services.',
	'Commit to sharing data, which may require extended legal support and negotiation for teams that report to different organizations.',
	'Test collaboration strategies together, leading to the development of shared work processes. This often includes developing shared or complementary assessment processes and honing referral processes that include feedback loops to ensure communication.',
	'Hold monthly collaborative case conferences to bring members of different care teams together to solve problems, learn about each team’s care delivery, try out new ways to serve individual patients, develop work processes to shape care delivery for all patients, and identify areas to advocate for systemic change.',
	'Commit to developing shared decision-making methods. This might involve a commitment that those who attend a meeting are empowered to make decisions, rotating leadership from partner teams, or election of a lead decision-maker.',
	'Build cohesion among partners. Celebrate successes, acknowledge contributions by all partners, and create opportunities to gather together to develop relationships beyond the work.'
]);

export const CORE_RECOMMENDATIONS = items('recommendation', sp('Core recommendations'), [
	'Strengthen partnerships within your organization to integrate and leverage existing resources.',
	'Strengthen community partnerships to meet the needs and enhance the strengths of the population with complex needs and high costs.'
]);

export const GETTING_STARTED_INTERNAL = items(
	'start-internal',
	sp('How to get started with internal partnerships'),
	[
		'Meet with finance and senior leaders to discuss their definitions of success and establish meaningful metrics. Communicate that this will be a collaborative process over time and schedule a next meeting.',
		'Meet with other care management departments to learn about their work. Explore the possibility of holding joint case conferences.',
		'Develop simple materials that tell the story of the enhanced care model, including relevant data and patient stories.',
		'Identify needs of patients that can be met by other departments within the organization, for example, home health and substance abuse. Contact these departments and explore a more seamless care delivery process.'
	]
);

export const GETTING_STARTED_EXTERNAL = items(
	'start-external',
	sp('How to get started with external partnerships'),
	[
		'Identify common needs in the population with complex needs and high costs that are unmet by your enhanced care model. Then, prioritize one of those needs, either by urgency or number of people affected by the need, and seek a partner in the community to help fill that gap.',
		'Identify someone on the care team who is well-suited to develop knowledge of community resources and identify possible community-based partners.',
		'Begin identifying community supports by learning directly from patients which organizations support their health and life goals.',
		'Partnering with external groups will make the care team aware of competition among various stakeholders. Begin with willing partners and commit to navigating challenges as they arise.'
	]
);

export const OVERALL_TIPS = items('tip', sp('Overall tips and guidance'), [
	'Leaders of the enhanced care model must take an outward-facing position, clearly communicating the value of the model within and outside the organization.',
	'Resist the temptation to create new services before the team has investigated existing services in the organization and community.',
	'Adopt an asset-based approach to understanding the community’s strengths and assets, making sure to include a review of internal organization assets.',
	'Whether your team is partnering with other departments in your own organization or with external organizations, the value of consistent, open, and frank communication cannot be overstated.'
]);

export const COBURN_QUOTE: Quote = {
	id: 'quote-coburn',
	text: 'Building partnerships is relationship based and based on demonstrating a certain integrity to the mission and to a way of doing the work. … Start with what differentiates your program and make the value proposition resonate with potential partners. If you are lucky enough to have tremendous proof of an ROI then lead with that. If you don’t have proof of ROI, then lead with your strengths.',
	author: 'Ken Coburn, MD, DrPH, FACP, President, CEO, Medical Director, Health Quality Partners',
	ref: sp('Opening quote')
};

// ─── Suggestions drawn from the seeds (for the partner selection criteria module) ─────────────

interface CriterionSuggestion {
	id: string;
	name: string;
	description: string;
	ref: SourceRef;
}

/**
 * Starting criteria for "No clear partnership criteria". Each one restates a seed question or
 * characteristic as a criterion; the team edits, weights or removes them.
 */
export const CRITERION_SUGGESTIONS: readonly CriterionSuggestion[] = [
	{
		id: 'criterion-shared-goal',
		name: 'Shared goal',
		description: 'Do they share a common goal?',
		ref: pd('Building your Partnership Map')
	},
	{
		id: 'criterion-capacities',
		name: 'Capacities',
		description: 'What capacities do they bring to partnership?',
		ref: pd('Building your Partnership Map')
	},
	{
		id: 'criterion-resources',
		name: 'Resources',
		description: 'Resources they can bring, and value we can offer them in return.',
		ref: pd('Building your Partnership Map')
	},
	{
		id: 'criterion-reach',
		name: 'Reach into the population of focus',
		description: 'Overlapping patient populations served by teams from all partner organizations.',
		ref: sp('Core activities of effective partnerships')
	},
	{
		id: 'criterion-leadership',
		name: 'Leadership quality',
		description: 'The quality of the leadership of the partners is absolutely a crucial point.',
		ref: sp('Opening quote')
	},
	{
		id: 'criterion-willingness',
		name: 'Willingness',
		description: 'Begin with willing partners and commit to navigating challenges as they arise.',
		ref: sp('How to get started with external partnerships')
	}
];

/** Every list above, for counting and lookups. */
export const CONTENT_LISTS = {
	momentumShifts: MOMENTUM_SHIFTS,
	crossSector: CROSS_SECTOR_PARTNERSHIPS,
	strongCase: STRONG_CASE,
	conditions: CONDITIONS,
	phases: PHASES,
	learned: LEARNED_PARTNERSHIP_STRATEGY,
	clearPlan: CLEAR_PLAN_NEEDED_FOR,
	grappling: GRAPPLING_WITH,
	opportunities: OPPORTUNITIES,
	pitfalls: PITFALLS,
	aspirationQuestions: ASPIRATION_QUESTIONS,
	partnerQuestions: PARTNER_QUESTIONS,
	onceIdentifiedQuestions: ONCE_IDENTIFIED_QUESTIONS,
	finalWords: FINAL_WORDS,
	whyImportant: WHY_IMPORTANT,
	characteristics: CHARACTERISTICS,
	coreActivities: CORE_ACTIVITIES,
	coreRecommendations: CORE_RECOMMENDATIONS,
	gettingStartedInternal: GETTING_STARTED_INTERNAL,
	gettingStartedExternal: GETTING_STARTED_EXTERNAL,
	overallTips: OVERALL_TIPS,
	criterionSuggestions: CRITERION_SUGGESTIONS
} as const;

/** Every question answered as free text, in the order the seeds ask them. */
export const ALL_QUESTIONS: readonly Question[] = [
	...ASPIRATION_QUESTIONS,
	...PARTNER_QUESTIONS,
	...ONCE_IDENTIFIED_QUESTIONS
];

/** The content's single sentences (not items with ids), as one record: see content-language.ts. */
export interface ContentSingletons {
	phaseQuestion: string;
	majorityNote: string;
	aspirationAdvice: string;
	guidingQuestion: string;
}

export function contentSingletons(): ContentSingletons {
	return {
		phaseQuestion: PHASE_QUESTION,
		majorityNote: MAJORITY_NOTE,
		aspirationAdvice: ASPIRATION_ADVICE,
		guidingQuestion: GUIDING_QUESTION
	};
}

/** Replaces the single sentences (importers see the new values: ES module bindings are live). */
export function setContentSingletons(next: ContentSingletons): void {
	PHASE_QUESTION = next.phaseQuestion;
	MAJORITY_NOTE = next.majorityNote;
	ASPIRATION_ADVICE = next.aspirationAdvice;
	GUIDING_QUESTION = next.guidingQuestion;
}
