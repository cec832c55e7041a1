import { InvalidMetricsArgumentError } from '../errors.js';

function rankOf(percentile: number, count: number, where: string): number {
  if (typeof percentile !== 'number' || !(percentile >= 0 && percentile <= 100)) {
    throw new InvalidMetricsArgumentError(where, 'a percentile from 0 to 100');
  }
  return Math.max(1, Math.ceil((percentile / 100) * count));
}

/**
 * A percentile by the nearest-rank method, the method every timeliness metric uses: sort the
 * values, and take the one at rank `ceil(p / 100 * n)` (counting from 1, and at least 1). The
 * result is always one of the values, so "the 90th percentile is 12 working days" means at least
 * 90% of decisions took 12 working days or fewer, and fewer than 90% took less than 12. The median
 * is the 50th percentile by the same method: for an even number of values it is the lower of the
 * two middle values, not their average.
 *
 * @param values - The values, in any order.
 * @param percentile - From 0 to 100; 0 gives the smallest value.
 * @returns The percentile, or `undefined` when there are no values.
 * @throws {@link InvalidMetricsArgumentError} if `percentile` is not from 0 to 100.
 * @example
 * ```ts
 * import { nearestRankPercentile } from '@antislavery/metrics';
 *
 * // Ten decisions: rank ceil(0.9 * 10) = 9 is 15; rank ceil(0.5 * 10) = 5 is 4.
 * const days = [1, 2, 3, 3, 4, 5, 8, 13, 15, 40];
 * nearestRankPercentile(days, 90);
 * //=> 15
 * nearestRankPercentile(days, 50);
 * //=> 4
 * nearestRankPercentile([], 50);
 * //=> undefined
 * ```
 */
export function nearestRankPercentile(values: readonly number[], percentile: number): number | undefined {
  const rank = rankOf(percentile, values.length, 'nearestRankPercentile(percentile)');
  if (values.length === 0) return undefined;
  return [...values].sort((a, b) => a - b)[rank - 1];
}

/**
 * The nearest-rank percentile of values held as a histogram: `counts[v]` values equal to `v`.
 * Internal; gives what {@link nearestRankPercentile} gives for the same values.
 */
export function histogramPercentile(
  counts: ArrayLike<number>,
  total: number,
  percentile: number,
): number | undefined {
  if (total === 0) return undefined;
  const rank = rankOf(percentile, total, 'percentile');
  let seen = 0;
  for (let value = 0; value < counts.length; value++) {
    seen += counts[value] as number;
    if (seen >= rank) return value;
  }
  return undefined;
}
