// Screenshots of every module step (demo workshop) at 1440×900 and 1280×720 into reports/screens/modules/.
// Needs a build served (npm start, or node scripts/serve.mjs --port N). Usage: node scripts/module-screenshots.mjs [baseURL]
import { launchChromium } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = 'reports/screens/modules';
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
for (const [w, h] of [
	[1440, 900],
	[1280, 720]
]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: 'Try the demo' }).click();
	await page.getByTestId('workshop-title').waitFor();
	await page.screenshot({ path: `${out}/overview-${w}x${h}.png`, fullPage: true });
	await page.getByRole('link', { name: 'Work through the modules' }).click();
	const links = page.getByTestId('step-agenda').getByRole('link');
	await links.first().waitFor();
	const count = await links.count();
	for (let i = 0; i < count; i++) {
		await links.nth(i).click();
		await page.waitForFunction(
			(n) => document.querySelector('.position')?.textContent?.startsWith(`Step ${n} `),
			i + 1
		);
		const module = await page.getByTestId('module').getAttribute('data-module');
		await page.screenshot({
			path: `${out}/${String(i + 1).padStart(2, '0')}-${module}-${w}x${h}.png`,
			fullPage: w === 1440
		});
	}
	await page.close();
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
