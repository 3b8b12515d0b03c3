import { describe, expect, it } from 'vitest';
import { t } from './messages';

describe('message catalogue', () => {
	it('fills placeholders as plain text', () => {
		expect(t('home.deleted', { title: '<b>x</b>' })).toBe('Deleted “<b>x</b>”.');
	});
	it('leaves unknown placeholders visible rather than blank', () => {
		expect(t('home.deleted')).toBe('Deleted “{title}”.');
	});
});
