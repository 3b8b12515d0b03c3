/**
 * Issue 26's journey: three participants (two in the live room, over a relay started here, and one by
 * a hand-in file) answer phase, rubric, pitfalls, momentum, all eleven map questions and suggest two
 * partners (one a case- and accent-variant of a partner already on the map). The facilitator adopts
 * every step into the team's pages: each adopted value says where it came from, the map gains one
 * candidate and not two, a reload keeps everything, adopting again changes nothing and undo gives the
 * team's values back. The PDF, read with `pdftotext`, carries the room: every rubric task's and
 * pitfall's counts, the phase distribution, every answer, the adopted answers with their source;
 * once the workshop is anonymous, no participant's name.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	allRubricTasks,
	ASPIRATION_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	ONCE_IDENTIFIED_QUESTIONS,
	PARTNER_QUESTIONS,
	PITFALLS
} from '../src/lib/domain/content';
import { exportPublicKey, generateSigningKeys, signValue } from '../src/lib/domain/crypto';
import { expectSaved, importFiles, jsonFile } from './helpers';
import { joinCrowd, type Crowd, type CrowdAnswer } from './live-crowd';
import { startServer } from './live-helpers';
import { crowdRoomFile } from './room-answers-fixture';

const LIVE = { timeout: 15_000 };
const MAP_QUESTIONS = [...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS];
const NAMES = ['Amaru Quispe', 'Beatriz Okafor', 'Chen Wei'];
const RATINGS = ['in-place', 'in-place', 'not-in-place'] as const;
const MARKS = ['risk', 'risk', 'accelerator'] as const;

/** Participant `i`'s whole response: every question answered, with text that names them. */
function responseOf(i: number): CrowdAnswer & { phase: number } {
	const text = (id: string) => `P${i + 1} says ${id}`;
	return {
		name: NAMES[i],
		// The room says phase 3 (two of three); the demo's team says 2.
		phase: i < 2 ? 3 : 2,
		answers: Object.fromEntries(
			[...ASPIRATION_QUESTIONS, ...MAP_QUESTIONS, FINAL_THOUGHTS_PROMPT].map((q) => [
				q.id,
				text(q.id)
			])
		),
		rubric: Object.fromEntries(allRubricTasks().map((t) => [t.id, RATINGS[i]])),
		pitfalls: Object.fromEntries(PITFALLS.map((p) => [p.id, MARKS[i]])),
		momentum: Object.fromEntries(MOMENTUM_SHIFTS.map((s) => [s.id, [2, 4, 5][i]])),
		// "Food Bank of the Valley" is on the map already: written another way, it is the same partner.
		suggestedPartners: i === 0 ? ['  food bank of the VALLÉY '] : ['Casa Esperanza']
	};
}

/** The third participant's response as a signed hand-in file (participation format 2). */
async function handInFile(workshopId: string, contentVersion: number) {
	const keys = await generateSigningKeys();
	const { phase, ...rest } = responseOf(2);
	const file = {
		type: 'convene/response',
		version: 2,
		workshopId,
		contentVersion,
		response: {
			id: 'r-by-file',
			revision: 1,
			submittedAt: Date.now(),
			phaseReason: '',
			phase,
			...rest,
			signer: await exportPublicKey(keys.publicKey)
		}
	};
	return JSON.stringify({ ...file, signature: await signValue(keys.privateKey, file) });
}

/** Every module page with something to adopt: adopts it, replacing what the team typed if asked. */
async function adoptEveryStep(page: Page) {
	await page.getByRole('link', { name: 'Work through the modules' }).click();
	const steps = page.getByTestId('step-agenda').getByRole('link');
	await expect(steps).toHaveCount(10);
	const count = await steps.count();
	const adopted: string[] = [];
	for (let i = 0; i < count; i++) {
		const title = (await steps.nth(i).locator('.title').textContent())!.trim();
		await steps.nth(i).click();
		await expect(page.getByTestId('module-title')).toHaveText(title);
		const room = page.getByTestId('adopt-room');
		if ((await room.count()) === 0) continue;
		await room.getByRole('button', { name: 'Adopt the room’s answer' }).click();
		const replace = room.getByRole('button', { name: 'Replace them' });
		const apply = room.getByRole('button', { name: 'Apply the weights' });
		await expect(
			page
				.getByTestId('room-source')
				.first()
				.or(replace)
				.or(apply)
				.or(room.getByTestId('adopt-note').first())
				.first()
		).toBeVisible();
		if (await replace.isVisible()) await replace.click();
		else if (await apply.isVisible()) await apply.click();
		await expectSaved(page);
		// Each adopted value says where it came from (the map's new candidate is told on the map).
		if (!/Stakeholder map/.test(title))
			await expect(page.getByTestId('room-source').first()).toContainText(
				/From the room: [23] answers/
			);
		adopted.push(title);
	}
	return adopted;
}

