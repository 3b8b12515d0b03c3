/**
 * A complete, fictional sample workshop: a community health center (FQHC) running the ROOTS
 * Partnership Design convening with a dozen partners, people, answers, ratings, pitfalls, actions and
 * participant responses, so that a newcomer sees every module filled in at once.
 *
 * Pure and deterministic: every timestamp and date is derived from `now`. All organisations and
 * people are invented. Some names are deliberately non-Latin (Polish, Greek, Russian, Vietnamese) so
 * the exports are exercised with real Unicode.
 *
 * The data is also shaped to give the plan health check something to say: one partner has no stated
 * value for them, one has no decision-maker identified, and one has terms drafted while still in
 * phase 2.
 */

import { CONTENT_VERSION, CRITERION_SUGGESTIONS } from './content';
import { agendaFromTemplate } from './templates';
import { homePartner } from './home';
import type {
	Action,
	ActionStatus,
	Answer,
	CheckItem,
	CheckStatus,
	Connection,
	Criterion,
	CriterionScore,
	CustomRubricItem,
	ParticipantResponse,
	Partner,
	Person,
	PersonRole,
	PhaseVote,
	PitfallAssessment,
	PitfallMark,
	RelationshipPhase,
	RubricRating,
	RubricRatingValue,
	StatusDecision,
	AnswerMark,
	Theme,
	VoteRound,
	WorkshopBundle
} from './types';
import { answerKey } from './room-answers';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The local calendar date `days` days after the day of `now`, as `YYYY-MM-DD`. */
function isoDay(now: number, days = 0): string {
	const d = new Date(now);
	const shifted = new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 12);
	const mm = String(shifted.getMonth() + 1).padStart(2, '0');
	const dd = String(shifted.getDate()).padStart(2, '0');
	return `${shifted.getFullYear()}-${mm}-${dd}`;
}

// ─── Partners ───────────────────────────────────────────────────────────────────────────────────

interface PartnerSeed {
	id: string;
	name: string;
	sector: string;
	phase: RelationshipPhase;
	influence: number;
	interest: number;
	sharedGoal: string;
	capacities: string;
	valueWeOffer: string;
	overlappingPopulation: string;
	relationshipTerms: string;
	notes: string;
	/** Days before `now` the partner was added. */
	addedDaysAgo: number;
	decision?: { kind: StatusDecision['kind']; reason: string; daysAgo: number };
}

