/**
 * Outcome metrics for modern slavery partnerships: NRM and Duty to Notify counts and changes,
 * breakdowns as the national statistics publish them, decision timeliness in UK working days,
 * outcomes at 45 days and beyond, prevalence by area, pledge and strategy measures, disclosure
 * control, and reports in Markdown, CSV, JSON and HTML. Synthetic case records for demos, tests and
 * benchmarks are in `@antislavery/metrics/synthetic`.
 *
 * @packageDocumentation
 */

// Programmer errors

export { InvalidMetricsArgumentError } from './errors.js';

// Periods: months, calendar quarters, calendar and financial years, custom ranges

export {
  type CalendarPeriod,
  customPeriod,
  describePeriod,
  formatPeriod,
  PERIOD_KINDS,
  type PeriodKind,
  periodContaining,
} from './periods/calendar-period.js';
export { PERIOD_ISSUES, type PeriodIssueCode, parsePeriod } from './periods/parse-period.js';
export {
  latestWholePeriod,
  periodsEndingWith,
  previousPeriod,
  samePeriodYearBefore,
} from './periods/period-shifts.js';

// Figures: change between periods, percentiles

export { type Change, changeBetween } from './change.js';
export { nearestRankPercentile } from './statistics/nearest-rank-percentile.js';

// Records as metrics read them: dates as day numbers, categories as positions

export { type PreparedRecord, type PrepareOptions, prepareRecord } from './records/prepare-record.js';

// Metrics: the registry, calculators, and the results of each kind of metric

export type { CountResult } from './metrics/count-metrics.js';
export type { DecisionsResult } from './metrics/decision-metrics.js';
export {
  type Calculator,
  type CaseRecordFieldName,
  type CheckpointDays,
  type ComputedMetric,
  type EnteredMetric,
  METRIC_UNIT_LABELS,
  METRIC_UNITS,
  type MetricDefinition,
  type MetricParamName,
  type MetricParams,
  type MetricUnit,
} from './metrics/metric-definition.js';
export {
  type CheckpointOutcome,
  type OutcomesResult,
  SUPPORT_STATUS_LABELS,
} from './metrics/outcome-metrics.js';
export type { AreaFigures, PrevalenceResult } from './metrics/prevalence-metrics.js';
export { findMetric, type KnownMetricId, METRIC_IDS, METRICS } from './metrics/registry.js';
export { runMetric, runMetricAsync } from './metrics/run-metric.js';
export {
  type DurationResult,
  RG_TARGET_WORKING_DAYS,
  type TimelinessResult,
} from './metrics/timeliness-metrics.js';

// Tables and disclosure control

export {
  type CellKeys,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type SuppressionLedger,
  type SuppressionOptions,
  suppressTable,
  type TableLinks,
} from './suppression/suppress-table.js';
export {
  type CountTable,
  type PublishedTable,
  SUPPRESSION_REASONS,
  type SuppressionReason,
  type TableCell,
  type TableHeading,
  type TableLayout,
} from './tables/count-table.js';

// Pledge and strategy measures, and figures the partnership enters itself

export { type EnteredFigure, enteredFigureSchema, parseEnteredFigures } from './measures/entered-figures.js';
export {
  type EvaluateMeasureOptions,
  evaluateMeasure,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  type MeasureEvaluation,
  type MeasureFigures,
  type MeasureStatus,
} from './measures/evaluate-measure.js';

// Reports: building one, and publishing it as Markdown, CSV, JSON or HTML

export { renderCsv } from './render/render-csv.js';
export { renderHtml } from './render/render-html.js';
export { renderJson } from './render/render-json.js';
export { renderMarkdown } from './render/render-markdown.js';
export {
  type BuildReportOptions,
  buildReport,
  type ReportCalculator,
  type ReportState,
  reportCalculator,
} from './report/build-report.js';
export type {
  HeadlineCount,
  Report,
  ReportArea,
  ReportCheckpoint,
  ReportDecisions,
  ReportDuration,
  ReportTimeliness,
} from './report/report.js';
