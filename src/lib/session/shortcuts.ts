/** Keyboard shortcuts of the facilitator and projector views; never while the user is typing. */

type SessionCommand = 'next' | 'prev' | 'toggle-timer' | 'fullscreen' | 'blank' | 'help';

export const SHORTCUTS: readonly { keys: string; command: SessionCommand; label: string }[] = [
	{ keys: '→', command: 'next', label: 'Next step' },
	{ keys: '←', command: 'prev', label: 'Previous step' },
	{ keys: 'Space', command: 'toggle-timer', label: 'Start or pause the timer' },
	{ keys: 'F', command: 'fullscreen', label: 'Full screen on or off' },
	{ keys: 'B', command: 'blank', label: 'Blank the projector, or show it again' },
	{ keys: '?', command: 'help', label: 'Show these shortcuts' }
];

/** True when keys belong to a text field, a select, or anything editable (or a button being pressed). */
function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function commandFor(event: KeyboardEvent): SessionCommand | null {
	if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
	if (isTypingTarget(event.target)) return null;
	switch (event.key) {
		case 'ArrowRight':
			return 'next';
		case 'ArrowLeft':
			return 'prev';
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
