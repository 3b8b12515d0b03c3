/**
 * The user's words for why input was refused (`$lib/domain/problem.ts`) and for what an import of
 * responses does with each (`MergeReason`), in the language active at the call. One literal message
 * key per code; the compiler checks that every code has its sentence.
 */

import type { MergeReason } from '$lib/domain/participation';
import { thingText } from './refusal';
import type {
	DocumentKind,
	Inconsistency,
	JsonProblem,
	Problem,
	Result
} from '$lib/domain/problem';
import { m } from '$lib/paraglide/messages.js';
import { formatBytes } from './format';
import { refusalText } from './refusal';

/** A result whose refusal is already a sentence (what the import screens show). */
export type Worded<T> = { ok: true; value: T } | { ok: false; error: string };

/** A result with its problem worded (`problemText`). */
export const worded = <T>(result: Result<T>): Worded<T> =>
	result.ok ? result : { ok: false, error: problemText(result.problem) };

/** A refusal the caller has already worded. */
export const refused = <T = never>(error: string): Worded<T> => ({ ok: false, error });

const DOCUMENTS: Record<DocumentKind, () => string> = {
	'join-link': () => m.problem_what_joinLink(),
	'join-file': () => m.problem_what_joinFile(),
	'response-file': () => m.problem_what_responseFile(),
	'response-link': () => m.problem_what_responseLink()
};

function jsonProblemText(p: JsonProblem): string {
	switch (p.code) {
		case 'not-text':
			return m.problem_notText();
		case 'too-large':
			return m.problem_tooLarge({ size: formatBytes(p.size), limit: formatBytes(p.limit) });
		case 'empty':
			return m.problem_empty();
		case 'too-deep':
			return m.problem_tooDeep();
		case 'not-json':
			return m.problem_notJson();
		case 'forbidden-key':
			return m.problem_forbiddenKey({ key: p.key });
	}
}

/** A cross-row check a workshop failed, as a sentence. */
export function inconsistencyText(p: Inconsistency): string {
	switch (p.code) {
		case 'duplicate-id':
			return m.problem_duplicateId({ table: thingText(p.table), id: p.id });
		case 'two-homes':
			return m.problem_twoHomes();
		case 'person-no-partner':
			return m.problem_personNoPartner();
		case 'connection-no-partner':
			return m.problem_connectionNoPartner();
		case 'score-no-criterion':
			return m.problem_scoreNoCriterion();
		case 'entry-no-partner':
			return m.problem_entryNoPartner();
		case 'session-no-step':
			return m.problem_sessionNoStep();
		case 'mark-no-theme':
			return m.problem_markNoTheme();
	}
}

/** Why input was refused, as the sentence to show ("The file is empty."). */
export function problemText(p: Problem): string {
	switch (p.code) {
		case 'not-text':
		case 'too-large':
		case 'empty':
		case 'too-deep':
		case 'not-json':
		case 'forbidden-key':
			return jsonProblemText(p);
		case 'file-too-big':
			return m.import_tooBig({ size: formatBytes(p.size), limit: formatBytes(p.limit) });
		case 'file-unreadable':
			return m.import_unreadable();
		case 'not-workshop':
			return m.problem_notWorkshop();
		case 'is-response-file':
			return m.problem_isResponseFile();
		case 'wrong-type':
			return m.problem_wrongType();
		case 'no-version':
			return m.problem_noVersion();
		case 'newer-workshop':
			return m.problem_newerWorkshop({ version: p.version, supported: p.supported });
		case 'not-workshop-format':
			return m.problem_notWorkshopFormat({ issue: refusalText(p.refusal) });
		case 'inconsistent':
			return m.problem_inconsistent({ problem: inconsistencyText(p.problem) });
		case 'snapshot-inconsistent':
			return m.problem_snapshotInconsistent({
				label: p.label,
				problem: inconsistencyText(p.problem)
			});
		case 'duplicate-snapshot':
			return m.problem_duplicateSnapshot();
		case 'not-convene':
			return m.problem_notConvene({ what: DOCUMENTS[p.what]() });
		case 'document-no-version':
			return m.problem_whatNoVersion({ what: DOCUMENTS[p.what]() });
		case 'document-newer':
			return m.problem_whatNewer({ what: DOCUMENTS[p.what](), version: p.version });
		case 'document-unreadable':
			return m.problem_whatUnreadable({
				what: DOCUMENTS[p.what](),
				reason: jsonProblemText(p.reason)
			});
		case 'document-invalid':
			return m.problem_whatInvalid({ what: DOCUMENTS[p.what](), issue: refusalText(p.refusal) });
		case 'link-empty':
			return m.problem_whatEmpty({ what: DOCUMENTS[p.what]() });
		case 'link-too-long':
			return m.problem_whatTooLong({ what: DOCUMENTS[p.what]() });
		case 'link-bad-characters':
			return m.problem_whatBadCharacters({ what: DOCUMENTS[p.what]() });
		case 'link-damaged':
			return m.problem_whatDamaged({ what: DOCUMENTS[p.what]() });
		case 'link-too-much':
			return m.problem_whatTooMuch({ what: DOCUMENTS[p.what]() });
		case 'response-too-big':
			return m.participants_import_tooBig({ limit: formatBytes(p.limit) });
		case 'bad-signature':
			return m.problem_badSignature();
		case 'other-key':
			return m.problem_otherKey();
		case 'unsigned-pinned':
			return m.problem_unsignedPinned();
		case 'vote-unknown':
			return m.problem_voteUnknown();
		case 'vote-unknown-item':
			return m.problem_voteUnknownItem();
		case 'vote-bad-count':
			return m.problem_voteBadCount();
		case 'vote-too-many-dots':
			return m.problem_voteTooManyDots({ given: p.given, allowed: p.allowed });
		case 'answer-unknown-item':
			return m.problem_answerUnknownItem();
		case 'momentum-unknown-shift':
			return m.problem_momentumUnknownShift();
		case 'momentum-bad-rating':
			return m.problem_momentumBadRating();
	}
}

/** Why an import item has its outcome, as a sentence ('' for none). */
export function mergeReasonText(reason: MergeReason | null): string {
	if (!reason) return '';
	switch (reason.code) {
		case 'other-workshop':
			return m.problem_otherWorkshop();
		case 'revision-replaces':
			return m.problem_revisionReplaces({ revision: reason.revision, known: reason.known });
		case 'already-imported':
			return m.problem_alreadyImported();
		case 'newer-here':
			return m.problem_newerHere({ revision: reason.revision });
		default:
			return problemText(reason);
	}
}
