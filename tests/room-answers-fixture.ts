/**
 * The room of issue 25's journey: the demo workshop with 30 handed-in responses whose answers to the
 * first aspiration question vary from a few words to a paragraph (the worst case for paging), from
 * both sides of the partnership (16 health care, 12 community, 2 public agency: a side too small to
 * show on its own when the workshop is anonymous), each with dots on the demo's vote on candidate
 * partners. As a workshop file to import through the home page. Deterministic.
 */
import { buildDemoBundle } from '../src/lib/domain/demo';
import { workshopFileText } from '../src/lib/domain/file-format';
import type { ParticipantResponse, PhaseNumber, Side } from '../src/lib/domain/types';

const SHORT = [
	'Shared data on readmissions.',
	'Trust first, contracts later.',
	'Families stop falling through the cracks between our doors.',
	'Food as medicine, paid for properly.'
];
const LONG =
	'We could follow a family from the emergency department to a food pantry, a housing caseworker and back to primary care without anyone having to tell their story four times, and we would finally know which of our referrals actually help.';

/** The answer of participant `i` to the first aspiration question: short, medium or long. */
export function answerOf(i: number): string {
	if (i % 5 === 4) return `${i + 1}. ${LONG}`;
	if (i % 3 === 0) return `${i + 1}. ${SHORT[i % SHORT.length]}`;
	return `${i + 1}. ${SHORT[i % SHORT.length]} ${SHORT[(i + 1) % SHORT.length]}`;
}

export function sideOf(i: number): Side {
	return i < 16 ? 'health-care' : i < 28 ? 'community' : 'public-agency';
}

export const ROOM_SIZE = 30;

/** The workshop file: `anonymous` names nobody and hides the small side's split. */
export function answersRoomFile(anonymous: boolean, now = Date.UTC(2026, 11, 7, 9)) {
	const bundle = buildDemoBundle('answers-room', now);
	const title = anonymous ? 'Answers room (anonymous)' : 'Answers room';
	bundle.workshop.title = title;
	bundle.workshop.settings.anonymous = anonymous;
	bundle.workshop.settings.expectedParticipants = ROOM_SIZE;
	const base = bundle.responses[0];
	const partners = ['p-lodz-foundation', 'p-greek-community', 'p-mutual-aid'];
	bundle.responses = Array.from({ length: ROOM_SIZE }, (_, i): ParticipantResponse => ({
		...base,
		id: `answers-participant-${i + 1}`,
		name: anonymous ? '' : `Person ${i + 1}`,
		signer: undefined,
		submittedAt: now - (100 - i) * 60_000,
		answers: { 'aspiration-1': answerOf(i), 'aspiration-2': `Reason ${i + 1}` },
		phase: (sideOf(i) === 'health-care' ? 3 : 2) as PhaseNumber,
		side: sideOf(i),
		organisation: '',
		// Health care puts its dots on the foundation, the community on mutual aid.
		votes: {
			'vote-candidates':
				sideOf(i) === 'health-care' ? { [partners[0]]: 2, [partners[1]]: 1 } : { [partners[2]]: 3 }
		}
	}));
	// The themes are the journey's to make.
	bundle.answerMarks = [];
	bundle.themes = [];
	const steps = [...bundle.agenda].sort((a, b) => a.order - b.order).map((s) => s.module);
	return { title, name: `${title}.convene.json`, text: workshopFileText(bundle), steps };
}

/**
 * The live journey's workshop: the demo's partners, criteria and agenda with no responses, themes or
 * votes yet (the room brings them); 30 participants expected. `anonymous` names nobody.
 */
export function crowdRoomFile(now = Date.UTC(2026, 11, 7, 9)) {
	const bundle = buildDemoBundle('crowd-room', now);
	const title = 'Live crowd room';
	bundle.workshop.title = title;
	bundle.workshop.settings.expectedParticipants = ROOM_SIZE;
	bundle.responses = [];
	bundle.answerMarks = [];
	bundle.themes = [];
	bundle.voteRounds = [];
	const steps = [...bundle.agenda].sort((a, b) => a.order - b.order).map((s) => s.module);
	return { title, name: `${title}.convene.json`, text: workshopFileText(bundle), steps };
}