const PARTNERS: PartnerSeed[] = [
	{
		id: 'p-valle-hospital',
		name: 'Valle Regional Medical Center',
		sector: 'hospital',
		phase: 3,
		influence: 5,
		interest: 3,
		sharedGoal:
			'Reduce avoidable ED visits and 30-day readmissions among adults with diabetes and heart failure who list Valle Verde as their medical home.',
		capacities:
			'ADT feed for ED and inpatient encounters, a discharge planning team, hospital community benefit dollars, a data analyst who can run readmission lists by zip code.',
		valueWeOffer:
			'Guaranteed follow-up appointment within 7 days of discharge, our CHWs for home visits, and a lower readmission penalty exposure for them.',
		overlappingPopulation:
			'About 1,900 of our patients had at least one ED visit at Valle Regional last year; roughly 340 had 3 or more.',
		relationshipTerms:
			'Data use agreement for the ADT feed is signed. Still open: who pays for CHW time on post-discharge visits, and a shared readmission measure.',
		notes:
			'Their community benefit director is supportive; the CFO has not been in the room yet. Next step is to bring the readmission numbers to their population health committee.',
		addedDaysAgo: 120
	},
	{
		id: 'p-sierra-clinic',
		name: 'Clínica Sierra Vista',
		sector: 'clinic',
		phase: 4,
		influence: 3,
		interest: 5,
		sharedGoal:
			'One coordinated referral pathway for farmworker families across both clinics, so nobody is screened twice for food and housing needs.',
		capacities:
			'Bilingual (Spanish, Mixteco) promotoras, evening clinic hours, trusted relationships with growers and labor camps in the north county.',
		valueWeOffer:
			'Access to our behavioral health integration team and our dental van two days a month; shared training for promotoras and CHWs.',
		overlappingPopulation:
			'Seasonal and year-round agricultural workers and their families, especially Mixteco-speaking households in the north county.',
		relationshipTerms:
			'Draft referral protocol and shared screening tool (PRAPARE) agreed in principle; MOU covering warm hand-offs under legal review.',
		notes:
			'Closest peer relationship we have. Co-designing the referral workflow now; pilot starts with 40 families.',
		addedDaysAgo: 200
	},
	{
		id: 'p-health-plan',
		name: 'Golden Poppy Health Plan',
		sector: 'health-plan',
		phase: 2,
		influence: 5,
		interest: 4,
		sharedGoal:
			'Improve outcomes and lower total cost of care for members with complex needs (Enhanced Care Management and Community Supports).',
		capacities:
			'Per-member-per-month payment for ECM, Community Supports funding (medically tailored meals, housing navigation), claims data and risk stratification.',
		valueWeOffer:
			'An ECM provider already embedded in the community, with CHWs who speak Spanish, Mixteco and Vietnamese, and a track record with hard-to-reach members.',
		overlappingPopulation:
			'About 62% of our patients are their Medi-Cal members; around 450 likely meet ECM population-of-focus criteria.',
		relationshipTerms:
			'Their contracting team sent a draft ECM provider agreement with a PMPM rate and reporting requirements; we have not yet agreed on caseload or outcome measures.',
		notes:
			'Moving fast on their side because of state deadlines. We have not yet met their medical director, only the provider relations lead.',
		addedDaysAgo: 60
	},
	{
		id: 'p-county-public-health',
		name: 'Alder County Public Health Department',
		sector: 'public-health',
		phase: 3,
		influence: 4,
		interest: 4,
		sharedGoal:
			'Close the gap in diabetes control and childhood immunisation between the north county and the rest of the county.',
		capacities:
			'Community health assessment data, an epidemiologist, a county CHW program, and the convening power to bring schools and the county together.',
		valueWeOffer:
			'Clinical data on our patients (aggregated) for the community health assessment, and a clinical home for their CHW referrals.',
		overlappingPopulation:
			'Most of the north county: our service area and their highest-priority census tracts overlap almost entirely.',
		relationshipTerms:
			'Aggregate data sharing under the existing county agreement. Still to decide: roles in the joint diabetes campaign.',
		notes: 'Good listeners. Their CHW program manager joined our last two case conferences.',
		addedDaysAgo: 150
	},
	{
		id: 'p-housing',
		name: 'Hearthstone Supportive Housing',
		sector: 'housing',
		phase: 5,
		influence: 3,
		interest: 5,
		sharedGoal:
			'Keep formerly homeless tenants with chronic conditions housed and connected to primary care.',
		capacities:
			'82 permanent supportive housing units, housing navigators, tenancy sustaining services, on-site community room we can use for clinics.',
		valueWeOffer:
			'Weekly on-site nurse and CHW hours, priority appointments for tenants, and documentation that supports their Community Supports billing.',
		overlappingPopulation:
			'About 70 of their tenants are our patients; most have two or more chronic conditions.',
		relationshipTerms:
			'MOU for on-site services signed last year; shared tenant-health dashboard reviewed quarterly; renewal due in the spring.',
		notes:
			'Our most mature partnership. Quarterly review showed fewer ED visits among tenants seen on site. Decision: sustain and renew the MOU.',
		addedDaysAgo: 540,
		decision: {
			kind: 'sustain',
			reason:
				'Tenant ED visits down and on-site visit attendance steady; both boards support renewing the MOU for another year.',
			daysAgo: 20
		}
	},
	{
		id: 'p-food-bank',
		name: 'Food Bank of the Valley',
		sector: 'food',
		phase: 6,
		influence: 3,
		interest: 5,
		sharedGoal:
			'No patient with diabetes leaves a visit food insecure: produce prescriptions and medically tailored food boxes.',
		capacities:
			'Warehouse and cold chain, mobile pantry truck, volunteer network, CalFresh enrollment assistance.',
		valueWeOffer:
			'Food-insecurity screening at every visit and referral data they can use in grant reports; clinical outcomes (A1c change) for their funders.',
		overlappingPopulation:
			'Roughly 1 in 4 of our adult patients screen positive for food insecurity; most live within their pantry network.',
		relationshipTerms:
			'Produce prescription agreement in place since last year; expansion to Clínica Sierra Vista and the school Family Resource Centers under discussion.',
		notes:
			'The produce prescription pilot worked (A1c down on average for participants who stayed 6 months). Now expanding to new sites and new populations.',
		addedDaysAgo: 400
	},
	{
		id: 'p-behavioral',
		name: 'Riverbend Behavioral Health',
		sector: 'behavioral-health',
		phase: 2,
		influence: 3,
		interest: 3,
		sharedGoal:
			'Faster access to specialty mental health and substance use treatment for patients our integrated team cannot serve alone.',
		capacities:
			'County-contracted specialty mental health, outpatient SUD treatment, a mobile crisis team.',
		valueWeOffer:
			'Primary care for their clients with serious mental illness (many have no regular medical provider) and bridge prescribing while clients wait for intake.',
		overlappingPopulation:
			'Adults with serious mental illness or substance use disorder; estimated 200–300 shared clients.',
		relationshipTerms: '',
		notes:
			'We know their intake coordinator and a clinical supervisor, but we do not yet know who decides on new referral agreements.',
		addedDaysAgo: 45
	},
	{
		id: 'p-lodz-foundation',
		name: 'Łódź Partners Foundation',
		sector: 'foundation',
		phase: 0,
		influence: 4,
		interest: 2,
		sharedGoal:
			'Funds healthy-aging and caregiver-support projects in the valley; new strategy mentions "community-clinical linkages".',
		capacities:
			'Multi-year grants (typically $50k–$250k), a convening space, and board members with ties to local employers.',
		valueWeOffer: '',
		overlappingPopulation:
			'Older adults and family caregivers in the valley, especially in the south county.',
		relationshipTerms: '',
		notes:
			'Introduced through our board chair. Program officer asked what outcomes we could show for older adults — we need to answer that before asking for anything.',
		addedDaysAgo: 14
	},
	{
		id: 'p-greek-community',
		name: 'Ελληνική Κοινότητα Community Center',
		sector: 'faith-community',
		phase: 0,
		influence: 2,
		interest: 3,
		sharedGoal: 'Support isolated older parishioners and their caregivers to stay healthy at home.',
		capacities:
			'Community hall with a kitchen, weekly senior lunch, volunteer drivers, trusted leaders.',
		valueWeOffer:
			'Blood pressure and flu clinics at the senior lunch, and a direct line to our care team for members who need one.',
		overlappingPopulation:
			'Around 120 older adults attend the weekly senior lunch; unknown how many are our patients.',
		relationshipTerms: '',
		notes: 'Linked to the Greek Orthodox parish. A board member is one of our volunteer drivers.',
		addedDaysAgo: 10
	},
	{
		id: 'p-mutual-aid',
		name: 'Общество взаимопомощи',
		sector: 'social-services',
		phase: 0,
		influence: 2,
		interest: 4,
		sharedGoal:
			'Help Russian- and Ukrainian-speaking newcomer families navigate health coverage, housing and work.',
		capacities:
			'Volunteer interpreters, a phone tree that reaches several hundred families, informal housing and job referrals.',
		valueWeOffer:
			'Coverage enrollment help from our eligibility workers, interpreter-friendly appointment slots, and a named contact at the clinic.',
		overlappingPopulation:
			'Newcomer families from Ukraine and the former Soviet Union in the east valley.',
		relationshipTerms: '',
		notes:
			'A volunteer-run mutual-aid society (in English: Slavic Mutual Aid Society). Suggested by two of our front-desk staff.',
		addedDaysAgo: 10
	},
	{
		id: 'p-school-district',
		name: 'Alder Valley Unified — Family Resource Centers',
		sector: 'education',
		phase: 1,
		influence: 3,
		interest: 3,
		sharedGoal:
			'Healthy, present students: fewer absences due to asthma, dental pain and family crises.',
		capacities:
			'Family Resource Centers at 6 schools, family liaisons, space for school-linked services.',
		valueWeOffer:
			'School-linked asthma and dental referrals, sports physicals, and a CHW at Family Resource Center events.',
		overlappingPopulation: 'Roughly 3,000 of our pediatric patients attend district schools.',
		relationshipTerms: '',
		notes:
			'Still assessing internally whether our pediatrics team has capacity for school-linked work.',
		addedDaysAgo: 30
	},
	{
		id: 'p-workforce',
		name: 'Alder County Workforce Development Board',
		sector: 'workforce',
		phase: 1,
		influence: 3,
		interest: 2,
		sharedGoal: 'Build a local pipeline of community health workers and medical assistants.',
		capacities: 'Training funds, apprenticeship programs, employer connections, job centers.',
		valueWeOffer:
			'Paid placements for CHW and MA apprentices, and a hiring commitment for graduates.',
		overlappingPopulation: 'Unemployed and underemployed adults, many of them our patients.',
		relationshipTerms: '',
		notes: 'Could help with our CHW hiring gap. Not yet a priority partner.',
		addedDaysAgo: 30
	},
	{
		id: 'p-care-management',
		name: 'Care Management Department',
		sector: 'internal',
		phase: 4,
		influence: 4,
		interest: 5,
		sharedGoal:
			'One care plan per patient with complex needs, shared across primary care, behavioral health and community partners.',
		capacities: 'RN care managers, CHWs, the ECM team, the population health registry.',
		valueWeOffer:
			'Referral pathways to community partners so care managers spend less time searching for resources, and fewer duplicate assessments.',
		overlappingPopulation: 'All patients on the high-risk registry (about 1,100).',
		relationshipTerms:
			'Internal agreement: care management owns the partner referral workflow; joint case conference every second Thursday.',
		notes:
			'Internal partner. Runs the monthly case conferences with Hearthstone and Clínica Sierra Vista.',
		addedDaysAgo: 200
	},
	{
		id: 'p-finance',
		name: 'Finance',
		sector: 'internal',
		phase: 2,
		influence: 5,
		interest: 2,
		sharedGoal:
			'Partnerships that are financially sustainable beyond grants (ECM, Community Supports, value-based payments).',
		capacities: 'Budgeting, payer contracting, grant accounting, cost modelling.',
		valueWeOffer:
			'Clear metrics on the return of partnership work (ED visits avoided, ECM revenue), and early involvement in any agreement that commits money.',
		overlappingPopulation: 'Not applicable (internal department).',
		relationshipTerms: '',
		notes:
			'Start-internal step 1: meet with finance and senior leaders about their definition of success. First meeting held; next one scheduled.',
		addedDaysAgo: 60
	}
];

