import { describe, expect, it } from 'vitest';
import { isoDay, safeFileName } from './filenames';

describe('safeFileName', () => {
	it('makes a readable, safe name from the title and date', () => {
		expect(safeFileName('ROOTS Partnership Design convening', '2026-11-24', 'pdf')).toBe(
			'roots-partnership-design-convening-2026-11-24.pdf'
		);
	});
	it('drops path separators, markup and control characters', () => {
		expect(safeFileName('../../etc/passwd <script>', '', 'json')).toBe('etc-passwd-script.json');
		expect(safeFileName('a\u0000b\nc', '', 'json')).toBe('a-b-c.json');
	});
	it('keeps letters of other scripts, strips accents', () => {
		expect(safeFileName('Clínica Sierra Vista', '', 'pdf')).toBe('clinica-sierra-vista.pdf');
		expect(safeFileName('Ελληνική Κοινότητα', '', 'pdf')).toBe('ελληνικη-κοινοτητα.pdf');
	});
	it('falls back when nothing is left, and ignores a malformed date', () => {
		expect(safeFileName('🤝 <>', 'yesterday', 'pdf')).toBe('workshop.pdf');
		expect(safeFileName('x'.repeat(200), '', 'pdf')).toHaveLength(64);
	});
	it('cuts a long title before adding the suffix, so the suffix always survives', () => {
		const name = safeFileName('y'.repeat(200), '2026-11-30', 'csv', 'people');
		expect(name).toBe(`${'y'.repeat(60)}-people-2026-11-30.csv`);
	});
});

describe('isoDay', () => {
	it('formats a local date', () => {
		expect(isoDay(new Date(2026, 0, 5, 12).getTime())).toBe('2026-01-05');
	});
});
