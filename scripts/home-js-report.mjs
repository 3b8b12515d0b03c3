// `node scripts/home-js-report.mjs [port]`: lists every script the home page loads until the network
// is idle, with its gzip size, largest first, for English and Spanish (needs `npm run serve` on port).
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const origin = `http://127.0.0.1:${process.argv[2] ?? 4173}`;
const browser = await launchChromium();
for (const locale of ['en-US', 'es-MX']) {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	const bodies = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script')
			bodies.push(
				r.body().then((b) => [r.url().replace(origin, ''), gzipSync(b, { level: 9 }).length])
			);
	});
	await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
	const rows = (await Promise.all(bodies)).sort((a, b) => b[1] - a[1]);
	console.log(
		`${locale}: ${(rows.reduce((s, r) => s + r[1], 0) / 1000).toFixed(1)} kB in ${rows.length} scripts`
	);
	for (const [url, n] of rows) console.log(`  ${(n / 1000).toFixed(1).padStart(6)}  ${url}`);
	await context.close();
}
await browser.close();
