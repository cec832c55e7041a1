import {
  type CalendarPeriod,
  type Change,
  changeBetween,
  describePeriod,
  type HeadlineCount,
  type Report,
  type TableCell,
} from '@antislavery/metrics';

/**
 * One headline count in two quarters: as each report published it, and the change where both
 * are published. A suppressed count stays suppressed, and then there is no change to give, so
 * the comparison never reveals what a report held back.
 *
 * @example
 * ```ts
 * import type { HeadlineComparison } from './compare-quarters.js';
 *
 * const comparison: HeadlineComparison = {
 *   key: 'nrm',
 *   label: 'NRM referrals',
 *   earlier: { suppressed: false, value: 40 },
 *   later: { suppressed: false, value: 50 },
 *   change: { from: 40, to: 50, absolute: 10, percent: 25 },
 * };
 * ```
 */
export type HeadlineComparison = {
  /** `nrm`, `dtn` or `all`. */
  readonly key: HeadlineCount['key'];
  /** What is counted, for example `NRM referrals`. */
  readonly label: string;
  /** The count in the earlier quarter. */
  readonly earlier: TableCell;
  /** The count in the later quarter. */
  readonly later: TableCell;
  /** The change, or `undefined` when either count is suppressed. */
  readonly change: Change | undefined;
};

/**
 * Two quarters' headline counts side by side.
 *
 * @example
 * ```ts
 * import type { QuarterComparison } from './compare-quarters.js';
 *
 * const labels = (comparison: QuarterComparison) => [comparison.earlier.label, comparison.later.label];
 * ```
 */
export type QuarterComparison = {
  /** The earlier quarter. */
  readonly earlier: CalendarPeriod;
  /** The later quarter. */
  readonly later: CalendarPeriod;
  /** Each headline count, in the reports' order. */
  readonly counts: readonly HeadlineComparison[];
};

/**
 * Compares the headline counts of two reports, for any two quarters (a report itself compares
 * only with the quarter before and the same quarter a year before). Build both reports from the
 * same records and with the same suppression, so that the figures are comparable.
 *
 * @param earlier - the report for the earlier quarter
 * @param later - the report for the later quarter
 * @throws RangeError if `earlier` does not cover an earlier period than `later`
 *
 * @example
 * ```ts
 * import { buildReport } from '@antislavery/metrics';
 * import { compareQuarters } from './compare-quarters.js';
 *
 * const record = (reference: string, referralDate: string) =>
 *   ({
 *     reference,
 *     kind: 'nrm-referral',
 *     referralDate,
 *     ageGroupAtExploitation: 'adult',
 *     exploitationTypes: ['forced-to-work'],
 *     firstResponderType: 'police',
 *     jurisdiction: 'england',
 *   }) as const;
 * const records = [record('A', '2024-08-01'), record('B', '2025-02-03'), record('C', '2025-03-10')];
 * const options = { suppression: { threshold: 1 } };
 * const comparison = compareQuarters(
 *   buildReport(records, { ...options, period: '2024-Q3' }),
 *   buildReport(records, { ...options, period: '2025-Q1' }),
 * );
 * comparison.counts[0]?.change;
 * //=> { from: 1, to: 2, absolute: 1, percent: 100 }
 * ```
 */
export function compareQuarters(earlier: Report, later: Report): QuarterComparison {
  if (earlier.period.start >= later.period.start) {
    throw new RangeError('compareQuarters(earlier, later): give the report for the earlier period first');
  }
  const counts = later.headline.counts.flatMap((laterCount): HeadlineComparison[] => {
    const earlierCount = earlier.headline.counts.find((count) => count.key === laterCount.key);
    if (earlierCount === undefined) return [];
    const before = earlierCount.current;
    const after = laterCount.current;
    return [
      {
        key: laterCount.key,
        label: laterCount.label,
        earlier: before,
        later: after,
        change: before.suppressed || after.suppressed ? undefined : changeBetween(before.value, after.value),
      },
    ];
  });
  return { earlier: earlier.period, later: later.period, counts };
}

const shown = (cell: TableCell) => (cell.suppressed ? '[c]' : cell.value.toLocaleString('en-GB'));

function changeInWords(change: Change | undefined): string {
  if (change === undefined) return 'change not published';
  if (change.absolute === 0) return 'no change';
  const direction = change.absolute > 0 ? 'up' : 'down';
  const size = Math.abs(change.absolute).toLocaleString('en-GB');
  return change.percent === null
    ? `${direction} ${size} (from 0)`
    : `${direction} ${size} (${Math.abs(change.percent).toFixed(1)}%)`;
}

/**
 * A comparison in words, one line per headline count: both counts (`[c]` where suppressed) and
 * the change.
 *
 * @example
 * ```ts
 * import { describeComparison } from './compare-quarters.js';
 *
 * describeComparison({
 *   earlier: { kind: 'quarter', start: '2024-10-01', end: '2024-12-31', label: '2024-Q4' },
 *   later: { kind: 'quarter', start: '2025-01-01', end: '2025-03-31', label: '2025-Q1' },
 *   counts: [
 *     {
 *       key: 'nrm',
 *       label: 'NRM referrals',
 *       earlier: { suppressed: false, value: 40 },
 *       later: { suppressed: false, value: 30 },
 *       change: { from: 40, to: 30, absolute: -10, percent: -25 },
 *     },
 *     {
 *       key: 'dtn',
 *       label: 'Duty to Notify reports',
 *       earlier: { suppressed: true, reason: 'primary' },
 *       later: { suppressed: false, value: 6 },
 *       change: undefined,
 *     },
 *   ],
 * });
 * //=> ['NRM referrals: 40 in October to December 2024, 30 in January to March 2025: down 10 (25.0%)', 'Duty to Notify reports: [c] in October to December 2024, 6 in January to March 2025: change not published']
 * ```
 */
export function describeComparison(comparison: QuarterComparison): string[] {
  const earlier = describePeriod(comparison.earlier);
  const later = describePeriod(comparison.later);
  return comparison.counts.map(
    (count) =>
      `${count.label}: ${shown(count.earlier)} in ${earlier}, ${shown(count.later)} in ${later}: ${changeInWords(count.change)}`,
  );
}
