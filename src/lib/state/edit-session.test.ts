import { describe, expect, it } from 'vitest';
import { EditSession } from './edit-session';

describe('EditSession', () => {
	it('its own writes coming back are not a conflict; another window’s text is', () => {
		const s = new EditSession();
		expect(s.changedElsewhere('anything')).toBe(false);
		s.start('Ana');
		s.wrote('Ana R');
		s.wrote('Ana Ru');
		expect(s.changedElsewhere('Ana')).toBe(false);
		expect(s.changedElsewhere('Ana Ru')).toBe(false);
		expect(s.changedElsewhere('Bea from the other tab')).toBe(true);
		s.acknowledge('Bea from the other tab');
		expect(s.changedElsewhere('Bea from the other tab')).toBe(false);
		s.end();
		expect(s.changedElsewhere('Cy')).toBe(false);
	});

	it('keeps a long edit bounded without forgetting recent writes', () => {
		const s = new EditSession();
		s.start('');
		for (let i = 0; i < 2000; i++) s.wrote('x'.repeat(i));
		expect(s.changedElsewhere('x'.repeat(1999))).toBe(false);
		expect(s.changedElsewhere('y')).toBe(true);
	});
});
