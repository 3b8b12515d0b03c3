/**
 * The words of the CSV exports (`$lib/domain/csv.ts`), from the message catalogue in the language
 * active at the call: call `csvLabels` inside `inLocale(workshop language, …)` to get the workshop's.
 */

import type { CsvColumn, CsvLabels } from '$lib/domain/csv';
import { m } from '$lib/paraglide/messages.js';
import { PHASE_QUESTION } from '$lib/domain/content';
import { actionStatusLabel, decisionName, markLabel, ratingLabel, roleLabel } from './labels';
import { sideText } from './sides';

/** `sector` words a stored sector as the map's legend does (`sectorStyle(sector).label`). */
export function csvLabels(sector: (sector: string) => string): CsvLabels {
	const columns: Record<CsvColumn, string> = {
		id: m.plan_csv_id(),
		name: m.plan_person_name(),
		sector: m.plan_partner_sector(),
		phase: m.plan_partner_phase(),
		influence: m.plan_csv_influence(),
		interest: m.plan_csv_interest(),
		sharedGoal: m.plan_partner_sharedGoal(),
		capacities: m.plan_partner_capacities(),
		value: m.plan_partner_value(),
		population: m.plan_partner_population(),
		terms: m.plan_partner_terms(),
		notes: m.plan_partner_notes(),
		decision: m.plan_csv_decision(),
		decisionReason: m.plan_csv_decisionReason(),
		decisionDate: m.plan_csv_decisionDate(),
		people: m.plan_csv_people(),
		title: m.plan_person_title(),
		partner: m.plan_phase_partner(),
		roles: m.plan_person_roles(),
		contact: m.plan_person_contact(),
		partnerId: m.plan_csv_partnerId(),
		number: m.plan_actions_number(),
		action: m.plan_actions_action(),
		actionPartner: m.plan_actions_partner(),
		owner: m.plan_actions_owner(),
		due: m.plan_actions_due(),
		status: m.plan_actions_status(),
		response: m.csv_room_response(),
		participant: m.csv_room_participant(),
		side: m.csv_room_side(),
		question: m.csv_room_question(),
		answer: m.csv_room_answer()
	};
	return {
		columns,
		candidate: m.plan_phase_candidate(),
		home: m.plan_partner_home(),
		sector,
		decision: decisionName,
		role: roleLabel,
		actionStatus: actionStatusLabel,
		room: {
			side: sideText,
			rating: ratingLabel,
			mark: markLabel,
			phase: PHASE_QUESTION,
			phaseReason: m.plan_phase_reason(),
			suggested: m.plan_participants_suggested()
		}
	};
}
