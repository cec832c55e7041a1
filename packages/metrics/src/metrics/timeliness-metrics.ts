import { DIVISIONS, type Division, metricId } from '@antislavery/model';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { CalendarPeriod } from '../periods/calendar-period.js';
import { histogramPercentile } from '../statistics/nearest-rank-percentile.js';
import type { CountTable } from '../tables/count-table.js';
import { addInto, grow, percent, titled, windowOf, within } from './calculator-kit.js';
import type { ComputedMetric } from './metric-definition.js';
import { workingDayCounter } from './working-day-counter.js';

/**
 * The reasonable grounds decision target in working days after the referral: 5 working days after
 * the referral, where possible, as the official NRM form and the Home Office's guidance on the
 * devolved child decision-making pilot state it.
 *
 * @example
 * ```ts
 * import { RG_TARGET_WORKING_DAYS } from '@antislavery/metrics';
 *
 * RG_TARGET_WORKING_DAYS;
 * //=> 5
 * ```
 */
export const RG_TARGET_WORKING_DAYS = 5;

/**
 * How long decisions took: the number of decisions measured, the median and 90th percentile (by
 * the nearest-rank method of {@link nearestRankPercentile}), and the decisions by band of time
 * taken.
 *
 * @example
 * ```ts
 * import type { DurationResult } from '@antislavery/metrics';
 *
 * const describe = (result: DurationResult) => `median ${result.median ?? 'n/a'}`;
 * ```
 */
export type DurationResult = {
  /** The period the decisions were made in. */
  readonly period: CalendarPeriod;
  /** Decisions measured. */
  readonly decisions: number;
  /**
   * Decisions made in the period that could not be measured: the earlier date is missing or not
   * a real date, or is after the decision, or (for working days) the jurisdiction is unknown.
   */
  readonly excluded: number;
  /** The median time taken, or `undefined` with no decisions. */
  readonly median: number | undefined;
  /** The 90th percentile of the time taken, or `undefined` with no decisions. */
  readonly percentile90: number | undefined;
  /** Decisions by band of time taken. */
  readonly bands: CountTable;
};

/**
 * How long reasonable grounds decisions took in working days, and how many met the target.
 *
 * @example
 * ```ts
 * import type { TimelinessResult } from '@antislavery/metrics';
 *
 * const met = (result: TimelinessResult) => `${result.withinTarget} of ${result.decisions} within target`;
 * ```
 */
export type TimelinessResult = DurationResult & {
  /** The target in working days. */
  readonly targetWorkingDays: number;
  /** Decisions made within the target: `workingDaysBetween(referral, decision) <= target`. */
  readonly withinTarget: number;
  /** Decisions within the target as a percentage of decisions measured, or `undefined` with none. */
  readonly withinTargetShare: number | undefined;
  /** Whose bank holidays were counted: each record's jurisdiction, or one division for all. */
  readonly division: Division | 'by-jurisdiction';
};

type HistogramState = { bins: Float64Array; excluded: number };

const histogram = {
  init: (): HistogramState => ({ bins: new Float64Array(64), excluded: 0 }),
  put(state: HistogramState, value: number) {
    if (value >= state.bins.length) state.bins = grow(state.bins, Math.max(value + 1, state.bins.length * 2));
    state.bins[value] = (state.bins[value] as number) + 1;
  },
  merge(a: HistogramState, b: HistogramState): HistogramState {
    a.bins = addInto(a.bins, b.bins);
    a.excluded += b.excluded;
    return a;
  },
};

/** Bands as inclusive `[from, to]` ranges (`to` Infinity for the last). */
function bandTable(
  id: string,
  title: string,
  unit: string,
  edges: readonly (readonly [number, number])[],
  bins: Float64Array,
): CountTable {
  const counts = edges.map(([from, to]) => {
    let sum = 0;
    for (let v = from; v <= Math.min(to, bins.length - 1); v++) sum += bins[v] as number;
    return [sum];
  });
  const label = ([from, to]: readonly [number, number]) =>
    to === Number.POSITIVE_INFINITY
      ? `${from} ${unit} or more`
      : from === to
        ? `${from} ${unit}`
        : `${from} to ${to} ${unit}`;
  return {
    id,
    title,
    rowHeading: `Time taken (${unit})`,
    columnHeading: 'Decisions',
    rows: edges.map((edge) => ({
      key: `${edge[0]}-${edge[1] === Number.POSITIVE_INFINITY ? 'more' : edge[1]}`,
      label: label(edge),
    })),
    columns: [{ key: 'decisions', label: 'Decisions' }],
    rowsAddUp: true,
    columnsAddUp: true,
    cells: counts,
    columnTotals: [counts.reduce((sum, [count]) => sum + (count as number), 0)],
  };
}

function total(bins: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += bins[i] as number;
  return sum;
}

const RG_ID = 'timeliness.reasonable-grounds.working-days';

