import type { PublishedTable, Report } from '@antislavery/metrics';

/**
 * Every table a report publishes, in the order the renderings show them: the trend, the age
 * breakdown, the NRM and Duty to Notify breakdowns, decisions, timeliness, outcomes and
 * prevalence.
 *
 * @example
 * ```ts
 * import { buildReport } from '@antislavery/metrics';
 * import { publishedTables } from './published-tables.js';
 *
 * publishedTables(buildReport([], { period: '2025-Q1' }))[0]?.id;
 * //=> 'referrals.trend'
 * ```
 */
export function publishedTables(report: Report): PublishedTable[] {
  return [
    report.headline.trend,
    report.breakdowns.byAgeGroup,
    ...report.breakdowns.nrm,
    ...report.breakdowns.dtn,
    report.decisions.reasonableGrounds.table,
    report.decisions.conclusiveGrounds.table,
    report.timeliness.reasonableGrounds.bands,
    report.timeliness.conclusiveGrounds.bands,
    report.outcomes.table,
    report.prevalence.table,
  ];
}

/**
 * How much disclosure control held back: the threshold, and the cells and totals suppressed in
 * all the report's tables, by reason.
 *
 * @example
 * ```ts
 * import type { SuppressionSummary } from './published-tables.js';
 *
 * const summary: SuppressionSummary = { threshold: 5, tables: 21, primary: 40, secondary: 61 };
 * ```
 */
export type SuppressionSummary = {
  /** Counts from 1 to `threshold - 1` are suppressed. */
  readonly threshold: number;
  /** How many tables the report publishes. */
  readonly tables: number;
  /** Cells and totals suppressed because they are small. */
  readonly primary: number;
  /** Cells and totals suppressed so that a small one cannot be worked out from the rest. */
  readonly secondary: number;
};

/**
 * Counts what disclosure control suppressed across the report's tables.
 *
 * @example
 * ```ts
 * import { buildReport } from '@antislavery/metrics';
 * import { summariseSuppression } from './published-tables.js';
 *
 * summariseSuppression(buildReport([], { period: '2025-Q1' }));
 * //=> { threshold: 5, tables: 21, primary: 0, secondary: 0 }
 * ```
 */
export function summariseSuppression(report: Report): SuppressionSummary {
  const tables = publishedTables(report);
  return {
    threshold: report.suppression.threshold,
    tables: tables.length,
    primary: tables.reduce((sum, table) => sum + table.suppressed.primary, 0),
    secondary: tables.reduce((sum, table) => sum + table.suppressed.secondary, 0),
  };
}
