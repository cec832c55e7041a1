import { metricId } from '@antislavery/model';
import { SUPPORT_CHECKPOINTS, SUPPORT_STATUSES, type SupportStatus } from '@antislavery/referrals';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { CalendarPeriod } from '../periods/calendar-period.js';
import type { CountTable } from '../tables/count-table.js';
import { asOfDay, percent, titled, windowOf, within } from './calculator-kit.js';
import type { CheckpointDays, ComputedMetric } from './metric-definition.js';

/**
 * Labels for the support statuses of case records (`SUPPORT_STATUSES` of `@antislavery/referrals`).
 *
 * @example
 * ```ts
 * import { SUPPORT_STATUS_LABELS } from '@antislavery/metrics';
 *
 * SUPPORT_STATUS_LABELS.exited;
 * //=> 'Moved on from support'
 * ```
 */
export const SUPPORT_STATUS_LABELS: Readonly<Record<SupportStatus, string>> = {
  'in-support': 'Still in support',
  exited: 'Moved on from support',
  'lost-contact': 'Lost contact',
  'returned-home': 'Returned home',
  'withdrew-consent': 'Withdrew consent',
};

/**
 * Where people stood at one checkpoint: how many reached it in the period, how many have a status
 * recorded, the count and share of each status, and the share still in support or moved on.
 *
 * @example
 * ```ts
 * import type { CheckpointOutcome } from '@antislavery/metrics';
 *
 * const lostContact = (outcome: CheckpointOutcome) => outcome.shares['lost-contact'];
 * ```
 */
export type CheckpointOutcome = {
  /** Days after the referral. */
  readonly days: CheckpointDays;
  /** NRM referrals whose checkpoint fell in the period (and not after `asOf`). */
  readonly cohort: number;
  /** Of the cohort, those with a status recorded at the checkpoint. */
  readonly recorded: number;
  /** Of the cohort, those without. */
  readonly notRecorded: number;
  /** How many had each status. */
  readonly statuses: Readonly<Record<SupportStatus, number>>;
  /** Each status as a percentage of those recorded, or `undefined` when none are. */
  readonly shares: Readonly<Record<SupportStatus, number | undefined>>;
  /** Still in support or moved on from support, as a percentage of those recorded. */
  readonly supportedOrMovedOnShare: number | undefined;
};

/**
 * The figures of the outcomes metric: a table of statuses by checkpoint and the figures of each
 * checkpoint.
 *
 * @example
 * ```ts
 * import type { OutcomesResult } from '@antislavery/metrics';
 *
 * const at45 = (result: OutcomesResult) => result.checkpoints.find((c) => c.days === 45);
 * ```
 */
export type OutcomesResult = {
  /** The period the checkpoints fell in. */
  readonly period: CalendarPeriod;
  /** People by status (rows, with Not recorded) and checkpoint (columns); column totals are the cohorts. */
  readonly table: CountTable;
  /** Each checkpoint's figures, in the order asked for. */
  readonly checkpoints: readonly CheckpointOutcome[];
};

const ID = 'outcomes.victims.at-45-days-and-beyond';
const ROWS = SUPPORT_STATUSES.length + 1;

function checkpointsOf(
  asked: readonly CheckpointDays[] | undefined,
): { days: CheckpointDays; slot: number }[] {
  const all = SUPPORT_CHECKPOINTS.map((checkpoint) => checkpoint.days as CheckpointDays);
  const list: unknown = asked ?? all;
  // A value that is not a list (unchecked input) is as wrong as a list of the wrong days.
  const wanted = new Set<unknown>(Array.isArray(list) ? [45, ...list] : [Number.NaN]);
  for (const days of wanted) {
    if (!all.includes(days as CheckpointDays)) {
      throw new InvalidMetricsArgumentError(
        `${ID}: calculator(params.checkpoints)`,
        'checkpoints of 45, 90, 180 or 365 days',
      );
    }
  }
  return all.map((days, slot) => ({ days, slot })).filter(({ days }) => wanted.has(days));
}

const at45 = (result: OutcomesResult) => result.checkpoints.find((checkpoint) => checkpoint.days === 45);

