/**
 * The module registry: for every agenda module kind, the views that show it — the team's form (the
 * "Work through the modules" page), the group's results from handed-in responses (session page and
 * projector, or null when the module collects none) and what the projector shows for the step before
 * results are revealed. The registry is typed as a `Record` over `ModuleKind`, so adding a module kind
 * without its views does not compile (see `registry.test.ts`).
 */

import type { Component } from 'svelte';
import type { AgendaStep, LiveBundle, ModuleKind } from '$lib/domain/types';
import ActionsForm from './forms/ActionsForm.svelte';
import AspirationForm from './forms/AspirationForm.svelte';
import CharacteristicsView from './forms/CharacteristicsView.svelte';
import ChecksForm from './forms/ChecksForm.svelte';
import CustomStep from './forms/CustomStep.svelte';
import FinalWordsForm from './forms/FinalWordsForm.svelte';
import MomentumForm from './forms/MomentumForm.svelte';
import TipsView from './forms/TipsView.svelte';
import AnswerResults from './results/AnswerResults.svelte';
import PhaseResults from './results/PhaseResults.svelte';
import MomentumResults from './results/MomentumResults.svelte';
import PitfallResults from './results/PitfallResults.svelte';
import RubricResults from './results/RubricResults.svelte';
import SuggestionResults from './results/SuggestionResults.svelte';
import ProjectorMap from './projector/ProjectorMap.svelte';
import ProjectorPrompts from './projector/ProjectorPrompts.svelte';
import TeamCriteria from './team/TeamCriteria.svelte';
import TeamMapQuestions from './team/TeamMapQuestions.svelte';
import TeamPartners from './team/TeamPartners.svelte';
import TeamPhase from './team/TeamPhase.svelte';
import TeamPitfalls from './team/TeamPitfalls.svelte';
import TeamRubric from './team/TeamRubric.svelte';

/** What every step view receives. */
export interface StepViewProps {
	step: AgendaStep;
	bundle: LiveBundle;
}

/** Results views also know whether they are on the projector (`large`: read from 8 metres). */
export interface ResultsViewProps extends StepViewProps {
	large: boolean;
}

export interface ModuleViews {
	/** The team's shared answers for the step. */
	form: Component<StepViewProps>;
	/** The group's results from handed-in responses; null when the module collects none. */
	results: Component<ResultsViewProps> | null;
	/** What the projector shows for the step while results are hidden (or when it has none). */
	projector: Component<StepViewProps>;
}

/** One entry per module kind: a kind without views is a type error. */
export type ModuleRegistry = { readonly [K in ModuleKind]: ModuleViews };

const prompts = ProjectorPrompts;

export const MODULE_VIEWS: ModuleRegistry = {
	momentum: { form: MomentumForm, results: MomentumResults, projector: prompts },
	aspiration: { form: AspirationForm, results: AnswerResults, projector: prompts },
	phase: { form: TeamPhase, results: PhaseResults, projector: prompts },
	rubric: { form: TeamRubric, results: RubricResults, projector: prompts },
	'map-questions': { form: TeamMapQuestions, results: AnswerResults, projector: prompts },
	'stakeholder-map': { form: TeamPartners, results: SuggestionResults, projector: ProjectorMap },
	criteria: { form: TeamCriteria, results: null, projector: prompts },
	pitfalls: { form: TeamPitfalls, results: PitfallResults, projector: prompts },
	characteristics: { form: CharacteristicsView, results: null, projector: prompts },
	'core-activities': { form: ChecksForm, results: null, projector: prompts },
	'getting-started': { form: ChecksForm, results: null, projector: prompts },
	tips: { form: TipsView, results: null, projector: prompts },
	actions: { form: ActionsForm, results: null, projector: prompts },
	'final-words': { form: FinalWordsForm, results: AnswerResults, projector: prompts },
	custom: { form: CustomStep, results: null, projector: prompts }
};

/** The views of a module kind. */
export function moduleViews(kind: ModuleKind): ModuleViews {
	return MODULE_VIEWS[kind];
}

/** Whether a step's module collects results from participants (and so has something to reveal). */
export function hasResults(kind: ModuleKind): boolean {
	return MODULE_VIEWS[kind].results !== null;
}
