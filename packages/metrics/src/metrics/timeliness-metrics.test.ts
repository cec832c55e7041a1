import { BUILT_IN_CALENDAR } from '@antislavery/model';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { caseRecord, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';
import { RG_TARGET_WORKING_DAYS } from './timeliness-metrics.js';

const rg = METRICS['timeliness.reasonable-grounds.working-days'];
const cg = METRICS['timeliness.conclusive-grounds.days'];
const Q1 = period('2025-Q1');

// Working days worked by hand. The referral day is day 0. Wednesday 1 January 2025 is a bank
// holiday everywhere; Thursday 2 January is one in Scotland only.
const decided = (referralDate: string, rgDecisionDate: string, jurisdiction = 'england' as const) =>
  caseRecord({ referralDate, rgDecisionDate, rgOutcome: 'positive', jurisdiction });
const records = [
  decided('2025-01-06', '2025-01-10'), // Monday to Friday: 4
  decided('2025-01-06', '2025-01-13'), // to the next Monday: 5, the last day within target
  decided('2025-01-06', '2025-01-14'), // 6: outside the target
  decided('2025-01-06', '2025-01-06'), // the same day: 0
  // 1 November 2024 to 3 February 2025: 20 days in November, 20 in December (22 weekdays less
  // Christmas and Boxing Day), 22 in January (23 less New Year's Day) and 1 in February: 63.
  decided('2024-11-01', '2025-02-03'),
  // Tuesday 31 December 2024 to Tuesday 7 January in Scotland: 3, 6 and 7 January: 3.
  caseRecord({
    referralDate: '2024-12-31',
    rgDecisionDate: '2025-01-07',
    rgOutcome: 'negative',
    jurisdiction: 'scotland',
  }),
  decided('2025-01-10', '2025-01-09'), // decided before referral: cannot be measured
  decided('2025-02-30', '2025-01-09'), // referral date not real: cannot be measured
  decided('2024-12-01', '2024-12-31'), // decided before the period
  caseRecord({ kind: 'notification', rgDecisionDate: '2025-01-10' }),
];

describe('timeliness.reasonable-grounds.working-days', () => {
  it('gives the median, 90th percentile and share within 5 working days, by nearest rank', () => {
    // Measured: 0, 3, 4, 5, 6, 63. Median: rank ceil(3) = 3rd = 4. 90th: rank ceil(5.4) = 6th = 63.
    const result = runMetric(rg, records, { period: Q1 });
    expect(result).toMatchObject({
      decisions: 6,
      excluded: 2,
      median: 4,
      percentile90: 63,
      targetWorkingDays: 5,
      withinTarget: 4,
      division: 'by-jurisdiction',
    });
    expect(result.withinTargetShare).toBeCloseTo((4 / 6) * 100, 10);
    expect(rg.headline(result)).toBeCloseTo(66.667, 3);
    expect(rg.disclosureCounts(result)).toEqual([4, 2]);
    expect(result.bands.rows.map((row) => row.label)).toEqual([
      '0 to 5 working days',
      '6 to 10 working days',
      '11 to 20 working days',
      '21 to 40 working days',
      '41 to 80 working days',
      '81 working days or more',
    ]);
    expect(result.bands.cells).toEqual([[4], [1], [0], [0], [1], [0]]);
    expect(result.bands.columnTotals).toEqual([6]);
  });

  it('uses one division for every record when asked', () => {
    // The Scottish record counts 4 with England and Wales's holidays (2 January is a working day).
    const result = runMetric(rg, records, {
      period: Q1,
      division: 'england-and-wales',
      calendar: BUILT_IN_CALENDAR,
    });
    expect(result.division).toBe('england-and-wales');
    expect(result.bands.cells[0]).toEqual([4]);
    expect(result.median).toBe(4);
    const scottish = runMetric(rg, records.slice(5, 6), { period: Q1, division: 'scotland' });
    expect(scottish.median).toBe(3);
  });

  it('uses the target it is given', () => {
    expect(RG_TARGET_WORKING_DAYS).toBe(5);
    const result = runMetric(rg, records, { period: Q1, rgTargetWorkingDays: 3 });
    expect(result.withinTarget).toBe(2);
    expect(result.bands.rows[0]?.label).toBe('0 to 3 working days');
  });

  it('has no figures when there are no decisions', () => {
    const result = runMetric(rg, [], { period: Q1 });
    expect(result).toMatchObject({
      decisions: 0,
      median: undefined,
      percentile90: undefined,
      withinTargetShare: undefined,
    });
  });

  it('rejects a target, division or calendar it cannot use', () => {
    expect(() => runMetric(rg, [], { period: Q1, rgTargetWorkingDays: 0 })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => runMetric(rg, [], { period: Q1, division: 'wales' as never })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => runMetric(rg, [], { period: Q1, calendar: {} as never })).toThrow();
  });

  it('keeps exact figures for very long waits', () => {
    const result = runMetric(rg, [decided('2015-01-05', '2025-01-06')], { period: Q1 });
    expect(result.median).toBeGreaterThan(2500);
    expect(result.bands.cells[5]).toEqual([1]);
  });
});

describe('timeliness.conclusive-grounds.days', () => {
  const concluded = (rgDecisionDate: string, cgDecisionDate: string) =>
    caseRecord({ rgDecisionDate, rgOutcome: 'positive', cgDecisionDate, cgOutcome: 'positive' });

  it('gives calendar days from the reasonable to the conclusive grounds decision', () => {
    // 30 days; 106 (1 October 2024 to 15 January 2025: 31 + 30 + 31 + 14); 425 (1 January 2024
    // to 1 March 2025: 366 + 31 + 28). Median: rank 2 = 106; 90th: rank ceil(2.7) = 3 = 425.
    const result = runMetric(
      cg,
      [
        concluded('2025-01-02', '2025-02-01'),
        concluded('2024-10-01', '2025-01-15'),
        concluded('2024-01-01', '2025-03-01'),
        caseRecord({ cgDecisionDate: '2025-01-20', cgOutcome: 'negative' }),
        concluded('2024-01-01', '2024-12-31'),
      ],
      { period: Q1 },
    );
    expect(result).toMatchObject({ decisions: 3, excluded: 1, median: 106, percentile90: 425 });
    expect(result.bands.cells).toEqual([[1], [0], [1], [0], [1], [0]]);
    expect(cg.headline(result)).toBe(106);
    expect(cg.disclosureCounts(result)).toEqual([3]);
  });
});
