/**
 * An agenda step's title as a viewer reads it: a step from a template keeps its module's title in
 * the language the workshop was made in; while the facilitator has not renamed it, it shows in the
 * viewer's language (the module catalogue in place: see content-language.ts). A renamed step shows
 * as typed. Pure.
 */

import { CATALOGUE_ES } from './content.es.catalogue';
import { ENGLISH_MODULE_TITLES, moduleInfo } from './modules';
import type { AgendaStep } from './types';

/** The title to show for a step, in the current content language unless the facilitator renamed it. */
export function stepTitle(step: Pick<AgendaStep, 'module' | 'title'>): string {
	const title = step.title.trim();
	const untouched =
		title === '' ||
		title === ENGLISH_MODULE_TITLES[step.module] ||
		title === CATALOGUE_ES.modules[step.module]?.title;
	return untouched ? moduleInfo(step.module).title : step.title;
}
