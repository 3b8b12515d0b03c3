import { describe, expect, it } from 'vitest';
import { GoneError, type GoneCode } from '$lib/domain/errors';
import { inLocale } from './locale';
import { goneText } from './errors';

const CODES: GoneCode[] = ['workshop-gone', 'item-gone'];

describe('goneText', () => {
	it('words every code in English and Spanish', async () => {
		for (const code of CODES) {
			const en = await inLocale('en', () => goneText(code));
			const es = await inLocale('es', () => goneText(code));
			expect(en).toMatch(/no longer exists/);
			expect(es).toMatch(/ya no existe/);
			expect(new GoneError(code).code).toBe(code);
		}
	});
});
