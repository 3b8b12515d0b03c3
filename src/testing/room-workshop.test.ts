import { describe, expect, it } from 'vitest';
import { readWorkshopFile, workshopFileText } from '$lib/domain/file-format';
import { planSignedMerge } from '$lib/domain/signed-response';
import { roomAnswers, themeGroups } from '$lib/domain/room-answers';
import { checkVotes, tallyVotes } from '$lib/domain/votes';
import { ROOM_VOTES, roomWorkshop, THEMED_QUESTION } from './room-workshop';

describe('roomWorkshop (bench kit)', () => {
	it('holds 200 answers in 30 themes on the aspiration step, every one themed', () => {
		const b = roomWorkshop({ responses: 200, themes: 30 });
		const answers = roomAnswers(b.responses, b.answerMarks, THEMED_QUESTION, false);
		expect(answers).toHaveLength(200);
		const { groups, unthemed } = themeGroups(b.themes, answers, THEMED_QUESTION);
		expect(groups).toHaveLength(30);
		expect(unthemed).toHaveLength(0);
		expect(groups.every((g) => g.answers.length >= 6)).toBe(true);
		expect(b.session?.roomView).toMatchObject({ itemId: THEMED_QUESTION, showThemes: true });
		expect(b.session?.revealed).toBe(true);
	});

	it('is a valid workshop file that imports whole', () => {
		const b = roomWorkshop({ responses: 250, themes: 30 });
		const read = readWorkshopFile(workshopFileText(b));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.value.responses).toHaveLength(250);
		expect(read.value.themes).toHaveLength(30);
		expect(read.value.answerMarks).toHaveLength(250);
		expect(read.value.voteRounds).toHaveLength(3);
	});

	it('gives every participant a valid ballot in each vote, so tallies count them all', () => {
		const b = roomWorkshop({ responses: 250, themes: 30 });
		for (const r of b.responses) expect(checkVotes(r.votes, b.voteRounds)).toBeNull();
		for (const id of Object.values(ROOM_VOTES)) {
			const round = b.voteRounds.find((r) => r.id === id)!;
			const dots = tallyVotes(round, b.responses).reduce((sum, row) => sum + row.dots, 0);
			expect(dots).toBe(250 * 3);
		}
	});

	it('has responses the signed merge accepts (rubric, pitfalls, momentum, side within the lists)', () => {
		const b = roomWorkshop({ responses: 20, themes: 5 });
		const plan = planSignedMerge(
			b.workshop.id,
			[],
			b.responses.map((r) => ({
				source: r.id,
				file: {
					ok: true as const,
					value: {
						type: 'convene/response',
						version: 2,
						workshopId: b.workshop.id,
						contentVersion: b.workshop.contentVersion,
						response: r
					}
				}
			})) as never,
			{ anonymous: false, voteRounds: b.voteRounds }
		);
		expect(plan.items.filter((i) => i.outcome === 'refused')).toEqual([]);
	});
});
