// @vitest-environment jsdom
/**
 * Component tests of the module forms that facilitators and participants share: each is a
 * controlled component (values in, changes out), so the tests render it, act as a person would
 * (keyboard and clicks through user-event) and check what it reports, with no database.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PHASES, PITFALLS, RUBRIC } from '$lib/domain/content';
import PhaseForm from './PhaseForm.svelte';
import PitfallChecklist from './PitfallChecklist.svelte';
import RubricForm from './RubricForm.svelte';

describe('PhaseForm', () => {
	const props = (over: Record<string, unknown> = {}) => ({
		idPrefix: 't',
		legend: 'What phase of partnership development are you in?',
		phase: null,
		confidence: 0,
		reason: '',
		onphase: vi.fn(),
		onreason: vi.fn(),
		...over
	});

	it('offers the six phases of the seed with their key verbs and reports the one chosen', async () => {
		const p = props();
		render(PhaseForm, p);
		const group = screen.getByRole('group', { name: p.legend });
		const radios = within(group).getAllByRole('radio');
		expect(radios).toHaveLength(PHASES.length);
		expect(group.textContent).toContain(PHASES[2].verbs.join(' · '));
		await userEvent.click(screen.getByRole('radio', { name: new RegExp(`^Phase 3\\b`) }));
		expect(p.onphase).toHaveBeenCalledWith(3);
	});

	it('shows the stored phase as checked, and the confidence scale only when it can be changed', () => {
		render(PhaseForm, props({ phase: 2 }));
		expect((screen.getByRole('radio', { name: /^Phase 2\b/ }) as HTMLInputElement).checked).toBe(
			true
		);
		expect(screen.queryByRole('group', { name: /How sure are you/ })).toBeNull();
	});

	it('asks for confidence and a reason only once a phase is chosen; the 1–5 scale reports the choice', async () => {
		const onconfidence = vi.fn();
		const { rerender } = render(PhaseForm, props({ onconfidence }));
		expect(screen.queryByRole('group', { name: /How sure are you/ })).toBeNull();
		await rerender(props({ onconfidence, phase: 4 }));
		const scale = screen.getByRole('group', { name: /How sure are you/ });
		await userEvent.click(within(scale).getByRole('radio', { name: '4' }));
		expect(onconfidence).toHaveBeenCalledWith(4);
	});
});

describe('PitfallChecklist', () => {
	it('lists the nine pitfalls of the seed, each with risk / under control / accelerator / not applicable', async () => {
		const onmark = vi.fn();
		render(PitfallChecklist, { values: {}, onmark });
		const items = screen.getAllByTestId('pitfall');
		expect(items).toHaveLength(PITFALLS.length);
		expect(PITFALLS).toHaveLength(9);
		expect(items[3].textContent).toContain(PITFALLS[3].text);
		const marks = within(
			screen.getByRole('group', { name: 'Assessment of pitfall 4' })
		).getAllByRole('radio');
		expect(marks.map((m) => m.closest('label')?.textContent?.trim())).toEqual([
			'Risk',
			'Under control',
			'Accelerator',
			'Not applicable'
		]);
		await userEvent.click(
			within(screen.getByRole('group', { name: 'Assessment of pitfall 4' })).getByRole('radio', {
				name: 'Accelerator'
			})
		);
		expect(onmark).toHaveBeenCalledWith(PITFALLS[3].id, 'accelerator');
	});

	it('a participant sees only the marks; the team also gets mitigation, owner and due date', async () => {
		const { unmount } = render(PitfallChecklist, { values: {}, onmark: vi.fn() });
		expect(screen.queryAllByRole('textbox')).toHaveLength(0);
		unmount();
		const ondetail = vi.fn();
		render(PitfallChecklist, {
			values: { [PITFALLS[0].id]: { mark: 'risk', mitigation: '', owner: '', dueDate: '' } },
			onmark: vi.fn(),
			ondetail
		});
		expect(
			(
				within(screen.getByRole('group', { name: 'Assessment of pitfall 1' })).getByRole('radio', {
					name: 'Risk'
				}) as HTMLInputElement
			).checked
		).toBe(true);
		const owner = document.getElementById(`${PITFALLS[0].id}-owner`) as HTMLInputElement;
		await userEvent.type(owner, 'Kevin Tran');
		await userEvent.tab();
		// Saved at once on blur (not only after the debounce), with the whole text.
		expect(ondetail).toHaveBeenLastCalledWith(PITFALLS[0].id, 'owner', 'Kevin Tran');
	});
});

describe('RubricForm', () => {
	const tasks = RUBRIC.flatMap((d) => d.subObjectives.flatMap((s) => s.tasks));

	it('rates every task of the seed rubric, and a participant gets no notes and cannot add items', async () => {
		const onrate = vi.fn();
		render(RubricForm, { values: {}, customItems: [], onrate });
		const groups = screen.getAllByRole('group', { name: /^Rating of / });
		expect(groups).toHaveLength(tasks.length);
		await userEvent.click(within(groups[0]).getByRole('radio', { name: 'In progress' }));
		expect(onrate).toHaveBeenCalledWith(tasks[0].id, 'in-progress');
		expect(screen.queryAllByRole('textbox')).toHaveLength(0);
		expect(screen.queryByRole('button', { name: /Add/ })).toBeNull();
	});

	it('the team adds an item of its own to a domain; a blank item is not added', async () => {
		const onadditem = vi.fn();
		render(RubricForm, {
			values: {},
			customItems: [],
			onrate: vi.fn(),
			onnote: vi.fn(),
			onadditem
		});
		const field = screen.getByLabelText('New item for MC');
		await userEvent.type(field, '   {Enter}');
		expect(onadditem).not.toHaveBeenCalled();
		await userEvent.type(field, 'Partnership lead named 🎯{Enter}');
		expect(onadditem).toHaveBeenCalledWith(
			expect.stringMatching(/mc/i),
			'Partnership lead named 🎯'
		);
	});
});
