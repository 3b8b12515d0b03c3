/**
 * Shared by the extract script, the codemod and the catalogue tests: how a catalogue key
 * ('modules.pitfalls.mark.n/a') becomes a Paraglide message id ('modules_pitfalls_mark_n_a').
 *
 * Paraglide 2 accepts dots in ids, but they make `m['a.b']()` the only way to call a message, and
 * the message-format plugin nests dotted keys on export ('a.b' and 'a.b.c' cannot both exist as
 * nested JSON). Underscores give plain `m.a_b_c()` calls. Each segment keeps its letters and
 * digits (camelCase stays, so `m.home_fieldTitle`); every other run of characters becomes '_'.
 */

/** @param {string} key a catalogue key such as 'home.fieldTitle' @returns {string} */
export function messageId(key) {
	return key
		.split('.')
		.map((segment) => segment.replace(/[^A-Za-z0-9]+/g, '_'))
		.join('_');
}

/** Placeholder names in an inlang pattern or a catalogue template: 'Hi {name}' → ['name']. */
export function placeholders(text) {
	return [...text.matchAll(/(?<!\\)\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]);
}
