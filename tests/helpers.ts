/** Shared steps for the end-to-end journeys. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export async function openHome(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
}

export async function loadDemo(page: Page) {
	await openHome(page);
	await page.getByRole('button', { name: 'Try the demo' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('ROOTS Partnership Design convening');
}

/** Waits until every write has landed (the header says "Saved"). */
export async function expectSaved(page: Page) {
	await expect(page.getByTestId('save-status')).toHaveText(/Saved/);
}

/** Downloads what `trigger` produces and returns its text. */
export async function downloadText(page: Page, trigger: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Chooses files in the home page's import picker. */
export async function importFiles(
	page: Page,
	files: { name: string; mimeType: string; buffer: Buffer }[]
) {
	await page.getByLabel('Import a workshop file').setInputFiles(files);
}

export const jsonFile = (name: string, content: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(content)
});

/**
 * One workshop file per `[name, plant]`: a copy of `file` that `plant` damages, as `<name>.convene.json`
 * (for the import picker's `setInputFiles`).
 */
export function plantedFiles<F>(
	file: F,
	planted: readonly (readonly [string, (copy: F) => unknown])[]
) {
	return planted.map(([name, plant]) => {
		const copy = structuredClone(file);
		plant(copy);
		return jsonFile(`${name}.convene.json`, JSON.stringify(copy));
	});
}

type Row = Record<string, unknown>;

/**
 * Grows the demo workshop (loaded in `page`) to `total` partners and imports it over the demo, ending
 * on its overview. Each new partner is a copy of a demo partner: `bulk-<i>`, "Bulk partner <i>" (`i`
 * its place in the list), unplaced, unpinned, not the home organisation, phase, influence and interest
 * spread by `i`. `extra(i, partners)` may change its fields (`partner`) and add a connection from it.
 */
export async function importGrownDemo(
	page: Page,
	total: number,
	extra: (i: number, partners: Row[]) => { partner?: Row; connection?: Row } = () => ({})
) {
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const file = JSON.parse(exported.text) as { workshop: { partners: Row[]; connections: Row[] } };
	const { partners, connections } = file.workshop;
	const template = partners.find((p) => !p.home)!;
	for (let i = partners.length; i < total; i++) {
		const { partner, connection } = extra(i, partners);
		partners.push({
			...template,
			id: `bulk-${i}`,
			name: `Bulk partner ${i}`,
			phase: i % 7,
			influence: (i % 5) + 1,
			interest: ((i * 3) % 5) + 1,
			x: null,
			y: null,
			pinned: false,
			home: false,
			...partner
		});
		if (connection) connections.push(connection);
	}
	await page.getByRole('link', { name: 'All workshops' }).click();
	await importFiles(page, [jsonFile('grown.json', JSON.stringify(file))]);
	await page.getByRole('button', { name: 'Replace the existing one' }).click();
	await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
	await expect(page.getByTestId('count-partners')).toHaveText(String(total));
}

/** No serious or critical accessibility findings on the current page. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);
}

/** The port of the main e2e server; side servers (sub-path hosting, update tests) use offsets from it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Serves a directory with scripts/serve.mjs (a plain static host, no rewrites) in a child process.
 * Call `close()` when done (in `afterAll`/`finally`).
 */
export async function serveStatic(options: {
	dir: string;
	port: number;
	base?: string;
	/** Listen on every interface (`--host`), as in a room. */
	host?: boolean;
}) {
	const args = ['scripts/serve.mjs', '--dir', options.dir, '--port', String(options.port)];
	if (options.base) args.push('--base', options.base);
	if (options.host) args.push('--host');
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const origin = `http://127.0.0.1:${options.port}`;
	const deadline = Date.now() + 10_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`serve.mjs exited: ${output}`);
		try {
			await fetch(`${origin}${options.base ?? ''}/`);
			break;
		} catch {
			if (Date.now() > deadline) throw new Error(`serve.mjs did not start: ${output}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		origin,
		url: `${origin}${options.base ?? ''}`,
		/** What serve.mjs printed so far. */
		output: () => output,
		close: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}

/** Resolves once the page's service worker is active (it precaches the app while installing). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/** A database as stored by some schema version (tests/fixtures/db-v*.json): object stores with their rows. */
export interface DatabaseFixture {
	database: string;
	schemaVersion: number;
	idbVersion: number;
	stores: {
		name: string;
		keyPath: string | string[];
		autoIncrement: boolean;
		indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
		rows: unknown[];
	}[];
}

/**
 * Writes a fixture database with raw IndexedDB, before Convene ever opens it: from a same-origin page
 * that does not run the app (the favicon), so the app meets it as an old browser profile would.
 */
export async function loadDatabaseFixture(page: Page, fixture: DatabaseFixture) {
	await page.goto('/favicon.svg');
	await page.evaluate(async (f) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(f.database, f.idbVersion);
			request.onupgradeneeded = () => {
				for (const s of f.stores) {
					const store = request.result.createObjectStore(s.name, {
						keyPath: s.keyPath,
						autoIncrement: s.autoIncrement
					});
					for (const i of s.indexes)
						store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
				}
			};
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction(
			f.stores.map((s) => s.name),
			'readwrite'
		);
		for (const s of f.stores) for (const row of s.rows) tx.objectStore(s.name).put(row);
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, fixture);
}

/** Every row of every object store in Convene's database, read with raw IndexedDB (no app code). */
export async function readDatabase(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('convene');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const out: Record<string, unknown[]> = {};
		for (const name of Array.from(db.objectStoreNames)) {
			out[name] = await new Promise<unknown[]>((resolve) => {
				const request = db.transaction(name).objectStore(name).getAll();
				request.onsuccess = () => resolve(request.result);
			});
		}
		db.close();
		return out;
	});
}

/** What a screen reader would call the focused element (enough for our own controls). */
export function focusedName(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return '';
		const labelled = el.getAttribute('aria-label');
		if (labelled) return labelled;
		const label = (el as HTMLInputElement).labels?.[0]?.textContent;
		return (label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
	});
}

/** Presses Tab (only Tab) until the focused control is called `name`; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 60) {
	const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
	const seen: string[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const current = await focusedName(page);
		if (matches(current)) return;
		seen.push(current);
	}
	throw new Error(`Tab never reached "${name}"; it visited: ${seen.join(' | ')}`);
}

/** WCAG AAA contrast (7:1 for text) on the current page: the projector view's bar. */
export async function expectAaaContrast(page: Page) {
	const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
	expect(
		results.violations.flatMap((v) =>
			v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
		)
	).toEqual([]);
}

/**
 * Opens Convene's database at the next IndexedDB version from `page` (any same-origin page), as a
 * newer Convene in another tab would, and resolves with that version. Open tabs of the app get a
 * `versionchange` and must stop writing. Computed from the stored version, so it stays "newer"
 * whatever schema version the app is at.
 */
export async function upgradeDatabaseElsewhere(
	page: Page
): Promise<{ before: number; after: number }> {
	return page.evaluate(async () => {
		const open = (version?: number) =>
			new Promise<number>((resolve, reject) => {
				const request =
					version === undefined ? indexedDB.open('convene') : indexedDB.open('convene', version);
				request.onsuccess = () => {
					const v = request.result.version;
					request.result.close();
					resolve(v);
				};
				request.onerror = () => reject(request.error);
			});
		const before = await open();
		return { before, after: await open(before + 10) };
	});
}
