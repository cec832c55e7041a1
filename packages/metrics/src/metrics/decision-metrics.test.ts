import { describe, expect, it } from 'vitest';
import { caseRecord, many, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';

const rg = METRICS['decisions.reasonable-grounds.by-outcome'];
const cg = METRICS['decisions.conclusive-grounds.by-outcome'];

describe('the decision metrics', () => {
  // Referred in 2024; decided in 2025-Q1 unless said otherwise.
  const records = [
    ...many(3, { referralDate: '2024-12-01', rgDecisionDate: '2025-01-10', rgOutcome: 'positive' }),
    caseRecord({
      referralDate: '2024-12-01',
      rgDecisionDate: '2025-03-31',
      rgOutcome: 'negative',
      ageGroupAtExploitation: 'child',
    }),
    caseRecord({ referralDate: '2024-12-01', rgDecisionDate: '2024-12-31', rgOutcome: 'positive' }),
    caseRecord({
      referralDate: '2024-06-01',
      rgDecisionDate: '2024-06-05',
      rgOutcome: 'positive',
      cgDecisionDate: '2025-02-01',
      cgOutcome: 'positive',
    }),
    caseRecord({ referralDate: '2024-12-01', rgDecisionDate: '2025-01-10' }),
  ];

  it('count reasonable grounds decisions made in the period by outcome and age, by decision date', () => {
    const result = runMetric(rg, records, { period: period('2025-Q1') });
    expect(result.table.cells).toEqual([
      [3, 0, 0],
      [0, 1, 0],
    ]);
    expect(result.table.rows.map((row) => row.label)).toEqual(['Positive', 'Negative']);
    expect(result.decisions).toBe(4);
    expect(result.positive).toBe(3);
    expect(result.positiveShare).toBe(75);
    expect(rg.headline(result)).toBe(75);
    expect(rg.disclosureCounts(result)).toEqual([3, 1]);
  });

  it('count conclusive grounds decisions by their own date', () => {
    const result = runMetric(cg, records, { period: period('2025-Q1') });
    expect(result.decisions).toBe(1);
    expect(result.positiveShare).toBe(100);
  });

  it('give no positive share when there were no decisions', () => {
    const result = runMetric(cg, [], { period: period('2025-Q1') });
    expect(result.positiveShare).toBeUndefined();
    expect(cg.headline(result)).toBeUndefined();
  });

  it('do not count decisions on notifications', () => {
    const result = runMetric(
      rg,
      [caseRecord({ kind: 'notification', rgDecisionDate: '2025-01-10', rgOutcome: 'positive' })],
      {
        period: period('2025-Q1'),
      },
    );
    expect(result.decisions).toBe(0);
  });
});
