import { metricId } from '@antislavery/model';
import { type Change, changeBetween } from '../change.js';
import { InvalidMetricsArgumentError } from '../errors.js';
import { type CalendarPeriod, dayRange } from '../periods/calendar-period.js';
import { periodsEndingWith, samePeriodYearBefore } from '../periods/period-shifts.js';
import { windowOf, within } from './calculator-kit.js';
import type { ComputedMetric } from './metric-definition.js';

/**
 * The figures of a count metric: the count for the period, for the period before and for the
 * same period a year before, the changes, and the trend over the periods ending with this one.
 * Records are counted in the period their referral date falls in.
 *
 * @example
 * ```ts
 * import { type CountResult, METRICS, parsePeriod, runMetric } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * const result: CountResult | undefined = q1.ok
 *   ? runMetric(METRICS['referrals.nrm-and-dtn.count'], [], { period: q1.value })
 *   : undefined;
 * result?.changeOnPrevious;
 * //=> { from: 0, to: 0, absolute: 0, percent: 0 }
 * ```
 */
export type CountResult = {
  /** The period counted. */
  readonly period: CalendarPeriod;
  /** Records in the period. */
  readonly count: number;
  /** The period before. */
  readonly previousPeriod: CalendarPeriod;
  /** Records in the period before. */
  readonly previous: number;
  /** The change from the period before. */
  readonly changeOnPrevious: Change;
  /** The same period a year before. */
  readonly yearBeforePeriod: CalendarPeriod;
  /** Records in the same period a year before. */
  readonly yearBefore: number;
  /** The change from the same period a year before. */
  readonly changeOnYearBefore: Change;
  /** The count in each of the periods ending with this one, oldest first. */
  readonly trend: readonly { readonly period: CalendarPeriod; readonly count: number }[];
};

/** How many periods a trend covers unless `trendLength` says otherwise. */
export const DEFAULT_TREND_LENGTH = 8;

type Kinds = 'nrm' | 'dtn' | 'both';

function countMetric(
  id: string,
  title: string,
  kinds: Kinds,
  description: string,
): ComputedMetric<Float64Array, CountResult> {
  const wanted = kinds === 'nrm' ? 0 : kinds === 'dtn' ? 1 : -1;
  return {
    id: metricId(id),
    title,
    description,
    source: 'computed',
    unit: 'count',
    headlineDescription: 'The number of records in the period.',
    fields: ['kind', 'referralDate'],
    parameters: ['trendLength'],
    calculator(params) {
      const { period } = windowOf(params, id);
      const trendLength = params.trendLength ?? DEFAULT_TREND_LENGTH;
      if (!Number.isInteger(trendLength) || trendLength < 1) {
        throw new InvalidMetricsArgumentError(
          `${id}: calculator(params.trendLength)`,
          'a whole number of 1 or more',
        );
      }
      // At least two periods, so the period before is always counted.
      const periods = periodsEndingWith(period, Math.max(trendLength, 2));
      const starts = periods.map((p) => dayRange(p, id).start);
      const first = starts[0] as number;
      const last = dayRange(period, id).end;
      const yearBeforePeriod = samePeriodYearBefore(period);
      const yearBefore = dayRange(yearBeforePeriod, id);
      const slots = periods.length;
      return {
        init: () => new Float64Array(slots + 1),
        add(state, record) {
          if (kinds === 'both' ? record.kind < 0 : record.kind !== wanted) return state;
          const day = record.referralDay;
          if (within(day, yearBefore.start, yearBefore.end)) state[slots] = (state[slots] as number) + 1;
          if (!within(day, first, last)) return state;
          let slot = slots - 1;
          while (day < (starts[slot] as number)) slot--;
          state[slot] = (state[slot] as number) + 1;
          return state;
        },
        merge(a, b) {
          for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
          return a;
        },
        result(state) {
          const count = state[slots - 1] as number;
          const previous = state[slots - 2] as number;
          const yearBeforeCount = state[slots] as number;
          return {
            period,
            count,
            previousPeriod: periods[slots - 2] as CalendarPeriod,
            previous,
            changeOnPrevious: changeBetween(previous, count),
            yearBeforePeriod,
            yearBefore: yearBeforeCount,
            changeOnYearBefore: changeBetween(yearBeforeCount, count),
            trend: periods.slice(slots - trendLength).map((p, i) => ({
              period: p,
              count: state[slots - trendLength + i] as number,
            })),
          };
        },
      };
    },
    headline: (result) => result.count,
    disclosureCounts: (result) => [result.count],
  };
}

export const nrmCount = countMetric(
  'referrals.nrm.count',
  'NRM referrals',
  'nrm',
  'The number of referrals to the National Referral Mechanism made in the period, by referral date. The period before and the same period a year before are counted too, with the changes (a percentage change from 0 is shown as not applicable), and the trend over the periods ending with this one.',
);

export const dtnCount = countMetric(
  'referrals.dtn.count',
  'Duty to Notify reports',
  'dtn',
  'The number of Duty to Notify notifications (about adults who did not consent to an NRM referral) made in the period, by referral date, with the period before, the same period a year before, the changes and the trend.',
);

export const nrmAndDtnCount = countMetric(
  'referrals.nrm-and-dtn.count',
  'NRM referrals and Duty to Notify reports',
  'both',
  'The number of NRM referrals and Duty to Notify notifications together made in the period, by referral date: the identification measure of the Cheshire pledge ("increase referrals to the NRM and Duty to Notify referrals to the Home Office"). With the period before, the same period a year before, the changes and the trend.',
);
