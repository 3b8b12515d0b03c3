/** The one keyboard handler shared by the facilitator and projector windows. */

import * as timer from '$lib/domain/timer';
import * as session from '$lib/state/session.svelte';
import { commandFor, toggleFullscreen } from './shortcuts';

export function handleSessionKey(
	event: KeyboardEvent,
	workshopId: string,
	openHelp: () => void,
	/** Turns the projected page of answers, on a step that has them. */
	turnPage?: (delta: 1 | -1) => void
): void {
	const command = commandFor(event);
	if (!command) return;
	if ((command === 'next-page' || command === 'prev-page') && !turnPage) return;
	event.preventDefault();
	if (command === 'next') void session.step(workshopId, 1);
	else if (command === 'prev') void session.step(workshopId, -1);
	else if (command === 'next-page') turnPage?.(1);
	else if (command === 'prev-page') turnPage?.(-1);
	else if (command === 'toggle-timer')
		void session.updateTimer(workshopId, (f) => timer.toggle(f, Date.now()));
	else if (command === 'blank') void session.toggleFlag(workshopId, 'blank');
	else if (command === 'fullscreen') toggleFullscreen();
	else openHelp();
}
