/**
 * Values the schema used to accept but pages could not draw or format: every number and date in a
 * workshop file is bounded to what the app draws, and workshop ids keep to their alphabet.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, serializeWorkshop } from './file-format';
import { MAX_TIME } from './file-limits';
import { isCalendarDate } from './file-rows';
import { formatDate } from '$lib/pdf/plan-model';

const NOW = Date.UTC(2026, 10, 24, 12);
const file = () =>
	serializeWorkshop(buildDemoBundle('w-demo', NOW), 'Convene', new Date(NOW)) as unknown as {
		workshop: Record<string, never> & Record<string, unknown>;
	};
const read = (
	mutate: (
		w: Record<string, unknown> & {
			partners: Record<string, unknown>[];
			snapshots: Record<string, unknown>[];
		}
	) => void
) => {
	const f = file();
	mutate(f.workshop as never);
	return readWorkshopFile(JSON.stringify(f));
};

describe('numbers and dates the app can draw', () => {
	it('the demo file is accepted as it is', () => {
		expect(read(() => {}).ok).toBe(true);
	});

	it.each([1e308, -1e308, 1e7, -2_000_000])('a partner x of %s is refused', (x) => {
		const result = read((w) => (w.partners[0].x = x));
		expect(result.ok).toBe(false);
	});

	it('a partner position on the map (or none) is accepted', () => {
		expect(read((w) => ((w.partners[0].x = -850.5), (w.partners[0].y = null))).ok).toBe(true);
	});

	it.each([1e300, MAX_TIME + 1, -1])(
		'a time of %s is refused (snapshot, row, workshop)',
		(time) => {
			expect(read((w) => (w.updatedAt = time)).ok).toBe(false);
			expect(read((w) => (w.partners[0].createdAt = time)).ok).toBe(false);
		}
	);

	it('a timer of more than a year is refused', () => {
		const session = {
			id: 'session',
			currentStepId: '',
			timerElapsedMs: 0,
			timerStartedAt: null,
			timerExtraMs: 0,
			blank: false,
			revealed: false,
			showJoin: false
		};
		expect(read((w) => (w.session = session)).ok).toBe(true);
		expect(read((w) => (w.session = { ...session, timerElapsedMs: 1e300 })).ok).toBe(false);
		expect(read((w) => (w.session = { ...session, timerStartedAt: 1e300 })).ok).toBe(false);
	});

	it.each(['2026-02-31', '2026-13-01', '2025-02-29', '0000-01-01', '2026-1-1', '20260101'])(
		'the date %s is refused',
		(date) => {
			expect(read((w) => (w.date = date)).ok).toBe(false);
		}
	);

	it.each(['2024-02-29', '0001-01-01', '9999-12-31', ''])('the date "%s" is accepted', (date) => {
		expect(read((w) => (w.date = date)).ok).toBe(true);
	});

	it('calendar check: leap years follow the Gregorian rule', () => {
		expect(isCalendarDate('2000-02-29')).toBe(true);
		expect(isCalendarDate('1900-02-29')).toBe(false);
	});

	it('a year below 100 prints as itself, not as 19xx', () => {
		expect(formatDate('0050-03-01')).toBe('March 1, 50');
		expect(formatDate('2026-02-28')).toBe('February 28, 2026');
	});
});

describe('workshop ids', () => {
	it.each(['join:w-demo', 'join:', 'a b', 'w/1', 'x'.repeat(101), '', 'é'])(
		'the workshop id %j is refused',
		(id) => {
			const result = read((w) => (w.id = id));
			expect(result.ok).toBe(false);
		}
	);

	it('a UUID is accepted', () => {
		expect(read((w) => (w.id = '2b0d0a4e-4c53-4f0c-9c1f-3f0f0f0f0f0f')).ok).toBe(true);
	});
});
