/**
 * One participant identity for files and links (issue 13, point 1): every hand-in is signed with the
 * participant's key made at join; the facilitator pins the first key per participant and refuses,
 * with a reason, a forged response with their id and a huge revision.
 */
import { expect, test } from '@playwright/test';
import { exportPublicKey, generateSigningKeys, signValue } from '../src/lib/domain/crypto';
import { downloadText, jsonFile } from './helpers';

test('a forged response file or link with a participant’s id is refused with a reason; their own replay changes nothing', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/workshop/session/?id=${id}`);
	const link = await page.getByTestId('join-link').inputValue();
	const context = await browser.newContext();
	const p = await context.newPage();
	await p.goto(link);
	await p.getByRole('radio', { name: /^Phase 2\b/ }).check();
	const real = await downloadText(p, () =>
		p.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	const handed = JSON.parse(real.text) as {
		response: Record<string, unknown> & { id: string; signer: string };
		signature: string;
	};
	expect(handed.response.signer).toMatch(/^p256\./);
	expect(handed.signature).toHaveLength(86);
	await page.getByLabel('Choose response files').setInputFiles([jsonFile(real.name, real.text)]);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 1');

	// Someone who saw the response id forges revision 1,000,000 with their own key, and one unsigned.
	const keys = await generateSigningKeys();
	const { signature: _s, ...unsigned } = handed;
	const forgedFile = {
		...unsigned,
		response: {
			...handed.response,
			phase: 6,
			revision: 1_000_000,
			signer: await exportPublicKey(keys.publicKey)
		}
	};
	const forged = JSON.stringify({
		...forgedFile,
		signature: await signValue(keys.privateKey, forgedFile)
	});
	const { signer: _k, ...plainResponse } = handed.response;
	const noSignature = JSON.stringify({
		...unsigned,
		response: { ...plainResponse, phase: 6, revision: 999 }
	});
	// The real one changed after signing (its own key, but the content no longer matches).
	const tampered = JSON.stringify({
		...handed,
		response: { ...handed.response, phase: 6, revision: 5 }
	});
	await page
		.getByLabel('Choose response files')
		.setInputFiles([
			jsonFile('forged.convene-response.json', forged),
			jsonFile('unsigned.convene-response.json', noSignature),
			jsonFile('tampered.convene-response.json', tampered),
			jsonFile(real.name, real.text)
		]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 0 · Unchanged: 1 · Older: 0 · Refused: 3'
	);
	const item = (name: string) => page.getByTestId('merge-item').filter({ hasText: name });
	await expect(item('forged.convene-response.json')).toContainText('signed by another key');
	await expect(item('unsigned.convene-response.json')).toContainText('not signed');
	await expect(item('tampered.convene-response.json')).toContainText('signature does not match');
	await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();

	// The participant's real next hand-in still gets through.
	await p.getByRole('radio', { name: /^Phase 3\b/ }).check();
	const next = await downloadText(p, () =>
		p.getByRole('button', { name: 'Hand in again' }).click()
	);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.getByLabel('Choose response files').setInputFiles([jsonFile(next.name, next.text)]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 1 · Unchanged: 0 · Older: 0 · Refused: 0'
	);
	await context.close();
});
