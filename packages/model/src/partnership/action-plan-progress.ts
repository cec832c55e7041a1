import { InvalidIsoDateError, type IsoDate, isIsoDate, toDayNumber } from '../dates/index.js';
import type { Pillar } from '../vocabulary/index.js';
import type { ActionItem, ActionStatus } from './action-plan.js';

/**
 * How many actions have each status, and how many in all.
 *
 * @example
 * ```ts
 * import type { StatusCounts } from '@antislavery/model';
 *
 * const counts: StatusCounts = { total: 3, 'not-started': 1, 'in-progress': 1, complete: 1, cancelled: 0 };
 * ```
 */
export type StatusCounts = Readonly<Record<ActionStatus, number>> & {
  /** All actions counted. */
  readonly total: number;
};

/**
 * An action that was due before the day asked about and is neither complete nor cancelled.
 *
 * @example
 * ```ts
 * import type { OverdueAction } from '@antislavery/model';
 *
 * const late = (overdue: OverdueAction) => `${overdue.item.title}: ${overdue.daysOverdue} days overdue`;
 * ```
 */
export type OverdueAction = {
  /** The action. */
  readonly item: ActionItem;
  /** Whole days from its due date to the day asked about. */
  readonly daysOverdue: number;
};

/**
 * The progress of a set of actions on a day: counts by status overall and for each P, and the
 * overdue actions, most overdue first.
 *
 * @example
 * ```ts
 * import { actionPlanProgress, type ActionPlanProgress } from '@antislavery/model';
 *
 * const progress: ActionPlanProgress = actionPlanProgress([], { asOf: '2019-04-01' });
 * ```
 */
export type ActionPlanProgress = {
  /** The day the progress is for. */
  readonly asOf: IsoDate;
  /** Counts of all the actions. */
  readonly overall: StatusCounts;
  /** Counts of the actions under each P, with how many of them are overdue. */
  readonly byPillar: Readonly<Record<Pillar, StatusCounts & { readonly overdue: number }>>;
  /** The overdue actions, most overdue first (ties in the order given). */
  readonly overdue: readonly OverdueAction[];
};

function isOpen(status: ActionStatus): boolean {
  switch (status) {
    case 'not-started':
    case 'in-progress':
      return true;
    case 'complete':
    case 'cancelled':
      return false;
  }
}

type Counts = Record<ActionStatus, number> & { total: number };
type PillarCounts = Counts & { overdue: number };

function emptyCounts(): Counts {
  return { total: 0, 'not-started': 0, 'in-progress': 0, complete: 0, cancelled: 0 };
}

function emptyPillarCounts(): PillarCounts {
  return { ...emptyCounts(), overdue: 0 };
}

/**
 * Counts actions by status, overall and for each of the four Ps, and lists those overdue on a
 * day. An action is overdue when its due date is before `asOf` and it is neither complete nor
 * cancelled; an action due on `asOf` is not yet overdue, and one with no due date never is.
 *
 * @param items - the actions, usually an action plan's `items`
 * @param options - `asOf`: the day to measure progress on, written `YYYY-MM-DD` (for example
 *   `todayInUk()`)
 * @throws {@link InvalidIsoDateError} if `asOf` or an action's due date is not a real date
 *
 * @example
 * ```ts
 * import { actionId, actionPlanProgress, type ActionItem } from '@antislavery/model';
 *
 * const items: ActionItem[] = [
 *   {
 *     id: actionId('assessment'),
 *     pillar: 'pursue',
 *     title: 'Risk and threat assessment',
 *     owner: 'Co-ordinator',
 *     due: '2018-03-31',
 *     status: 'in-progress',
 *   },
 *   {
 *     id: actionId('training'),
 *     pillar: 'protect',
 *     title: 'First responder training',
 *     owner: 'Co-ordinator',
 *     due: '2018-06-30',
 *     status: 'complete',
 *   },
 * ];
 * const progress = actionPlanProgress(items, { asOf: '2018-04-02' });
 * progress.overdue.map((overdue) => [overdue.item.title, overdue.daysOverdue]);
 * //=> [['Risk and threat assessment', 2]]
 * progress.byPillar.protect.complete;
 * //=> 1
 * ```
 */
export function actionPlanProgress(
  items: readonly ActionItem[],
  options: { readonly asOf: IsoDate },
): ActionPlanProgress {
  if (!isIsoDate(options.asOf)) throw new InvalidIsoDateError('actionPlanProgress(options.asOf)');
  const asOfDay = toDayNumber(options.asOf);
  const overall = emptyCounts();
  const byPillar: Record<Pillar, PillarCounts> = {
    pursue: emptyPillarCounts(),
    prevent: emptyPillarCounts(),
    protect: emptyPillarCounts(),
    prepare: emptyPillarCounts(),
  };
  const overdue: OverdueAction[] = [];

  items.forEach((item, index) => {
    const forPillar = byPillar[item.pillar];
    overall.total += 1;
    overall[item.status] += 1;
    forPillar.total += 1;
    forPillar[item.status] += 1;
    if (item.due === undefined) return;
    if (!isIsoDate(item.due)) throw new InvalidIsoDateError(`actionPlanProgress(items[${index}].due)`);
    const daysOverdue = asOfDay - toDayNumber(item.due);
    if (daysOverdue > 0 && isOpen(item.status)) {
      overdue.push({ item, daysOverdue });
      forPillar.overdue += 1;
    }
  });

  // Array.prototype.sort is stable, so equally overdue actions keep the order given.
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
  return { asOf: options.asOf, overall, byPillar, overdue };
}
