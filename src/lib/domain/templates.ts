/** Workshop templates: a title and an agenda built from the module catalogue, in the seeds' order. */

import { moduleInfo } from './modules';
import type { AgendaStep, ModuleKind, TemplateId } from './types';

interface Template {
	id: TemplateId;
	title: string;
	description: string;
	modules: readonly ModuleKind[];
}

export const TEMPLATES: readonly Template[] = [
	{
		id: 'partnership-design',
		title: 'Partnership Design convening',
		description:
			'The ROOTS convening session: momentum, phases, internal capacity, pitfalls, and building your partnership map.',
		// Seed 003's order: momentum and conditions, the phases and "what phase are you in?", the
		// internal rubric (phase 1), opportunities and pitfalls (phases 2–3), building the partnership
		// map (aspiration, partner questions, once identified), then final words.
		modules: [
			'momentum',
			'phase',
			'rubric',
			'pitfalls',
			'aspiration',
			'map-questions',
			'stakeholder-map',
			'criteria',
			'actions',
			'final-words'
		]
	},
	{
		id: 'strengthening-partnerships',
		title: 'Strengthening partnerships',
		description:
			'Internal and external partnerships for populations with complex needs: characteristics, core activities, getting started.',
		modules: [
			'characteristics',
			'stakeholder-map',
			'core-activities',
			'getting-started',
			'tips',
			'actions'
		]
	},
	{
		id: 'blank',
		title: 'Blank workshop',
		description: 'An empty agenda: add the modules you need.',
		modules: []
	}
];

export function templateById(id: TemplateId): Template {
	const t = TEMPLATES.find((x) => x.id === id);
	if (!t) throw new Error(`Unknown template: ${id}`);
	return t;
}

/** The agenda a template starts with; step ids are stable within the workshop (`step-1`, …). */
export function agendaFromTemplate(workshopId: string, id: TemplateId): AgendaStep[] {
	return templateById(id).modules.map((kind, i) => {
		const info = moduleInfo(kind);
		return {
			workshopId,
			id: `step-${i + 1}`,
			order: i,
			module: kind,
			title: info.title,
			prompt: '',
			durationMin: info.defaultMinutes,
			notes: ''
		};
	});
}
