import { describe, expect, it } from 'vitest';
import { isOverdue, sortActions } from './actions';
import { isoDay } from './filenames';
import type { Action } from './types';

const action = (id: string, fields: Partial<Action> = {}): Action => ({
	workshopId: 'w',
	id,
	title: id,
	partnerId: '',
	owner: '',
	dueDate: '',
	status: 'todo',
	order: 0,
	createdAt: 0,
	...fields
});

describe('isOverdue', () => {
	const today = '2026-03-10';
	it('is overdue when not done and due before today', () => {
		expect(isOverdue(action('a', { dueDate: '2026-03-09' }), today)).toBe(true);
		expect(isOverdue(action('a', { dueDate: '2026-03-09', status: 'doing' }), today)).toBe(true);
	});
	it('is not overdue when due today or later, done, or without a date', () => {
		expect(isOverdue(action('a', { dueDate: today }), today)).toBe(false);
		expect(isOverdue(action('a', { dueDate: '2026-04-01' }), today)).toBe(false);
		expect(isOverdue(action('a', { dueDate: '2026-03-01', status: 'done' }), today)).toBe(false);
		expect(isOverdue(action('a'), today)).toBe(false);
	});
	it('uses the local calendar day: late evening is still today', () => {
		const lateEvening = new Date(2026, 2, 10, 23, 30).getTime();
		expect(isOverdue(action('a', { dueDate: '2026-03-10' }), isoDay(lateEvening))).toBe(false);
		const justAfterMidnight = new Date(2026, 2, 11, 0, 5).getTime();
		expect(isOverdue(action('a', { dueDate: '2026-03-10' }), isoDay(justAfterMidnight))).toBe(true);
	});
});

describe('sortActions', () => {
	const actions = [
		action('a', { order: 0, dueDate: '2026-05-01', status: 'done', owner: 'Zoë', partnerId: 'p2' }),
		action('b', { order: 1, dueDate: '', status: 'todo', owner: '', partnerId: '' }),
		action('c', { order: 2, dueDate: '2026-01-15', status: 'doing', owner: 'Ana', partnerId: 'p1' })
	];
	const partners = [
		{ id: 'p1', name: 'Food Bank' },
		{ id: 'p2', name: 'Clínica' }
	];
	const ids = (list: Action[]) => list.map((a) => a.id);

	it('keeps the plan order by default', () =>
		expect(ids(sortActions(actions, 'order'))).toEqual(['a', 'b', 'c']));
	it('sorts by due date, no date last', () =>
		expect(ids(sortActions(actions, 'dueDate'))).toEqual(['c', 'a', 'b']));
	it('sorts by status: to do, doing, done', () =>
		expect(ids(sortActions(actions, 'status'))).toEqual(['b', 'c', 'a']));
	it('sorts by owner, no owner last', () =>
		expect(ids(sortActions(actions, 'owner'))).toEqual(['c', 'a', 'b']));
	it('sorts by partner name, no partner last', () =>
		expect(ids(sortActions(actions, 'partner', partners))).toEqual(['a', 'c', 'b']));
	it('does not change its input', () => {
		sortActions(actions, 'dueDate');
		expect(ids(actions)).toEqual(['a', 'b', 'c']);
	});
});
