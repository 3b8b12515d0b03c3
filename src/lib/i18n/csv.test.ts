import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { peopleCsv } from '$lib/domain/csv';
import { csvLabels } from './csv';
import { inLocale } from './locale';

const sector = (s: string) => `[${s}]`;

describe('csvLabels', () => {
	it('heads every column in English and Spanish', async () => {
		for (const locale of ['en', 'es'] as const) {
			const labels = await inLocale(locale, () => csvLabels(sector));
			const empty = Object.entries(labels.columns).filter(([, text]) => text.trim() === '');
			expect(empty).toEqual([]);
			expect(labels.candidate.trim()).not.toBe('');
			expect(labels.sector('x')).toBe('[x]');
		}
	});

	it('words the people export in the language it was built in', async () => {
		const bundle = buildDemoBundle('w', Date.UTC(2025, 4, 14, 12));
		const en = await inLocale('en', () => peopleCsv(bundle, csvLabels(sector)));
		const es = await inLocale('es', () => peopleCsv(bundle, csvLabels(sector)));
		const firstLine = (text: string) => text.slice(1).split('\r\n')[0];
		expect(firstLine(en)).toContain('Roles');
		expect(firstLine(es)).toContain('Funciones');
		expect(en).toContain('makes decisions; allocates resources');
	});
});
