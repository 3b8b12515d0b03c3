/**
 * Why untrusted input (a workshop file, a join or response link or file) was refused, as data: a
 * `code` with its parameters, never a sentence. `problemText` in `$lib/i18n/problem.ts` says it in
 * the user's language where it is shown. Pure.
 */

import type { Refusal } from './refusal';
import type { VoteProblem } from './votes';
import type { AnswerProblem } from './asked';

/** A participant document being read, named in its refusals ("This is not a Convene join link."). */
export type DocumentKind = 'join-link' | 'join-file' | 'response-file' | 'response-link';

/** Why text was refused before any schema saw it (`parseUntrustedJson`). Sizes in characters. */
export type JsonProblem =
	| { code: 'not-text' }
	| { code: 'too-large'; size: number; limit: number }
	| { code: 'empty' }
	| { code: 'too-deep' }
	| { code: 'not-json' }
	| { code: 'forbidden-key'; key: string };

/** A cross-row check that a workshop's content (or one of its snapshots) failed. */
export type Inconsistency =
	| { code: 'duplicate-id'; table: string; id: string }
	| { code: 'two-homes' }
	| { code: 'person-no-partner' }
	| { code: 'connection-no-partner' }
	| { code: 'score-no-criterion' }
	| { code: 'entry-no-partner' }
	| { code: 'session-no-step' }
	| { code: 'mark-no-theme' };

/** Why a workshop file was refused (`readWorkshopFile`, and the import's own size check). */
export type WorkshopFileProblem =
	| JsonProblem
	/** The file is larger than `MAX_FILE_BYTES` (bytes), checked before it is read. */
	| { code: 'file-too-big'; size: number; limit: number }
	| { code: 'file-unreadable' }
	| { code: 'not-workshop' }
	| { code: 'is-response-file' }
	| { code: 'wrong-type' }
	| { code: 'no-version' }
	| { code: 'newer-workshop'; version: number; supported: number }
	| { code: 'not-workshop-format'; refusal: Refusal }
	| { code: 'inconsistent'; problem: Inconsistency }
	| { code: 'snapshot-inconsistent'; label: string; problem: Inconsistency }
	| { code: 'duplicate-snapshot' };

/** Why a join or response link or file was refused (`participation.ts`, `signed-response.ts`). */
export type DocumentProblem =
	| { code: 'not-convene'; what: DocumentKind }
	| { code: 'document-no-version'; what: DocumentKind }
	| { code: 'document-newer'; what: DocumentKind; version: number }
	| { code: 'document-unreadable'; what: DocumentKind; reason: JsonProblem }
	| { code: 'document-invalid'; what: DocumentKind; refusal: Refusal }
	| { code: 'link-empty'; what: DocumentKind }
	| { code: 'link-too-long'; what: DocumentKind }
	| { code: 'link-bad-characters'; what: DocumentKind }
	| { code: 'link-damaged'; what: DocumentKind }
	| { code: 'link-too-much'; what: DocumentKind }
	/** A response file larger than `MAX_RESPONSE_FILE_BYTES` (bytes), checked before it is read. */
	| { code: 'response-too-big'; limit: number }
	/** Signed by a key that does not match its content. */
	| { code: 'bad-signature' }
	/** Signed by another key than the one pinned for this participant. */
	| { code: 'other-key' }
	/** Unsigned, for a participant whose earlier answers were signed. */
	| { code: 'unsigned-pinned' }
	/** Dot votes that break a vote's rules (see `votes.ts`). */
	| VoteProblem
	/** Answers to questions the seed does not have, or momentum ratings outside 1–5 (see `asked.ts`). */
	| AnswerProblem;

export type Problem = WorkshopFileProblem | DocumentProblem;

/**
 * A value, or why not. `problem` is the code to translate (`problemText`); a schema's refusal is
 * inside it (`not-workshop-format`, `document-invalid`) for callers that want the details.
 */
export type Result<T, P extends Problem = Problem> =
	{ ok: true; value: T } | { ok: false; problem: P };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <T = never, P extends Problem = Problem>(problem: P): Result<T, P> => ({
	ok: false,
	problem
});
