// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeInvite, makeInvite } from '$lib/domain/participation';
import { recallInvite, rememberInvite, rememberedInvites } from './invites';

const invite = makeInvite({
	workshopId: 'w1',
	title: 'Spring',
	organisation: 'Org',
	anonymous: true,
	modules: ['phase'],
	customRubricItems: []
});

beforeEach(() => localStorage.clear());

describe('remembered invites', () => {
	it('round-trip through localStorage as the encoded fragment', () => {
		rememberInvite(invite);
		expect(localStorage.getItem('convene:invite:w1')).toBe(encodeInvite(invite));
		expect(recallInvite('w1')).toEqual(invite);
		expect(rememberedInvites()).toEqual([invite]);
	});

	it('are re-validated on every read: tampered or mismatched entries are ignored', () => {
		localStorage.setItem('convene:invite:w1', 'j=not-a-real-payload');
		expect(recallInvite('w1')).toBeNull();
		localStorage.setItem('convene:invite:w2', encodeInvite(invite));
		expect(recallInvite('w2')).toBeNull();
		expect(rememberedInvites()).toEqual([]);
	});
});
