/**
 * Issue 27, point 7: link bombs. A 60,000-character join or response link (the longest allowed)
 * used to expand to 342 million characters before the 1 MiB cap was checked: 6.6 s and 690 MB in
 * the tab; ten pasted into the import box froze the session tab for 18.5 s. Decompression now stops
 * as soon as its output passes the cap (`domain/lz-capped.ts`).
 *
 * Time: the fastest of five tries is held to 100 ms (noise on a shared machine only ever adds to a
 * try, so the fastest is the work itself). Memory: the tab's JavaScript heap after a garbage
 * collection (Chromium's own figure, through the DevTools protocol), before and after.
 */
import { expect, test, type Page } from '@playwright/test';
import { lzBomb } from '../src/testing/lz-bomb';
import { openHome } from './helpers';

const MB = 1024 * 1024;

/** The tab's JavaScript heap in bytes, after a full garbage collection. */
async function heapAfterGc(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}

/**
 * Milliseconds from `act` (run in the page) until `selector`'s text matches `pattern`, timed in the
 * page itself by a MutationObserver (no round trip to the test).
 */
function timedInPage(page: Page, act: string, selector: string, pattern: string) {
	return page.evaluate(
		({ act, selector, pattern }) =>
			new Promise<number>((resolve, reject) => {
				const re = new RegExp(pattern);
				const started = performance.now();
				const done = () => {
					const el = document.querySelector(selector);
					if (el && re.test(el.textContent ?? '')) {
						observer.disconnect();
						resolve(performance.now() - started);
						return true;
					}
					return false;
				};
				const observer = new MutationObserver(done);
				observer.observe(document.body, { subtree: true, childList: true, characterData: true });
				new Function(act)();
				if (!done()) setTimeout(() => reject(new Error(`no ${selector} ~ ${pattern}`)), 20_000);
			}),
		{ act, selector, pattern }
	);
}

test('a 60,000-character join link is refused within 100 ms, and the tab’s memory grows by less than 20 MB', async ({
	page
}) => {
	const bombs = [0, 1, 2, 3, 4].map((i) => lzBomb(60_000 - 20 * i));
	expect(bombs[0].length).toBeGreaterThan(59_990);
	await page.goto('/join/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const before = await heapAfterGc(page);

	const times: number[] = [];
	for (const bomb of bombs) {
		// A short damaged link first, so every try changes what the page says (hashchange).
		await page.evaluate(() => (location.hash = '#j=' + 'A'.repeat(40)));
		await expect(page.getByTestId('join-error')).toBeVisible();
		await expect(page.getByTestId('join-error')).not.toContainText('holds too much data');
		times.push(
			await timedInPage(
				page,
				`location.hash = '#j=${bomb}'`,
				'[data-testid="join-error"]',
				'The join link holds too much data'
			)
		);
	}
	await expect(page.getByTestId('join-error')).toContainText('The join link holds too much data.');
	const after = await heapAfterGc(page);

	console.log(
		`join link bomb: tries ${times.map((t) => t.toFixed(1)).join(', ')} ms; heap ${(before / MB).toFixed(1)} → ${(after / MB).toFixed(1)} MB`
	);
	expect(Math.min(...times), `tries: ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(
		100
	);
	expect(
		after - before,
		`heap ${(before / MB).toFixed(1)} → ${(after / MB).toFixed(1)} MB`
	).toBeLessThan(20 * MB);
});

test('ten 60,000-character response links pasted into the import box are refused at once, and the session tab stays small', async ({
	page
}) => {
	await openHome(page);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/workshop/session/?id=${id}`);
	const box = page.getByLabel('Paste response links or a chat transcript');
	await expect(box).toBeVisible();
	// Ten different links (the import reads each link once), in a chat transcript.
	const transcript = Array.from(
		{ length: 10 },
		(_, i) => `09:${10 + i} P${i}: #r=${lzBomb(60_000 - 20 * i)}`
	).join('\n');
	await box.fill(transcript);
	const before = await heapAfterGc(page);

	const ms = await timedInPage(
		page,
		`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Review the pasted links').click()`,
		'[data-testid="merge-summary"]',
		'Refused: 10'
	);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 10'
	);
	await expect(page.getByText('The response link holds too much data.').first()).toBeVisible();
	const after = await heapAfterGc(page);
	console.log(
		`ten response link bombs: ${ms.toFixed(1)} ms; heap ${(before / MB).toFixed(1)} → ${(after / MB).toFixed(1)} MB`
	);
	// Ten links, each held to the cap: well under a second (it was 18.5 s), and under 20 MB more.
	expect(ms).toBeLessThan(1000);
	expect(
		after - before,
		`heap ${(before / MB).toFixed(1)} → ${(after / MB).toFixed(1)} MB`
	).toBeLessThan(20 * MB);
	// Nothing to apply: a refused link is never stored.
	await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
});
