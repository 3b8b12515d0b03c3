/**
 * Every field a refusal (`refusal.ts`) can name, derived from the schemas that refuse: the workshop
 * file's workshop object (both versions), the join link and the response file. A field is a key path
 * relative to the thing the refusal names, as `refusalFromIssues` builds it: a row table's list
 * (`partners: [...]`) starts the fields of its rows afresh, the wrappers `content`, `workshop` and
 * `response` add nothing, a record's entry keys (data, not fields) add nothing, and a nested group
 * adds its key (`decision.date`, `settings.language`). `RefusalField` is the same list as a type, so
 * a record keyed by it (the words in `$lib/i18n/refusal.ts`) stops compiling when a schema gains a
 * field. Pure: no DOM, no storage.
 */

import type * as v from 'valibot';
import { WORKSHOP_SCHEMAS } from './file-format';
import { PARTICIPATION_SCHEMAS } from './participation';
import { ROW_TABLE_NAMES, ROW_TABLES, type BundleKeyOf, type RowTableName } from './tables';

/** Keys whose object is the document itself (or its content), not a field of it. */
type Wrapper = 'content' | 'workshop' | 'response';
const WRAPPERS: readonly string[] = ['content', 'workshop', 'response'];
/** Keys of row tables: a list (or the single session) under one starts its rows' fields afresh. */
type TableKey = BundleKeyOf<RowTableName>;
const TABLE_KEYS: readonly string[] = ROW_TABLE_NAMES.map((t) => ROW_TABLES[t].key);

/** A schema's shape, whatever wraps it (pipes keep their first schema's `type` and fields). */
type Shape = { type: string };

/** The field paths under a schema, each prefixed with `P`. */
type Under<S, P extends string> = S extends { type: 'object'; entries: infer E }
	? Entries<E, P>
	: S extends { type: 'array'; item: infer I }
		? Under<I, P>
		: S extends { type: 'record'; value: infer V }
			? Under<V, P>
			: S extends { wrapped: infer W }
				? Under<W, P>
				: S extends { type: 'union'; options: infer O extends readonly unknown[] }
					? Under<O[number], P>
					: never;

/** Whether a table key's schema holds rows (a list, or the nullable session), not a plain field. */
type HoldsRows<S> = S extends { type: 'array' }
	? true
	: S extends { wrapped: unknown }
		? true
		: false;

type Entries<E, P extends string> = {
	[K in keyof E & string]: K extends Wrapper
		? Under<E[K], P>
		: K extends TableKey
			? HoldsRows<E[K]> extends true
				? `${P}${K}` | Under<E[K], ''>
				: `${P}${K}` | Under<E[K], `${P}${K}.`>
			: `${P}${K}` | Under<E[K], `${P}${K}.`>;
}[keyof E & string];

type Schemas = (typeof WORKSHOP_SCHEMAS)[number] | (typeof PARTICIPATION_SCHEMAS)[number];

/** A field a refusal can name: `name`, `sharedGoal`, `decision.date`, `settings.language`, … */
export type RefusalField = Under<Schemas, ''>;

type Walked = { fields: Set<string>; records: Set<string> };

/** The same walk as `Under`, at run time; also notes the keys that hold records. */
function under(schema: v.GenericSchema, prefix: string, out: Walked): void {
	const s = schema as Shape & {
		entries?: Record<string, v.GenericSchema>;
		item?: v.GenericSchema;
		value?: v.GenericSchema;
		wrapped?: v.GenericSchema;
		options?: v.GenericSchema[];
	};
	if (s.type === 'object' && s.entries) {
		for (const [key, child] of Object.entries(s.entries)) {
			if (WRAPPERS.includes(key)) {
				under(child, prefix, out);
				continue;
			}
			out.fields.add(`${prefix}${key}`);
			const c = child as Shape & { wrapped?: Shape };
			if ((c.wrapped ?? c).type === 'record') out.records.add(key);
			const rows = TABLE_KEYS.includes(key) && (c.type === 'array' || c.wrapped !== undefined);
			under(child, rows ? '' : `${prefix}${key}.`, out);
		}
	} else if (s.type === 'array' && s.item) under(s.item, prefix, out);
	else if (s.type === 'record' && s.value) under(s.value, prefix, out);
	else if (s.wrapped) under(s.wrapped, prefix, out);
	else if (s.type === 'union' && s.options) for (const o of s.options) under(o, prefix, out);
}

/**
 * Walks the refusing schemas: every field a refusal can name (`RefusalField`'s members, sorted) and
 * the keys of the fields that hold records (sorted).
 */
export function refusalFields(): { fields: RefusalField[]; records: string[] } {
	const out: Walked = { fields: new Set(), records: new Set() };
	for (const schema of [...WORKSHOP_SCHEMAS, ...PARTICIPATION_SCHEMAS])
		under(schema as v.GenericSchema, '', out);
	return { fields: [...out.fields].sort() as RefusalField[], records: [...out.records].sort() };
}
