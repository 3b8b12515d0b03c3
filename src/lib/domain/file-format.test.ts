import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, serializeWorkshop, workshopFileText } from './file-format';
import { MAX_FILE_BYTES } from './file-limits';
import { parseUntrustedJson } from './safe-json';

const NOW = Date.UTC(2026, 10, 24, 12);
const demo = () => buildDemoBundle('w-demo', NOW);
const fileOf = (
	mutate: (file: Record<string, unknown> & { workshop: Record<string, unknown> }) => void
) => {
	const file = JSON.parse(workshopFileText(demo()));
	mutate(file);
	return JSON.stringify(file);
};
const refusal = (text: string) => {
	const r = readWorkshopFile(text);
	if (r.ok) throw new Error('expected the file to be refused');
	return problemText(r.problem);
};

describe('workshop file: writing and reading back', () => {
	it('round-trips losslessly: export → import → export gives the same content', () => {
		const bundle = demo();
		const text = workshopFileText(bundle);
		const back = readWorkshopFile(text);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.value).toEqual(bundle);
		const again = serializeWorkshop(back.value, 'Convene', new Date(NOW));
		expect(again).toEqual(serializeWorkshop(bundle, 'Convene', new Date(NOW)));
	});

	it('writes the documented envelope', () => {
		const file = serializeWorkshop(demo(), 'Convene', new Date(NOW));
		expect(file).toMatchObject({
			type: 'convene/workshop',
			version: 3,
			source: 'Convene',
			contentVersion: 1
		});
		expect(file.exportedAt).toBe('2026-11-24T12:00:00.000Z');
		expect(file.workshop.id).toBe('w-demo');
		expect(file.workshop.partners.length).toBeGreaterThanOrEqual(12);
		// Rows in the file do not repeat the workshop id.
		expect(JSON.stringify(file.workshop.partners)).not.toContain('workshopId');
	});

	it('keeps markup, emoji and right-to-left text as plain text', () => {
		const text = fileOf((f) => {
			f.workshop.title = '<img src=x onerror=alert(1)> Partnership 🤝 شراكة';
			(f.workshop.partners as { name: string }[])[0].name = '<script>alert("x")</script>';
		});
		const r = readWorkshopFile(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.workshop.title).toBe('<img src=x onerror=alert(1)> Partnership 🤝 شراكة');
		expect(r.value.partners[0].name).toBe('<script>alert("x")</script>');
	});

	it('accepts a 10,000-character answer', () => {
		const long = 'ä'.repeat(10_000);
		const r = readWorkshopFile(
			fileOf((f) => ((f.workshop.answers as { text: string }[])[0].text = long))
		);
		expect(r.ok && r.value.answers[0].text).toBe(long);
	});

	it('accepts a blank workshop', () => {
		const blank = {
			...demo(),
			agenda: [],
			answers: [],
			phaseVotes: [],
			customRubricItems: [],
			rubricRatings: [],
			partners: [],
			people: [],
			connections: [],
			criteria: [],
			criterionScores: [],
			pitfalls: [],
			checks: [],
			actions: [],
			responses: [],
			snapshots: []
		};
		const r = readWorkshopFile(workshopFileText(blank));
		expect(r.ok).toBe(true);
	});
});

