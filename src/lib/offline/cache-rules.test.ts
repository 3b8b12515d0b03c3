import { describe, expect, it } from 'vitest';
import { cacheKeyFor, isOurCache } from './cache-rules';

const precached = ['/convene/', '/convene/about/', '/convene/workshop/', '/convene/_app/immutable/entry/app.js'];

describe('service worker cache rules', () => {
	it.each([
		['/convene/', '/convene/'],
		['/convene/workshop/', '/convene/workshop/'],
		['/convene/_app/immutable/entry/app.js', '/convene/_app/immutable/entry/app.js'],
		['/convene/workshop', null],
		['/convene/_app/version.json', null],
		['/other/', null]
	])('%s → %s', (pathname, key) => {
		expect(cacheKeyFor(pathname, precached)).toBe(key);
	});

	it('owns only caches it named', () => {
		expect(isOurCache('convene-123')).toBe(true);
		expect(isOurCache('someone-else')).toBe(false);
	});
});
