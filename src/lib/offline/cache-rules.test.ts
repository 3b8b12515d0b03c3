import { describe, expect, it } from 'vitest';
import { cacheKeyFor, isOnDemand, isOurCache, ON_DEMAND_CACHE } from './cache-rules';

const precached = [
	'/convene/',
	'/convene/about/',
	'/convene/workshop/',
	'/convene/_app/immutable/entry/app.js'
];

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

	it('leaves the PDF script fonts out of the install, to be kept once used', () => {
		expect(isOnDemand('/convene/_app/immutable/assets/noto-sans-sc-4-400-normal.B1x2.woff')).toBe(
			true
		);
		expect(isOnDemand('/convene/fonts/DejaVuSans.ttf')).toBe(false);
		expect(isOnDemand('/convene/_app/immutable/entry/app.js')).toBe(false);
		expect(isOurCache(ON_DEMAND_CACHE)).toBe(true);
	});
});