describe('workshop file: bad input is refused as a whole, with a reason', () => {
	it('refuses text that is not JSON, empty or truncated', () => {
		expect(refusal('')).toMatch(/empty/);
		expect(refusal('   ')).toMatch(/empty/);
		expect(refusal('hello')).toMatch(/not valid JSON/);
		const text = workshopFileText(demo());
		expect(refusal(text.slice(0, text.length / 2))).toMatch(/not valid JSON.*truncated/);
	});

	it('refuses JSON that is not a workshop file', () => {
		expect(refusal('[]')).toMatch(/not a Convene workshop file/);
		expect(refusal('42')).toMatch(/not a Convene workshop file/);
		expect(refusal('null')).toMatch(/not a Convene workshop file/);
		expect(refusal('{"type":"something-else","version":1}')).toMatch(
			/"type" is not "convene\/workshop"/
		);
		expect(refusal('{"type":"convene/response","version":1}')).toMatch(/participant response file/);
	});

	it('refuses an unknown future version, and a missing one', () => {
		expect(refusal(fileOf((f) => (f.version = 4)))).toMatch(/newer version of Convene \(format 4/);
		expect(refusal(fileOf((f) => delete (f as Record<string, unknown>).version))).toMatch(
			/no valid format version/
		);
		expect(refusal(fileOf((f) => (f.version = '1')))).toMatch(/no valid format version/);
	});

	it('refuses files over the size limit before parsing', () => {
		const huge = ' '.repeat(MAX_FILE_BYTES + 1);
		expect(refusal(huge)).toMatch(/too large/);
	});

	it('refuses prototype-pollution keys anywhere', () => {
		const proto = workshopFileText(demo()).replace(
			'"title":',
			'"__proto__": {"polluted": true}, "title":'
		);
		expect(refusal(proto)).toMatch(/forbidden key \("__proto__"\)/);
		expect(
			refusal(
				fileOf(
					(f) =>
						((f.workshop.partners as object[])[0] = {
							...(f.workshop.partners as object[])[0],
							constructor: { prototype: {} }
						})
				)
			)
		).toMatch(/forbidden key/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses deep nesting', () => {
		const deep = '{"a":'.repeat(200) + '1' + '}'.repeat(200);
		expect(refusal(deep)).toMatch(/nested too deeply/);
		const veryDeep = '['.repeat(100_000) + ']'.repeat(100_000);
		expect(refusal(veryDeep)).toMatch(/nested too deeply/);
	});

	it('refuses wrong types and out-of-range values, naming where', () => {
		expect(refusal(fileOf((f) => (f.workshop.title = 42)))).toMatch(
			/: The title of the workshop should be text\.$/
		);
		expect(
			refusal(fileOf((f) => ((f.workshop.partners as { influence: number }[])[0].influence = 9)))
		).toMatch(/: The influence of a partner \(“.+”\) is out of range \(9\)\.$/);
		expect(
			refusal(fileOf((f) => ((f.workshop.agenda as { module: string }[])[0].module = 'karaoke')))
		).toMatch(
			/: The module of an agenda step \(“.+”\) is not a value Convene knows \(“karaoke”\)\.$/
		);
		expect(
			refusal(
				fileOf((f) => ((f.workshop.actions as { dueDate: string }[])[0].dueDate = 'tomorrow'))
			)
		).toMatch(/YYYY-MM-DD/);
		expect(refusal(fileOf((f) => (f.workshop.partners = 'many')))).toMatch(/partners/);
		expect(
			refusal(fileOf((f) => ((f.workshop.partners as { id: string }[])[0].id = 'a b<c>')))
		).toMatch(/: The id of a partner \(“.+”\) has characters an id cannot have \(“a b<c>”\)\.$/);
	});

	it('refuses text past the length limits', () => {
		expect(refusal(fileOf((f) => (f.workshop.title = 'x'.repeat(501))))).toMatch(/longer than 500/);
		expect(
			refusal(
				fileOf((f) => ((f.workshop.answers as { text: string }[])[0].text = 'x'.repeat(20_001)))
			)
		).toMatch(/longer than 20,000/);
	});

	it('refuses files whose rows refer to things that are not there', () => {
		expect(
			refusal(
				fileOf((f) => ((f.workshop.people as { partnerId: string }[])[0].partnerId = 'nobody'))
			)
		).toMatch(/person belongs to a partner/);
		expect(
			refusal(
				fileOf((f) => ((f.workshop.connections as { targetId: string }[])[0].targetId = 'nobody'))
			)
		).toMatch(/connection links/);
		expect(
			refusal(
				fileOf((f) => ((f.workshop.actions as { partnerId: string }[])[0].partnerId = 'nobody'))
			)
		).toMatch(/refers to a partner/);
		expect(
			refusal(
				fileOf((f) => {
					const partners = f.workshop.partners as { id: string }[];
					partners[1].id = partners[0].id;
				})
			)
		).toMatch(/share the id/);
	});
});

describe('parseUntrustedJson', () => {
	it('accepts ordinary JSON and keeps strings as they are', () => {
		const r = parseUntrustedJson('{"a":[1,{"b":"<b>x</b>"}]}');
		expect(r).toEqual({ ok: true, value: { a: [1, { b: '<b>x</b>' }] } });
	});
	it('allows keys that merely contain a forbidden word', () => {
		expect(parseUntrustedJson('{"constructorName":1,"my__proto__":2}').ok).toBe(true);
	});
});
