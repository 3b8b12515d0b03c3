// @vitest-environment jsdom
/**
 * Component tests of the sector chooser's custom label: its save stores the label trimmed, so the
 * stored value is not the text typed; the field must still follow the stored value once the write
 * has landed (and never take the trimmed label for another window's edit).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SectorSelect from './SectorSelect.svelte';

describe('SectorSelect custom label', () => {
	const saveCustom = vi.fn((label: string) => Promise.resolve(label));
	const props = (value: string) => ({ id: 's', value, onchange: vi.fn(), saveCustom });

	it('a label typed with a space at its end follows the stored value after a blur, with no conflict notice', async () => {
		const { rerender } = render(SectorSelect, props('Archive'));
		const field = screen.getByLabelText('Custom sector label') as HTMLInputElement;
		await userEvent.clear(field);
		await userEvent.type(field, 'Library ');
		await userEvent.tab();
		expect(saveCustom).toHaveBeenLastCalledWith('Library ');
		// Storage holds the trimmed label; later, another window renames it.
		await rerender(props('Library'));
		expect(screen.queryByRole('alert')).toBeNull();
		await rerender(props('Public library'));
		expect(field.value).toBe('Public library');
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
