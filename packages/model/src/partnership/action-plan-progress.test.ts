import { describe, expect, it } from 'vitest';
import { InvalidIsoDateError } from '../dates/index.js';
import type { Pillar } from '../vocabulary/index.js';
import type { ActionItem, ActionStatus } from './action-plan.js';
import { actionPlanProgress } from './action-plan-progress.js';
import { actionId } from './ids.js';

function action(id: string, pillar: Pillar, status: ActionStatus, due?: string): ActionItem {
  return { id: actionId(id), pillar, title: id, owner: 'Co-ordinator', status, ...(due ? { due } : {}) };
}

// A plan measured on 2018-04-02: three actions past due and open, one due that day, one past due
// but complete, one past due but cancelled, one with no due date.
const items: ActionItem[] = [
  action('assessment', 'pursue', 'in-progress', '2018-03-31'),
  action('task-force', 'pursue', 'not-started', '2018-01-31'),
  action('training', 'protect', 'complete', '2018-02-28'),
  action('campaign', 'protect', 'in-progress', '2018-04-02'),
  action('victim-support', 'prepare', 'not-started', '2018-03-31'),
  action('inspections', 'pursue', 'cancelled', '2017-12-31'),
  action('businesses', 'prevent', 'in-progress'),
];

describe('actionPlanProgress', () => {
  const progress = actionPlanProgress(items, { asOf: '2018-04-02' });

  it('counts every action by status', () => {
    expect(progress.overall).toEqual({
      total: 7,
      'not-started': 2,
      'in-progress': 3,
      complete: 1,
      cancelled: 1,
    });
  });

  it('counts the actions under each P, with how many are overdue', () => {
    expect(progress.byPillar).toEqual({
      pursue: { total: 3, 'not-started': 1, 'in-progress': 1, complete: 0, cancelled: 1, overdue: 2 },
      prevent: { total: 1, 'not-started': 0, 'in-progress': 1, complete: 0, cancelled: 0, overdue: 0 },
      protect: { total: 2, 'not-started': 0, 'in-progress': 1, complete: 1, cancelled: 0, overdue: 0 },
      prepare: { total: 1, 'not-started': 1, 'in-progress': 0, complete: 0, cancelled: 0, overdue: 1 },
    });
  });

  it('lists open actions due before the day, most overdue first, ties in the order given', () => {
    // 2018-01-31 to 2018-04-02 is 28 + 31 + 2 = 61 days; 2018-03-31 to 2018-04-02 is 2 days.
    expect(progress.overdue.map((overdue) => [overdue.item.id, overdue.daysOverdue])).toEqual([
      ['task-force', 61],
      ['assessment', 2],
      ['victim-support', 2],
    ]);
  });

  it('does not count an action due on the day, a finished one or one without a due date as overdue', () => {
    const ids = progress.overdue.map((overdue) => overdue.item.id);
    for (const notOverdue of ['campaign', 'training', 'inspections', 'businesses'])
      expect(ids).not.toContain(notOverdue);
  });

  it('returns the day asked about', () => {
    expect(progress.asOf).toBe('2018-04-02');
  });

  it('gives zero counts and no overdue actions for an empty plan', () => {
    const empty = actionPlanProgress([], { asOf: '2018-04-02' });
    expect(empty.overall.total).toBe(0);
    expect(empty.byPillar.prepare).toEqual({
      total: 0,
      'not-started': 0,
      'in-progress': 0,
      complete: 0,
      cancelled: 0,
      overdue: 0,
    });
    expect(empty.overdue).toEqual([]);
  });

  it('counts across a leap day', () => {
    const [late] = actionPlanProgress([action('a', 'pursue', 'not-started', '2024-02-28')], {
      asOf: '2024-03-01',
    }).overdue;
    expect(late?.daysOverdue).toBe(2);
  });

  it('throws a typed error for an impossible day or due date, naming where', () => {
    expect(() => actionPlanProgress(items, { asOf: '2018-02-30' })).toThrow(InvalidIsoDateError);
    try {
      actionPlanProgress([items[0] as ActionItem, { ...(items[1] as ActionItem), due: '2018-02-30' }], {
        asOf: '2018-04-02',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidIsoDateError).where).toBe('actionPlanProgress(items[1].due)');
      expect((error as Error).message).not.toContain('2018-02-30');
    }
  });
});
