/** Links as chat and mail tools pass them on (percent-encoded), and join links that repeat a form. */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import {
	decodeInvite,
	decodeResponse,
	encodeInvite,
	encodeResponse,
	findResponseLinks,
	makeInvite,
	makeResponseFile
} from '$lib/domain/participation';
import { lzBomb } from '$testing/lz-bomb';

/** A title whose compression is known to contain `+` (checked below), so the re-encoding matters. */
const invite = makeInvite({
	workshopId: 'w-1',
	title: 'Spring convening 🌱 — شراكة ~~~ ???',
	organisation: 'Clínica Sierra Vista',
	anonymous: false,
	modules: ['phase', 'rubric'],
	customRubricItems: []
});

const reEncoded = (fragment: string) => fragment.replace(/\+/g, '%2B').replace(/\$/g, '%24');

describe('links re-encoded by chat and mail tools', () => {
	it('the join link under test does carry a + (so %2B is exercised)', () => {
		expect(encodeInvite(invite)).toMatch(/\+/);
	});

	it('a join link with %2B for + is accepted and reads the same invite', () => {
		const fragment = `#${reEncoded(encodeInvite(invite))}`;
		expect(fragment).toContain('%2B');
		expect(decodeInvite(fragment)).toEqual({ ok: true, value: invite });
	});

	it('a join link whose = was encoded too (j%3D…) is accepted', () => {
		const fragment = `#${encodeInvite(invite).replace('j=', 'j%3D').replace(/\+/g, '%2B')}`;
		expect(decodeInvite(fragment).ok).toBe(true);
	});

	it('a response link with %2B is accepted, alone and inside a pasted transcript', () => {
		const file = makeResponseFile('w-1', {
			id: 'r-1',
			name: 'Ana ~~~ ???',
			revision: 1,
			submittedAt: 1000,
			answers: { 'aspiration-1': 'Healthier families 🌱 ~~~ ??? — شراكة' },
			phase: 2,
			phaseReason: '',
			rubric: {},
			pitfalls: {},
			suggestedPartners: []
		});
		const fragment = encodeResponse(file);
		expect(fragment).toMatch(/\+/);
		const mangled = reEncoded(fragment);
		expect(decodeResponse(`#${mangled}`)).toEqual({ ok: true, value: file });
		const found = findResponseLinks(`Ana: here you go https://x.org/handin/#${mangled}. thanks`);
		expect(found).toEqual([fragment.slice(2)]);
		expect(decodeResponse(found[0]).ok).toBe(true);
	});

	it('a broken percent escape is refused as damaged, never thrown', () => {
		const result = decodeInvite(`#${encodeInvite(invite)}%E0%A4%A`);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(problemText(result.problem)).toMatch(/damaged/);
	});
});

describe('a join link that repeats a form', () => {
	it('is refused with a reason', () => {
		const twice = { ...invite, modules: ['phase', 'rubric', 'phase'] };
		const result = decodeInvite(`#j=${compressToEncodedURIComponent(JSON.stringify(twice))}`);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(problemText(result.problem)).toMatch(/listed twice/);
	});
});

describe('link bombs', () => {
	it('a 60,000-character link that expands past the cap is refused within 100 ms', () => {
		const payload = lzBomb(60_000);
		for (const [decode, fragment] of [
			[decodeInvite, `j=${payload}`],
			[decodeResponse, `r=${payload}`]
		] as const) {
			const started = performance.now();
			const result = decode(fragment);
			expect(performance.now() - started).toBeLessThan(100);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problem.code).toBe('link-too-much');
		}
	});
});