// ─── People ─────────────────────────────────────────────────────────────────────────────────────

type PersonSeed = [
	partnerId: string,
	name: string,
	title: string,
	roles: PersonRole[],
	contact: string
];

const PEOPLE: PersonSeed[] = [
	[
		'p-valle-hospital',
		'Dr. Helen Marchetti',
		'Chief Medical Officer',
		['makes-decisions', 'allocates-resources'],
		'Through her assistant; prefers short briefings with numbers.'
	],
	[
		'p-valle-hospital',
		'Raymond Okafor',
		'Director of Community Benefit',
		['allocates-resources', 'contributes'],
		'Email; monthly check-in on the first Tuesday.'
	],
	[
		'p-valle-hospital',
		'Priya Venkataraman',
		'Discharge Planning Manager',
		['implements'],
		'Desk phone, mornings. Key for the 7-day follow-up workflow.'
	],
	[
		'p-sierra-clinic',
		'Dra. Lucía Hernández Ortiz',
		'Executive Director',
		['makes-decisions'],
		'WhatsApp is fastest.'
	],
	[
		'p-sierra-clinic',
		'Tomás Velásquez',
		'Promotora Program Lead',
		['implements', 'contributes'],
		'Email; speaks Spanish and Mixteco.'
	],
	[
		'p-health-plan',
		'Kimberly Stroud',
		'Provider Relations Lead',
		['contributes'],
		'Email; our day-to-day contact for the ECM contract.'
	],
	[
		'p-health-plan',
		'Dr. Samuel Achebe',
		'Medical Director, Population Health',
		['makes-decisions', 'allocates-resources'],
		'Not met yet; introduction requested through Kimberly.'
	],
	[
		'p-county-public-health',
		'Nguyễn Thị Lan',
		'Community Health Worker Program Manager',
		['implements', 'contributes'],
		'Email or Teams; joins our case conferences.'
	],
	[
		'p-county-public-health',
		'Dr. Gregory Lindqvist',
		'County Health Officer',
		['makes-decisions'],
		'Via the deputy director; quarterly meeting.'
	],
	[
		'p-county-public-health',
		'Amara Bello',
		'Epidemiologist',
		['contributes'],
		'Email; runs the community health assessment data.'
	],
	[
		'p-housing',
		'Denise Whitaker',
		'Executive Director',
		['makes-decisions', 'allocates-resources'],
		'Email; copy her on anything about the MOU.'
	],
	[
		'p-housing',
		'Marco Ruiz',
		'Resident Services Coordinator',
		['implements'],
		'On site Tuesday to Thursday; cell in the shared contact sheet.'
	],
	[
		'p-food-bank',
		'Janet Kowalczyk',
		'Chief Executive Officer',
		['makes-decisions'],
		'Email; very responsive.'
	],
	[
		'p-food-bank',
		'Luis Carrillo',
		'Health Partnerships Manager',
		['implements', 'allocates-resources'],
		'Phone or email; runs the produce prescription program.'
	],
	[
		'p-behavioral',
		'Sandra Feldman',
		'Intake Coordinator',
		['implements'],
		'Intake line; ask for Sandra.'
	],
	[
		'p-behavioral',
		'Dr. Omar Haddad',
		'Clinical Supervisor',
		['contributes'],
		'Email; interested in bridge prescribing.'
	],
	[
		'p-lodz-foundation',
		'Agnieszka Wróblewska',
		'Program Officer, Healthy Aging',
		['contributes', 'allocates-resources'],
		'Email; next grant cycle opens in the autumn.'
	],
	[
		'p-lodz-foundation',
		'Piotr Zieliński',
		'Board Chair',
		['makes-decisions'],
		'Through our board chair only.'
	],
	[
		'p-greek-community',
		'Father Nikolaos Papadakis',
		'Parish Priest',
		['makes-decisions'],
		'After Sunday liturgy or by phone.'
	],
	[
		'p-greek-community',
		'Eleni Georgiou',
		'Senior Lunch Coordinator',
		['implements', 'contributes'],
		'Phone; the lunch is every Wednesday.'
	],
	[
		'p-mutual-aid',
		'Ольга Петренко (Olga Petrenko)',
		'Volunteer Coordinator',
		['makes-decisions', 'implements'],
		'Telegram group; speaks Russian, Ukrainian and English.'
	],
	[
		'p-school-district',
		'Angela Brooks',
		'Director, Family Resource Centers',
		['makes-decisions', 'allocates-resources'],
		'Email; school calendar limits meetings in August and May.'
	],
	[
		'p-school-district',
		'Teresa Domínguez',
		'Family Liaison, Eastside Elementary',
		['implements'],
		'Phone at the Family Resource Center.'
	],
	['p-workforce', 'Derek Holloway', 'Deputy Director', ['makes-decisions'], 'Email.'],
	[
		'p-care-management',
		'Rosa Delgado, RN',
		'Director of Care Management',
		['makes-decisions', 'implements'],
		'Internal; Teams.'
	],
	[
		'p-care-management',
		'Kevin Tran',
		'Lead Community Health Worker',
		['implements', 'contributes'],
		'Internal; Teams. Speaks Vietnamese.'
	],
	[
		'p-finance',
		'Martin Albrecht',
		'Chief Financial Officer',
		['makes-decisions', 'allocates-resources'],
		'Internal; book through the executive assistant.'
	],
	[
		'p-finance',
		'Grace Oyelaran',
		'Grants and Contracts Manager',
		['contributes'],
		'Internal; email.'
	],
	[
		'p-home',
		'Dr. Elena Castillo',
		'Chief Executive Officer',
		['makes-decisions', 'allocates-resources'],
		'Office line; Tuesdays are for partners.'
	],
	[
		'p-home',
		'Kevin Tran',
		'Community Partnerships Manager',
		['implements', 'contributes'],
		'Email and mobile.'
	]
];

