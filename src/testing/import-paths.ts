/**
 * The table of every path by which untrusted text enters Convene, for the hostile-input property
 * tests (`*.property.test.ts`). A new import path (the response file, join links, response links)
 * adds one entry here and is then put through every property at once.
 */

import { buildDemoBundle } from '$lib/domain/demo';
import { readWorkshopFile, workshopFileText, WORKSHOP_FILE_VERSION } from '$lib/domain/file-format';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import {
	decodeInvite,
	decodeResponse,
	makeInvite,
	makeResponseFile,
	PARTICIPATION_VERSION,
	readResponseFile,
	type JoinInvite,
	type ResponseFile
} from '$lib/domain/participation';
import type { Result } from '$lib/domain/safe-json';

type Path = readonly (string | number)[];

interface TextField {
	/** Where the text sits in the parsed valid input. */
	at: Path;
	/** Its length limit (UTF-16 code units, as the schema counts). */
	max: number;
	/** Where the same text sits in what the reader returns. */
	read: (value: never) => string;
}

interface ImportPath {
	name: string;
	/** The reader under test: untrusted text in, a value or a reason out, never an exception. */
	read: (text: string) => Result<unknown>;
	/** A valid input, as text; the properties mutate it. */
	valid: () => string;
	/** Turns JSON text into this path's input: the identity for files; a link would encode it into its fragment. */
	wrap: (json: string) => string;
	/** The inverse of `wrap`. */
	unwrap: (input: string) => string;
	/** Where the format version sits, and the newest version this reader knows. */
	versionAt: Path;
	formatVersion: number;
	textFields: TextField[];
	/** Where dates (`YYYY-MM-DD`) sit in the valid input. */
	dateFields: Path[];
	/** Where row ids sit (letters, digits and `_ . : @ -`). */
	idFields: Path[];
	/** Where workshop ids sit (letters, digits, `_`, `-`: no `join:…`). */
	workshopIdFields: Path[];
	/** The valid input as a chat or mail tool passes a link on (`+` as `%2B`), for links; null for files. */
	reencoded: ((input: string) => string) | null;
}

/** What a chat or mail tool does to a link's fragment: `+`, `$` and `=` percent-encoded. */
const reencode = (input: string) =>
	input.replace(/\+/g, '%2B').replace(/\$/g, '%24').replace('=', '%3D');

const NOW = Date.UTC(2026, 10, 24, 12);
const demoFile = workshopFileText(buildDemoBundle('w-demo', NOW));

type Bundle = import('$lib/domain/types').WorkshopBundle;

const responseFile = JSON.stringify(
	makeResponseFile('w-demo', {
		id: 'r-1',
		name: 'Ana',
		revision: 2,
		submittedAt: NOW,
		answers: { 'aspiration-1': 'Healthier families' },
		phase: 2,
		phaseReason: 'We are scanning.',
		rubric: { 'lc1-i': 'in-progress' },
		pitfalls: { 'pitfall-1': 'risk' },
		suggestedPartners: ['Food Bank Coalition']
	})
);
const responseFields = [
	{ at: ['response', 'name'], max: 500, read: (f: ResponseFile) => f.response.name },
	{
		at: ['response', 'phaseReason'],
		max: 20_000,
		read: (f: ResponseFile) => f.response.phaseReason
	},
	{
		at: ['response', 'answers', 'aspiration-1'],
		max: 20_000,
		read: (f: ResponseFile) => f.response.answers['aspiration-1']
	},
	{
		at: ['response', 'suggestedPartners', 0],
		max: 500,
		read: (f: ResponseFile) => f.response.suggestedPartners[0]
	}
] as TextField[];
const inviteJson = JSON.stringify(
	makeInvite({
		workshopId: 'w-demo',
		title: 'Spring convening',
		organisation: 'Valle Verde',
		anonymous: false,
		modules: ['phase', 'rubric'],
		customRubricItems: [{ id: 'custom-1', domainId: 'lc', text: 'Shared data agreement' }]
	})
);
/** A link's fragment (`#r=…` / `#j=…`) carrying JSON text, and back. */
const linkOf = (key: string, json: string) => `#${key}=${compressToEncodedURIComponent(json)}`;
const unlink = (key: string, input: string) =>
	decompressFromEncodedURIComponent(input.slice(key.length + 2)) ?? '';

