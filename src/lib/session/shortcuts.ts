/** Keyboard shortcuts of the facilitator and projector views; never while the user is typing. */

import { m } from '$lib/paraglide/messages.js';

type SessionCommand =
	'next' | 'prev' | 'next-page' | 'prev-page' | 'toggle-timer' | 'fullscreen' | 'blank' | 'help';

export const SHORTCUTS: readonly { keys: string; command: SessionCommand; label: () => string }[] =
	[
		{ keys: '→', command: 'next', label: () => m.session_key_next() },
		{ keys: '←', command: 'prev', label: () => m.session_key_prev() },
		{ keys: 'PgDn', command: 'next-page', label: () => m.session_key_nextPage() },
		{ keys: 'PgUp', command: 'prev-page', label: () => m.session_key_prevPage() },
		{ keys: 'Space', command: 'toggle-timer', label: () => m.session_key_timer() },
		{ keys: 'F', command: 'fullscreen', label: () => m.session_key_fullscreen() },
		{ keys: 'B', command: 'blank', label: () => m.session_key_blank() },
		{ keys: '?', command: 'help', label: () => m.session_key_help() }
	];

/** True when keys belong to a text field, a select, or anything editable (or a button being pressed). */
function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function commandFor(event: KeyboardEvent): SessionCommand | null {
	if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
	// A page key on a switch just pressed (Reveal) is meant for the pages: a checkbox has no use for it.
	const pageKey = event.key === 'PageDown' || event.key === 'PageUp';
	const onSwitch =
		event.target instanceof HTMLInputElement &&
		(event.target.type === 'checkbox' || event.target.type === 'radio');
	if (isTypingTarget(event.target) && !(pageKey && onSwitch)) return null;
	switch (event.key) {
		case 'ArrowRight':
			return 'next';
		case 'ArrowLeft':
			return 'prev';
		case 'PageDown':
			return 'next-page';
		case 'PageUp':
			return 'prev-page';
		case ' ':
			// Space always starts or pauses the timer, even with the focus left on a button ("+1 min"
			// pressed a moment ago would otherwise add another minute); Enter still presses a button.
			// Inside a dialog, Space keeps its usual meaning.
			return event.target instanceof Element && event.target.closest('dialog')
				? null
				: 'toggle-timer';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'b':
		case 'B':
			return 'blank';
		case '?':
			return 'help';
		default:
			return null;
	}
}

export function toggleFullscreen(): void {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void document.documentElement.requestFullscreen?.().catch(() => {});
}
