import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { decodeInvite, encodeResponse, makeResponseFile } from '$lib/domain/participation';
import { inviteFor, joinLink, qrDataUrl, readPastedLinks } from './participation';

const bundle = buildDemoBundle('w-demo', Date.UTC(2026, 10, 24));

describe('the facilitator’s invite', () => {
	it('carries the agenda’s participant forms and the anonymity setting, and its link decodes', () => {
		const invite = inviteFor({
			...bundle,
			workshop: { ...bundle.workshop, settings: { anonymous: false, expectedParticipants: 3 } }
		});
		expect(invite.modules).toEqual([
			'momentum',
			'phase',
			'rubric',
			'pitfalls',
			'aspiration',
			'map-questions',
			'suggestions',
			'reflection'
		]);
		expect(invite.anonymous).toBe(false);
		// Every step asks all its seed questions: the link carries no narrowing.
		expect(invite.asked).toBeUndefined();
		const narrowed = inviteFor({
			...bundle,
			agenda: bundle.agenda.map((s) =>
				s.module === 'momentum' ? { ...s, asked: ['momentum-2'] } : s
			)
		});
		expect(narrowed.asked).toEqual({ momentum: ['momentum-2'] });
		const link = joinLink('https://example.org', '/convene/join/', invite);
		expect(link.startsWith('https://example.org/convene/join/#j=')).toBe(true);
		const back = decodeInvite(new URL(link).hash);
		expect(back.ok && back.value).toEqual(invite);
	});

	it('draws a QR code as an SVG data URL', async () => {
		const url = await qrDataUrl('https://example.org/join/#j=abc');
		expect(url.startsWith('data:image/svg+xml,')).toBe(true);
		expect(decodeURIComponent(url)).toContain('<svg');
	});
});

describe('pasted links', () => {
	it('finds every response link in a transcript, each read on its own', () => {
		const response = {
			id: 'r-1',
			name: 'Ana',
			revision: 1,
			submittedAt: 1,
			answers: {},
			phase: 2 as const,
			phaseReason: '',
			rubric: {},
			pitfalls: {},
			suggestedPartners: []
		};
		const good = encodeResponse(makeResponseFile('w-demo', response));
		const text = `Ana: https://x.org/handin/#${good}.\nBo: https://x.org/handin/#r=${'A'.repeat(40)}`;
		const read = readPastedLinks(text);
		expect(read.map((r) => [r.source, r.file.ok])).toEqual([
			['link 1', true],
			['link 2', false]
		]);
	});
});