export const IMPORT_PATHS: ImportPath[] = [
	{
		name: 'workshop file',
		read: readWorkshopFile,
		valid: () => demoFile,
		wrap: (json) => json,
		unwrap: (input) => input,
		versionAt: ['version'],
		formatVersion: WORKSHOP_FILE_VERSION,
		textFields: [
			{ at: ['workshop', 'title'], max: 500, read: (b: Bundle) => b.workshop.title },
			{ at: ['workshop', 'organisation'], max: 500, read: (b: Bundle) => b.workshop.organisation },
			{
				at: ['workshop', 'partners', 0, 'name'],
				max: 500,
				read: (b: Bundle) => b.partners[0].name
			},
			{
				at: ['workshop', 'partners', 0, 'valueWeOffer'],
				max: 20_000,
				read: (b: Bundle) => b.partners[0].valueWeOffer
			},
			{
				at: ['workshop', 'people', 0, 'contact'],
				max: 20_000,
				read: (b: Bundle) => b.people[0].contact
			},
			{
				at: ['workshop', 'answers', 0, 'text'],
				max: 20_000,
				read: (b: Bundle) => b.answers[0].text
			},
			{
				at: ['workshop', 'actions', 0, 'title'],
				max: 20_000,
				read: (b: Bundle) => b.actions[0].title
			}
		] as TextField[],
		dateFields: [
			['workshop', 'date'],
			['workshop', 'actions', 0, 'dueDate'],
			['workshop', 'pitfalls', 0, 'dueDate']
		],
		idFields: [
			['workshop', 'partners', 0, 'id'],
			['workshop', 'actions', 0, 'id'],
			['workshop', 'people', 0, 'partnerId']
		],
		workshopIdFields: [['workshop', 'id']],
		reencoded: null
	},
	{
		name: 'response file',
		read: readResponseFile,
		valid: () => responseFile,
		wrap: (json) => json,
		unwrap: (input) => input,
		versionAt: ['version'],
		formatVersion: PARTICIPATION_VERSION,
		textFields: responseFields,
		dateFields: [],
		idFields: [['response', 'id']],
		workshopIdFields: [['workshopId']],
		reencoded: null
	},
	{
		name: 'response link',
		read: decodeResponse,
		valid: () => linkOf('r', responseFile),
		wrap: (json) => linkOf('r', json),
		unwrap: (input) => unlink('r', input),
		versionAt: ['version'],
		formatVersion: PARTICIPATION_VERSION,
		textFields: responseFields,
		dateFields: [],
		idFields: [['response', 'id']],
		workshopIdFields: [['workshopId']],
		reencoded: reencode
	},
	{
		name: 'join link',
		read: decodeInvite,
		valid: () => linkOf('j', inviteJson),
		wrap: (json) => linkOf('j', json),
		unwrap: (input) => unlink('j', input),
		versionAt: ['version'],
		formatVersion: PARTICIPATION_VERSION,
		textFields: [
			{ at: ['title'], max: 500, read: (i: JoinInvite) => i.title },
			{ at: ['organisation'], max: 500, read: (i: JoinInvite) => i.organisation },
			{
				at: ['customRubricItems', 0, 'text'],
				max: 500,
				read: (i: JoinInvite) => i.customRubricItems[0].text
			}
		] as TextField[],
		dateFields: [],
		idFields: [['customRubricItems', 0, 'id']],
		workshopIdFields: [['workshopId']],
		reencoded: reencode
	}
];

/** The data inside a path's input. */
export const parseInput = (path: ImportPath, input: string): unknown =>
	JSON.parse(path.unwrap(input));

/** Data as a path's input. */
export const encodeInput = (path: ImportPath, data: unknown): string =>
	path.wrap(JSON.stringify(data));

/** Sets `value` at `path` inside `data` (which it mutates). */
export function setAt(data: unknown, path: Path, value: unknown): void {
	let node = data as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	node[path[path.length - 1]] = value;
}

/** Every plain object and array inside `data`, with its path (the root included). */
export function containers(data: unknown, path: Path = []): { path: Path; node: object }[] {
	if (data === null || typeof data !== 'object') return [];
	const children = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
	return [{ path, node: data }, ...children.flatMap(([k, v]) => containers(v, [...path, k]))];
}

/** Every primitive value inside `data`, with its path. */
export function leaves(data: unknown, path: Path = []): { path: Path; value: unknown }[] {
	if (data === null || typeof data !== 'object') return [{ path, value: data }];
	const children = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
	return children.flatMap(([k, v]) => leaves(v, [...path, k]));
}
