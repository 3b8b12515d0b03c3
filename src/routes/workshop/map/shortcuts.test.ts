import { describe, expect, it } from 'vitest';
import { mapShortcut } from './shortcuts';

const key = (
	k: string,
	init: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; field: boolean }> = {}
) =>
	({
		key: k,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		...init,
		target: { closest: () => (init.field ? {} : null) }
	}) as unknown as KeyboardEvent;

describe('map shortcuts', () => {
	it('Escape always leaves modes; F toggles projector mode outside fields and without modifiers', () => {
		expect(mapShortcut(key('Escape'))).toBe('escape');
		expect(mapShortcut(key('Escape', { field: true }))).toBe('escape');
		expect(mapShortcut(key('f'))).toBe('projector');
		expect(mapShortcut(key('F'))).toBe('projector');
		expect(mapShortcut(key('f', { field: true }))).toBeNull();
		expect(mapShortcut(key('f', { ctrlKey: true }))).toBeNull();
		expect(mapShortcut(key('f', { metaKey: true }))).toBeNull();
		expect(mapShortcut(key('g'))).toBeNull();
	});
});