// ─── Connections ────────────────────────────────────────────────────────────────────────────────

type ConnectionSeed = [sourceId: string, targetId: string, type: string, strength: number];

const CONNECTIONS: ConnectionSeed[] = [
	['p-valle-hospital', 'p-care-management', 'referrals', 3],
	['p-health-plan', 'p-finance', 'funding', 2],
	['p-health-plan', 'p-valle-hospital', 'funding', 2],
	['p-food-bank', 'p-sierra-clinic', 'co-located services', 2],
	['p-housing', 'p-care-management', 'referrals', 3],
	['p-county-public-health', 'p-valle-hospital', 'data sharing', 2],
	['p-county-public-health', 'p-greek-community', 'outreach', 1],
	['p-mutual-aid', 'p-food-bank', 'volunteers', 1],
	['p-behavioral', 'p-care-management', 'referrals', 2],
	['p-lodz-foundation', 'p-housing', 'funding', 1],
	['p-school-district', 'p-food-bank', 'co-located services', 2],
	['p-workforce', 'p-housing', 'job placement', 1],
	['p-care-management', 'p-finance', 'data sharing', 2],
	['p-sierra-clinic', 'p-care-management', 'case conferences', 3],
	// The home organisation's own ties (file format 2 puts it on the map).
	['p-home', 'p-valle-hospital', 'referrals', 3],
	['p-home', 'p-health-plan', 'funding', 3],
	['p-home', 'p-food-bank', 'referrals', 2],
	['p-home', 'p-care-management', 'internal', 3],
	['p-home', 'p-finance', 'internal', 2],
	['p-home', 'p-county-public-health', 'data sharing', 1]
];

// ─── Answers ────────────────────────────────────────────────────────────────────────────────────

type AnswerSeed = [itemId: string, partnerId: string, text: string, rating: number];

