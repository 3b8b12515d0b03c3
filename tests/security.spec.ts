import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { downloadText, expectSaved, importFiles, jsonFile, loadDemo, openHome } from './helpers';

/** Every page shell in build/ (scripts/test.sh builds before the e2e tests run). */
function builtPages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : builtPages(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

function cspOf(html: string): Map<string, string[]> {
	const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	expect(meta, 'a CSP <meta> tag').not.toBeNull();
	return new Map(
		meta![1]
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name, values])
	);
}

test('every built page carries a strict Content-Security-Policy that allows exactly its inline scripts', () => {
	const pages = builtPages();
	expect(pages.map((p) => path.relative('build', p)).sort()).toEqual(
		expect.arrayContaining(['index.html', 'about/index.html', 'workshop/index.html'])
	);
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const csp = cspOf(html);
		expect(csp.get('default-src'), file).toEqual(["'self'"]);
		expect(csp.get('object-src'), file).toEqual(["'none'"]);
		expect(csp.get('base-uri'), file).toEqual(["'self'"]);
		const scriptSrc = csp.get('script-src') ?? [];
		expect(scriptSrc, file).not.toContain("'unsafe-inline'");
		expect(scriptSrc, file).not.toContain("'unsafe-eval'");
		// Each inline script is allowed by its own hash, and nothing else is.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
			(m) => m[1]
		);
		const hashes = inline.map(
			(body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`
		);
		expect(scriptSrc.filter((s) => s.startsWith("'sha")).sort(), file).toEqual(hashes.sort());
		// The policy must come before any script for the browser to apply it to them.
		expect(html.indexOf('content-security-policy'), file).toBeLessThan(html.indexOf('<script'));
	}
});

/** Collects CSP violations (DOM events and console reports) on every page of this context. */
async function watchViolations(page: Page) {
	const violations: string[] = [];
	await page.context().addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const w = window as unknown as { __cspViolations?: string[] };
			(w.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	const fromPage = () =>
		page.evaluate(
			() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
		);
	return { violations, fromPage };
}

test('the app runs under its CSP: a whole journey raises no violation', async ({ page }) => {
	const { violations, fromPage } = await watchViolations(page);
	await openHome(page);
	await loadDemo(page);
	await page.getByLabel('Facilitator').fill('Dr. Ana Ruiz <script>alert(1)</script>');
	await expectSaved(page);
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	expect(violations).toEqual([]);
	expect(await fromPage()).toEqual([]);

	await page.getByRole('link', { name: 'All workshops' }).click();
	await importFiles(page, [jsonFile('backup.json', exported.text)]);
	await page.getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByTestId('workshop-row')).toHaveCount(2);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'About & sources' })
		.click();
	await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();
	expect(violations).toEqual([]);
	expect(await fromPage()).toEqual([]);
});

test('the CSP is enforced: an injected inline script does not run', async ({ page }) => {
	const { fromPage } = await watchViolations(page);
	await openHome(page);
	const ran = await page.evaluate(async () => {
		// An allowed inline script would run synchronously inside append(); a blocked one raises
		// a violation event instead, which is the state to wait for.
		const blocked = new Promise((resolve) =>
			document.addEventListener('securitypolicyviolation', resolve, { once: true })
		);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await blocked;
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(fromPage).toEqual([expect.stringMatching(/^script-src/)]);
});
