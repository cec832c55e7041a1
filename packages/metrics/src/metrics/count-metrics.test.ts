import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { customPeriod } from '../periods/calendar-period.js';
import { caseRecord, many, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';

const nrm = METRICS['referrals.nrm.count'];
const dtn = METRICS['referrals.dtn.count'];
const both = METRICS['referrals.nrm-and-dtn.count'];

// Referrals by quarter, worked by hand:
//   2024-Q1 (the same quarter a year before): 2 NRM, 1 DtN
//   2024-Q4 (the quarter before): 4 NRM, 0 DtN
//   2025-Q1: 5 NRM (one on each of its first and last days), 2 DtN
//   2025-Q2 (after the period): 1 NRM, not counted
const records = [
  ...many(2, { referralDate: '2024-02-10' }),
  caseRecord({ kind: 'notification', referralDate: '2024-03-31' }),
  ...many(4, { referralDate: '2024-11-30' }),
  caseRecord({ referralDate: '2025-01-01' }),
  ...many(3, { referralDate: '2025-02-14' }),
  caseRecord({ referralDate: '2025-03-31' }),
  ...many(2, { kind: 'notification', referralDate: '2025-03-01' }),
  caseRecord({ referralDate: '2025-04-01' }),
];

describe('the count metrics', () => {
  it('count NRM referrals, DtN reports and both in the period, by referral date', () => {
    const q1 = period('2025-Q1');
    expect(runMetric(nrm, records, { period: q1 }).count).toBe(5);
    expect(runMetric(dtn, records, { period: q1 }).count).toBe(2);
    expect(runMetric(both, records, { period: q1 }).count).toBe(7);
  });

  it('count the period before and the same period a year before, with the changes', () => {
    const result = runMetric(nrm, records, { period: period('2025-Q1') });
    expect(result.previousPeriod.label).toBe('2024-Q4');
    expect(result.previous).toBe(4);
    expect(result.changeOnPrevious).toEqual({ from: 4, to: 5, absolute: 1, percent: 25 });
    expect(result.yearBeforePeriod.label).toBe('2024-Q1');
    expect(result.yearBefore).toBe(2);
    expect(result.changeOnYearBefore).toEqual({ from: 2, to: 5, absolute: 3, percent: 150 });
  });

  it('give a clear change, not Infinity or NaN, when the earlier count is zero', () => {
    const result = runMetric(dtn, records, { period: period('2025-Q1') });
    expect(result.previous).toBe(0);
    expect(result.changeOnPrevious).toEqual({ from: 0, to: 2, absolute: 2, percent: null });
    const empty = runMetric(dtn, [], { period: period('2025-Q1') });
    expect(empty.changeOnPrevious).toEqual({ from: 0, to: 0, absolute: 0, percent: 0 });
  });

  it('give the trend over the periods ending with this one, 8 unless asked', () => {
    const result = runMetric(nrm, records, { period: period('2025-Q1') });
    expect(result.trend.map((point) => [point.period.label, point.count])).toEqual([
      ['2023-Q2', 0],
      ['2023-Q3', 0],
      ['2023-Q4', 0],
      ['2024-Q1', 2],
      ['2024-Q2', 0],
      ['2024-Q3', 0],
      ['2024-Q4', 4],
      ['2025-Q1', 5],
    ]);
    const short = runMetric(nrm, records, { period: period('2025-Q1'), trendLength: 1 });
    expect(short.trend.map((point) => point.count)).toEqual([5]);
    expect(short.previous).toBe(4);
  });

  it('count over months, years, financial years and custom ranges', () => {
    expect(runMetric(nrm, records, { period: period('2025-02') }).count).toBe(3);
    expect(runMetric(nrm, records, { period: period('2024') }).count).toBe(6);
    // FY2024-25 is April 2024 to March 2025: November's 4 and the quarter's 5.
    expect(runMetric(nrm, records, { period: period('FY2024-25') }).count).toBe(9);
    const custom = runMetric(nrm, records, { period: customPeriod('2025-02-14', '2025-03-31') });
    expect(custom.count).toBe(4);
    // The 46 days before: 30 December 2024 to 13 February 2025.
    expect(custom.previousPeriod.label).toBe('2024-12-30/2025-02-13');
    expect(custom.previous).toBe(1);
    expect(custom.yearBeforePeriod.label).toBe('2024-02-14/2024-03-31');
    expect(custom.yearBefore).toBe(0);
  });

  it('count a record whose referral date is not a real date nowhere', () => {
    const bad = [caseRecord({ referralDate: '2025-02-30' }), caseRecord({ kind: 'other' as never })];
    expect(runMetric(both, bad, { period: period('2025-Q1') }).count).toBe(0);
    expect(
      runMetric(both, bad, { period: period('2025-Q1') }).trend.every((point) => point.count === 0),
    ).toBe(true);
  });

  it('reject a trend length or period it cannot use', () => {
    expect(() => runMetric(nrm, [], { period: period('2025'), trendLength: 0 })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => runMetric(nrm, [], { period: period('2025'), trendLength: 2.5 })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() =>
      runMetric(nrm, [], { period: { kind: 'quarter', start: 'x', end: 'y', label: '' } }),
    ).toThrow(InvalidMetricsArgumentError);
    expect(() => runMetric(nrm, [], null as never)).toThrow(InvalidMetricsArgumentError);
  });

  it('give the count as the headline and as the count to check for disclosure', () => {
    const result = runMetric(both, records, { period: period('2025-Q1') });
    expect(both.headline(result)).toBe(7);
    expect(both.disclosureCounts(result)).toEqual([7]);
  });
});
