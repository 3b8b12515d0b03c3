import { describe, expect, it, vi } from 'vitest';
import { repo } from '$lib/db';
import { updateSession } from '$lib/db/session';
import type { ParticipantResponse } from '$lib/domain/types';
import { WorkshopState } from './workshop.svelte';

const response = (workshopId: string, id: string): ParticipantResponse => ({
	workshopId,
	id,
	name: id,
	revision: 1,
	submittedAt: 1,
	answers: { 'aspiration-1': `An answer from ${id}` },
	phase: null,
	phaseReason: '',
	rubric: {},
	pitfalls: {},
	suggestedPartners: []
});

/** A WorkshopState followed outside a component (its effect needs a root). */
function follow(id: string) {
	let state!: WorkshopState;
	const stop = $effect.root(() => {
		state = new WorkshopState(() => id);
	});
	return { state, stop };
}

describe('WorkshopState', () => {
	it('follows the session row and the other rows, re-reading only what changed', async () => {
		const w = await repo().createWorkshop('partnership-design');
		await repo().db.responses.put(response(w.id, 'r1'));
		const { state, stop } = follow(w.id);
		try {
			await vi.waitFor(() => expect(state.current?.responses).toHaveLength(1));
			const before = state.current!;
			expect(before.session).toBeNull();

			// A page turn, reveal or timer press writes the session row alone.
			await updateSession(repo(), w.id, (s) => ({ ...s, revealed: true }));
			await vi.waitFor(() => expect(state.current?.session?.revealed).toBe(true));
			expect(state.current?.workshop.id).toBe(w.id);
			// The rest was not read again: the same rows, not copies.
			expect(state.current!.responses).toBe(before.responses);
			expect(state.current!.agenda).toBe(before.agenda);

			// A new response shows, with the session as it is.
			await repo().db.responses.put(response(w.id, 'r2'));
			await vi.waitFor(() => expect(state.current?.responses).toHaveLength(2));
			expect(state.current?.session?.revealed).toBe(true);
		} finally {
			stop();
		}
	});

	it('is null for a workshop this browser does not have, and follows its deletion', async () => {
		const missing = follow('no-such-workshop');
		try {
			await vi.waitFor(() => expect(missing.state.current).toBeNull());
		} finally {
			missing.stop();
		}
		const w = await repo().createWorkshop('partnership-design');
		const { state, stop } = follow(w.id);
		try {
			await vi.waitFor(() => expect(state.current?.workshop.id).toBe(w.id));
			await repo().deleteWorkshop(w.id);
			await vi.waitFor(() => expect(state.current).toBeNull());
		} finally {
			stop();
		}
	});
});
