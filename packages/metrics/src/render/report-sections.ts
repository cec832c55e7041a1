// Internal: a report as the renderers walk it: sections in order, each with its summary lines and
// its tables. Every renderer publishes the same figures in the same order.
import { describePeriod } from '../periods/calendar-period.js';
import type { Report } from '../report/report.js';
import type { PublishedTable } from '../tables/count-table.js';
import {
  formatCell,
  formatChange,
  formatCount,
  formatPercent,
  orNotAvailable,
  SUPPRESSED_MARK,
} from './format.js';

export type Section = {
  readonly id: string;
  readonly heading: string;
  readonly summary: readonly string[];
  readonly tables: readonly PublishedTable[];
};

export function sectionsOf(report: Report): Section[] {
  const p = describePeriod(report.period);
  const previous = describePeriod(report.previousPeriod);
  const yearBefore = describePeriod(report.yearBeforePeriod);
  const rg = report.timeliness.reasonableGrounds;
  const cg = report.timeliness.conclusiveGrounds;
  const share = (value: number | undefined) => orNotAvailable(value, formatPercent);
  return [
    {
      id: 'headline',
      heading: 'Referrals and notifications',
      summary: report.headline.counts.map(
        (count) =>
          `${count.label}: ${formatCell(count.current)} in ${p}; ${formatChange(count.changeOnPrevious)} on ${previous}; ${formatChange(count.changeOnYearBefore)} on ${yearBefore}.`,
      ),
      tables: [report.headline.trend, report.breakdowns.byAgeGroup],
    },
    {
      id: 'nrm-breakdowns',
      heading: 'NRM referrals',
      summary: [],
      tables: report.breakdowns.nrm,
    },
    {
      id: 'dtn-breakdowns',
      heading: 'Duty to Notify reports',
      summary: [],
      tables: report.breakdowns.dtn,
    },
    {
      id: 'decisions',
      heading: 'Decisions',
      summary: [
        `Reasonable grounds decisions: ${formatCell(report.decisions.reasonableGrounds.table.grandTotal)}, of which ${share(report.decisions.reasonableGrounds.positiveShare)} positive.`,
        `Conclusive grounds decisions: ${formatCell(report.decisions.conclusiveGrounds.table.grandTotal)}, of which ${share(report.decisions.conclusiveGrounds.positiveShare)} positive.`,
      ],
      tables: [report.decisions.reasonableGrounds.table, report.decisions.conclusiveGrounds.table],
    },
    {
      id: 'timeliness',
      heading: 'Timeliness',
      summary: [
        `Reasonable grounds decisions measured: ${formatCell(rg.decisions)}. Median ${orNotAvailable(rg.median)} working days; 90th percentile ${orNotAvailable(rg.percentile90)} working days; ${share(rg.withinTargetShare)} within the target of ${rg.targetWorkingDays} working days.`,
        `Conclusive grounds decisions measured: ${formatCell(cg.decisions)}. Median ${orNotAvailable(cg.median)} days from the reasonable grounds decision; 90th percentile ${orNotAvailable(cg.percentile90)} days.`,
        'Medians and percentiles are by the nearest-rank method: each is one of the values measured.',
      ],
      tables: [rg.bands, cg.bands],
    },
    {
      id: 'outcomes',
      heading: 'Outcomes after referral',
      summary: report.outcomes.checkpoints.map(
        (checkpoint) =>
          `At ${checkpoint.days} days: ${formatCell(checkpoint.cohort)} people reached the checkpoint; ${share(checkpoint.supportedOrMovedOnShare)} still in support or moved on from support.`,
      ),
      tables: [report.outcomes.table],
    },
    {
      id: 'prevalence',
      heading: 'Prevalence and hot spots',
      summary: [
        `Rate across the areas with a population given: ${orNotAvailable(report.prevalence.overallRatePer100000)} per 100,000 people.`,
        ...report.prevalence.areas
          .filter((area) => area.rank !== undefined)
          .slice(0, 5)
          .map(
            (area) =>
              `${area.rank}. ${area.area}: ${orNotAvailable(area.ratePer100000)} per 100,000 (${formatCell(area.count)}).`,
          ),
      ],
      tables: [report.prevalence.table],
    },
  ];
}

/** The measures as rows of text, for tables. */
export const MEASURE_COLUMNS = [
  'Measure',
  'Metric',
  'Period',
  'Figure',
  'Baseline',
  'Target',
  'Expected by now',
  'Change on the period before',
  'Status',
  'Why',
] as const;

export function measureRows(report: Report): string[][] {
  return report.measures.map((evaluation) => {
    const { measure } = evaluation;
    const unit = evaluation.unit === 'percent' ? formatPercent : orNotAvailableNumber;
    return [
      measure.description,
      measure.metricId,
      evaluation.period.label,
      evaluation.actual === undefined
        ? evaluation.suppressed
          ? SUPPRESSED_MARK
          : 'not available'
        : unit(evaluation.actual),
      measure.baseline === undefined
        ? ''
        : `${unit(measure.baseline.value)} (${measure.baseline.period.from}${measure.baseline.period.to === measure.baseline.period.from ? '' : ` to ${measure.baseline.period.to}`})`,
      measure.target === undefined
        ? ''
        : `${unit(measure.target.value)} (${measure.target.period.from}${measure.target.period.to === measure.target.period.from ? '' : ` to ${measure.target.period.to}`})`,
      evaluation.expected === undefined ? '' : unit(evaluation.expected),
      formatChange(evaluation.changeOnPrevious),
      { 'on-track': 'On track', 'off-track': 'Off track', 'no-data': 'No data' }[evaluation.status],
      evaluation.reason,
    ];
  });
}

const orNotAvailableNumber = (value: number) => orNotAvailable(value);

/** The paragraph on disclosure control every rendering carries. */
export function suppressionNote(report: Report): string {
  const { threshold, suppressZero } = report.suppression;
  if (threshold <= 1 && !suppressZero) return 'No figures are suppressed in this report.';
  const range = threshold <= 2 ? 'of 1' : `from 1 to ${formatCount(threshold - 1)}`;
  return `Counts ${range}${suppressZero ? ', and zeros,' : ''} are suppressed so that no one can be identified, and shown as ${SUPPRESSED_MARK}. Where a suppressed count could be worked out from the totals, further counts are suppressed too (secondary suppression). A suppressed count is never shown as zero.`;
}

/** Notes on the period and the data. */
export function reportNotes(report: Report): string[] {
  return [
    `Period: ${describePeriod(report.period)} (${report.period.label}). Records read: ${formatCount(report.records.read)}.`,
    suppressionNote(report),
    ...report.notes,
  ];
}
