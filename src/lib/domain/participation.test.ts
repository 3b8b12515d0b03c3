import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { mergeReasonText, problemText } from '$lib/i18n/problem';
import { buildDemoBundle } from './demo';
import {
	decodeInvite,
	decodeResponse,
	dedupeSuggestions,
	encodeInvite,
	encodeResponse,
	findResponseLinks,
	makeInvite,
	makeResponseFile,
	normalizeName,
	participantModulesFor,
	planMerge,
	readResponseFile
} from './participation';
import { agendaFromTemplate } from './templates';
import type { ParticipantResponse } from './types';

const invite = makeInvite({
	workshopId: 'w-1',
	title: 'Spring convening 🌱 — شراكة',
	organisation: 'Clínica Sierra Vista',
	anonymous: true,
	modules: ['phase', 'rubric', 'pitfalls', 'suggestions'],
	customRubricItems: [{ id: 'custom-1', domainId: 'rubric-mc', text: 'A shared dashboard' }]
});

const response = (
	over: Partial<Omit<ParticipantResponse, 'workshopId'>> = {}
): Omit<ParticipantResponse, 'workshopId'> => ({
	id: 'p-ana',
	name: 'Ana',
	revision: 1,
	submittedAt: 1000,
	answers: { 'aspiration-1': 'Better care <script>x</script>' },
	phase: 2,
	phaseReason: '',
	rubric: { 'rubric-mc1-i': 'in-place' },
	pitfalls: { 'pitfall-4': 'risk' },
	suggestedPartners: ['Food Bank'],
	...over
});
const fileFor = (workshopId: string, over = {}) => makeResponseFile(workshopId, response(over));
const okFile = (workshopId: string, over = {}) => ({
	ok: true as const,
	value: fileFor(workshopId, over)
});

describe('join links', () => {
	it('round-trip an invite through the URL fragment', () => {
		const fragment = encodeInvite(invite);
		expect(fragment).toMatch(/^j=[A-Za-z0-9+$-]+$/);
		expect(decodeInvite(`#${fragment}`)).toEqual({ ok: true, value: invite });
		expect(decodeInvite(fragment)).toEqual({ ok: true, value: invite });
	});

	it('refuse damaged, truncated, hostile, foreign and future links with a reason', () => {
		const fragment = encodeInvite(invite);
		const bad = (f: string) => {
			const r = decodeInvite(f);
			return r.ok ? 'accepted' : problemText(r.problem);
		};
		expect(bad('')).toMatch(/empty/);
		expect(bad('j=<script>alert(1)</script>')).toMatch(/damaged/);
		expect(bad(fragment.slice(0, fragment.length / 2))).toMatch(/damaged|not valid/);
		expect(bad('j=' + 'A'.repeat(70_000))).toMatch(/too long/);
		expect(
			bad('j=' + compressToEncodedURIComponent('{"__proto__":{"x":1},"type":"convene/join"}'))
		).toMatch(/forbidden key/);
		expect(
			bad('j=' + compressToEncodedURIComponent(JSON.stringify({ ...invite, version: 9 })))
		).toMatch(/newer version/);
		expect(
			bad('j=' + compressToEncodedURIComponent(JSON.stringify({ ...invite, type: 'other' })))
		).toMatch(/not a Convene join link/);
		expect(
			bad('j=' + compressToEncodedURIComponent(JSON.stringify({ ...invite, modules: ['karaoke'] })))
		).toMatch(/modules/);
		expect(bad('j=' + compressToEncodedURIComponent('['.repeat(100) + ']'.repeat(100)))).toMatch(
			/nested too deeply/
		);
	});

	it('choose the participant forms an agenda calls for', () => {
		expect(participantModulesFor(agendaFromTemplate('w', 'partnership-design'))).toEqual([
			'momentum',
			'phase',
			'rubric',
			'pitfalls',
			'aspiration',
			'map-questions',
			'suggestions',
			'reflection'
		]);
		expect(participantModulesFor(agendaFromTemplate('w', 'blank'))).toEqual([]);
	});
});

describe('response files and links', () => {
	it('round-trip, keeping markup and emoji as text', () => {
		const file = fileFor('w-1', { name: 'نور 🌟' });
		expect(readResponseFile(JSON.stringify(file))).toEqual({ ok: true, value: file });
		expect(decodeResponse(encodeResponse(file))).toEqual({ ok: true, value: file });
	});

	it('refuse bad files with a reason', () => {
		const reason = (text: string) => {
			const r = readResponseFile(text);
			return r.ok ? 'accepted' : problemText(r.problem);
		};
		expect(reason('nope')).toMatch(/not valid JSON/);
		expect(reason(JSON.stringify({ ...fileFor('w'), type: 'convene/workshop' }))).toMatch(
			/not a Convene response file/
		);
		expect(reason(JSON.stringify({ ...fileFor('w'), version: 3 }))).toMatch(/newer version/);
		expect(reason(JSON.stringify(fileFor('w', { phase: 9 })))).toMatch(
			/The phase of the response is not a value Convene knows \(“9”\)/
		);
		expect(reason(JSON.stringify(fileFor('w', { revision: 0 })))).toMatch(/never handed in/);
		expect(reason(JSON.stringify(fileFor('w', { name: 'x'.repeat(501) })))).toMatch(
			/longer than 500/
		);
		expect(
			reason(JSON.stringify(fileFor('w')).replace('"answers":{', '"answers":{"constructor":"x",'))
		).toMatch(/forbidden key/);
		expect(reason(' '.repeat(1024 * 1024 + 1))).toMatch(/too large/);
	});

	it('find every response link in a pasted chat transcript, once each', () => {
		const a = encodeResponse(fileFor('w-1'));
		const b = encodeResponse(fileFor('w-1', { id: 'p-bo', name: 'Bo' }));
		const transcript = `[10:02] Ana: here https://convene.example/handin/#${a}.\n[10:03] Bo: (https://x.org/convene/handin/#${b})\n[10:04] Ana: again #${a}\nrandom #r=short`;
		expect(findResponseLinks(transcript)).toEqual([a.slice(2), b.slice(2)]);
		expect(findResponseLinks('no links here')).toEqual([]);
	});
});

