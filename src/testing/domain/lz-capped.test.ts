import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressCapped } from '$lib/domain/lz-capped';
import { lzBomb as bomb } from '$testing/lz-bomb';

describe('decompressCapped', () => {
	it('gives what lz-string gives, for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const link = compressToEncodedURIComponent(text);
				expect(decompressCapped(link, 1_000_000)).toBe(decompressFromEncodedURIComponent(link));
			}),
			{ numRuns: 300 }
		);
	});

	it('gives what lz-string gives for damaged links too', () => {
		const link = compressToEncodedURIComponent(JSON.stringify({ a: 'hello world', b: [1, 2, 3] }));
		for (const damaged of [link.slice(0, -1), link.slice(0, 10), `${link}A`, 'A', '$$$$', '-'])
			expect(decompressCapped(damaged, 1_000_000), damaged).toBe(
				decompressFromEncodedURIComponent(damaged)
			);
	});

	it('stops a link that expands past the cap within milliseconds', () => {
		const link = bomb(60_000);
		expect(link.length).toBeGreaterThan(59_990);
		expect(link.length).toBeLessThanOrEqual(60_000);
		// What lz-string itself makes of 3,000 characters of it: already past a million.
		expect(decompressFromEncodedURIComponent(bomb(3000)).length).toBeGreaterThan(1024 * 1024);
		const started = performance.now();
		expect(decompressCapped(link, 1024 * 1024)).toBe('too-much');
		expect(performance.now() - started).toBeLessThan(100);
	});
});
