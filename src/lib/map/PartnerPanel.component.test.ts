// @vitest-environment jsdom
/**
 * Component tests of the partner panel's focus rule: focus moves to the panel's heading when it
 * opens on a partner, and only then. A save hands the panel a new copy of the same partner; that
 * must not take focus from where the person is working (a map node, another field).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { blankPartner } from '$lib/domain/home';
import type { Partner } from '$lib/domain/types';
import PartnerPanel from './PartnerPanel.svelte';

const partner = (id: string, name: string, over: Partial<Partner> = {}): Partner => ({
	...blankPartner({ id, name, sector: 'clinic', ...over }, 1_700_000_000_000),
	workshopId: 'w1'
});

describe('PartnerPanel focus', () => {
	const props = (p: Partner) => ({
		partner: p,
		pinned: p.pinned,
		partners: [p],
		people: [],
		connections: [],
		onclose: vi.fn(),
		ondelete: vi.fn(),
		onremoveperson: vi.fn(),
		onremoveconnection: vi.fn(),
		onpin: vi.fn()
	});

	it('takes focus when it opens, and when it opens on another partner', async () => {
		const first = partner('p1', 'Clínica Sierra Vista');
		const { rerender } = render(PartnerPanel, props(first));
		expect(document.activeElement).toBe(screen.getByRole('heading', { name: first.name }));

		const outside = document.body.appendChild(document.createElement('button'));
		outside.focus();
		const second = partner('p2', 'Golden Poppy Health Plan');
		await rerender(props(second));
		expect(document.activeElement).toBe(screen.getByRole('heading', { name: second.name }));
		outside.remove();
	});

	it('leaves focus where it is when a save hands it a new copy of the same partner', async () => {
		const saved = partner('p1', 'Clínica Sierra Vista', { pinned: true });
		const { rerender } = render(PartnerPanel, props(saved));
		const outside = document.body.appendChild(document.createElement('button'));
		outside.focus();

		await rerender(props({ ...saved, pinned: false, updatedAt: saved.updatedAt + 1 }));
		expect(screen.getByRole('button', { name: 'Pin here' })).toBeTruthy();
		expect(document.activeElement).toBe(outside);
		outside.remove();
	});
});
