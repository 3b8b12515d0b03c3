/**
 * The catalogue of agenda modules: what each step of a workshop is, in the user's words, and how
 * long it usually takes. The UI and the templates read this; titles are the seeds' own headings.
 */

import type { ModuleKind } from './types';
import type { SourceId } from './content';

interface ModuleInfo {
	kind: ModuleKind;
	title: string;
	summary: string;
	defaultMinutes: number;
	source: SourceId | null;
}

export const MODULES: readonly ModuleInfo[] = [
	{
		kind: 'momentum',
		title: 'Momentum and conditions for effectiveness',
		summary:
			'The four "From … to …" shifts and the conditions that support effective partnerships.',
		defaultMinutes: 10,
		source: 'partnership-design'
	},
	{
		kind: 'aspiration',
		title: 'Revisit your aspiration',
		summary: 'Three questions about the case for your aspiration and what attracts partners to it.',
		defaultMinutes: 15,
		source: 'partnership-design'
	},
	{
		kind: 'phase',
		title: 'What phase of partnership development are you in?',
		summary:
			'Place the team (and each partnership) in one of the six phases; design for that phase.',
		defaultMinutes: 15,
		source: 'partnership-design'
	},
	{
		kind: 'rubric',
		title: 'Assess internally: capacity rubric',
		summary: 'Rate each task of the internal capacity rubric: not in place, in progress, in place.',
		defaultMinutes: 20,
		source: 'partnership-design'
	},
	{
		kind: 'map-questions',
		title: 'Building your Partnership Map',
		summary: 'The seven partner questions and the four questions once partners are identified.',
		defaultMinutes: 25,
		source: 'partnership-design'
	},
	{
		kind: 'stakeholder-map',
		title: 'Stakeholder map',
		summary: 'Partners, the people inside them and their roles, and the connections between them.',
		defaultMinutes: 20,
		source: 'partnership-design'
	},
	{
		kind: 'criteria',
		title: 'Partner selection criteria',
		summary: 'Define weighted criteria and score candidate partners against them.',
		defaultMinutes: 15,
		source: 'partnership-design'
	},
	{
		kind: 'pitfalls',
		title: 'Common pitfalls (or accelerators?)',
		summary: 'The nine common pitfalls of phases 2 and 3: risk, under control or accelerator.',
		defaultMinutes: 20,
		source: 'partnership-design'
	},
	{
		kind: 'characteristics',
		title: 'Why partnerships, and what makes them effective',
		summary:
			'Why this is important, the characteristics of effective partnerships, core recommendations.',
		defaultMinutes: 10,
		source: 'strengthening-partnerships'
	},
	{
		kind: 'core-activities',
		title: 'Core activities of effective partnerships',
		summary: 'Track the eleven core activities for each partnership.',
		defaultMinutes: 20,
		source: 'strengthening-partnerships'
	},
	{
		kind: 'getting-started',
		title: 'How to get started',
		summary: 'First steps for internal and external partnerships, with owners.',
		defaultMinutes: 15,
		source: 'strengthening-partnerships'
	},
	{
		kind: 'tips',
		title: 'Overall tips and guidance',
		summary: 'Four tips to keep in view while partnering.',
		defaultMinutes: 5,
		source: 'strengthening-partnerships'
	},
	{
		kind: 'actions',
		title: 'Action plan',
		summary: 'Actions with a partner, an owner, a due date and a status.',
		defaultMinutes: 15,
		source: null
	},
	{
		kind: 'final-words',
		title: 'Final words',
		summary: 'The closing reminders, and your final thoughts.',
		defaultMinutes: 10,
		source: 'partnership-design'
	},
	{
		kind: 'custom',
		title: 'Custom step',
		summary: 'A step of your own with a title and a prompt.',
		defaultMinutes: 10,
		source: null
	}
];

export function moduleInfo(kind: ModuleKind): ModuleInfo {
	const info = MODULES.find((m) => m.kind === kind);
	if (!info) throw new Error(`Unknown module: ${kind}`);
	return info;
}

export const MODULE_KINDS: readonly ModuleKind[] = MODULES.map((m) => m.kind);

/**
 * Each module's English title, taken when this module is first evaluated (before any translation is
 * put in place): a template step still carrying it was never renamed (see `stepTitle`).
 */
export const ENGLISH_MODULE_TITLES: Readonly<Record<ModuleKind, string>> = Object.freeze(
	Object.fromEntries(MODULES.map((m) => [m.kind, m.title])) as Record<ModuleKind, string>
);
