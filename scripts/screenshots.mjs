// Takes screenshots of the main screens at projector (1280×720) and laptop (1440×900) sizes, with the
// demo workshop loaded, into reports/screens/. Needs a build served on :4173 (npm start, or npm run serve).
// Usage: node scripts/screenshots.mjs [baseURL]
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
	await page.getByText('No workshops yet').waitFor();
	await page.screenshot({ path: `${out}/home-empty-${w}x${h}.png` });
	await page.getByRole('button', { name: 'Try the demo' }).click();
	await page.getByTestId('workshop-title').waitFor();
	await page.screenshot({ path: `${out}/workshop-${w}x${h}.png`, fullPage: true });
	await page.goto(`${base}/`);
	await page.getByTestId('workshop-row').first().waitFor();
	await page.screenshot({ path: `${out}/home-${w}x${h}.png` });
	await page.goto(`${base}/about/`);
	await page.getByRole('heading', { name: 'About Convene' }).waitFor();
	await page.screenshot({ path: `${out}/about-${w}x${h}.png`, fullPage: true });
	await page.close();
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
