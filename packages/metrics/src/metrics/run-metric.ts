import type { CaseRecord } from '@antislavery/referrals';
import { emptyPreparedRecord, prepareInto } from '../records/prepare-record.js';
import type { ComputedMetric, MetricParams } from './metric-definition.js';

/**
 * Runs a metric over case records: prepares each record once and adds it to the calculator.
 *
 * @param metric - A computed metric, for example `METRICS['referrals.nrm.count']`.
 * @param records - An array or any iterable of case records.
 * @param params - The period and any parameters the metric reads.
 * @returns The metric's result.
 * @throws {@link InvalidMetricsArgumentError} if a parameter is not one the metric can use.
 * @example
 * ```ts
 * import { METRICS, parsePeriod, runMetric } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * const records = [
 *   {
 *     reference: 'NRM-1',
 *     kind: 'nrm-referral',
 *     referralDate: '2025-01-06',
 *     ageGroupAtExploitation: 'child',
 *     exploitationTypes: ['forced-to-commit-crime', 'forced-to-work'],
 *     firstResponderType: 'police',
 *     jurisdiction: 'england',
 *   },
 * ] as const;
 * const table = q1.ok ? runMetric(METRICS['referrals.nrm.by-exploitation-type'], records, { period: q1.value }) : undefined;
 * table?.rows.find((_, i) => table.rowTotals?.[i] === 1)?.label;
 * //=> 'Labour & Criminal'
 * ```
 */
export function runMetric<S, R>(
  metric: ComputedMetric<S, R>,
  records: Iterable<CaseRecord>,
  params: MetricParams,
): R {
  const calculator = metric.calculator(params);
  const prepared = emptyPreparedRecord();
  let state = calculator.init();
  for (const record of records) state = calculator.add(state, prepareInto(prepared, record, params));
  return calculator.result(state);
}

/**
 * Runs a metric over a stream of case records, for example the valid rows of a CSV export read
 * with `readCaseRecords` of `@antislavery/referrals/read-exports`. Memory holds the metric's state,
 * not the records.
 *
 * @param metric - A computed metric.
 * @param records - An async iterable (or any iterable) of case records.
 * @param params - The period and any parameters the metric reads.
 * @returns The metric's result.
 * @throws {@link InvalidMetricsArgumentError} if a parameter is not one the metric can use.
 * @example
 * ```ts
 * import { METRICS, parsePeriod, runMetricAsync } from '@antislavery/metrics';
 *
 * async function* none() {}
 * const year = parsePeriod('2025');
 * year.ok && (await runMetricAsync(METRICS['referrals.dtn.count'], none(), { period: year.value })).count;
 * //=> 0
 * ```
 */
export async function runMetricAsync<S, R>(
  metric: ComputedMetric<S, R>,
  records: AsyncIterable<CaseRecord> | Iterable<CaseRecord>,
  params: MetricParams,
): Promise<R> {
  const calculator = metric.calculator(params);
  const prepared = emptyPreparedRecord();
  let state = calculator.init();
  for await (const record of records) state = calculator.add(state, prepareInto(prepared, record, params));
  return calculator.result(state);
}
