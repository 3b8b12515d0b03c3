// Screenshots of the stakeholder map's views with the demo workshop, at 1280×720 and 1440×900, into
// reports/screens/. Needs a build served (npm start, or npm run serve -- --port N).
// Usage: node scripts/map-screenshots.mjs [baseURL]
import { launchChromium } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'reports/screens';
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
for (const [w, h] of [
	[1280, 720],
	[1440, 900]
]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: 'Try the demo' }).click();
	await page.getByTestId('workshop-title').waitFor();
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	await page.getByTestId('map-canvas').waitFor();
	for (const view of ['Network', 'Rings by phase', 'Power / interest']) {
		await page.getByText(view, { exact: true }).click();
		await page.getByTestId('map-stage').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${out}/map-${view.split(' ')[0].toLowerCase()}-${w}x${h}.png` });
	}
	await page.getByText('Network', { exact: true }).click();
	await page.getByTestId('map-node').first().click();
	await page.getByTestId('partner-panel').waitFor();
	await page.screenshot({ path: `${out}/map-panel-${w}x${h}.png` });
	await page.getByText('Table', { exact: true }).click();
	await page.screenshot({ path: `${out}/map-table-${w}x${h}.png` });
	await page.getByText('Network', { exact: true }).click();
	await page.getByRole('button', { name: 'Close details' }).click();
	await page.keyboard.press('f');
	await page.waitForTimeout(300);
	await page.screenshot({ path: `${out}/map-projector-${w}x${h}.png` });
	await page.close();
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
