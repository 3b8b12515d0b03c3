/**
 * Every workshop Convene holds, it can export and import back: the largest workshop the app allows
 * (every list at its limit, snapshots up to the guard) and the case (1,000 partners, two
 * snapshots, 9.4 MB against the old 10 MB limit) round-trip; a snapshot that would break the limit
 * is refused before it is taken.
 */
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import { canonicalJson } from '$lib/domain/crypto';
import { largeWorkshop } from '$testing/large-workshop';
import {
	bundleToContent,
	INDENT_BELOW_BYTES,
	readWorkshopFile,
	serializeWorkshop,
	snapshotFits,
	utf8Bytes,
	workshopFileText
} from '$lib/domain/file-format';
import { LIST_LIMITS, MAX_FILE_BYTES } from '$lib/domain/file-limits';
import { largestWorkshop } from '$testing/largest-workshop';
import type { WorkshopBundle } from '$lib/domain/types';

const AT = new Date(Date.UTC(2026, 10, 24, 12));
// Key order aside (a row typed in code and the same row read through the schema list keys differently).
const fileText = (b: WorkshopBundle) => canonicalJson(serializeWorkshop(b, 'Convene', AT));

function roundTrips(bundle: WorkshopBundle) {
	const text = workshopFileText(bundle);
	expect(utf8Bytes(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
	const read = readWorkshopFile(text);
	expect(read.ok ? '' : problemText(read.problem)).toBe('');
	if (!read.ok) return;
	expect(fileText(read.value)).toBe(fileText(bundle));
	return { bytes: utf8Bytes(text), snapshots: read.value.snapshots.length };
}

describe('workshop files at the size limits', () => {
	it('the largest workshop the app allows exports and imports back unchanged', () => {
		const bundle = largestWorkshop();
		for (const [table, max] of Object.entries(LIST_LIMITS)) {
			if (table !== 'snapshots')
				expect((bundle as unknown as Record<string, unknown[]>)[table], table).toHaveLength(max);
		}
		const result = roundTrips(bundle);
		expect(result?.bytes).toBeGreaterThan(10 * 1024 * 1024);
		// Not even one more snapshot fits: the guard refuses it before it is taken.
		const next = {
			workshopId: bundle.workshop.id,
			id: 'one-more',
			label: 'One more',
			takenAt: 1,
			content: bundleToContent(bundle)
		};
		expect(snapshotFits(bundle, next).fits).toBe(false);
	}, 120_000);

	it('1,000 partners with two snapshots (9.4 MB against the old 10 MB limit) round-trip, and the guard allowed both', () => {
		const bundle = largeWorkshop({ partners: 1000, actions: 500, responses: 200 });
		const content = bundleToContent(bundle);
		for (let i = 0; i < 2; i++) {
			const snapshot = {
				workshopId: bundle.workshop.id,
				id: `s-${i}`,
				label: `Convening ${i + 1}`,
				takenAt: 1000 + i,
				content
			};
			const room = snapshotFits(bundle, snapshot);
			expect(room.fits).toBe(true);
			bundle.snapshots.push(snapshot);
			// The guard's estimate is the file's real size.
			expect(room.size).toBe(utf8Bytes(JSON.stringify(serializeWorkshop(bundle))));
		}
		expect(roundTrips(bundle)?.snapshots).toBe(2);
	}, 120_000);

	it('small files stay indented for people to read; large ones are compact', () => {
		const small = largeWorkshop({ partners: 14, actions: 0, responses: 0 });
		expect(workshopFileText(small)).toContain('\n  "type"');
		const large = largeWorkshop({ partners: 1000, actions: 0, responses: 0 });
		const text = workshopFileText(large);
		expect(text.length).toBeGreaterThan(INDENT_BELOW_BYTES);
		expect(text).not.toContain('\n');
	});

	it('utf8Bytes counts what a file weighs', () => {
		expect(utf8Bytes('aé🤝ع')).toBe(new TextEncoder().encode('aé🤝ع').length);
	});
});
