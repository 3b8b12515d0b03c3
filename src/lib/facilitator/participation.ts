/**
 * The facilitator's side of participation: the workshop's join invite (link, QR code, file), and
 * importing handed-in responses. An import is read and planned first (`planMerge`, nothing stored),
 * shown for review, and only applied on confirmation, in one transaction.
 */

import QRCode from 'qrcode';
import { repo } from '$lib/db';
import { applyMerge, storedResponses } from '$lib/db/responses';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import {
	decodeResponse,
	encodeInvite,
	findResponseLinks,
	makeInvite,
	MAX_OPEN_VOTES,
	MAX_RESPONSE_FILE_BYTES,
	participantModulesFor,
	readResponseFile,
	type JoinInvite,
	type MergePlan,
	type ResponseFile
} from '$lib/domain/participation';
import { inviteAsked } from '$lib/domain/asked';
import { fail, type Result } from '$lib/domain/safe-json';
import { planSignedMerge, verifyIncoming } from '$lib/domain/signed-response';
import { openVotes } from '$lib/domain/votes';
import type { ParticipantResponse, LiveBundle } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import { saveStatus } from '$lib/state/save-status.svelte';

export function inviteFor(bundle: LiveBundle): JoinInvite {
	const asked = inviteAsked(bundle.agenda);
	return makeInvite({
		workshopId: bundle.workshop.id,
		title: bundle.workshop.title,
		organisation: bundle.workshop.organisation,
		anonymous: bundle.workshop.settings.anonymous,
		modules: participantModulesFor(bundle.agenda),
		...(Object.keys(asked).length > 0 ? { asked } : {}),
		customRubricItems: bundle.customRubricItems.map(({ id, domainId, text }) => ({
			id,
			domainId,
			text
		})),
		...(bundle.voteRounds.some((r) => r.open)
			? { votes: openVotes(bundle.voteRounds, bundle, MAX_OPEN_VOTES) }
			: {})
	});
}

/** The full join link: `<origin><base>/join/#j=…` (`joinPath` is `resolve('/join/')`). */
export const joinLink = (origin: string, joinPath: string, invite: JoinInvite) =>
	`${origin}${joinPath}#${encodeInvite(invite)}`;

export const joinFileName = (invite: JoinInvite) =>
	safeFileName(invite.title || 'workshop', isoDay(Date.now()), 'convene-join.json');

/** The QR code of a link as an SVG data URL (for an `<img>`: never inserted as markup). */
export async function qrDataUrl(link: string): Promise<string> {
	const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export type Incoming = { source: string; file: Result<ResponseFile> };

export async function readResponseFiles(files: readonly File[]): Promise<Incoming[]> {
	return Promise.all(
		files.map(async (f) => {
			if (f.size > MAX_RESPONSE_FILE_BYTES)
				return {
					source: f.name,
					file: fail<ResponseFile>({ code: 'response-too-big', limit: MAX_RESPONSE_FILE_BYTES })
				};
			const text = await f.text().catch(() => '');
			return { source: f.name, file: readResponseFile(text) };
		})
	);
}

/** Every response link in pasted text, decoded (each one validated on its own). */
export function readPastedLinks(text: string): Incoming[] {
	return findResponseLinks(text).map((payload, i) => ({
		source: m.participants_import_link({ n: i + 1 }),
		file: decodeResponse(payload)
	}));
}

export async function planImport(
	workshopId: string,
	incoming: readonly Incoming[]
): Promise<MergePlan> {
	// Signatures checked, then the first key seen per participant pins it (signed-response.ts).
	return planSignedMerge(
		workshopId,
		await storedResponses(repo(), workshopId),
		await verifyIncoming(incoming),
		{ voteRounds: await repo().rows('voteRounds', workshopId) }
	);
}

export function applyImport(workshopId: string, rows: readonly ParticipantResponse[]) {
	return saveStatus.track(() => applyMerge(repo(), workshopId, rows).then(() => true as const));
}