const ANSWERS: AnswerSeed[] = [
	[
		'aspiration-1',
		'',
		'Our aspiration: every patient with complex needs has their social needs (food, housing, behavioral health) met through a partner we know by name, not a phone number on a resource list. For Valle Verde the case is clinical and financial: uncontrolled diabetes and repeat ED use are concentrated in patients with unmet social needs, and ECM and Community Supports now pay for this work if we can show we do it well.',
		0
	],
	[
		'aspiration-2',
		'',
		'We are the medical home for 1 in 3 north-county residents, our CHWs speak the languages of the community, and we already have results to show (produce prescriptions, on-site care at Hearthstone). Partners get a clinical partner that follows through and data they can use in their own reports.',
		0
	],
	[
		'aspiration-3',
		'',
		'A closed-loop referral system across the valley: a patient screened at any door gets to the right service and we know whether it worked. Without partnerships we keep screening people for needs we cannot meet, and our care managers burn out looking for resources.',
		0
	],
	[
		'map-1',
		'',
		'Start with partners who serve the same people and already want to work with us: Hearthstone and the Food Bank (expand), Clínica Sierra Vista (co-design), and Golden Poppy because it pays for ECM. Behavioral health is the biggest gap in our referral network.',
		0
	],
	[
		'map-2',
		'',
		'Ask patients which organizations help them (CHWs add a question to the home visit), use the county community health assessment, and score candidates against our selection criteria before the next convening.',
		0
	],
	[
		'map-3',
		'',
		'Mostly yes at the level of "healthier community", but we need to check specific goals in a first conversation: ask each partner what success looks like for them this year.',
		0
	],
	[
		'map-4',
		'',
		'We will ask for their service numbers and capacity (how many people they can take per month) and visit in person before any agreement.',
		0
	],
	[
		'map-5',
		'',
		'Clinical follow-through, data on health outcomes for their funders, CHWs who speak Spanish, Mixteco and Vietnamese, space at our sites, and in some cases payment through ECM or Community Supports.',
		0
	],
	[
		'map-7',
		'',
		'From the Hearthstone partnership: start small on site, review data together quarterly, and write the MOU only after the workflow has been tested. From peers in the ROOTS cohort: agree on one shared measure early.',
		0
	],
	[
		'identified-1',
		'',
		'For each partner: a decision-maker, someone who controls budget or staff time, and the person who will actually do the work. We are missing the decision-maker at Riverbend and have not met the medical director at Golden Poppy.',
		0
	],
	[
		'identified-2',
		'',
		'Shared philosophy: "Our population, not my patient." Build value by sharing data both ways and by recognising partners\' contributions in public (board reports, newsletters).',
		0
	],
	[
		'identified-3',
		'',
		'Us: referral workflow, screening at every visit, CHW time, data reports. Partners: named contact, capacity numbers, feedback on each referral (closed loop).',
		0
	],
	[
		'identified-4',
		'',
		'Referral and feedback process, data sharing (what, how often, under which agreement), who pays for staff time, how decisions are made and reviewed, and how either side can exit.',
		0
	],
	[
		'map-3',
		'p-health-plan',
		'Partly. Their goal is lower total cost of care and meeting state ECM targets; ours is better outcomes for patients with complex needs. We will ask their medical director directly how they measure success.',
		0
	],
	[
		'map-5',
		'p-food-bank',
		'Referral, pick-up and A1c data for their health-partnership grant reports, and two more distribution sites at our clinics.',
		0
	],
	[
		'map-4',
		'p-sierra-clinic',
		'Promotoras with deep trust in labor camps; we assessed it by shadowing two outreach days.',
		0
	],
	[
		'identified-1',
		'p-valle-hospital',
		'CMO (decides), Director of Community Benefit (allocates resources), Discharge Planning Manager (implements). The CFO is the missing influencer.',
		0
	],
	[
		'identified-4',
		'p-health-plan',
		'Caseload per CHW, outcome measures, data exchange format, and payment timing before we sign anything.',
		0
	],
	[
		'momentum-1',
		'',
		'We are still adding partners to the map faster than we deepen relationships. Fewer, better partnerships this year.',
		2
	],
	[
		'momentum-2',
		'',
		'ECM and Community Supports push us toward system incentives, but internal budgets are still set department by department.',
		3
	],
	[
		'momentum-3',
		'',
		'Care management now talks about "our population" in case conferences with Hearthstone and Clínica Sierra Vista.',
		4
	],
	[
		'momentum-4',
		'',
		'We lead most partner meetings ourselves; we should rotate the chair with partners.',
		2
	],
	[
		'condition-1',
		'',
		'CEO and board chair are supportive; the CFO needs to see the business case.',
		4
	],
	[
		'condition-2',
		'',
		'ECM payments exist but do not cover CHW time for partners who are not ECM providers.',
		2
	],
	[
		'final-thoughts',
		'',
		"Upfront work pays off: the Hearthstone partnership took a year to build and is now the one everyone points to. Let's slow down on Golden Poppy's contract until we know who decides there, and bring Finance in before, not after.",
		0
	]
];

// ─── Rubric, pitfalls, checks, actions ──────────────────────────────────────────────────────────

const RUBRIC_RATINGS: [taskId: string, rating: RubricRatingValue, note: string][] = [
	[
		'rubric-lc4-iii',
		'in-progress',
		'ROOTS cohort and county health collaborative; not formalised internally.'
	],
	[
		'rubric-lc4-iv',
		'not-in-place',
		'No one owns business development; partnership work sits on top of other jobs.'
	],
	['rubric-mc1-i', 'in-place', ''],
	[
		'rubric-mc1-ii',
		'in-progress',
		'Partnership targets are being added to the care management plan for next year.'
	],
	['rubric-mc1-iii', 'in-place', ''],
	['rubric-mc1-iv', 'not-in-place', ''],
	['rubric-mc2-i', 'in-place', 'Monthly all-staff and weekly huddles.'],
	[
		'rubric-mc2-ii',
		'in-progress',
		'Follow-up expectations for partner referrals are being drafted.'
	],
	['rubric-mc2-iii', 'in-progress', ''],
	['rubric-mc3-i', 'in-progress', 'CHW recruitment is slow; turnover at 30%.'],
	['rubric-mc3-ii', 'not-in-place', 'No gap analysis for partnership skills yet.'],
	['custom-1', 'in-progress', 'Dashboard exists for Hearthstone; not yet for the Food Bank.']
];

const PITFALLS: [
	id: string,
	mark: PitfallMark,
	mitigation: string,
	owner: string,
	dueInDays: number | null
][] = [
	[
		'pitfall-1',
		'risk',
		'Build a one-page business case per priority partner (their side and ours) with Finance before the next convening.',
		'Martin Albrecht',
		21
	],
	[
		'pitfall-2',
		'risk',
		"Protect 4 hours a week of the partnerships lead's time; say no to new partners this quarter.",
		'Rosa Delgado',
		14
	],
	[
		'pitfall-3',
		'under-control',
		'Every partner meeting ends with a named action and a date in the action plan.',
		'Rosa Delgado',
		null
	],
	[
		'pitfall-4',
		'under-control',
		'Selection criteria defined and weighted at this convening; score candidates before approaching them.',
		'Kevin Tran',
		10
	],
	['pitfall-5', 'n/a', '', '', null],
	[
		'pitfall-6',
		'risk',
		'Map influencers at Golden Poppy and Riverbend; ask patients which organisations they rely on.',
		'Kevin Tran',
		-5
	],
	[
		'pitfall-7',
		'risk',
		'Do not sign the Golden Poppy ECM agreement until caseload and measures are agreed and their medical director is engaged.',
		'Dr. Elena Castillo',
		30
	],
	[
		'pitfall-8',
		'risk',
		'Ask each partner for an org chart and who decides on referral agreements; record decision-makers on the map.',
		'Kevin Tran',
		7
	],
	[
		'pitfall-9',
		'accelerator',
		'CEO sponsorship is strong; the care management director has authority to commit staff time.',
		'Dr. Elena Castillo',
		null
	]
];

type CheckSeed = [
	itemId: string,
	partnerId: string,
	status: CheckStatus,
	owner: string,
	note: string
];

