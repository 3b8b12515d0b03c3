/** Properties of the first gate every import passes: parseUntrustedJson. */
import fc from 'fast-check';
import { assertProperty } from '$testing/property';
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import { parseUntrustedJson, type SafeJsonLimits } from '$lib/domain/safe-json';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const LIMITS: SafeJsonLimits = { maxChars: 100_000, maxDepth: 8 };

/** An independent, recursive statement of what the parser must refuse. */
function refusable(value: unknown, depth = 0): boolean {
	if (value === null || typeof value !== 'object') return false;
	if (depth >= LIMITS.maxDepth) return true;
	if (Array.isArray(value)) return value.some((v) => refusable(v, depth + 1));
	return Object.keys(value).some(
		(k) => FORBIDDEN.has(k) || refusable((value as Record<string, unknown>)[k], depth + 1)
	);
}

// Keys drawn partly from the forbidden ones, so that they actually occur.
const key = fc.oneof(
	{ weight: 5, arbitrary: fc.string({ maxLength: 8 }) },
	{ weight: 1, arbitrary: fc.constantFrom(...FORBIDDEN) }
);
const { tree } = fc.letrec((tie) => ({
	tree: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		tie('leaf'),
		tie('array'),
		tie('object')
	),
	leaf: fc.oneof(
		fc.constant(null),
		fc.boolean(),
		fc.double({ noNaN: true, noDefaultInfinity: true }),
		fc.string({ unit: 'binary', maxLength: 20 })
	),
	array: fc.array(tie('tree'), { maxLength: 4 }),
	object: fc.array(fc.tuple(key, tie('tree')), { maxLength: 4 }).map((entries) => {
		const o: Record<string, unknown> = {};
		for (const [k, v] of entries)
			Object.defineProperty(o, k, {
				value: v,
				enumerable: true,
				configurable: true,
				writable: true
			});
		return o;
	})
}));

describe('parseUntrustedJson', () => {
	it('never throws on any text, and a refusal always has a reason', () => {
		assertProperty(
			fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
				const result = parseUntrustedJson(text, LIMITS);
				return result.ok || problemText(result.problem).length > 0;
			}),
			{ numRuns: 300 }
		);
	});

	it('accepts exactly the JSON with no forbidden key and no nesting past the limit, unchanged', () => {
		assertProperty(
			fc.property(tree, (value) => {
				const text = JSON.stringify(value);
				const result = parseUntrustedJson(text, LIMITS);
				expect(result.ok).toBe(!refusable(value));
				if (result.ok) expect(result.value).toEqual(JSON.parse(text));
				else expect(problemText(result.problem)).toMatch(/forbidden key|nested too deeply/);
			}),
			{ numRuns: 400 }
		);
	});

	it('refuses text over the size limit without parsing it', () => {
		assertProperty(
			fc.property(fc.integer({ min: 1, max: 5_000 }), (extra) => {
				const result = parseUntrustedJson(' '.repeat(LIMITS.maxChars + extra), LIMITS);
				return !result.ok && /too large/.test(problemText(result.problem));
			}),
			{ numRuns: 20 }
		);
	});

	it('refuses nesting of any depth past the limit, even beyond what the engine can parse', () => {
		assertProperty(
			fc.property(
				fc.integer({ min: LIMITS.maxDepth + 1, max: 50_000 }),
				fc.constantFrom('[', '{"a":'),
				(depth, open) => {
					const close = open === '[' ? ']' : '}';
					const result = parseUntrustedJson(open.repeat(depth) + '0' + close.repeat(depth), {
						...LIMITS,
						maxChars: 1_000_000
					});
					return !result.ok && /nested too deeply/.test(problemText(result.problem));
				}
			),
			{ numRuns: 20 }
		);
	});
});
