/**
 * What the room sees for each agenda step: the seed's prompts for that module, as headed lists.
 * The facilitator view and the projector both render this, so they always show the same words.
 * Presentation text (headings from the message catalogue around the seed content of
 * `$lib/domain/content`), so it lives with the translations rather than in the domain.
 */

import { m } from '$lib/paraglide/messages.js';
import * as c from '$lib/domain/content';
import type { AgendaStep, ModuleKind } from '$lib/domain/types';

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

// Built on each call, not once at import: the seed content and the messages are in the page's
// language only after the layout has put it in place.
const byModule = (): Record<Exclude<ModuleKind, 'custom'>, StepContent> => ({
	momentum: {
		question: m.step_momentum_question(),
		// The seed deck's order: momentum, cross-sector partnerships, then conditions (the deck's
		// "Strong case" is shown with the aspiration step, whose first question asks for that case).
		groups: [
			{ heading: m.step_momentum_shifts(), items: texts(c.MOMENTUM_SHIFTS) },
			{ heading: m.step_crossSector(), items: texts(c.CROSS_SECTOR_PARTNERSHIPS) },
			{ heading: m.step_momentum_conditions(), items: texts(c.CONDITIONS) }
		],
		note: m.step_momentum_note()
	},
	aspiration: {
		question: m.step_aspiration_question(),
		groups: [
			{ heading: m.step_questions(), items: texts(c.ASPIRATION_QUESTIONS) },
			{ heading: m.step_strongCase(), items: texts(c.STRONG_CASE) }
		],
		note: c.ASPIRATION_ADVICE
	},
	phase: {
		question: c.PHASE_QUESTION,
		groups: [
			{
				heading: m.step_phase_phases(),
				items: c.PHASES.map((p) => `${p.number}. ${p.title} — ${p.verbs.join(' · ')}`)
			}
		],
		// The deck's finding from the teams' pre-work ("Majority in Phase 2 and 3") could sway the
		// room's placement: it is shown with the revealed results (PhaseResults), never before them.
		note: m.step_phase_note()
	},
	rubric: {
		question: m.step_rubric_question(),
		groups: c.RUBRIC.flatMap((d) =>
			d.subObjectives.map((s) => ({
				heading: `${s.code}. ${s.text}`,
				items: s.tasks.map((t) => t.text)
			}))
		),
		note: m.step_rubric_note()
	},
	'map-questions': {
		question: m.step_map_question(),
		groups: [
			{ heading: m.step_partners(), items: texts(c.PARTNER_QUESTIONS) },
			{ heading: m.step_onceIdentified(), items: texts(c.ONCE_IDENTIFIED_QUESTIONS) }
		],
		note: c.ASPIRATION_ADVICE
	},
	'stakeholder-map': {
		question: m.step_stakeholder_question(),
		groups: [{ heading: m.step_onceIdentified(), items: [c.ONCE_IDENTIFIED_QUESTIONS[0].text] }],
		note: m.step_stakeholder_note()
	},
	criteria: {
		question: m.step_criteria_question(),
		groups: [
			{
				heading: m.step_criteria_heading(),
				items: c.CRITERION_SUGGESTIONS.map((s) => `${s.name}: ${s.description}`)
			}
		],
		note: m.step_criteria_note()
	},
	pitfalls: {
		question: m.step_pitfalls_question(),
		groups: [
			{ heading: m.step_pitfalls_heading(), items: texts(c.PITFALLS) },
			{ heading: m.step_opportunities(), items: texts(c.OPPORTUNITIES) }
		],
		note: c.QUOTES[0].text
	},
	characteristics: {
		question: c.GUIDING_QUESTION,
		groups: [
			{ heading: m.step_characteristics_heading(), items: texts(c.CHARACTERISTICS) },
			{ heading: m.step_recommendations(), items: texts(c.CORE_RECOMMENDATIONS) }
		],
		note: m.step_characteristics_note()
	},
	'core-activities': {
		question: m.step_core_question(),
		groups: [{ heading: m.step_activities(), items: texts(c.CORE_ACTIVITIES) }],
		note: ''
	},
	'getting-started': {
		question: m.step_start_question(),
		groups: [
			{ heading: m.step_internal(), items: texts(c.GETTING_STARTED_INTERNAL) },
			{ heading: m.step_external(), items: texts(c.GETTING_STARTED_EXTERNAL) }
		],
		note: ''
	},
	tips: {
		question: m.step_tips_question(),
		groups: [{ heading: m.step_tips_heading(), items: texts(c.OVERALL_TIPS) }],
		note: ''
	},
	actions: {
		question: m.step_learned_question(),
		groups: [
			{ heading: m.step_learned_strategy(), items: texts(c.LEARNED_PARTNERSHIP_STRATEGY) },
			{ heading: m.step_actions_heading(), items: texts(c.CLEAR_PLAN_NEEDED_FOR) },
			{ heading: m.step_learned_grappling(), items: texts(c.GRAPPLING_WITH) }
		],
		note: m.step_actions_note()
	},
	'final-words': {
		question: m.step_final_words(),
		groups: [{ heading: m.step_final_words(), items: texts(c.FINAL_WORDS) }],
		note: m.step_quote({ text: c.QUOTES[1].text, author: c.QUOTES[1].author })
	}
});

export function stepContent(step: Pick<AgendaStep, 'module' | 'prompt'>): StepContent {
	if (step.module === 'custom') return { question: step.prompt, groups: [], note: '' };
	const content = byModule()[step.module];
	// A facilitator's own prompt for a module step replaces the seed's main question on screen.
	return step.prompt.trim() ? { ...content, question: step.prompt } : content;
}
