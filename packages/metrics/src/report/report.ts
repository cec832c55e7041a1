import type { Division } from '@antislavery/model';
import type { SupportStatus } from '@antislavery/referrals';
import type { Change } from '../change.js';
import type { MeasureEvaluation } from '../measures/evaluate-measure.js';
import type { CheckpointDays } from '../metrics/metric-definition.js';
import type { CalendarPeriod } from '../periods/calendar-period.js';
import type { PublishedTable, TableCell } from '../tables/count-table.js';

/**
 * A headline count of a report: NRM referrals, Duty to Notify reports, or both, for the period,
 * the period before and the same period a year before, with the changes where both figures are
 * published.
 *
 * @example
 * ```ts
 * import type { HeadlineCount } from '@antislavery/metrics';
 *
 * const shown = (count: HeadlineCount) => (count.current.suppressed ? '[c]' : String(count.current.value));
 * ```
 */
export type HeadlineCount = {
  /** `nrm`, `dtn` or `all`. */
  readonly key: 'nrm' | 'dtn' | 'all';
  /** What is counted, for example `NRM referrals`. */
  readonly label: string;
  /** The count for the period. */
  readonly current: TableCell;
  /** The count for the period before. */
  readonly previous: TableCell;
  /** The count for the same period a year before. */
  readonly yearBefore: TableCell;
  /** The change from the period before, or `undefined` when either count is suppressed. */
  readonly changeOnPrevious: Change | undefined;
  /** The change from a year before, or `undefined` when either count is suppressed. */
  readonly changeOnYearBefore: Change | undefined;
};

/**
 * Decisions of one stage in a report: the published table by outcome and age, and the positive
 * share where it can be published.
 *
 * @example
 * ```ts
 * import type { ReportDecisions } from '@antislavery/metrics';
 *
 * const share = (decisions: ReportDecisions) => decisions.positiveShare?.toFixed(1) ?? 'not available';
 * ```
 */
export type ReportDecisions = {
  /** Decisions by outcome and age at exploitation. */
  readonly table: PublishedTable;
  /** Positive decisions as a percentage of all, or `undefined` when there were none or a count behind it is suppressed. */
  readonly positiveShare: number | undefined;
};

/**
 * How long decisions of one stage took, as a report publishes it. The median and 90th percentile
 * are left out when the number of decisions is suppressed.
 *
 * @example
 * ```ts
 * import type { ReportDuration } from '@antislavery/metrics';
 *
 * const median = (duration: ReportDuration) => duration.median ?? 'not available';
 * ```
 */
export type ReportDuration = {
  /** Decisions measured. */
  readonly decisions: TableCell;
  /** Decisions made in the period that could not be measured (dates missing or out of order). */
  readonly excluded: TableCell;
  /** The median time taken (nearest rank), or `undefined`. */
  readonly median: number | undefined;
  /** The 90th percentile (nearest rank), or `undefined`. */
  readonly percentile90: number | undefined;
  /** Decisions by band of time taken. */
  readonly bands: PublishedTable;
};

/**
 * Reasonable grounds timeliness in a report: the duration figures, and how many decisions met the
 * target.
 *
 * @example
 * ```ts
 * import type { ReportTimeliness } from '@antislavery/metrics';
 *
 * const target = (timeliness: ReportTimeliness) => `${timeliness.targetWorkingDays} working days`;
 * ```
 */
export type ReportTimeliness = ReportDuration & {
  /** The target in working days. */
  readonly targetWorkingDays: number;
  /** Decisions within the target. */
  readonly withinTarget: TableCell;
  /** Decisions within the target as a percentage, or `undefined` when a count behind it is suppressed. */
  readonly withinTargetShare: number | undefined;
  /** Whose bank holidays were counted. */
  readonly division: Division | 'by-jurisdiction';
};

/**
 * One support checkpoint in a report: the people who reached it in the period, and the share with
 * each status where every count of the checkpoint is published.
 *
 * @example
 * ```ts
 * import type { ReportCheckpoint } from '@antislavery/metrics';
 *
 * const lost = (checkpoint: ReportCheckpoint) => checkpoint.shares?.['lost-contact'];
 * ```
 */
