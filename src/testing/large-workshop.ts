/**
 * A large workshop for the PDF benchmark: the demo plus generated partners (each with people),
 * actions and participant responses, up to the sizes asked. Pure and deterministic.
 */

import { buildDemoBundle } from '$lib/domain/demo';
import { PITFALLS } from '$lib/domain/content';
import type {
	ActionStatus,
	ParticipantResponse,
	Partner,
	PersonRole,
	PhaseNumber,
	RelationshipPhase,
	WorkshopBundle
} from '$lib/domain/types';

const NAMES = [
	'Clínica',
	'Łódź',
	'Ελληνική',
	'Общество',
	'Nguyễn',
	'Valley',
	'Harbor',
	'Cedar',
	'Mesa',
	'Riverside'
];
const KINDS = [
	'Community Clinic',
	'Food Pantry',
	'Housing Trust',
	'Family Center',
	'Health Plan',
	'Youth League',
	'Senior Services',
	'Legal Aid'
];
const SECTORS = [
	'clinic',
	'food',
	'housing',
	'social-services',
	'health-plan',
	'education',
	'faith-community',
	'other'
];
const ROLES: PersonRole[] = ['contributes', 'allocates-resources', 'implements', 'makes-decisions'];
const STATUSES: ActionStatus[] = ['todo', 'doing', 'done'];

export function largeWorkshop(
	sizes: { partners: number; actions: number; responses: number },
	now = Date.UTC(2025, 4, 14, 12)
): WorkshopBundle {
	const b = buildDemoBundle('bench-large', now);
	const w = b.workshop.id;
	const sentence = (i: number) =>
		`Partner ${i} brings outreach staff, a weekly pantry and trusted relationships with families in zip code 9${String(i).padStart(4, '0')}; shared goal: fewer missed follow-ups.`;
	for (let i = b.partners.length; i < sizes.partners; i++) {
		const template = b.partners[i % b.partners.length];
		const partner: Partner = {
			...template,
			id: `gen-partner-${i}`,
			name: `${NAMES[i % NAMES.length]} ${KINDS[i % KINDS.length]} ${i}`,
			sector: SECTORS[i % SECTORS.length],
			phase: (i % 7) as RelationshipPhase,
			influence: 1 + (i % 5),
			interest: 1 + ((i * 3) % 5),
			sharedGoal: sentence(i),
			capacities: sentence(i + 1),
			valueWeOffer: i % 9 === 0 ? '' : sentence(i + 2),
			notes: sentence(i + 3),
			decision: null,
			// Copies of the demo's home organisation are ordinary partners (one home per workshop).
			home: false
		};
		b.partners.push(partner);
		for (let k = 0; k < 2; k++) {
			b.people.push({
				workshopId: w,
				id: `gen-person-${i}-${k}`,
				partnerId: partner.id,
				name: `Person ${k + 1} of ${partner.name}`,
				title: 'Program Director',
				roles: [ROLES[(i + k) % 4]],
				contact: 'Email'
			});
		}
	}
	for (let i = b.actions.length; i < sizes.actions; i++) {
		b.actions.push({
			workshopId: w,
			id: `gen-action-${i}`,
			title: `Follow up with partner ${i % sizes.partners} on the referral workflow and agree a shared measure (${i})`,
			partnerId: b.partners[i % b.partners.length].id,
			owner: i % 11 === 0 ? '' : 'Kevin Tran',
			dueDate: '2025-06-30',
			status: STATUSES[i % 3],
			order: i,
			createdAt: now
		});
	}
	for (let i = b.responses.length; i < sizes.responses; i++) {
		const response: ParticipantResponse = {
			workshopId: w,
			id: `gen-participant-${i}`,
			name: `Participant ${i + 1}`,
			revision: 1,
			submittedAt: now - i * 1000,
			answers: {
				'aspiration-1': `Answer ${i}: partners we know by name, for every patient with complex needs.`,
				'map-1': `Suggestion ${i}: the food bank and a housing partner.`
			},
			phase: (1 + (i % 6)) as PhaseNumber,
			phaseReason: `Reason ${i}: we are still selecting most partners.`,
			rubric: {},
			pitfalls: { [PITFALLS[i % PITFALLS.length].id]: 'risk' },
			suggestedPartners: [`Suggested partner ${i % 12}`]
		};
		b.responses.push(response);
	}
	return b;
}
