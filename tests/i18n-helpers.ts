/**
 * Shared steps for the Spanish journeys (i18n*.spec.ts): the list of English interface words that
 * must not be left on a Spanish screen, the text a screen shows (visible text, user-facing
 * attributes, SVG tooltips), choosing Español, and screenshots at 1280×720 and 1440×900.
 */
import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

export const OUT = 'reports/i18n';
mkdirSync(OUT, { recursive: true });

/**
 * English interface words that must not be left on a Spanish screen. Words the demo's sample data
 * (partner names, answers: the user's own text, in English) happens to contain are left out.
 */
const DEMO_DATA = readFileSync('src/lib/domain/demo.ts', 'utf8');
export const ENGLISH = [
	// Sections, common controls and states.
	'Workshops',
	'Overview',
	'Details',
	'Save',
	'Saved',
	'Export',
	'Delete',
	'Remove',
	'Undo',
	'Close',
	'Cancel',
	'Apply',
	'Loading',
	'Previous',
	'Next',
	'Step',
	'Minutes',
	'minutes',
	'Facilitator notes',
	'Run the session',
	'Stakeholder map',
	'Plan & exports',
	'Progress',
	'Snapshot',
	'Snapshots',
	'Partners',
	'Partner',
	'People',
	'Phase',
	'Candidate',
	'Influence',
	'Interest',
	'Connections',
	'Owner',
	'Due date',
	'Status',
	'Not rated',
	'In progress',
	'In place',
	'Not in place',
	'Risk',
	'Under control',
	'Accelerator',
	'Not applicable',
	'Projector',
	'Blank screen',
	'Reveal results',
	'Time left',
	'Start',
	'Pause',
	'Reset',
	'Participants',
	'Join link',
	'Copy',
	'Hand in',
	'Preview',
	'Sections',
	'Select all',
	'Clear',
	'Other exports',
	'Backup',
	'Template',
	'Title',
	'Date',
	'Organisation',
	'Search',
	'Network',
	'Rings by phase',
	'Table',
	'Legend',
	'Add partner',
	'Skip to content',
	'About & sources',
	'Pitfall',
	'Pitfalls',
	'Mitigation',
	'Action plan',
	'Add action',
	'Sort by',
	'Final words',
	'What phase',
	'Why this phase',
	'Compare',
	'What changed',
	'Decision',
	'Reason',
	'Results',
	'Keyboard shortcuts',
	// Module steps.
	'Rating',
	'Note',
	'Established',
	'Not established',
	'Not yet rated',
	'Add candidate',
	'Name',
	'Score',
	'Criteria',
	'Weight',
	'Plan health check',
	'Fix',
	// Sector labels.
	'Hospital / health system',
	'Clinic / FQHC',
	'Health plan',
	'Public health',
	'Behavioral health',
	'Social services',
	'Faith / community',
	'Internal department',
	'Workforce',
	'Government',
	'Education',
	'Other',
	// Session, live room, projector.
	'Live room',
	'Open live room',
	'Close live room',
	'Room code',
	'Relay',
	'Go to',
	'joined',
	'answered this step',
	'Nothing refused',
	'Show join screen',
	'Join this workshop',
	'Handed in',
	'Expected participants',
	'Anonymous',
	'Import responses',
	'Choose response files',
	'Ready',
	'Running',
	'Paused',
	'Responses handed in',
	'Task',
	'Suggested',
	'On the map',
	'Source material',
	'Responses in this workshop',
	'Team answers',
	'received your answers',
	// Join and hand-in pages.
	'Join a workshop',
	'Join a live room',
	'Address',
	'Code',
	'Join',
	'Who is answering',
	'Your name',
	'Hand in again',
	'version',
	'Earlier steps',
	'Now',
	'Open a join file',
	'Added',
	'Updated',
	'Unchanged',
	'Older',
	'Refused',
	'Open the session',
	// About.
	'About Convene',
	'Sources',
	'What is inside',
	'Where your data lives',
	'Content version',
	'Partnership development phases',
	'Momentum shifts',
	'Internal capacity rubric tasks',
	'Opportunities',
	'Common pitfalls',
	'Getting-started steps',
	'Core activities',
	// Map views, styling, side panel.
	'Power / interest',
	'Colour by',
	'Size by',
	'Relationship phase',
	'Status decision',
	'Role coverage',
	'Shape shows sector',
	'Size shows influence',
	'Add person',
	'Connect',
	'Weak',
	'Medium',
	'Strong',
	'Strength',
	'Contributes',
	'Allocates resources',
	'Implements',
	'Makes decisions',
	'Contact notes',
	'Close details',
	'Shared goal',
	'Value we offer',
	'Overlapping population',
	'Manage closely',
	'Keep satisfied',
	'Keep informed',
	'Monitor',
	'our organisation',
	'Number of people'
].filter((word) => !new RegExp(`\\b${word}\\b`).test(DEMO_DATA));

/** Visible text, user-facing attributes and SVG tooltips of the page, for the English-word check. */
export async function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const names = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'];
		const attrs = [...document.querySelectorAll(names.map((a) => `[${a}]`).join(', '))].flatMap(
			(el) => names.map((a) => el.getAttribute(a) ?? '')
		);
		const tips = [...document.querySelectorAll('svg title, svg desc')].map((t) => t.textContent);
		return [document.title, document.body.innerText, ...attrs, ...tips].join('\n');
	});
}

export async function expectNoEnglish(page: Page, screen: string) {
	const text = await interfaceText(page);
	const left = ENGLISH.filter((word) =>
		new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text)
	);
	expect(left, `English left on ${screen}`).toEqual([]);
}

export async function chooseSpanish(page: Page) {
	await page.getByTestId('language-switch').getByRole('button', { name: 'Español' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

/** Screenshots of the current screen at 1280×720 and 1440×900 (`<name>-1280.png`, `<name>-1440.png`). */
export async function screenshots(page: Page, name: string) {
	for (const [width, height] of [
		[1280, 720],
		[1440, 900]
	]) {
		await page.setViewportSize({ width, height });
		await page.screenshot({ path: `${OUT}/${name}-${width}.png` });
	}
}
