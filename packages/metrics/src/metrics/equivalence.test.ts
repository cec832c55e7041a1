import { Readable } from 'node:stream';
import type { CaseRecord } from '@antislavery/referrals';
import { readCaseRecords } from '@antislavery/referrals/read-exports';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRecord } from '../records/prepare-record.js';
import { buildReport, reportCalculator } from '../report/build-report.js';
import { caseRecordsToCsv } from '../synthetic/case-record-csv.js';
import { generateCaseRecords } from '../synthetic/generate-case-records.js';
import { period } from '../test-support/records.js';
import type { ComputedMetric, MetricDefinition, MetricParams } from './metric-definition.js';
import { METRICS } from './registry.js';
import { runMetric, runMetricAsync } from './run-metric.js';

// The same metric over an array, an async iterable (a stream of CSV rows), or shards computed
// apart and merged, must give identical results.

const COMPUTED = (Object.values(METRICS) as MetricDefinition[]).filter(
  (metric): metric is ComputedMetric => metric.source === 'computed',
);
const PARAMS: Omit<MetricParams, 'period'> = {
  populations: { 'Derby City Council': 260_000, 'Cheshire East Council': 400_000 },
  checkpoints: [45, 90, 180, 365],
  topNationalities: 5,
};

async function* streamOf(records: readonly CaseRecord[]): AsyncGenerator<CaseRecord> {
  for (const record of records) yield record;
}

/** Splits records into shards at the given cut points (fractions of the length). */
function shardsOf(records: readonly CaseRecord[], cuts: readonly number[]): CaseRecord[][] {
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * records.length)))].sort((a, b) => a - b);
  const shards: CaseRecord[][] = [];
  let from = 0;
  for (const point of [...points, records.length]) {
    shards.push(records.slice(from, point));
    from = point;
  }
  return shards;
}

/** Runs a metric on each shard apart and merges the states, in the order given. */
function sharded(
  metric: ComputedMetric,
  shards: readonly CaseRecord[][],
  params: MetricParams,
  order: readonly number[],
) {
  const calculator = metric.calculator(params);
  const states = shards.map((shard) =>
    shard.reduce((state, record) => calculator.add(state, prepareRecord(record, params)), calculator.init()),
  );
  const ordered = order
    .map((i) => states[i % states.length])
    .filter((state, i, all) => all.indexOf(state) === i);
  for (const state of states) if (!ordered.includes(state)) ordered.push(state);
  return calculator.result(ordered.reduce((a, b) => calculator.merge(a, b)));
}

const recordSet = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  count: fc.integer({ min: 0, max: 400 }),
  areas: fc.constantFrom(
    undefined,
    ['Derby City Council', 'Cheshire East Council'],
    ['Belfast City Council', 'The Glasgow City Council', 'City of Cardiff Council'],
  ),
});

/** Records as unchecked input may give them: unknown values, dates that are not real. */
const oddRecord = fc.record({
  kind: fc.constantFrom('nrm-referral', 'notification', 'complaint'),
  referralDate: fc.constantFrom('2024-08-01', '2024-11-30', '2024-02-30', 'soon'),
  rgDecisionDate: fc.constantFrom(undefined, '2024-07-31', '2024-12-01', '2025-13-01'),
  rgOutcome: fc.constantFrom(undefined, 'positive', 'maybe'),
  cgDecisionDate: fc.constantFrom(undefined, '2024-12-24'),
  cgOutcome: fc.constantFrom(undefined, 'negative'),
  ageGroupAtExploitation: fc.constantFrom('adult', 'child', 'elderly'),
  exploitationTypes: fc.constantFrom([], ['other'], ['forced-to-work', 'organs-removed'], 'forced-to-work'),
  firstResponderType: fc.constantFrom('police', 'wizard'),
  jurisdiction: fc.constantFrom('england', 'scotland', 'atlantis'),
  localAuthorityArea: fc.constantFrom(undefined, 'Derby City Council', 'Nowhere'),
  supportAt45Days: fc.constantFrom(undefined, 'in-support', 'gone'),
}) as fc.Arbitrary<unknown> as fc.Arbitrary<CaseRecord>;

describe('every metric gives the same result over an array, a stream and merged shards', () => {
  it('for random record sets, periods and shard splits', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordSet,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        fc.array(fc.nat({ max: 10 }), { maxLength: 6 }),
        fc.constantFrom('2024-Q3', '2024', 'FY2024-25', '2024-11', '2024-10-15/2024-12-20'),
        fc.array(oddRecord, { maxLength: 20 }),
        async ({ seed, count, areas }, cuts, order, label, odd) => {
          const records = [
            ...generateCaseRecords({
              seed,
              count,
              from: '2023-06-01',
              to: '2025-03-31',
              ...(areas === undefined ? {} : { areas }),
            }),
            ...odd,
          ];
          const params: MetricParams = { ...PARAMS, period: period(label) };
          const shards = shardsOf(records, cuts);
          for (const metric of COMPUTED) {
            const whole = runMetric(metric, records, params);
            expect(await runMetricAsync(metric, streamOf(records), params)).toEqual(whole);
            expect(sharded(metric, shards, params, order)).toEqual(whole);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('for the whole report, from an array, a stream of CSV rows and shards', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordSet,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        async ({ seed, count }, cuts) => {
          const records = generateCaseRecords({ seed, count, from: '2023-06-01', to: '2025-03-31' });
          const options = { ...PARAMS, period: '2024-Q4' };
          const whole = buildReport(records, options);

          const csv = Readable.from([...caseRecordsToCsv(records)]);
          async function* rows() {
            for await (const row of readCaseRecords(csv, { asOf: '2025-03-31' })) if (row.ok) yield row.value;
          }
          expect(await buildReport(rows(), options)).toEqual(whole);

          const calculator = reportCalculator(options);
          const states = shardsOf(records, cuts).map((shard) =>
            shard.reduce(calculator.add, calculator.init()),
          );
          expect(calculator.result(states.reduce(calculator.merge))).toEqual(whole);
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);
});
