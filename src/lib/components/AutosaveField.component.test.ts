// @vitest-environment jsdom
/**
 * Component tests of the one autosaving field: what it shows while its writes land, when one fails,
 * and when another window changes the stored value. The field is controlled (`value` is the stored
 * text); the tests stand in for storage by rendering it again with the value storage would hold.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AutosaveField from './AutosaveField.svelte';

describe('AutosaveField', () => {
	const props = (value: string, onsave = vi.fn()) => ({
		id: 'f',
		label: 'Facilitator',
		value,
		onsave
	});

	it('keeps the typed text on screen after a blur while its write has not landed, or failed', async () => {
		const onsave = vi.fn(() => Promise.resolve());
		render(AutosaveField, props('Dr. Elena Castillo', onsave));
		const field = screen.getByLabelText('Facilitator') as HTMLInputElement;
		await userEvent.clear(field);
		await userEvent.type(field, 'Ana Ruiz');
		await userEvent.tab();
		// Storage still holds the old text (the write failed): the screen keeps the person's text.
		expect(onsave).toHaveBeenLastCalledWith('Ana Ruiz');
		expect(field.value).toBe('Ana Ruiz');
	});

	it('follows the stored value again once its own write is back, then shows another window’s edit', async () => {
		const onsave = vi.fn();
		const { rerender } = render(AutosaveField, props('Dr. Elena Castillo', onsave));
		const field = screen.getByLabelText('Facilitator') as HTMLInputElement;
		await userEvent.clear(field);
		await userEvent.type(field, 'Ana');
		await userEvent.tab();
		// An older write of this field comes back first: nothing changes on screen.
		await rerender(props('An', onsave));
		expect(field.value).toBe('Ana');
		await rerender(props('Ana', onsave));
		expect(field.value).toBe('Ana');
		// Settled: a change made elsewhere now simply shows, with no conflict notice.
		await rerender(props('Ana Ruiz (co-facilitator)', onsave));
		expect(field.value).toBe('Ana Ruiz (co-facilitator)');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('a blur with nothing typed follows the stored value at once', async () => {
		const { rerender } = render(AutosaveField, props('Dr. Elena Castillo'));
		const field = screen.getByLabelText('Facilitator') as HTMLInputElement;
		await userEvent.click(field);
		await userEvent.tab();
		await rerender(props('Elena'));
		expect(field.value).toBe('Elena');
	});

	it('while its write has not landed, another window’s text is shown beside the person’s, not over it', async () => {
		const { rerender } = render(AutosaveField, props('Dr. Elena Castillo'));
		const field = screen.getByLabelText('Facilitator') as HTMLInputElement;
		await userEvent.clear(field);
		await userEvent.type(field, 'Ana');
		await userEvent.tab();
		await rerender(props('Dr. Elena Castillo and Ana'));
		expect(field.value).toBe('Ana');
		expect(screen.getByRole('alert').querySelector('textarea')?.value).toBe(
			'Dr. Elena Castillo and Ana'
		);
	});

	it('after “Use the other window’s text” it follows the stored value again', async () => {
		const onsave = vi.fn();
		const { rerender } = render(AutosaveField, props('Dr. Elena Castillo', onsave));
		const field = screen.getByLabelText('Facilitator') as HTMLInputElement;
		await userEvent.clear(field);
		await userEvent.type(field, 'Ana');
		await userEvent.tab();
		// This window's write failed; another window's edit arrives and is taken.
		await rerender(props('Dr. Elena Castillo and Ana', onsave));
		await userEvent.click(screen.getByRole('button', { name: /Use the other window/ }));
		expect(field.value).toBe('Dr. Elena Castillo and Ana');
		expect(screen.queryByRole('alert')).toBeNull();
		// The next edit made elsewhere simply shows: the person is no longer editing here.
		await rerender(props('Ana Ruiz', onsave));
		expect(field.value).toBe('Ana Ruiz');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('“Keep mine” writes the person’s text again, so storage holds what the field shows', async () => {
		const onsave = vi.fn();
		const { rerender } = render(AutosaveField, props('Dr. Elena Castillo', onsave));
		const field = screen.getByLabelText('Facilitator') as HTMLInputElement;
		await userEvent.clear(field);
		await userEvent.type(field, 'Ana');
		await userEvent.tab();
		// Another window's write landed after this one's: storage holds their text.
		await rerender(props('Dr. Elena Castillo and Ana', onsave));
		const before = onsave.mock.calls.length;
		await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
		expect(field.value).toBe('Ana');
		expect(onsave.mock.calls.length).toBe(before + 1);
		expect(onsave).toHaveBeenLastCalledWith('Ana');
		// Once storage holds it, the field follows the stored value again.
		await rerender(props('Ana', onsave));
		await rerender(props('Ana Ruiz', onsave));
		expect(field.value).toBe('Ana Ruiz');
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