const CHECKS: CheckSeed[] = [
	['activity-1', 'p-housing', 'done', 'Rosa Delgado', 'Matched tenant list against our registry.'],
	['activity-2', 'p-housing', 'done', 'Marco Ruiz', ''],
	[
		'activity-5',
		'p-housing',
		'done',
		'Rosa Delgado',
		'Aim: 80% of tenant-patients seen on site at least quarterly.'
	],
	[
		'activity-7',
		'p-housing',
		'in-progress',
		'Grace Oyelaran',
		'Data sharing addendum to the MOU with counsel.'
	],
	['activity-9', 'p-housing', 'done', 'Rosa Delgado', 'Case conference every second Thursday.'],
	[
		'activity-11',
		'p-housing',
		'in-progress',
		'Kevin Tran',
		'Celebration planned for the MOU renewal.'
	],
	['activity-1', 'p-food-bank', 'done', 'Luis Carrillo', ''],
	['activity-5', 'p-food-bank', 'done', 'Luis Carrillo', 'Produce prescription aim met.'],
	[
		'activity-6',
		'p-food-bank',
		'in-progress',
		'Luis Carrillo',
		'Capacity for two new sites to be confirmed.'
	],
	[
		'activity-8',
		'p-food-bank',
		'in-progress',
		'Kevin Tran',
		'Closed-loop referral feedback being tested.'
	],
	['activity-1', 'p-sierra-clinic', 'done', 'Tomás Velásquez', ''],
	['activity-2', 'p-sierra-clinic', 'done', 'Kevin Tran', 'Shadowed two outreach days.'],
	[
		'activity-4',
		'p-sierra-clinic',
		'in-progress',
		'Rosa Delgado',
		'Both clinics compete for the same grant; discuss openly.'
	],
	[
		'activity-8',
		'p-sierra-clinic',
		'in-progress',
		'Tomás Velásquez',
		'Shared PRAPARE screening pilot.'
	],
	['activity-10', 'p-sierra-clinic', 'not-started', '', ''],
	[
		'activity-1',
		'p-valle-hospital',
		'in-progress',
		'Priya Venkataraman',
		'ADT feed live; matching in progress.'
	],
	[
		'activity-3',
		'p-valle-hospital',
		'done',
		'Dr. Elena Castillo',
		'Thanked their discharge team at the joint meeting.'
	],
	['activity-4', 'p-valle-hospital', 'not-started', '', ''],
	[
		'start-internal-1',
		'',
		'in-progress',
		'Dr. Elena Castillo',
		'First meeting with Finance held; second meeting scheduled.'
	],
	[
		'start-internal-2',
		'',
		'done',
		'Rosa Delgado',
		'Joint case conferences with behavioral health started.'
	],
	[
		'start-internal-3',
		'',
		'in-progress',
		'Kevin Tran',
		'Two-page story with three patient stories (consented).'
	],
	['start-internal-4', '', 'not-started', '', ''],
	[
		'start-external-1',
		'',
		'done',
		'Rosa Delgado',
		'Priority need: food insecurity among patients with diabetes.'
	],
	['start-external-2', '', 'done', 'Rosa Delgado', 'Kevin Tran is the community resources lead.'],
	['start-external-3', '', 'in-progress', 'Kevin Tran', 'Question added to CHW home visits.'],
	['start-external-4', '', 'not-started', '', '']
];

type ActionSeed = [
	title: string,
	partnerId: string,
	owner: string,
	dueInDays: number,
	status: ActionStatus,
	createdDaysAgo: number
];

const ACTIONS: ActionSeed[] = [
	[
		"Request an introduction to Golden Poppy's medical director",
		'p-health-plan',
		'Dr. Elena Castillo',
		-6,
		'doing',
		30
	],
	[
		'Send counter-proposal on ECM caseload and outcome measures',
		'p-health-plan',
		'Martin Albrecht',
		12,
		'todo',
		3
	],
	[
		'Find out who approves referral agreements at Riverbend',
		'p-behavioral',
		'Kevin Tran',
		-3,
		'todo',
		21
	],
	['Renew the on-site services MOU for another year', 'p-housing', 'Rosa Delgado', 25, 'doing', 20],
	['Share the quarterly tenant-health dashboard', 'p-housing', 'Kevin Tran', -10, 'done', 40],
	[
		'Confirm capacity for two new produce prescription sites',
		'p-food-bank',
		'Luis Carrillo',
		9,
		'todo',
		7
	],
	[
		'Present readmission numbers to the hospital population health committee',
		'p-valle-hospital',
		'Dr. Elena Castillo',
		18,
		'todo',
		7
	],
	['Draft one-page business case with Finance', 'p-finance', 'Grace Oyelaran', 5, 'doing', 10],
	[
		"Answer the foundation's question: which outcomes can we show for older adults?",
		'p-lodz-foundation',
		'Rosa Delgado',
		28,
		'todo',
		2
	],
	[
		'Visit the Wednesday senior lunch with a blood pressure clinic',
		'p-greek-community',
		'Kevin Tran',
		2,
		'todo',
		2
	],
	['Score candidate partners against the selection criteria', '', 'Kevin Tran', -1, 'done', 14],
	[
		'Finalise the shared PRAPARE referral workflow',
		'p-sierra-clinic',
		'Tomás Velásquez',
		40,
		'doing',
		30
	]
];

// ─── Criteria ───────────────────────────────────────────────────────────────────────────────────

const CRITERION_WEIGHTS: Record<string, number> = {
	'criterion-shared-goal': 5,
	'criterion-capacities': 3,
	'criterion-resources': 4,
	'criterion-reach': 5,
	'criterion-leadership': 2,
	'criterion-willingness': 4
};

/** Scores in the order of CRITERION_SUGGESTIONS; null = not scored yet. */
const CRITERION_SCORES: Record<string, (number | null)[]> = {
	'p-lodz-foundation': [3, 2, 5, 2, 4, null],
	'p-greek-community': [4, 2, 2, 3, 3, 5],
	'p-mutual-aid': [4, 3, 1, 4, null, 5],
	'p-school-district': [4, 3, 3, 5, 3, 3],
	'p-behavioral': [5, 4, 3, 4, 2, 3]
};

// ─── The bundle ─────────────────────────────────────────────────────────────────────────────────

const DEMO_ORGANISATION = 'Valle Verde Community Health Center';
/** The demo's dot vote on its candidate partners. */
const DEMO_VOTE_ID = 'vote-candidates';

