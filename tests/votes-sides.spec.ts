/**
 * A participant says which side of the partnership they speak for and spends dot votes: quick
 * presses all count, a reload keeps them, the hand-in carries them, and the facilitator's import takes
 * them; a stuffed ballot (more dots than the vote gives) is refused with its reason, nothing stored.
 * The invite is the demo's own join link with the demo's candidate vote opened in it, as the
 * facilitator's page writes it once a vote is open.
 */
import { expect, test, type Page } from '@playwright/test';
import lz from 'lz-string';
import { downloadText, expectSaved, jsonFile, loadDemo } from './helpers';

async function demoJoinLinkWithVote(page: Page) {
	await loadDemo(page);
	await page.getByRole('link', { name: 'Run the session' }).click();
	// The Overview has a join link too: read the session screen's, once it is there.
	await expect(page).toHaveURL(/\/workshop\/session\//);
	await expect(page.getByTestId('progress')).toBeVisible();
	const link = await page.getByTestId('join-link').inputValue();
	// The link format (docs/file-format.md): `#j=` + the invite's JSON, lz-string compressed.
	const [base, fragment] = link.split('#');
	const invite = JSON.parse(lz.decompressFromEncodedURIComponent(fragment.slice(2)));
	const votes = [
		{
			id: 'vote-candidates',
			target: 'partners' as const,
			dots: 3,
			items: [
				{ id: 'p-lodz-foundation', label: 'Łódź Partners Foundation' },
				{ id: 'p-greek-community', label: 'Ελληνική Κοινότητα Community Center' },
				{ id: 'p-mutual-aid', label: 'Общество взаимопомощи' }
			]
		}
	];
	return {
		link: `${base}#j=${lz.compressToEncodedURIComponent(JSON.stringify({ ...invite, votes }))}`,
		workshopId: invite.workshopId as string
	};
}

test('a participant gives their side and spends three dots; quick presses count, reload keeps them, the facilitator imports them', async ({
	page,
	browser
}) => {
	const { link } = await demoJoinLinkWithVote(page);
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const p = await context.newPage();
	await p.goto(link);
	await expect(p.getByTestId('join-title')).toBeVisible({ timeout: 10_000 });
	await p.getByLabel('Your name').fill('Marisol');
	await p.getByLabel('Your name').blur();
	await p.getByRole('radio', { name: 'Community organisation' }).check();
	await p.getByLabel('Your organisation (optional)').fill('Promotoras del Valle');
	await p.getByLabel('Your organisation (optional)').blur();

	const vote = p.getByTestId('vote-form');
	await expect(vote.getByRole('heading')).toHaveText('Vote on the candidate partners');
	await expect(vote.getByTestId('vote-left')).toHaveText('3 of 3 dots left');
	// Three presses with no wait between them: every one counts.
	const add = vote.getByRole('button', { name: 'Add a dot to Łódź Partners Foundation' });
	await add.click();
	await add.click();
	await vote.getByRole('button', { name: /^Add a dot to Общество/ }).click();
	await expect(vote.getByTestId('vote-left')).toHaveText('0 of 3 dots left');
	await expect(vote.getByRole('button', { name: /^Add a dot to Ελληνική/ })).toBeDisabled();
	await expectSaved(p);

	await p.reload();
	await expect(p.getByTestId('vote-left')).toHaveText('0 of 3 dots left');
	await expect(p.getByLabel('2 dots on Łódź Partners Foundation')).toBeVisible();
	await expect(p.getByRole('radio', { name: 'Community organisation' })).toBeChecked();
	// The side and vote forms fit a phone's width (the page's own header is issue 28's).
	for (const form of [p.getByTestId('side-form'), vote]) {
		const box = (await form.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
	}
	await vote.scrollIntoViewIfNeeded();
	await p.screenshot({ path: 'reports/screens/participant-vote-390.png' });

	const file = await downloadText(p, () =>
		p.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	const handedIn = JSON.parse(file.text);
	expect(handedIn.version).toBe(2);
	expect(handedIn.response).toMatchObject({
		side: 'community',
		organisation: 'Promotoras del Valle',
		votes: { 'vote-candidates': { 'p-lodz-foundation': 2, 'p-mutual-aid': 1 } }
	});

	await page.getByLabel('Choose response files').setInputFiles([jsonFile(file.name, file.text)]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 1 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 0'
	);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toContainText('Handed in: 5');
	await context.close();
});

test('a stuffed ballot and dots on a partner the vote does not list are refused with their reasons; nothing stored', async ({
	page
}) => {
	const { workshopId } = await demoJoinLinkWithVote(page);
	const base = {
		name: '',
		revision: 1,
		submittedAt: Date.UTC(2026, 11, 7, 10),
		answers: {},
		phase: null,
		phaseReason: '',
		rubric: {},
		pitfalls: {},
		suggestedPartners: []
	};
	const responseFile = (response: object) => ({
		type: 'convene/response',
		version: 2,
		workshopId,
		contentVersion: 1,
		response
	});
	const stuffed = responseFile({
		...base,
		id: 'r-stuffer',
		votes: { 'vote-candidates': { 'p-lodz-foundation': 5 } }
	});
	const invented = responseFile({
		...base,
		id: 'r-inventor',
		votes: { 'vote-candidates': { 'p-food-bank': 1 } }
	});
	await page
		.getByLabel('Choose response files')
		.setInputFiles([
			jsonFile('stuffed.convene-response.json', JSON.stringify(stuffed)),
			jsonFile('invented.convene-response.json', JSON.stringify(invented))
		]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 2'
	);
	const review = page.getByTestId('merge-review');
	await expect(review).toContainText('It spends 5 dots in a vote that gives 3.');
	await expect(review).toContainText('It puts dots on something the vote does not list.');
	await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
	await expect(page.getByTestId('handed-in-count')).toContainText('Handed in: 4');
});
