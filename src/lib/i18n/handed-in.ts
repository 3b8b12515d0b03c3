/** The words of the facilitator's hand-in counters (participants panel, beside Reveal, results frame). */

import { handedInCount, handedInReading, type ResponseAnswers } from '$lib/domain/counters';
import { m } from '$lib/paraglide/messages.js';

/** "Handed in: n of m", "n handed in (m expected)" when more arrived, or "Handed in: n". */
export function handedInText(responses: readonly ResponseAnswers[], expected: number): string {
	const r = handedInReading(handedInCount(responses), expected);
	if (r.kind === 'of') return m.participants_panel_handedIn(r);
	if (r.kind === 'over') return m.participants_panel_handedInOver(r);
	return m.participants_panel_handedInCount(r);
}

/** The results frame's "Responses handed in: n of m" (or n, or "n (m expected)"). */
export function resultsHandedInText(
	responses: readonly ResponseAnswers[],
	expected: number
): string {
	const r = handedInReading(handedInCount(responses), expected);
	if (r.kind === 'of') return m.session_results_handedInOf(r);
	if (r.kind === 'over') return m.session_results_handedInOver(r);
	return m.session_results_handedIn(r);
}
