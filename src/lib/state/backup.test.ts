import { describe, expect, it } from 'vitest';
import { backupState } from './backup.svelte';

describe('backupState', () => {
	it('says never, stale or current', () => {
		expect(backupState(null, 5)).toBe('never');
		expect(backupState(10, 5)).toBe('current');
		expect(backupState(10, 10)).toBe('current');
		expect(backupState(10, 11)).toBe('stale');
	});
});