export function buildDemoBundle(workshopId: string, now: number): WorkshopBundle {
	const w = workshopId;
	const today = (days: number) => isoDay(now, days);

	const agenda = agendaFromTemplate(w, 'partnership-design').map((step) => {
		if (step.module === 'momentum') {
			return {
				...step,
				notes:
					'Open with the four shifts; ask each table to rate where we are (1–5) before discussing.'
			};
		}
		if (step.module === 'phase') {
			return {
				...step,
				notes:
					'Reveal the distribution only after everyone has handed in. Expect a split between phases 2 and 3.'
			};
		}
		if (step.module === 'criteria') {
			return {
				...step,
				notes: 'Agree the weights first, then score the five candidates together.'
			};
		}
		return step;
	});

	const partners: Partner[] = PARTNERS.map((p) => ({
		workshopId: w,
		id: p.id,
		name: p.name,
		sector: p.sector,
		phase: p.phase,
		influence: p.influence,
		interest: p.interest,
		sharedGoal: p.sharedGoal,
		capacities: p.capacities,
		valueWeOffer: p.valueWeOffer,
		overlappingPopulation: p.overlappingPopulation,
		relationshipTerms: p.relationshipTerms,
		notes: p.notes,
		decision: p.decision
			? { kind: p.decision.kind, reason: p.decision.reason, date: today(-p.decision.daysAgo) }
			: null,
		x: null,
		y: null,
		pinned: false,
		home: false,
		createdAt: now - p.addedDaysAgo * DAY,
		updatedAt: now - Math.min(p.addedDaysAgo, 2) * DAY
	}));
	partners.unshift({ workshopId: w, ...homePartner('p-home', DEMO_ORGANISATION, now - 14 * DAY) });

	const people: Person[] = PEOPLE.map(([partnerId, name, title, roles, contact], i) => ({
		workshopId: w,
		id: `person-${i + 1}`,
		partnerId,
		name,
		title,
		roles: [...roles],
		contact
	}));

	const connections: Connection[] = CONNECTIONS.map(([sourceId, targetId, type, strength], i) => ({
		workshopId: w,
		id: `conn-${i + 1}`,
		sourceId,
		targetId,
		type,
		strength
	}));

	const answers: Answer[] = ANSWERS.map(([itemId, partnerId, text, rating], i) => ({
		workshopId: w,
		id: `${itemId}@${partnerId}`,
		itemId,
		partnerId,
		text,
		rating,
		updatedAt: now - 2 * HOUR + i * MINUTE
	}));

	const phaseVotes: PhaseVote[] = [
		{
			workshopId: w,
			id: 'team',
			partnerId: '',
			phase: 2,
			confidence: 4,
			reason:
				'We are still scanning and selecting for most partners; only Hearthstone and the Food Bank are past engagement. Internally we are still building capacity (phase 1 work is not finished).',
			updatedAt: now - 90 * MINUTE
		},
		{
			workshopId: w,
			id: 'p-health-plan',
			partnerId: 'p-health-plan',
			phase: 2,
			confidence: 3,
			reason: 'They are ready to contract, but we have not engaged their decision-makers.',
			updatedAt: now - 85 * MINUTE
		},
		{
			workshopId: w,
			id: 'p-valle-hospital',
			partnerId: 'p-valle-hospital',
			phase: 3,
			confidence: 4,
			reason: 'Listening and finding common ground on readmissions.',
			updatedAt: now - 84 * MINUTE
		},
		{
			workshopId: w,
			id: 'p-housing',
			partnerId: 'p-housing',
			phase: 5,
			confidence: 5,
			reason: 'We measure together every quarter and just decided to sustain.',
			updatedAt: now - 83 * MINUTE
		}
	];

	const customRubricItems: CustomRubricItem[] = [
		{
			workshopId: w,
			id: 'custom-1',
			domainId: 'rubric-mc',
			text: 'A shared referral dashboard is reviewed monthly with each active partner',
			order: 0
		}
	];

	const rubricRatings: RubricRating[] = RUBRIC_RATINGS.map(([id, rating, note], i) => ({
		workshopId: w,
		id,
		rating,
		note,
		updatedAt: now - 70 * MINUTE + i * MINUTE
	}));

	const criteria: Criterion[] = CRITERION_SUGGESTIONS.map((s, i) => ({
		workshopId: w,
		id: s.id,
		name: s.name,
		description: s.description,
		weight: CRITERION_WEIGHTS[s.id] ?? 3,
		order: i
	}));

	const criterionScores: CriterionScore[] = Object.entries(CRITERION_SCORES).flatMap(
		([partnerId, scores]) =>
			CRITERION_SUGGESTIONS.map((s, i) => ({
				workshopId: w,
				id: `${s.id}@${partnerId}`,
				criterionId: s.id,
				partnerId,
				score: scores[i] ?? null
			}))
	);

	const pitfalls: PitfallAssessment[] = PITFALLS.map(
		([id, mark, mitigation, owner, dueInDays], i) => ({
			workshopId: w,
			id,
			mark,
			mitigation,
			owner,
			dueDate: dueInDays === null ? '' : today(dueInDays),
			updatedAt: now - 60 * MINUTE + i * MINUTE
		})
	);

	const checks: CheckItem[] = CHECKS.map(([itemId, partnerId, status, owner, note]) => ({
		workshopId: w,
		id: `${itemId}@${partnerId}`,
		itemId,
		partnerId,
		status,
		owner,
		note
	}));

	const actions: Action[] = ACTIONS.map(
		([title, partnerId, owner, dueInDays, status, createdDaysAgo], i) => ({
			workshopId: w,
			id: `action-${i + 1}`,
			title,
			partnerId,
			owner,
			dueDate: today(dueInDays),
			status,
			order: i,
			createdAt: now - createdDaysAgo * DAY
		})
	);

	const responses: ParticipantResponse[] = [
		{
			workshopId: w,
			id: 'participant-1',
			name: 'Rosa Delgado',
			revision: 2,
			submittedAt: now - 100 * MINUTE,
			answers: {
				'aspiration-1':
					'Patients with complex needs get their social needs met through partners we know by name.',
				'map-1':
					'Hearthstone, the Food Bank, Clínica Sierra Vista — and we need behavioral health.',
				'identified-1': 'We still need the decision-maker at Riverbend.'
			},
			phase: 2,
			phaseReason: 'Most partners are still being selected.',
			rubric: {
				'rubric-mc1-i': 'in-place',
				'rubric-mc2-ii': 'in-progress',
				'rubric-mc3-i': 'in-progress',
				'rubric-lc4-iv': 'not-in-place'
			},
			pitfalls: {
				'pitfall-2': 'risk',
				'pitfall-4': 'under-control',
				'pitfall-7': 'risk',
				'pitfall-9': 'accelerator'
			},
			suggestedPartners: [
				'Food Bank of the Valley',
				'Riverbend Behavioral Health',
				'Clinica Sierra Vista'
			],
			side: 'health-care',
			organisation: 'Valle Regional Medical Center',
			momentum: { 'momentum-1': 3, 'momentum-3': 4 },
			votes: { [DEMO_VOTE_ID]: { 'p-lodz-foundation': 2, 'p-mutual-aid': 1 } }
		},
		{
			workshopId: w,
			id: 'participant-2',
			name: 'Kevin Tran',
			revision: 1,
			submittedAt: now - 98 * MINUTE,
			answers: {
				'map-2': 'Ask patients during home visits which organizations help them.',
				'momentum-3': 'Case conferences have changed how we talk about patients.'
			},
			phase: 3,
			phaseReason: 'With our active partners we are building relationships, not just scanning.',
			rubric: {
				'rubric-mc1-i': 'in-place',
				'rubric-mc3-i': 'not-in-place',
				'rubric-mc3-ii': 'not-in-place'
			},
			pitfalls: {
				'pitfall-3': 'under-control',
				'pitfall-6': 'risk',
				'pitfall-8': 'risk'
			},
			suggestedPartners: [
				'food bank of the valley ',
				'Общество взаимопомощи',
				'Alder Valley Adult School'
			],
			side: 'health-care',
			momentum: { 'momentum-3': 5 },
			votes: { [DEMO_VOTE_ID]: { 'p-mutual-aid': 3 } }
		},
		{
			workshopId: w,
			id: 'participant-3',
			name: 'Grace Oyelaran',
			revision: 1,
			submittedAt: now - 95 * MINUTE,
			answers: {
				'aspiration-2': 'We can bring ECM and Community Supports payments to the table.',
				'map-5': 'Payment for services through ECM, and outcome data for grant reports.'
			},
			phase: 2,
			phaseReason: 'We have no business case yet for most partners.',
			rubric: {
				'rubric-lc4-iv': 'not-in-place',
				'rubric-mc1-ii': 'in-progress'
			},
			pitfalls: {
				'pitfall-1': 'risk',
				'pitfall-7': 'risk'
			},
			suggestedPartners: ['Łódź Partners Foundation', 'Alder County Workforce Development Board'],
			side: 'health-care',
			organisation: 'Golden Poppy Health Plan',
			votes: { [DEMO_VOTE_ID]: { 'p-lodz-foundation': 1, 'p-greek-community': 2 } }
		},
		{
			workshopId: w,
			id: 'participant-4',
			name: 'Tomás Velásquez',
			revision: 1,
			submittedAt: now - 92 * MINUTE,
			answers: {
				'map-3':
					'Yes for farmworker families — we found out by working side by side at outreach days.',
				'final-thoughts': 'Keep the promotoras and CHWs in the room when we design the workflow.'
			},
			phase: 3,
			phaseReason: 'With Valle Verde we are already co-designing.',
			rubric: {},
			pitfalls: {
				'pitfall-3': 'accelerator',
				'pitfall-5': 'n/a'
			},
			suggestedPartners: ['Clínica Sierra Vista', 'Farmworker legal aid'],
			side: 'community',
			organisation: 'Promotoras de Salud del Valle',
			momentum: { 'momentum-1': 2, 'momentum-3': 3 },
			votes: { [DEMO_VOTE_ID]: { 'p-mutual-aid': 2, 'p-greek-community': 1 } }
		}
	];

	// The room's work on its answers: one theme on the aspiration question, and a dot vote on the
	// candidate partners, closed (its tally is the demo's sample of how the room chose).
	const aspirationStep = agenda.find((s) => s.module === 'aspiration')!;
	const mapStep = agenda.find((s) => s.module === 'stakeholder-map') ?? agenda[0];
	const themes: Theme[] = [
		{
			workshopId: w,
			id: 'theme-known-partners',
			stepId: aspirationStep.id,
			itemId: 'aspiration-1',
			label: 'Partners we know by name',
			order: 0,
			createdAt: now - 90 * MINUTE,
			updatedAt: now - 90 * MINUTE
		}
	];
	const answerMarks: AnswerMark[] = [
		{
			workshopId: w,
			id: answerKey('participant-1', 'aspiration-1'),
			responseId: 'participant-1',
			itemId: 'aspiration-1',
			themeId: 'theme-known-partners',
			setAside: false,
			updatedAt: now - 90 * MINUTE
		}
	];
	const voteRounds: VoteRound[] = [
		{
			workshopId: w,
			id: DEMO_VOTE_ID,
			stepId: mapStep.id,
			target: 'partners',
			itemId: '',
			dots: 3,
			itemIds: ['p-lodz-foundation', 'p-greek-community', 'p-mutual-aid'],
			open: false,
			openedAt: now - 96 * MINUTE,
			closedAt: now - 88 * MINUTE
		}
	];

	return {
		workshop: {
			id: w,
			title: 'ROOTS Partnership Design convening',
			organisation: DEMO_ORGANISATION,
			date: today(0),
			facilitator: 'Dr. Elena Castillo',
			templateId: 'partnership-design',
			contentVersion: CONTENT_VERSION,
			archived: false,
			settings: { anonymous: false, expectedParticipants: 8 },
			createdAt: now - 14 * DAY,
			updatedAt: now - 30 * MINUTE
		},
		agenda,
		session: null,
		answers,
		phaseVotes,
		customRubricItems,
		rubricRatings,
		partners,
		people,
		connections,
		criteria,
		criterionScores,
		pitfalls,
		checks,
		actions,
		responses,
		themes,
		answerMarks,
		voteRounds,
		snapshots: []
	};
}
