import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import { readWorkshopFile, serializeWorkshop, WORKSHOP_FILE_VERSION } from './file-format';
import type { WorkshopBundle } from './types';

const FIXTURES = [
	'workshop-v1-demo.json',
	'workshop-v1-no-organisation.json',
	'workshop-v1-home-id-taken.json'
];
const load = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const at = new Date(Date.UTC(2025, 4, 14));
const exportText = (b: WorkshopBundle) =>
	JSON.stringify(serializeWorkshop(b, 'Convene', at), null, 2);
const read = (text: string) => {
	const r = readWorkshopFile(text);
	if (!r.ok) throw new Error(problemText(r.problem));
	return r.value;
};

describe('workshop file version 1 → 2 → 3', () => {
	it('writes version 3', () => expect(WORKSHOP_FILE_VERSION).toBe(3));

	for (const name of FIXTURES) {
		it(`restores ${name} losslessly, and export → import → export is identical`, () => {
			const v1 = JSON.parse(load(name));
			expect(v1.version).toBe(1);
			const bundle = read(load(name));
			// Lossless: every v1 partner is there with all its fields, plus `home: false`.
			for (const p of v1.workshop.partners) {
				expect(bundle.partners.find((q) => q.id === p.id)).toEqual({
					...p,
					home: false,
					workshopId: v1.workshop.id
				});
			}
			// Every other table comes through unchanged.
			for (const table of [
				'agenda',
				'answers',
				'people',
				'connections',
				'criteria',
				'actions',
				'responses'
			] as const) {
				expect(bundle[table].map(({ workshopId: _w, ...r }) => r)).toEqual(v1.workshop[table]);
			}
			expect(bundle.workshop.organisation).toBe(v1.workshop.organisation);
			// Version 3's tables start empty.
			expect([bundle.themes, bundle.answerMarks, bundle.voteRounds]).toEqual([[], [], []]);
			const first = exportText(bundle);
			expect(JSON.parse(first).version).toBe(3);
			const second = exportText(read(first));
			expect(second).toBe(first);
		});
	}

	it('adds one home partner named after the organisation, at an id that is free', () => {
		const demo = read(load('workshop-v1-demo.json'));
		const homes = demo.partners.filter((p) => p.home);
		expect(homes).toHaveLength(1);
		expect(homes[0]).toMatchObject({
			id: 'home',
			name: demo.workshop.organisation,
			sector: 'internal'
		});
		expect(demo.partners).toHaveLength(
			JSON.parse(load('workshop-v1-demo.json')).workshop.partners.length + 1
		);
		// The snapshot's frozen content is upgraded the same way.
		expect(demo.snapshots[0].content.partners.filter((p) => p.home).map((p) => p.id)).toEqual([
			'home'
		]);

		const taken = read(load('workshop-v1-home-id-taken.json'));
		expect(taken.partners.filter((p) => p.home).map((p) => [p.id, p.name])).toEqual([
			['home-3', 'Riverside Clinic']
		]);
		expect(taken.connections[0]).toMatchObject({ sourceId: 'home', targetId: 'home-2' });

		const none = read(load('workshop-v1-no-organisation.json'));
		expect(none.partners).toEqual([]);
	});

	it('refuses a version-2 file with two home partners, or a partner without `home`', () => {
		const file = JSON.parse(exportText(read(load('workshop-v1-demo.json'))));
		file.workshop.partners[1].home = true;
		const two = readWorkshopFile(JSON.stringify(file));
		expect(two.ok).toBe(false);
		if (!two.ok) expect(problemText(two.problem)).toContain('home organisation');
		delete file.workshop.partners[1].home;
		expect(readWorkshopFile(JSON.stringify(file)).ok).toBe(false);
	});

	it('refuses a malformed version-1 file: it is validated before it is restored', () => {
		const v1 = JSON.parse(load('workshop-v1-home-id-taken.json'));
		v1.workshop.partners[0].x = 'left';
		const r = readWorkshopFile(JSON.stringify(v1));
		expect(r.ok).toBe(false);
	});
});
