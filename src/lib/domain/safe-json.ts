/**
 * Reads untrusted JSON text (a dropped file, a pasted link) into plain data, or says why it won't
 * (a `JsonProblem` code, see `problem.ts`). Every import path goes through here before any schema
 * sees the data.
 */

import { fail, ok, type JsonProblem, type Result } from './problem';

export { fail, ok, type Result } from './problem';

/** Keys that can reach an object's prototype when data is later spread or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SafeJsonLimits {
	/** Largest accepted text, in characters (callers also check File.size before reading a file). */
	maxChars: number;
	/** Deepest accepted nesting of arrays and objects. */
	maxDepth: number;
}

const DEFAULT_LIMITS: SafeJsonLimits = { maxChars: 10 * 1024 * 1024, maxDepth: 64 };

/**
 * Parses JSON and walks the result once, refusing prototype-polluting keys and excessive nesting.
 * The walk is iterative so hostile nesting cannot overflow the stack here. Refusals: `not-text`,
 * `too-large` (size and limit in characters), `empty`, `not-json`, `too-deep`, `forbidden-key`.
 */
export function parseUntrustedJson(
	text: string,
	limits: SafeJsonLimits = DEFAULT_LIMITS
): Result<unknown, JsonProblem> {
	if (typeof text !== 'string') return fail({ code: 'not-text' });
	// Size first: it is the cheap check, and it keeps a huge file from being scanned at all.
	if (text.length > limits.maxChars) {
		return fail({ code: 'too-large', size: text.length, limit: limits.maxChars });
	}
	if (text.trim() === '') return fail({ code: 'empty' });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		// A RangeError here means the engine gave up on nesting depth.
		if (e instanceof RangeError) return fail({ code: 'too-deep' });
		return fail({ code: 'not-json' });
	}
	const stack: [unknown, number][] = [[data, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (node === null || typeof node !== 'object') continue;
		if (depth >= limits.maxDepth) return fail({ code: 'too-deep' });
		if (Array.isArray(node)) {
			for (const child of node) stack.push([child, depth + 1]);
			continue;
		}
		for (const key of Object.keys(node)) {
			if (FORBIDDEN_KEYS.has(key)) {
				return fail({ code: 'forbidden-key', key });
			}
			stack.push([(node as Record<string, unknown>)[key], depth + 1]);
		}
	}
	return ok(data);
}
