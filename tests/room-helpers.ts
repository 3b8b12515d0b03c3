/** Steps and measurements shared by the room-screen journeys (projector legibility, session layout). */
import { expect, type Page } from '@playwright/test';
import { importFiles, jsonFile, openHome } from './helpers';
import { roomFile } from './room-fixture';

/** Imports the prepared room of `n` responses through the home page; returns its id and agenda. */
export async function importRoom(page: Page, n: number) {
	const room = roomFile(n);
	await openHome(page);
	await importFiles(page, [jsonFile(room.name, room.text)]);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: room.title }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText(room.title);
	const id = new URL(page.url()).searchParams.get('id') ?? '';
	expect(id).not.toBe('');
	return { id, steps: room.steps };
}

/** Opens the facilitator's session page and makes step `index` (0-based) current. */
export async function goToStep(page: Page, index: number) {
	await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button').nth(index).click();
	await expect(page.getByTestId('progress')).toContainText(`Step ${index + 1} of`);
}

interface ScreenFacts {
	overflow: boolean;
	pageOverflow: boolean;
	minText: number;
	minTextAt: string;
	minData: number;
	minDataAt: string;
	dataCount: number;
	capsData: string[];
}

/**
 * What the projector shows, measured: whether the stage or the page scrolls, the smallest computed
 * font size of any visible text and of any data value (counts, the clock), and data set in caps.
 */
export function measureScreen(page: Page): Promise<ScreenFacts> {
	return page.evaluate(() => {
		const stage = document.querySelector<HTMLElement>('[data-testid=projector-stage]');
		const visible = (el: Element) => {
			const r = el.getBoundingClientRect();
			const s = getComputedStyle(el);
			return (
				r.width > 1 &&
				r.height > 1 &&
				s.visibility !== 'hidden' &&
				s.display !== 'none' &&
				!el.closest('.visually-hidden, svg')
			);
		};
		let minText = Infinity;
		let minTextAt = '';
		const walker = document.createTreeWalker(
			document.querySelector('[data-testid=projector]')!,
			NodeFilter.SHOW_TEXT
		);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			if (!el || !node.textContent?.trim() || !visible(el)) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			if (size < minText) {
				minText = size;
				minTextAt = `${el.tagName.toLowerCase()}.${el.className}: ${node.textContent.trim().slice(0, 40)}`;
			}
		}
		const data = [
			...document.querySelectorAll(
				'[data-testid=results] :is(.value, .count, .times), [role=timer]'
			)
		].filter(visible);
		let minData = Infinity;
		let minDataAt = '';
		for (const el of data) {
			const size = parseFloat(getComputedStyle(el).fontSize);
			if (size < minData) {
				minData = size;
				minDataAt = `${el.className}: ${el.textContent?.trim()}`;
			}
		}
		const capsData = [...document.querySelectorAll('[data-testid=projector] *')]
			.filter(
				(el) =>
					visible(el) &&
					el.textContent?.trim() &&
					['uppercase'].includes(getComputedStyle(el).textTransform)
			)
			.map((el) => el.textContent!.trim().slice(0, 30));
		return {
			overflow: stage ? stage.scrollHeight > stage.clientHeight + 1 : false,
			pageOverflow: document.documentElement.scrollHeight > innerHeight + 1,
			minText,
			minTextAt,
			minData,
			minDataAt,
			dataCount: data.length,
			capsData
		};
	});
}

/** Words of a table header split across two lines (each such word, with its header's text). */
export function brokenHeaderWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		for (const th of document.querySelectorAll('th')) {
			const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const lines = new Set(
						[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
					);
					if (lines.size > 1) broken.push(`${match[0]} (in "${th.textContent?.trim()}")`);
				}
			}
		}
		return broken;
	});
}

/** The projected answers: their keys, and any answer whose box leaves the screen or the stage. */
export function projectedPage(projector: Page) {
	return projector.evaluate(() => {
		const stage = document.querySelector('[data-testid=projector-stage]')!.getBoundingClientRect();
		const items = [...document.querySelectorAll<HTMLElement>('[data-testid=projected-page] li')];
		const outside = items
			.filter((li) => {
				const r = li.getBoundingClientRect();
				return (
					r.top < stage.top - 1 ||
					r.bottom > Math.min(stage.bottom, innerHeight) + 1 ||
					r.right > innerWidth + 1
				);
			})
			.map((li) => li.dataset.key);
		const minFont = Math.min(...items.map((li) => parseFloat(getComputedStyle(li).fontSize)));
		return { keys: items.map((li) => li.dataset.key!), outside, minFont };
	});
}

/**
 * Pages the projector through every page of a step's revealed answers from the session screen,
 * checking each page: the session and the projector agree on its number, nothing overflows or
 * leaves the screen, answers are at least 20 px at 720p (scaled for taller screens). `turn` goes
 * to the next page (PageDown or the Next page button); `onPage(n, total)` runs on each page (for
 * screenshots). Returns the answers' keys in the order shown, and the number of pages.
 */
export async function pageThroughAnswers(
	page: Page,
	projector: Page,
	options: { turn: () => Promise<void>; onPage?: (n: number, total: number) => Promise<void> }
): Promise<{ seen: string[]; total: number }> {
	const height = projector.viewportSize()?.height ?? 720;
	await expect(projector.getByTestId('projected-page')).toBeVisible();
	const pageNumber = page.getByTestId('session-page-number');
	const total = Number((await pageNumber.textContent())!.match(/of (\d+)/)![1]);
	expect(total).toBeGreaterThan(1);
	const seen: string[] = [];
	for (let n = 1; n <= total; n++) {
		await expect(pageNumber).toHaveText(`Page ${n} of ${total}`);
		await expect(projector.getByTestId('projected-page-number')).toHaveText(
			`Page ${n} of ${total}`
		);
		await expect.poll(async () => (await measureScreen(projector)).overflow).toBe(false);
		const facts = await projectedPage(projector);
		expect(facts.outside, `page ${n}: answers outside the screen`).toEqual([]);
		expect(facts.minFont).toBeGreaterThanOrEqual((20 * height) / 720 - 0.5);
		const screen = await measureScreen(projector);
		expect(screen.minText, screen.minTextAt).toBeGreaterThanOrEqual(20);
		expect(screen.pageOverflow).toBe(false);
		seen.push(...facts.keys);
		await options.onPage?.(n, total);
		if (n < total) await options.turn();
	}
	return { seen, total };
}