export const outcomesAtCheckpoints: ComputedMetric<Float64Array, OutcomesResult> = {
  id: metricId(ID),
  title: 'Outcomes for people referred, at 45 days and later checkpoints',
  description:
    'Where people referred to the NRM stood 45 days after their referral, and at the later checkpoints asked for (90, 180 and 365 days by default), from the case record\'s support status at each: still in support, moved on from support, lost contact, returned home or withdrew consent. The people counted at a checkpoint are the NRM referrals whose checkpoint day (referral date plus the days) falls in the period, and not after `asOf`, so each period reports those who reached the checkpoint in it; a record with no status there is Not recorded. Shares are of those with a status recorded. The outcomes measure of the Cheshire pledge ("monitor outcomes for local victims both at the end of 45 days and beyond").',
  source: 'computed',
  unit: 'percent',
  headlineDescription:
    'At 45 days, the people still in support or moved on from support, as a percentage of those with a status recorded.',
  fields: [
    'kind',
    'referralDate',
    'supportAt45Days',
    'supportAt90Days',
    'supportAt180Days',
    'supportAt365Days',
  ],
  parameters: ['checkpoints', 'asOf'],
  calculator(params) {
    const { start, end, period } = windowOf(params, ID);
    const checkpoints = checkpointsOf(params.checkpoints);
    const last = asOfDay(params.asOf, ID);
    const width = checkpoints.length;
    return {
      init: () => new Float64Array(ROWS * width),
      add(state, record) {
        if (record.kind !== 0) return state;
        for (let column = 0; column < width; column++) {
          const { days, slot } = checkpoints[column] as { days: number; slot: number };
          const due = record.referralDay + days;
          if (!within(due, start, end) || due > last) continue;
          const status = record.support[slot] as number;
          const row = status < 0 ? ROWS - 1 : status;
          const cell = row * width + column;
          state[cell] = (state[cell] as number) + 1;
        }
        return state;
      },
      merge(a, b) {
        for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
        return a;
      },
      result(state) {
        const cells = Array.from({ length: ROWS }, (_, row) =>
          Array.from(state.subarray(row * width, (row + 1) * width)),
        );
        const columnTotals = checkpoints.map((_, column) =>
          cells.reduce((sum, row) => sum + (row[column] as number), 0),
        );
        const outcomes = checkpoints.map(({ days }, column): CheckpointOutcome => {
          const count = (status: number) => (cells[status] as number[])[column] as number;
          const statuses = Object.fromEntries(
            SUPPORT_STATUSES.map((status, row) => [status, count(row)]),
          ) as Record<SupportStatus, number>;
          const cohort = columnTotals[column] as number;
          const notRecorded = count(ROWS - 1);
          const recorded = cohort - notRecorded;
          return {
            days,
            cohort,
            recorded,
            notRecorded,
            statuses,
            shares: Object.fromEntries(
              SUPPORT_STATUSES.map((status) => [status, percent(statuses[status], recorded)]),
            ) as Record<SupportStatus, number | undefined>,
            supportedOrMovedOnShare: percent(statuses['in-support'] + statuses.exited, recorded),
          };
        });
        return {
          period,
          table: {
            id: ID,
            title: titled('People referred to the NRM by support status at each checkpoint', period),
            rowHeading: 'Support status',
            columnHeading: 'Days after referral',
            rows: [
              ...SUPPORT_STATUSES.map((key) => ({ key, label: SUPPORT_STATUS_LABELS[key] })),
              { key: 'not-recorded', label: 'Not recorded' },
            ],
            columns: checkpoints.map(({ days }) => ({ key: String(days), label: `At ${days} days` })),
            rowsAddUp: false,
            columnsAddUp: true,
            note: 'Each column counts the people whose checkpoint fell in the period, so a person may appear in more than one column.',
            cells,
            columnTotals,
          },
          checkpoints: outcomes,
        };
      },
    };
  },
  headline: (result) => at45(result)?.supportedOrMovedOnShare,
  disclosureCounts: (result) => {
    const outcome = at45(result);
    if (outcome === undefined) return [];
    const good = outcome.statuses['in-support'] + outcome.statuses.exited;
    return [good, outcome.recorded - good];
  },
};
