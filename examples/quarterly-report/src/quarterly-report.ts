import {
  buildReport,
  type Report,
  renderCsv,
  renderHtml,
  renderMarkdown,
  type SuppressionOptions,
} from '@antislavery/metrics';
import type { IsoDate, Partnership, Pledge, Strategy } from '@antislavery/model';
import type { CaseRecord } from '@antislavery/referrals';

/**
 * A calendar quarter's label, such as `2025-Q1` (January to March 2025), as `parsePeriod` of
 * `@antislavery/metrics` reads it.
 *
 * @example
 * ```ts
 * import type { QuarterLabel } from './quarterly-report.js';
 *
 * const quarter: QuarterLabel = '2025-Q1';
 * ```
 */
export type QuarterLabel = `${number}-Q${1 | 2 | 3 | 4}`;

/**
 * What the quarterly report covers and how it is published: the quarter, the partnership whose
 * area names it and whose measures it evaluates, disclosure control, and the date the records
 * were extracted.
 *
 * @example
 * ```ts
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 * import type { QuarterlyReportOptions } from './quarterly-report.js';
 *
 * const options: QuarterlyReportOptions = {
 *   quarter: '2025-Q1',
 *   partnership: derbyAndDerbyshirePartnership,
 *   suppression: { threshold: 10 },
 * };
 * ```
 */
export type QuarterlyReportOptions = {
  /** The quarter. */
  readonly quarter: QuarterLabel;
  /** The partnership, pledge or strategy; none unless given. */
  readonly partnership?: Partnership | Pledge | Strategy;
  /** Disclosure control: counts from 1 to 4 are suppressed unless given. */
  readonly suppression?: SuppressionOptions;
  /** The date the records were extracted: support checkpoints after it are not yet due. */
  readonly asOf?: IsoDate;
};

/**
 * A quarterly report and its three publications: one self-contained HTML page with charts,
 * Markdown, and CSV with one figure a line.
 *
 * @example
 * ```ts
 * import type { QuarterlyReport } from './quarterly-report.js';
 *
 * const title = (quarterly: QuarterlyReport) => quarterly.report.title;
 * ```
 */
export type QuarterlyReport = {
  /** The report, with disclosure control applied to every table. */
  readonly report: Report;
  /** The HTML page. */
  readonly html: string;
  /** The Markdown. */
  readonly markdown: string;
  /** The CSV. */
  readonly csv: string;
};

/**
 * Builds the quarterly report over case records with `buildReport` (one pass over the records)
 * and renders it as HTML, Markdown and CSV. The report compares each headline count with the
 * quarter before and the same quarter a year before, from the same records.
 *
 * @param records - valid case records (see `validateCaseRecord` of `@antislavery/referrals`),
 *   including those of the earlier quarters to compare with
 * @param options - the quarter, partnership, suppression and extract date
 * @throws `InvalidMetricsArgumentError` of `@antislavery/metrics` if `options.quarter` is not a
 *   quarter `parsePeriod` can read, or the suppression threshold is not a whole number of 1 or more
 *
 * @example
 * ```ts
 * import { generateCaseRecords } from '@antislavery/metrics/synthetic';
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 * import { quarterlyReport } from './quarterly-report.js';
 *
 * const records = generateCaseRecords({ seed: 1, count: 400, from: '2024-01-01', to: '2025-03-31' });
 * const quarterly = quarterlyReport(records, { quarter: '2025-Q1', partnership: derbyAndDerbyshirePartnership });
 * quarterly.report.title;
 * //=> 'Derby & Derbyshire: NRM referrals and Duty to Notify reports, January to March 2025'
 * quarterly.csv.split('\r\n')[0];
 * //=> 'section,table,row,column,value,note'
 * ```
 */
export function quarterlyReport(
  records: Iterable<CaseRecord>,
  options: QuarterlyReportOptions,
): QuarterlyReport {
  const report = buildReport(records, {
    period: options.quarter,
    ...(options.partnership === undefined ? {} : { partnership: options.partnership }),
    ...(options.suppression === undefined ? {} : { suppression: options.suppression }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  return { report, html: renderHtml(report), markdown: renderMarkdown(report), csv: renderCsv(report) };
}
