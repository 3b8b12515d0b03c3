// Canonical JSON, in plain JavaScript with JSDoc types so that the relay (run by Node without a
// build step, `relay/`) and the app (`crypto.ts`) sign and check the very same bytes.

/**
 * JSON with every object's keys sorted, at every depth: the bytes a Convene signature covers.
 * `undefined` properties are left out, as `JSON.stringify` does. Throws a TypeError for values JSON
 * cannot carry (cycles, BigInt).
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
	return JSON.stringify(value, (_key, v) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		/** @type {Record<string, unknown>} */
		const sorted = {};
		for (const k of Object.keys(v).sort())
			sorted[k] = /** @type {Record<string, unknown>} */ (v)[k];
		return sorted;
	});
}
