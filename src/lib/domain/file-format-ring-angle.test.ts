/**
 * A partner's angle on its ring in the rings view (`ringAngle`, optional within file format 2): kept
 * through export and import, absent from older files, refused when out of range.
 */
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import { validWrite } from '$lib/state/journal-replay';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, serializeWorkshop } from './file-format';
import type { WorkshopBundle } from './types';

const NOW = Date.UTC(2026, 10, 24, 12);
const at = new Date(NOW);
const exportText = (b: WorkshopBundle) =>
	JSON.stringify(serializeWorkshop(b, 'Convene', at), null, 2);
const read = (text: string) => {
	const r = readWorkshopFile(text);
	if (!r.ok) throw new Error(problemText(r.problem));
	return r.value;
};

describe('ring angles in the workshop file', () => {
	it('keeps a ring angle through export → import → export (same content, then identical text)', () => {
		const bundle = buildDemoBundle('w-demo', NOW);
		bundle.partners[2] = { ...bundle.partners[2], ringAngle: 123.4 };
		bundle.partners[3] = { ...bundle.partners[3], ringAngle: null };
		const first = exportText(bundle);
		const back = read(first);
		expect(back.partners[2].ringAngle).toBe(123.4);
		expect(back.partners[3].ringAngle).toBeNull();
		const second = exportText(back);
		expect(JSON.parse(second)).toEqual(JSON.parse(first));
		expect(exportText(read(second))).toBe(second);
	});

	it('reads a file without ring angles as before (nobody placed on a ring)', () => {
		const back = read(exportText(buildDemoBundle('w-demo', NOW)));
		expect(back.partners.every((p) => !('ringAngle' in p))).toBe(true);
	});

	it.each([[-1], [360.5], [1e308], ['north'], [true]])(
		'refuses a ring angle of %s, naming it',
		(angle) => {
			const file = JSON.parse(exportText(buildDemoBundle('w-demo', NOW)));
			file.workshop.partners[1].ringAngle = angle;
			const r = readWorkshopFile(JSON.stringify(file));
			expect(r.ok).toBe(false);
			if (!r.ok && typeof angle === 'number')
				expect(problemText(r.problem)).toMatch(/ring angle|number/i);
		}
	);

	it('lets a saved ring angle through the write journal, and refuses a hostile one', () => {
		const write = (ringAngle: unknown) =>
			validWrite({
				kind: 'rowPatch',
				table: 'partners',
				workshopId: 'w-demo',
				id: 'p-finance',
				patch: { ringAngle, updatedAt: NOW }
			});
		expect(write(45.5)).toMatchObject({ patch: { ringAngle: 45.5 } });
		expect(write(null)).toMatchObject({ patch: { ringAngle: null } });
		expect(write(720)).toBeNull();
		expect(write('45')).toBeNull();
	});
});
