import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { caseRecord, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';

const metric = METRICS['outcomes.victims.at-45-days-and-beyond'];
const Q1 = period('2025-Q1');

// The 45-day checkpoint falls in 2025-Q1 for referrals from 17 November 2024 to 14 February 2025,
// the 90-day one for referrals from 3 October to 31 December 2024.
const records = [
  caseRecord({ referralDate: '2024-12-01', supportAt45Days: 'in-support', supportAt90Days: 'exited' }),
  caseRecord({ referralDate: '2025-01-01', supportAt45Days: 'exited' }),
  caseRecord({ referralDate: '2025-02-14', supportAt45Days: 'lost-contact' }),
  caseRecord({ referralDate: '2025-02-15', supportAt45Days: 'in-support' }),
  caseRecord({ referralDate: '2024-11-16', supportAt45Days: 'in-support', supportAt90Days: 'returned-home' }),
  caseRecord({ referralDate: '2024-12-20' }),
  caseRecord({ kind: 'notification', referralDate: '2024-12-01' }),
];

describe('outcomes.victims.at-45-days-and-beyond', () => {
  it('counts, at each checkpoint, the people who reached it in the period, by status', () => {
    const result = runMetric(metric, records, { period: Q1, checkpoints: [90] });
    expect(result.checkpoints.map((c) => c.days)).toEqual([45, 90]);
    const [at45, at90] = result.checkpoints;
    expect(at45).toMatchObject({ days: 45, cohort: 4, recorded: 3, notRecorded: 1 });
    expect(at45?.statuses).toEqual({
      'in-support': 1,
      exited: 1,
      'lost-contact': 1,
      'returned-home': 0,
      'withdrew-consent': 0,
    });
    expect(at45?.shares['lost-contact']).toBeCloseTo(100 / 3, 10);
    expect(at45?.supportedOrMovedOnShare).toBeCloseTo(200 / 3, 10);
    expect(at90).toMatchObject({ cohort: 3, recorded: 2, notRecorded: 1, supportedOrMovedOnShare: 50 });
    expect(at90?.statuses['returned-home']).toBe(1);
    expect(metric.headline(result)).toBeCloseTo(200 / 3, 10);
    expect(metric.disclosureCounts(result)).toEqual([2, 1]);
  });

  it('lays the counts out as statuses by checkpoint, with the cohorts as totals', () => {
    const { table } = runMetric(metric, records, { period: Q1, checkpoints: [45, 90] });
    expect(table.columns.map((c) => c.label)).toEqual(['At 45 days', 'At 90 days']);
    expect(table.rows.map((r) => r.label)).toEqual([
      'Still in support',
      'Moved on from support',
      'Lost contact',
      'Returned home',
      'Withdrew consent',
      'Not recorded',
    ]);
    expect(table.cells).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
      [1, 1],
    ]);
    expect(table.columnTotals).toEqual([4, 3]);
    expect(table.rowTotals).toBeUndefined();
  });

  it('reports 45, 90, 180 and 365 days unless asked, and always 45', () => {
    expect(runMetric(metric, [], { period: Q1 }).checkpoints.map((c) => c.days)).toEqual([45, 90, 180, 365]);
    expect(runMetric(metric, [], { period: Q1, checkpoints: [365] }).checkpoints.map((c) => c.days)).toEqual([
      45, 365,
    ]);
  });

  it('leaves out checkpoints not yet due on the extract date', () => {
    const result = runMetric(metric, records, { period: Q1, asOf: '2025-02-01' });
    expect(result.checkpoints[0]?.cohort).toBe(1);
  });

  it('has no shares when nobody reached the checkpoint', () => {
    const result = runMetric(metric, [], { period: Q1 });
    expect(result.checkpoints[0]?.supportedOrMovedOnShare).toBeUndefined();
    expect(metric.headline(result)).toBeUndefined();
  });

  it('rejects a checkpoint the records do not hold and an extract date that is not real', () => {
    expect(() => runMetric(metric, [], { period: Q1, checkpoints: [30 as never] })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => runMetric(metric, [], { period: Q1, asOf: '2025-02-30' })).toThrow(
      InvalidMetricsArgumentError,
    );
  });

  it('rejects checkpoints that are not a list with its typed error, even a single right number', () => {
    for (const checkpoints of [0, 45, '90', { 0: 45 }]) {
      expect(() => runMetric(metric, [], { period: Q1, checkpoints: checkpoints as never })).toThrow(
        InvalidMetricsArgumentError,
      );
    }
  });
});
