/**
 * The map page's keyboard shortcuts: Escape leaves add mode and projector mode; F (without Ctrl,
 * Meta or Alt, and not while typing in a field) toggles projector mode. Returns what a key asks for.
 */
export function mapShortcut(e: KeyboardEvent): 'escape' | 'projector' | null {
	if (e.key === 'Escape') return 'escape';
	const typing = (e.target as HTMLElement | null)?.closest?.(
		'input, textarea, select, [contenteditable]'
	);
	if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'f' || e.key === 'F'))
		return 'projector';
	return null;
}