export type ReportCheckpoint = {
  /** Days after the referral. */
  readonly days: CheckpointDays;
  /** The people who reached the checkpoint in the period. */
  readonly cohort: TableCell;
  /** Each status as a percentage of those with a status recorded, or `undefined`. */
  readonly shares: Readonly<Record<SupportStatus, number | undefined>> | undefined;
  /** Still in support or moved on from support, as a percentage of those recorded, or `undefined`. */
  readonly supportedOrMovedOnShare: number | undefined;
};

/**
 * One area in a report's hot spots: its count, population, and rate and rank where the count is
 * published. Ranks are among the areas whose counts are published.
 *
 * @example
 * ```ts
 * import type { ReportArea } from '@antislavery/metrics';
 *
 * const rate = (area: ReportArea) => area.ratePer100000?.toFixed(1) ?? '[c]';
 * ```
 */
export type ReportArea = {
  /** The local authority area. */
  readonly area: string;
  /** NRM referrals and Duty to Notify reports in the period. */
  readonly count: TableCell;
  /** The population given, if any. */
  readonly population: number | undefined;
  /** The rate per 100,000 people, or `undefined`. */
  readonly ratePer100000: number | undefined;
  /** The rank by rate (1 is the highest), or `undefined`. */
  readonly rank: number | undefined;
};

/**
 * A report: every figure of the package for one period, with disclosure control applied to every
 * table. {@link buildReport} makes one; {@link renderMarkdown}, {@link renderCsv},
 * {@link renderJson} and {@link renderHtml} publish it.
 *
 * @example
 * ```ts
 * import { buildReport, type Report } from '@antislavery/metrics';
 *
 * const report: Report = buildReport([], { period: '2025-Q1' });
 * report.headline.counts.map((count) => count.label);
 * //=> ['NRM referrals', 'Duty to Notify reports', 'NRM referrals and Duty to Notify reports']
 * ```
 */
export type Report = {
  /** The title. */
  readonly title: string;
  /** The area the report covers, if given. */
  readonly area: string | undefined;
  /** The period. */
  readonly period: CalendarPeriod;
  /** The period before. */
  readonly previousPeriod: CalendarPeriod;
  /** The same period a year before. */
  readonly yearBeforePeriod: CalendarPeriod;
  /** How many records were read, and how many of them had a referral date that is not a real date (and so count nowhere). */
  readonly records: { readonly read: number; readonly unreadableDate: number };
  /** The disclosure control applied. */
  readonly suppression: { readonly threshold: number; readonly suppressZero: boolean };
  /** Headline counts, and the trend over recent periods. */
  readonly headline: { readonly counts: readonly HeadlineCount[]; readonly trend: PublishedTable };
  /** Breakdowns as the national statistics publish them. */
  readonly breakdowns: {
    /** Records by age at exploitation and kind. */
    readonly byAgeGroup: PublishedTable;
    /** NRM referrals by gender, nationality, exploitation type, location, first responder and competent authority. */
    readonly nrm: readonly PublishedTable[];
    /** Duty to Notify reports by the same, except competent authority. */
    readonly dtn: readonly PublishedTable[];
  };
  /** Reasonable and conclusive grounds decisions made in the period. */
  readonly decisions: {
    readonly reasonableGrounds: ReportDecisions;
    readonly conclusiveGrounds: ReportDecisions;
  };
  /** How long decisions took. */
  readonly timeliness: {
    readonly reasonableGrounds: ReportTimeliness;
    readonly conclusiveGrounds: ReportDuration;
  };
  /** Support status at the checkpoints reached in the period. */
  readonly outcomes: { readonly table: PublishedTable; readonly checkpoints: readonly ReportCheckpoint[] };
  /** Counts and rates by area, ranked. */
  readonly prevalence: {
    readonly table: PublishedTable;
    readonly areas: readonly ReportArea[];
    readonly overallRatePer100000: number | undefined;
  };
  /** The partnership's measures, evaluated. */
  readonly measures: readonly MeasureEvaluation[];
  /** Notes on the data, in plain English. */
  readonly notes: readonly string[];
};
