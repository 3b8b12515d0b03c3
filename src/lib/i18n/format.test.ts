import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes } from './format';
import { inLocale } from './locale';

const MB = 1024 * 1024;

describe('formatBytes', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('words sizes in English, from bytes to gigabytes', async () => {
		vi.stubGlobal('navigator', { languages: ['en-US'] });
		const words = await inLocale('en', () =>
			[1, 512, 12 * 1024, 3.5 * MB, 48 * MB, 2.25 * 1024 * MB].map(formatBytes)
		);
		expect(words).toEqual(['1 byte', '512 bytes', '12 kB', '3.5 MB', '48 MB', '2.3 GB']);
	});

	it('a size that rounds up to 1024 of a unit is one of the next', async () => {
		vi.stubGlobal('navigator', { languages: ['en-US'] });
		const words = await inLocale('en', () => [1023.7 * 1024, 1023.97 * MB].map(formatBytes));
		expect(words).toEqual(['1 MB', '1 GB']);
	});

	it('uses the browser’s own variant of Spanish for decimals and grouping', async () => {
		vi.stubGlobal('navigator', { languages: ['es-ES', 'en'] });
		const spain = await inLocale('es', () => [3.5 * MB, 1500.5 * 1024 * MB].map(formatBytes));
		expect(spain.map((s) => s.replace(/\s/g, ' '))).toEqual(['3,5 MB', '1500,5 GB']);
		vi.stubGlobal('navigator', { languages: ['es-MX'] });
		expect(await inLocale('es', () => formatBytes(3.5 * MB))).toBe('3.5 MB');
	});
});
