// Screenshots at 1440×900 of the map's network, rings and grid views, with the demo workshop and with
// a 300-partner workshop grown from it (connections included), into reports/screens/.
// Needs a build served (npm start, or npm run serve -- --port N).
// Usage: node scripts/map-home-screenshots.mjs [baseURL]
import { launchChromium } from './chromium.mjs';
import { mkdirSync, readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'reports/screens';
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
const page = await browser.newPage({
	viewport: { width: 1440, height: 900 },
	acceptDownloads: true
});
const sections = () => page.getByRole('navigation', { name: /^Sections of/ });

async function shoot(tag) {
	await sections().getByRole('link', { name: 'Stakeholder map' }).click();
	await page.getByTestId('map-canvas').waitFor({ timeout: 60_000 });
	for (const view of ['Network', 'Rings by phase', 'Power / interest']) {
		await page.getByText(view, { exact: true }).click();
		await page.getByTestId('laying-out').waitFor({ state: 'detached', timeout: 60_000 });
		await page.getByTestId('map-stage').scrollIntoViewIfNeeded();
		await page.screenshot({
			path: `${out}/map-home-${tag}-${view.split(' ')[0].toLowerCase()}-1440x900.png`
		});
	}
}

await page.goto(`${base}/`);
await page.getByRole('button', { name: 'Try the demo' }).click();
await page.getByTestId('workshop-title').waitFor();
await shoot('demo');

// Grow the demo to 300 partners, with about 1.3 connections each, and import it as another workshop.
await sections()
	.getByRole('link', { name: 'Overview' })
	.click()
	.catch(() => {});
const [download] = await Promise.all([
	page.waitForEvent('download'),
	page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
]);
const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
const ws = file.workshop;
const template = ws.partners.find((p) => !p.home);
let seed = 11;
const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
const sectors = [
	'hospital',
	'clinic',
	'housing',
	'food',
	'faith',
	'school',
	'government',
	'funder',
	'behavioral',
	'internal'
];
for (let i = ws.partners.length; i < 300; i++) {
	ws.partners.push({
		...template,
		id: `grow-${i}`,
		name: `Community Partner Organisation ${i}`,
		sector: sectors[i % sectors.length],
		phase: i % 7,
		influence: 1 + (i % 5),
		interest: 1 + ((i * 3) % 5),
		x: null,
		y: null,
		pinned: false,
		home: false
	});
	const links = random() < 0.3 ? 2 : 1;
	for (let k = 0; k < links; k++) {
		const j = Math.floor(random() * i);
		ws.connections.push({
			id: `grow-c-${i}-${k}`,
			sourceId: `grow-${i}`,
			targetId: ws.partners[j].id,
			type: 'works with',
			strength: 1 + (i % 3)
		});
	}
}
ws.title = 'Three hundred partners';
ws.id = 'three-hundred';
await page.getByRole('link', { name: 'All workshops' }).click();
await page.getByLabel('Import a workshop file').setInputFiles({
	name: 'big.json',
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(file))
});
await page.getByRole('button', { name: 'Import', exact: true }).click();
await page.getByRole('link', { name: 'Three hundred partners' }).click();
await shoot('300');
await browser.close();