export const reasonableGroundsTimeliness: ComputedMetric<HistogramState, TimelinessResult> = {
  id: metricId(RG_ID),
  title: 'Reasonable grounds decisions: working days taken',
  description:
    "For reasonable grounds decisions on NRM referrals made in the period (by decision date): the working days from the referral to the decision, counted as `workingDaysBetween` of `@antislavery/model` counts them (the referral day is day 0; a decision on the 5th working day after it took 5). Gives the median and 90th percentile by the nearest-rank method (the median of an even number of decisions is the lower middle value), and the share decided within the target of 5 working days after the referral, where possible, as the official NRM form and Home Office guidance state it. Working days skip weekends and the bank holidays of the division of each record's jurisdiction unless `division` names one for all; which nation's holidays count is not settled by any source. Beyond the calendar's years (2015 to 2027 built in) no bank holidays are known.",
  source: 'computed',
  unit: 'percent',
  headlineDescription: 'Decisions made within the target as a percentage of decisions measured.',
  fields: ['kind', 'referralDate', 'rgDecisionDate', 'jurisdiction'],
  parameters: ['division', 'calendar', 'rgTargetWorkingDays'],
  calculator(params) {
    const { start, end, period } = windowOf(params, RG_ID);
    const target = params.rgTargetWorkingDays ?? RG_TARGET_WORKING_DAYS;
    if (!Number.isInteger(target) || target < 1) {
      throw new InvalidMetricsArgumentError(
        `${RG_ID}: calculator(params.rgTargetWorkingDays)`,
        'a whole number of 1 or more',
      );
    }
    const division = params.division ?? 'by-jurisdiction';
    const fixed = division === 'by-jurisdiction' ? -1 : DIVISIONS.indexOf(division);
    if (division !== 'by-jurisdiction' && fixed < 0) {
      throw new InvalidMetricsArgumentError(
        `${RG_ID}: calculator(params.division)`,
        'by-jurisdiction, england-and-wales, scotland or northern-ireland',
      );
    }
    const count = workingDayCounter(params.calendar);
    const edges: [number, number][] = [
      [0, target],
      [target + 1, target * 2],
      [target * 2 + 1, target * 4],
      [target * 4 + 1, target * 8],
      [target * 8 + 1, target * 16],
      [target * 16 + 1, Number.POSITIVE_INFINITY],
    ];
    return {
      init: histogram.init,
      add(state, record) {
        if (record.kind !== 0 || !within(record.rgDay, start, end)) return state;
        const divisionIndex = fixed >= 0 ? fixed : record.division;
        if (!(record.referralDay <= record.rgDay) || divisionIndex < 0) {
          state.excluded++;
          return state;
        }
        histogram.put(state, count(record.referralDay, record.rgDay, divisionIndex));
        return state;
      },
      merge: histogram.merge,
      result(state) {
        const decisions = total(state.bins);
        let withinTarget = 0;
        for (let v = 0; v <= Math.min(target, state.bins.length - 1); v++)
          withinTarget += state.bins[v] as number;
        return {
          period,
          decisions,
          excluded: state.excluded,
          median: histogramPercentile(state.bins, decisions, 50),
          percentile90: histogramPercentile(state.bins, decisions, 90),
          bands: bandTable(
            RG_ID,
            titled('Reasonable grounds decisions by working days from referral', period),
            'working days',
            edges,
            state.bins,
          ),
          targetWorkingDays: target,
          withinTarget,
          withinTargetShare: percent(withinTarget, decisions),
          division,
        };
      },
    };
  },
  headline: (result) => result.withinTargetShare,
  disclosureCounts: (result) => [result.withinTarget, result.decisions - result.withinTarget],
};

const CG_ID = 'timeliness.conclusive-grounds.days';
const CG_EDGES: readonly (readonly [number, number])[] = [
  [0, 30],
  [31, 90],
  [91, 180],
  [181, 365],
  [366, 730],
  [731, Number.POSITIVE_INFINITY],
];

export const conclusiveGroundsTimeliness: ComputedMetric<HistogramState, DurationResult> = {
  id: metricId(CG_ID),
  title: 'Conclusive grounds decisions: days from reasonable grounds',
  description:
    'For conclusive grounds decisions on NRM referrals made in the period (by decision date): the calendar days from the reasonable grounds decision to the conclusive grounds decision, with the median and 90th percentile by the nearest-rank method and the decisions by band. There is no target time; the guidance sets a minimum (no earlier than 30 calendar days after the reasonable grounds decision, 45 before 30 January 2023).',
  source: 'computed',
  unit: 'days',
  headlineDescription:
    'The median number of calendar days from the reasonable grounds to the conclusive grounds decision.',
  fields: ['kind', 'rgDecisionDate', 'cgDecisionDate'],
  parameters: [],
  calculator(params) {
    const { start, end, period } = windowOf(params, CG_ID);
    return {
      init: histogram.init,
      add(state, record) {
        if (record.kind !== 0 || !within(record.cgDay, start, end)) return state;
        if (!(record.rgDay <= record.cgDay)) {
          state.excluded++;
          return state;
        }
        histogram.put(state, record.cgDay - record.rgDay);
        return state;
      },
      merge: histogram.merge,
      result(state) {
        const decisions = total(state.bins);
        return {
          period,
          decisions,
          excluded: state.excluded,
          median: histogramPercentile(state.bins, decisions, 50),
          percentile90: histogramPercentile(state.bins, decisions, 90),
          bands: bandTable(
            CG_ID,
            titled('Conclusive grounds decisions by days from the reasonable grounds decision', period),
            'days',
            CG_EDGES,
            state.bins,
          ),
        };
      },
    };
  },
  headline: (result) => result.median,
  disclosureCounts: (result) => [result.decisions],
};
