/**
 * Reads untrusted JSON text (a dropped file, a pasted link) into plain data, or says why it won't.
 * Every import path goes through here before any schema sees the data.
 */

import { m } from '$lib/paraglide/messages.js';
import type { Refusal } from './refusal';

/**
 * A value, or why not: `error` is the sentence to show; `refusal` (when the schema refused) is the
 * structured reason it was made from (see `refusal.ts`), for callers that want the code.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; refusal?: Refusal };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Keys that can reach an object's prototype when data is later spread or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SafeJsonLimits {
	/** Largest accepted text, in characters (callers also check File.size before reading a file). */
	maxChars: number;
	/** Deepest accepted nesting of arrays and objects. */
	maxDepth: number;
}

const DEFAULT_LIMITS: SafeJsonLimits = { maxChars: 10 * 1024 * 1024, maxDepth: 64 };

export function formatBytes(n: number): string {
	if (n < 1024) return m.units_bytes({ n });
	if (n < 1024 * 1024) return m.units_kilobytes({ n: (n / 1024).toFixed(0) });
	return m.units_megabytes({ n: (n / (1024 * 1024)).toFixed(1) });
}

/**
 * Parses JSON and walks the result once, refusing prototype-polluting keys and excessive nesting.
 * The walk is iterative so hostile nesting cannot overflow the stack here.
 */
export function parseUntrustedJson(
	text: string,
	limits: SafeJsonLimits = DEFAULT_LIMITS
): Result<unknown> {
	if (typeof text !== 'string') return fail(m.problem_notText());
	// Size first: it is the cheap check, and it keeps a huge file from being scanned at all.
	if (text.length > limits.maxChars) {
		return fail(
			m.problem_tooLarge({ size: formatBytes(text.length), limit: formatBytes(limits.maxChars) })
		);
	}
	if (text.trim() === '') return fail(m.problem_empty());
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		// A RangeError here means the engine gave up on nesting depth.
		if (e instanceof RangeError) return fail(m.problem_tooDeep());
		return fail(m.problem_notJson());
	}
	const stack: [unknown, number][] = [[data, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (node === null || typeof node !== 'object') continue;
		if (depth >= limits.maxDepth) return fail(m.problem_tooDeep());
		if (Array.isArray(node)) {
			for (const child of node) stack.push([child, depth + 1]);
			continue;
		}
		for (const key of Object.keys(node)) {
			if (FORBIDDEN_KEYS.has(key)) {
				return fail(m.problem_forbiddenKey({ key }));
			}
			stack.push([(node as Record<string, unknown>)[key], depth + 1]);
		}
	}
	return ok(data);
}
