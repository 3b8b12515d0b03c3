/**
 * What the room sees for each agenda step: the seed's prompts for that module, as headed lists.
 * The facilitator view and the projector both render this, so they always show the same words.
 */

import * as c from './content';
import type { AgendaStep, ModuleKind } from './types';

interface PromptGroup {
	heading: string;
	items: readonly string[];
}

interface StepContent {
	/** The main question put to the room, when the seed has one. */
	question: string;
	groups: readonly PromptGroup[];
	/** A closing reminder or quote. */
	note: string;
}

const texts = (list: readonly { text: string }[]) => list.map((i) => i.text);

const BY_MODULE: Record<Exclude<ModuleKind, 'custom'>, StepContent> = {
	momentum: {
		question: 'Where is your organisation on each shift?',
		// The seed deck's order: momentum, cross-sector partnerships, then conditions (the deck's
		// "Strong case" is shown with the aspiration step, whose first question asks for that case).
		groups: [
			{ heading: 'Momentum', items: texts(c.MOMENTUM_SHIFTS) },
			{ heading: 'Cross-sector partnerships', items: texts(c.CROSS_SECTOR_PARTNERSHIPS) },
			{ heading: 'Conditions to support effectiveness', items: texts(c.CONDITIONS) }
		],
		note: 'No universal playbook: complex challenges, not merely complicated ones.'
	},
	aspiration: {
		question: 'Revisit your aspiration',
		groups: [
			{ heading: 'Questions', items: texts(c.ASPIRATION_QUESTIONS) },
			{ heading: 'Strong case', items: texts(c.STRONG_CASE) }
		],
		note: c.ASPIRATION_ADVICE
	},
	phase: {
		question: c.PHASE_QUESTION,
		groups: [{ heading: 'Partnership development phases', items: c.PHASES.map((p) => `${p.number}. ${p.title} — ${p.verbs.join(' · ')}`) }],
		// The deck's finding from the teams' pre-work, next to the question it answers.
		note: `${c.MAJORITY_NOTE}. Design for the phase you are in.`
	},
	rubric: {
		question: 'Assess internally: which capacities are in place?',
		groups: c.RUBRIC.flatMap((d) =>
			d.subObjectives.map((s) => ({ heading: `${s.code}. ${s.text}`, items: s.tasks.map((t) => t.text) }))
		),
		note: 'Understand self · build capacities · change · organize'
	},
	'map-questions': {
		question: 'Building your Partnership Map',
		groups: [
			{ heading: 'Partners', items: texts(c.PARTNER_QUESTIONS) },
			{ heading: 'Once your partner organizations are identified', items: texts(c.ONCE_IDENTIFIED_QUESTIONS) }
		],
		note: c.ASPIRATION_ADVICE
	},
	'stakeholder-map': {
		question: 'Who are your most appropriate partners, and who inside them?',
		groups: [{ heading: 'Once your partner organizations are identified', items: [c.ONCE_IDENTIFIED_QUESTIONS[0].text] }],
		note: 'Who contributes, allocates resources, implements, makes decisions?'
	},
	criteria: {
		question: 'What criteria or expectations do you have for your partners? They for you?',
		groups: [{ heading: 'Criteria to start from', items: c.CRITERION_SUGGESTIONS.map((s) => `${s.name}: ${s.description}`) }],
		note: 'Common pitfall: no clear partnership criteria.'
	},
	pitfalls: {
		question: 'Common pitfalls (or accelerators?) in phases 2 and 3',
		groups: [
			{ heading: 'Pitfalls', items: texts(c.PITFALLS) },
			{ heading: 'Opportunities in phases 2 and 3', items: texts(c.OPPORTUNITIES) }
		],
		note: c.QUOTES[0].text
	},
	characteristics: {
		question: c.GUIDING_QUESTION,
		groups: [
			{ heading: 'Characteristics that forge effective partnerships', items: texts(c.CHARACTERISTICS) },
			{ heading: 'Core recommendations', items: texts(c.CORE_RECOMMENDATIONS) }
		],
		note: 'Effective partnerships are built on open communication and development of trust over the long-term.'
	},
	'core-activities': {
		question: 'Core activities of effective partnerships',
		groups: [{ heading: 'Activities', items: texts(c.CORE_ACTIVITIES) }],
		note: ''
	},
	'getting-started': {
		question: 'How to get started strengthening partnerships',
		groups: [
			{ heading: 'Internal partnerships', items: texts(c.GETTING_STARTED_INTERNAL) },
			{ heading: 'External partnerships', items: texts(c.GETTING_STARTED_EXTERNAL) }
		],
		note: ''
	},
	tips: {
		question: 'Overall tips and guidance',
		groups: [{ heading: 'Tips', items: texts(c.OVERALL_TIPS) }],
		note: ''
	},
	actions: {
		question: 'What we learned from you',
		groups: [
			{ heading: 'Partnership strategy', items: texts(c.LEARNED_PARTNERSHIP_STRATEGY) },
			{ heading: 'A clear plan is needed for', items: texts(c.CLEAR_PLAN_NEEDED_FOR) },
			{ heading: 'You are grappling with', items: texts(c.GRAPPLING_WITH) }
		],
		note: 'Who does what, with which partner, by when?'
	},
	'final-words': {
		question: 'Final words',
		groups: [{ heading: 'Final words', items: texts(c.FINAL_WORDS) }],
		note: `“${c.QUOTES[1].text}” — ${c.QUOTES[1].author}`
	}
};

export function stepContent(step: Pick<AgendaStep, 'module' | 'prompt'>): StepContent {
	if (step.module === 'custom') return { question: step.prompt, groups: [], note: '' };
	const content = BY_MODULE[step.module];
	// A facilitator's own prompt for a module step replaces the seed's main question on screen.
	return step.prompt.trim() ? { ...content, question: step.prompt } : content;
}
