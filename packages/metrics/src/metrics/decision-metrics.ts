import { AGE_GROUP_LABELS, AGE_GROUPS, metricId } from '@antislavery/model';
import type { PreparedRecord } from '../records/prepare-record.js';
import { type CountTable, totalsOf } from '../tables/count-table.js';
import { percent, titled, windowOf, within } from './calculator-kit.js';
import type { ComputedMetric } from './metric-definition.js';

/**
 * The figures of a decisions metric: the table of decisions by outcome and age at exploitation,
 * the number of decisions, how many were positive, and the positive share as a percentage.
 *
 * @example
 * ```ts
 * import type { DecisionsResult } from '@antislavery/metrics';
 *
 * function summary(result: DecisionsResult): string {
 *   return `${result.positive} of ${result.decisions} positive`;
 * }
 * ```
 */
export type DecisionsResult = {
  /** Decisions by outcome (rows: Positive, Negative) and age at exploitation (columns). */
  readonly table: CountTable;
  /** Decisions made in the period. */
  readonly decisions: number;
  /** Positive decisions made in the period. */
  readonly positive: number;
  /** Positive decisions as a percentage of all decisions, or `undefined` when there were none. */
  readonly positiveShare: number | undefined;
};

const AGES = AGE_GROUPS.length;

function decisionMetric(
  stage: 'reasonable-grounds' | 'conclusive-grounds',
): ComputedMetric<Float64Array, DecisionsResult> {
  const id = `decisions.${stage}.by-outcome`;
  const words = stage === 'reasonable-grounds' ? 'Reasonable grounds' : 'Conclusive grounds';
  const dayOf =
    stage === 'reasonable-grounds' ? (r: PreparedRecord) => r.rgDay : (r: PreparedRecord) => r.cgDay;
  const outcomeOf =
    stage === 'reasonable-grounds' ? (r: PreparedRecord) => r.rgOutcome : (r: PreparedRecord) => r.cgOutcome;
  return {
    id: metricId(id),
    title: `${words} decisions by outcome and age`,
    description: `${words} decisions on NRM referrals made in the period, by the date of the decision (not of the referral), by outcome (positive, negative) and by age at exploitation, as the national statistics publish decisions. The record's outcome is counted as recorded; a later reconsideration is not applied.`,
    source: 'computed',
    unit: 'percent',
    headlineDescription: 'Positive decisions as a percentage of all decisions made in the period.',
    fields:
      stage === 'reasonable-grounds'
        ? ['kind', 'rgDecisionDate', 'rgOutcome', 'ageGroupAtExploitation']
        : ['kind', 'cgDecisionDate', 'cgOutcome', 'ageGroupAtExploitation'],
    parameters: [],
    calculator(params) {
      const { start, end, period } = windowOf(params, id);
      return {
        init: () => new Float64Array(2 * AGES),
        add(state, record) {
          if (record.kind !== 0 || !within(dayOf(record), start, end)) return state;
          const outcome = outcomeOf(record);
          if (outcome < 0) return state;
          const slot = outcome * AGES + record.ageGroup;
          state[slot] = (state[slot] as number) + 1;
          return state;
        },
        merge(a, b) {
          for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
          return a;
        },
        result(state) {
          const cells = [0, 1].map((row) => Array.from(state.subarray(row * AGES, (row + 1) * AGES)));
          const totals = totalsOf(cells, AGES);
          const positive = totals.rowTotals[0] as number;
          return {
            table: {
              id,
              title: titled(`${words} decisions by outcome and age at exploitation`, period),
              rowHeading: 'Outcome',
              columnHeading: 'Age at exploitation',
              rows: [
                { key: 'positive', label: 'Positive' },
                { key: 'negative', label: 'Negative' },
              ],
              columns: AGE_GROUPS.map((key) => ({ key, label: AGE_GROUP_LABELS[key] })),
              rowsAddUp: true,
              columnsAddUp: true,
              cells,
              ...totals,
            },
            decisions: totals.grandTotal,
            positive,
            positiveShare: percent(positive, totals.grandTotal),
          };
        },
      };
    },
    headline: (result) => result.positiveShare,
    disclosureCounts: (result) => [result.positive, result.decisions - result.positive],
  };
}

export const reasonableGroundsDecisions = decisionMetric('reasonable-grounds');
export const conclusiveGroundsDecisions = decisionMetric('conclusive-grounds');
