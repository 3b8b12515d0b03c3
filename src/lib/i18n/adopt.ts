/**
 * Words for adopting the room's answer: where an adopted value came from ("From the room: 24
 * answers, 7 Dec 2026"), the room's spread beside it, and what a conflict or a tie is about. Used by
 * the team's pages (interface language) and the PDF (the workshop's, inside `inLocale`).
 */

import type { AdoptedRow, AdoptTie } from '$lib/domain/adoption';
import {
	allRubricTasks,
	ALL_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	phaseByNumber,
	PITFALLS
} from '$lib/domain/content';
import type { AdoptedTable } from '$lib/domain/adoption';
import type { CustomRubricItem, RoomSource } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import { intlLocale } from './format';
import { markLabel, ratingLabel } from './labels';

/** "7 Dec 2026" in the current language (Intl). */
export function sourceDate(at: number, locale = intlLocale()): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(at));
}

/** "From the room: 24 answers, 7 Dec 2026". */
export function roomSourceText(source: RoomSource, locale?: string): string {
	return m.adopt_source({ n: source.responses, date: sourceDate(source.at, locale) });
}

/** A value as adopted (`RoomSource.adopted`) in words, by the table it is in. */
export function adoptedValueText(table: AdoptedTable, value: string): string {
	if (value === '') return m.adopt_value_none();
	switch (table) {
		case 'phaseVotes': {
			const phase = phaseByNumber(Number(value));
			return phase ? m.plan_phase_label({ n: phase.number, title: phase.title }) : value;
		}
		case 'rubricRatings':
			return ratingLabel(value);
		case 'pitfalls':
			return markLabel(value);
		default:
			return value;
	}
}

/** The room's spread in words, most given first: "In place 2 · In progress 1". */
export function spreadText(table: AdoptedTable, counts: Readonly<Record<string, number>>): string {
	return Object.entries(counts)
		.sort((a, b) => b[1] - a[1])
		.map(([value, n]) =>
			m.adopt_spreadItem({
				value: table === 'answers' ? value : adoptedValueText(table, value),
				n
			})
		)
		.join(' · ');
}

const PROMPTS = () =>
	new Map<string, string>(
		[...ALL_QUESTIONS, ...MOMENTUM_SHIFTS, FINAL_THOUGHTS_PROMPT].map((i) => [i.id, i.text])
	);

/** What a written row is about: the question, shift, task, pitfall, criterion or "the team's phase". */
export function adoptedItemText(
	write: AdoptedRow,
	customRubricItems: readonly Pick<CustomRubricItem, 'id' | 'text'>[] = []
): string {
	switch (write.table) {
		case 'phaseVotes':
			return m.adopt_item_phase();
		case 'rubricRatings': {
			const task = allRubricTasks().find((t) => t.id === write.row.id);
			return task
				? `${task.code} ${task.text}`
				: (customRubricItems.find((c) => c.id === write.row.id)?.text ?? write.row.id);
		}
		case 'pitfalls':
			return PITFALLS.find((p) => p.id === write.row.id)?.text ?? write.row.id;
		case 'answers':
			return PROMPTS().get(write.row.itemId) ?? write.row.itemId;
		case 'partners':
			return write.row.name;
		case 'criteria':
			return write.row.name || write.row.id;
	}
}

/** A tie in words: what it is about and the values tied. */
export function tieText(
	tie: AdoptTie,
	customRubricItems: readonly Pick<CustomRubricItem, 'id' | 'text'>[] = []
): string {
	const table: AdoptedTable =
		tie.itemId === 'phase'
			? 'phaseVotes'
			: PITFALLS.some((p) => p.id === tie.itemId)
				? 'pitfalls'
				: 'rubricRatings';
	const about =
		table === 'phaseVotes'
			? m.adopt_item_phase()
			: table === 'pitfalls'
				? (PITFALLS.find((p) => p.id === tie.itemId)?.text ?? tie.itemId)
				: adoptedItemText(
						{
							table: 'rubricRatings',
							row: { workshopId: '', id: tie.itemId, rating: '', note: '', updatedAt: 0 }
						},
						customRubricItems
					);
	return m.adopt_tie({
		item: about,
		values: tie.values.map((v) => adoptedValueText(table, v)).join(' / ')
	});
}