describe('planMerge', () => {
	it('adds new responses and is idempotent: the same file twice changes nothing', () => {
		const first = planMerge('w-1', [], [{ source: 'ana.json', file: okFile('w-1') }]);
		expect(first.items).toEqual([
			{ source: 'ana.json', outcome: 'added', name: 'Ana', reason: null }
		]);
		expect(first.writes).toEqual([{ ...response(), workshopId: 'w-1' }]);
		const again = planMerge('w-1', first.writes, [{ source: 'ana.json', file: okFile('w-1') }]);
		expect(again.items[0].outcome).toBe('unchanged');
		expect(again.writes).toEqual([]);
	});

	it('replaces an older revision with a newer one, never the other way round', () => {
		const stored = [{ ...response({ revision: 2, submittedAt: 2000 }), workshopId: 'w-1' }];
		const newer = planMerge('w-1', stored, [
			{ source: 'a3', file: okFile('w-1', { revision: 3, submittedAt: 3000, phase: 3 }) }
		]);
		expect(newer.items[0].outcome).toBe('updated');
		expect(mergeReasonText(newer.items[0].reason)).toBe('Revision 3 replaces revision 2.');
		expect(newer.writes[0].phase).toBe(3);
		const older = planMerge('w-1', stored, [
			{ source: 'a1', file: okFile('w-1', { revision: 1 }) }
		]);
		expect(older.items[0].outcome).toBe('older');
		expect(older.writes).toEqual([]);
	});

	it('within one batch, keeps the newest of several revisions whatever the order', () => {
		const plan = planMerge(
			'w-1',
			[],
			[
				{ source: 'r2', file: okFile('w-1', { revision: 2, submittedAt: 2 }) },
				{ source: 'r1', file: okFile('w-1', { revision: 1, submittedAt: 1 }) },
				{ source: 'r2 again', file: okFile('w-1', { revision: 2, submittedAt: 2 }) }
			]
		);
		expect(plan.items.map((i) => i.outcome)).toEqual(['added', 'older', 'unchanged']);
		expect(plan.writes).toHaveLength(1);
		expect(plan.writes[0].revision).toBe(2);
	});

	it('refuses responses for another workshop and bad files one by one; good ones still merge', () => {
		const plan = planMerge(
			'w-1',
			[],
			[
				{ source: 'other.json', file: okFile('w-2') },
				{
					source: 'bad.json',
					file: {
						ok: false,
						problem: {
							code: 'document-unreadable',
							what: 'response-file',
							reason: { code: 'not-json' }
						}
					}
				},
				{ source: 'bo.json', file: okFile('w-1', { id: 'p-bo', name: 'Bo' }) }
			]
		);
		expect(plan.items.map((i) => [i.source, i.outcome])).toEqual([
			['other.json', 'refused'],
			['bad.json', 'refused'],
			['bo.json', 'added']
		]);
		expect(mergeReasonText(plan.items[0].reason)).toMatch(/another workshop/);
		expect(plan.writes.map((w) => w.id)).toEqual(['p-bo']);
	});
});

describe('partner suggestions', () => {
	it('normalizes case, spacing, punctuation and accents', () => {
		expect(normalizeName('  Clínica   Sierra-Vista ')).toBe('clinica sierra vista');
		expect(normalizeName('ŁÓDŹ Partners')).toBe('łodz partners');
		expect(normalizeName('🌟')).toBe('');
	});

	it('deduplicates, counts and keeps the most common (accented) spelling', () => {
		const d = dedupeSuggestions([
			'Food Bank of the Valley',
			'food bank of the valley ',
			'Clinica Sierra Vista',
			'Clínica Sierra Vista',
			'FOOD BANK OF THE VALLEY',
			'',
			'  '
		]);
		expect(d).toEqual([
			{ key: 'food bank of the valley', name: 'Food Bank of the Valley', count: 3 },
			{ key: 'clinica sierra vista', name: 'Clínica Sierra Vista', count: 2 }
		]);
	});

	it('handles the demo workshop’s suggestions', () => {
		const demo = buildDemoBundle('w', Date.UTC(2026, 10, 24));
		const d = dedupeSuggestions(demo.responses.flatMap((r) => r.suggestedPartners));
		const keys = d.map((x) => x.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(d.find((x) => x.key === 'food bank of the valley')?.count).toBeGreaterThanOrEqual(2);
	});
});
