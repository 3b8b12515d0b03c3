/**
 * The largest workshop the app allows, for the round-trip and size tests: every list of the workshop
 * file at its maximum count (`LIST_LIMITS`), with short realistic texts, plus as many snapshots as
 * the snapshot guard (`snapshotFits`) lets it take. Deterministic.
 */

import { largeWorkshop } from './large-workshop';
import { bundleToContent, snapshotFits } from '$lib/domain/file-format';
import { LIST_LIMITS, MAX_VOTE_ITEMS } from '$lib/domain/file-limits';
import { answerKey } from '$lib/domain/room-answers';
import type { WorkshopBundle } from '$lib/domain/types';

export function largestWorkshop(
	now = Date.UTC(2026, 10, 24, 12),
	limits = LIST_LIMITS
): WorkshopBundle {
	const b = largeWorkshop(
		{ partners: limits.partners, actions: limits.actions, responses: limits.responses },
		now
	);
	const w = b.workshop.id;
	const partnerId = (i: number) => b.partners[i % b.partners.length].id;
	b.people = b.people.slice(0, limits.people);
	for (let i = b.people.length; i < limits.people; i++) {
		b.people.push({
			workshopId: w,
			id: `max-person-${i}`,
			partnerId: partnerId(i),
			name: `Person ${i}`,
			title: 'Coordinator',
			roles: ['implements'],
			contact: `p${i}@example.org`
		});
	}
	b.connections = Array.from({ length: limits.connections }, (_, i) => ({
		workshopId: w,
		id: `max-connection-${i}`,
		sourceId: partnerId(i),
		targetId: partnerId(i + 1),
		type: 'referrals',
		strength: 1 + (i % 3)
	}));
	b.criteria = Array.from({ length: limits.criteria }, (_, i) => ({
		workshopId: w,
		id: `max-criterion-${i}`,
		name: `Criterion ${i}`,
		description: 'Serves the same families.',
		weight: i % 11,
		order: i
	}));
	b.criterionScores = Array.from({ length: limits.criterionScores }, (_, i) => ({
		workshopId: w,
		id: `max-score-${i}`,
		criterionId: b.criteria[i % b.criteria.length].id,
		partnerId: partnerId(Math.floor(i / b.criteria.length)),
		score: i % 6
	}));
	b.answers = Array.from({ length: limits.answers }, (_, i) => ({
		workshopId: w,
		id: `max-answer-${i}`,
		itemId: `item-${i % 40}`,
		partnerId: partnerId(i),
		text: `Answer ${i}: a shared intake form.`,
		rating: i % 6,
		updatedAt: now
	}));
	b.checks = Array.from({ length: limits.checks }, (_, i) => ({
		workshopId: w,
		id: `max-check-${i}`,
		itemId: `activity-${i % 12}`,
		partnerId: partnerId(i),
		status: 'in-progress' as const,
		owner: 'Kevin',
		note: ''
	}));
	b.phaseVotes = Array.from({ length: limits.phaseVotes }, (_, i) => ({
		workshopId: w,
		id: `max-vote-${i}`,
		partnerId: partnerId(i),
		phase: (1 + (i % 6)) as 1,
		confidence: i % 6,
		reason: '',
		updatedAt: now
	}));
	b.customRubricItems = Array.from({ length: limits.customRubricItems }, (_, i) => ({
		workshopId: w,
		id: `max-custom-${i}`,
		domainId: 'lc',
		text: `Custom item ${i}`,
		order: i
	}));
	b.rubricRatings = Array.from({ length: limits.rubricRatings }, (_, i) => ({
		workshopId: w,
		id: `max-rating-${i}`,
		rating: 'in-progress' as const,
		note: '',
		updatedAt: now
	}));
	b.pitfalls = Array.from({ length: limits.pitfalls }, (_, i) => ({
		workshopId: w,
		id: `max-pitfall-${i}`,
		mark: 'risk' as const,
		mitigation: 'Monthly check-in.',
		owner: 'Ana',
		dueDate: '2026-12-01',
		updatedAt: now
	}));
	b.themes = Array.from({ length: limits.themes }, (_, i) => ({
		workshopId: w,
		id: `max-theme-${i}`,
		stepId: b.agenda[0].id,
		itemId: `aspiration-${1 + (i % 3)}`,
		label: `Theme ${i}: shared intake`,
		order: i,
		createdAt: now,
		updatedAt: now
	}));
	b.answerMarks = Array.from({ length: limits.answerMarks }, (_, i) => {
		const responseId = `max-response-${i}`;
		const itemId = `aspiration-${1 + (i % 3)}`;
		return {
			workshopId: w,
			id: answerKey(responseId, itemId),
			responseId,
			itemId,
			themeId: i % 4 === 0 ? '' : `max-theme-${(i * 3 + (i % 3)) % limits.themes}`,
			setAside: i % 10 === 0,
			updatedAt: now
		};
	});
	b.voteRounds = Array.from({ length: limits.voteRounds }, (_, i) => ({
		workshopId: w,
		id: `max-round-${i}`,
		stepId: b.agenda[0].id,
		target: 'themes' as const,
		itemId: 'aspiration-1',
		dots: 1 + (i % 10),
		itemIds: Array.from({ length: MAX_VOTE_ITEMS }, (_, k) => `max-theme-${k}`),
		open: i === 0,
		openedAt: now,
		closedAt: i === 0 ? null : now
	}));
	const agenda = b.agenda[0];
	b.agenda = Array.from({ length: limits.agenda }, (_, i) => ({
		...agenda,
		id: `max-step-${i}`,
		order: i
	}));
	b.session = b.session ? { ...b.session, currentStepId: '' } : null;
	b.snapshots = [];
	for (let i = 0; i < limits.snapshots; i++) {
		const snapshot = {
			workshopId: w,
			id: `max-snapshot-${i}`,
			label: `Convening ${i + 1}`,
			takenAt: now + i,
			content: bundleToContent(b)
		};
		if (!snapshotFits(b, snapshot).fits) break;
		b.snapshots.push(snapshot);
	}
	return b;
}
