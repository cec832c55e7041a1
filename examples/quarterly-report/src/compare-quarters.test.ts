import type { TableCell } from '@antislavery/metrics';
import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
import { describe, expect, it } from 'vitest';
import { compareQuarters, describeComparison, type QuarterComparison } from './compare-quarters.js';
import { quarterlyReport } from './quarterly-report.js';
import { BATCH_AS_OF, syntheticBatch } from './synthetic-batch.js';
import { countIn, referral } from './test-support/records.js';

const records = syntheticBatch();
const options = { partnership: derbyAndDerbyshirePartnership, asOf: BATCH_AS_OF } as const;
const quarterly = quarterlyReport(records, { ...options, quarter: '2025-Q1' });

const Q1_2025 = {
  nrm: countIn(records, '2025-01-01', '2025-03-31', 'nrm-referral'),
  dtn: countIn(records, '2025-01-01', '2025-03-31', 'notification'),
};
const Q4_2024 = { nrm: countIn(records, '2024-10-01', '2024-12-31', 'nrm-referral') };

const value = (cell: TableCell | undefined) =>
  cell === undefined || cell.suppressed ? undefined : cell.value;

describe('compareQuarters', () => {
  const q4 = quarterlyReport(records, { ...options, quarter: '2024-Q4' }).report;

  it('gives the change from one quarter to the next, as the later report gives it', () => {
    const comparison = compareQuarters(q4, quarterly.report);
    expect([comparison.earlier.label, comparison.later.label]).toEqual(['2024-Q4', '2025-Q1']);
    const nrm = comparison.counts.find((count) => count.key === 'nrm');
    expect(nrm?.change).toEqual({
      from: Q4_2024.nrm,
      to: Q1_2025.nrm,
      absolute: Q1_2025.nrm - Q4_2024.nrm,
      percent: ((Q1_2025.nrm - Q4_2024.nrm) / Q4_2024.nrm) * 100,
    });
    for (const count of comparison.counts) {
      const own = quarterly.report.headline.counts.find((headline) => headline.key === count.key);
      expect(count.change).toEqual(own?.changeOnPrevious);
    }
  });

  it('compares any two quarters, not only neighbours', () => {
    const first = quarterlyReport(records, { ...options, quarter: '2023-Q2' }).report;
    const all = compareQuarters(first, quarterly.report).counts.find((count) => count.key === 'all');
    const before = countIn(records, '2023-04-01', '2023-06-30');
    const after = Q1_2025.nrm + Q1_2025.dtn;
    expect(all?.change?.absolute).toBe(after - before);
    expect([value(all?.earlier), value(all?.later)]).toEqual([before, after]);
  });

  it('gives no change where either count is suppressed', () => {
    const small = [referral('S1', '2025-02-03')];
    const comparison = compareQuarters(
      quarterlyReport(small, { quarter: '2024-Q4' }).report,
      quarterlyReport(small, { quarter: '2025-Q1' }).report,
    );
    expect(comparison.counts[0]).toEqual({
      key: 'nrm',
      label: 'NRM referrals',
      earlier: { suppressed: false, value: 0 },
      later: { suppressed: true, reason: 'primary' },
      change: undefined,
    });
  });

  it('refuses reports given the wrong way round, or for the same period', () => {
    const message = 'compareQuarters(earlier, later): give the report for the earlier period first';
    expect(() => compareQuarters(quarterly.report, q4)).toThrow(new RangeError(message));
    expect(() => compareQuarters(q4, q4)).toThrow(new RangeError(message));
  });
});

describe('describeComparison', () => {
  const quarter = (label: string, start: string, end: string) =>
    ({ kind: 'quarter', start, end, label }) as const;
  const comparison = (counts: QuarterComparison['counts']): QuarterComparison => ({
    earlier: quarter('2024-Q4', '2024-10-01', '2024-12-31'),
    later: quarter('2025-Q1', '2025-01-01', '2025-03-31'),
    counts,
  });
  const shown = (n: number) => ({ suppressed: false, value: n }) as const;

  it('says how each count moved, in words', () => {
    expect(
      describeComparison(
        comparison([
          {
            key: 'nrm',
            label: 'NRM referrals',
            earlier: shown(1200),
            later: shown(1500),
            change: { from: 1200, to: 1500, absolute: 300, percent: 25 },
          },
          {
            key: 'dtn',
            label: 'Duty to Notify reports',
            earlier: shown(0),
            later: shown(7),
            change: { from: 0, to: 7, absolute: 7, percent: null },
          },
          {
            key: 'all',
            label: 'Both',
            earlier: shown(9),
            later: shown(9),
            change: { from: 9, to: 9, absolute: 0, percent: 0 },
          },
        ]),
      ),
    ).toEqual([
      'NRM referrals: 1,200 in October to December 2024, 1,500 in January to March 2025: up 300 (25.0%)',
      'Duty to Notify reports: 0 in October to December 2024, 7 in January to March 2025: up 7 (from 0)',
      'Both: 9 in October to December 2024, 9 in January to March 2025: no change',
    ]);
  });

  it('shows a suppressed count as [c], with no change', () => {
    expect(
      describeComparison(
        comparison([
          {
            key: 'nrm',
            label: 'NRM referrals',
            earlier: { suppressed: true, reason: 'secondary' },
            later: shown(12),
            change: undefined,
          },
        ]),
      ),
    ).toEqual([
      'NRM referrals: [c] in October to December 2024, 12 in January to March 2025: change not published',
    ]);
  });
});