async function exportPdfText(page: Page, dir: string, name: string) {
	await page.getByRole('link', { name: 'Plan & exports' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	const file = path.join(dir, name);
	await download.saveAs(file);
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
}

test('the room’s answers become the team’s plan: every step adopted with its source, one new candidate, reload, again, undo, and the PDF carries the room', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const server = await startServer(30);
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	let crowd: Crowd | undefined;
	const dir = mkdtempSync(path.join(tmpdir(), 'convene-adopt-'));
	try {
		const room = crowdRoomFile();
		await page.goto(`${server.origin}/`);
		await importFiles(page, [jsonFile(room.name, room.text)]);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('link', { name: room.title }).click();
		const partnersBefore = Number(await page.getByTestId('count-partners').textContent());
		const id = new URL(page.url()).searchParams.get('id')!;
		await page.goto(`${server.origin}/workshop/session/?id=${id}`);
		await page.getByRole('button', { name: 'Open live room' }).click();
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live', LIVE);
		const code = (await page.getByTestId('live-code').textContent())!.trim();

		// Two answer in the live room, the third hands in a file.
		crowd = await joinCrowd(server.origin, code, 2);
		await Promise.all(crowd.members.map((member, i) => member.handIn(responseOf(i))));
		await expect(page.getByTestId('live-count')).toHaveText(/^joined 2 ·/, LIVE);
		const { contentVersion } = crowd.announcement().invite;
		await page
			.getByLabel('Choose response files')
			.setInputFiles([jsonFile('p3.convene-response.json', await handInFile(id, contentVersion))]);
		await expect(page.getByTestId('merge-summary')).toHaveText(
			'Added: 1 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 0'
		);
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page.getByTestId('handed-in-count')).toContainText('3');

		// The momentum step (the first) shows how the room rated each shift once revealed: 2, 4, 5.
		await page.getByLabel('Reveal results').check();
		const momentum = page.getByTestId('momentum-results');
		await expect(momentum).toContainText(`${MOMENTUM_SHIFTS[0].text} (median 4)`);
		await momentum.screenshot({ path: 'reports/screens/momentum-results-1440.png' });
		await page.getByLabel('Reveal results').uncheck();

		// The phase step first, to see undo give the team's own phase back.
		await page.getByRole('link', { name: 'Work through the modules' }).click();
		await page
			.getByTestId('step-agenda')
			.getByRole('link', { name: /What phase of partnership/ })
			.click();
		const phaseRoom = page.getByTestId('adopt-room');
		const teamPhase = page.locator('input[name="team-phase"]:checked');
		await expect(teamPhase).toHaveAttribute('value', '2');
		await phaseRoom.getByRole('button', { name: 'Adopt the room’s answer' }).click();
		const replace = phaseRoom.getByRole('button', { name: 'Replace them' });
		if (await replace.isVisible()) await replace.click();
		await expect(page.getByTestId('room-source').first()).toContainText('From the room: 3 answers');
		await expect(teamPhase).toHaveAttribute('value', '3');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByText('The team’s earlier values are back.')).toBeVisible();
		await expect(page.getByTestId('room-source')).toHaveCount(0);
		await expect(teamPhase).toHaveAttribute('value', '2');

		// Every step.
		const adopted = await adoptEveryStep(page);
		expect(adopted.length).toBeGreaterThanOrEqual(7);
		await page.getByRole('link', { name: 'Overview', exact: true }).click();
		await expect(page.getByTestId('count-partners')).toHaveText(String(partnersBefore + 1));

		// A reload keeps the adopted values and their source; adopting again changes nothing.
		await page.reload();
		await page.getByRole('link', { name: 'Work through the modules' }).click();
		const steps = page.getByTestId('step-agenda').getByRole('link');
		await expect(steps).toHaveCount(10);
		for (let i = 0; i < 10; i++) {
			const title = (await steps.nth(i).locator('.title').textContent())!.trim();
			await steps.nth(i).click();
			await expect(page.getByTestId('module-title')).toHaveText(title);
			const room = page.getByTestId('adopt-room');
			if ((await room.count()) === 0) continue;
			const marks = await page.getByTestId('room-source').count();
			await room.getByRole('button', { name: 'Adopt the room’s answer' }).click();
			await expect(room.getByTestId('adopt-note').first()).toBeVisible();
			await expect(room.getByTestId('adopt-conflicts')).toHaveCount(0);
			await expect(page.getByTestId('room-source')).toHaveCount(marks);
		}
		await page.getByRole('link', { name: 'Overview', exact: true }).click();
		await expect(page.getByTestId('count-partners')).toHaveText(String(partnersBefore + 1));

		// The PDF carries the room: its counts (2 in place, 0 in progress, 1 not; 2 risks, 1
		// accelerator; phase 2 once, phase 3 twice), read from the page's layout.
		const text = await exportPdfText(page, dir, 'named.pdf');
		const lines = execFileSync(
			'pdftotext',
			['-enc', 'UTF-8', '-layout', path.join(dir, 'named.pdf'), '-'],
			{
				encoding: 'utf8'
			}
		).split('\n');
		const counted = (start: string, counts: RegExp) =>
			lines.some((line) => line.trimStart().startsWith(start) && counts.test(line));
		for (const task of allRubricTasks())
			expect(counted(`${task.code} `, /\s2\s+0\s+1\s*$/), task.code).toBe(true);
		for (const pitfall of PITFALLS)
			expect(counted(pitfall.text.slice(0, 30), /\s2\s+0\s+1\s+0\s*$/), pitfall.id).toBe(true);
		expect(text).toContain('Where participants placed the team');
		expect(counted('2 · Assess Externally', /\s1\s+█+\s*$/)).toBe(true);
		expect(counted('3 · Engagement and Relationship Building', /\s2\s+█+\s*$/)).toBe(true);
		for (const [i, name] of NAMES.entries()) {
			expect(text).toContain(name);
			for (const q of MAP_QUESTIONS) expect(text).toContain(`P${i + 1} says ${q.id}`);
		}
		expect(text).toContain('From the room');
		expect(text).toContain('Casa Esperanza');

		// Anonymous: the same plan, no participant's name.
		await page.getByRole('link', { name: 'Overview', exact: true }).click();
		await page
			.getByRole('switch', { name: 'Anonymous responses (names are not asked for or shown)' })
			.check();
		await expectSaved(page);
		const anonymous = await exportPdfText(page, dir, 'anonymous.pdf');
		for (const name of NAMES) expect(anonymous).not.toContain(name);
		expect(anonymous).toContain('P1 says map-1');
	} finally {
		crowd?.close();
		await context.close();
		await server.close();
	}
});
