import {
  AGE_GROUPS,
  allMeasures,
  type Measure,
  type Partnership,
  type Pledge,
  type Strategy,
} from '@antislavery/model';
import { type CaseRecord, SUPPORT_STATUSES, type SupportStatus } from '@antislavery/referrals';
import { changeBetween } from '../change.js';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { EnteredFigure } from '../measures/entered-figures.js';
import { evaluateMeasure, type MeasureEvaluation } from '../measures/evaluate-measure.js';
import type { CountResult } from '../metrics/count-metrics.js';
import type { DecisionsResult } from '../metrics/decision-metrics.js';
import type { Calculator, ComputedMetric, MetricParams } from '../metrics/metric-definition.js';
import type { OutcomesResult } from '../metrics/outcome-metrics.js';
import type { PrevalenceResult } from '../metrics/prevalence-metrics.js';
import { findMetric, type KnownMetricId, METRICS } from '../metrics/registry.js';
import type { DurationResult, TimelinessResult } from '../metrics/timeliness-metrics.js';
import { type CalendarPeriod, dayRange, describePeriod } from '../periods/calendar-period.js';
import { parsePeriod } from '../periods/parse-period.js';
import { latestWholePeriod, previousPeriod, samePeriodYearBefore } from '../periods/period-shifts.js';
import { emptyPreparedRecord, prepareInto } from '../records/prepare-record.js';
import {
  type CellKeys,
  type SuppressionLedger,
  type SuppressionOptions,
  suppressTable,
  thresholdOf,
} from '../suppression/suppress-table.js';
import type { CountTable, TableCell } from '../tables/count-table.js';
import type {
  HeadlineCount,
  Report,
  ReportArea,
  ReportCheckpoint,
  ReportDecisions,
  ReportDuration,
  ReportTimeliness,
} from './report.js';

/**
 * What a report covers and how: the period (a {@link CalendarPeriod} or a label such as
 * `2025-Q1`), the partnership or measures to evaluate, disclosure control, figures the partnership
 * enters itself, and the parameters the metrics read (see {@link MetricParams}).
 *
 * @example
 * ```ts
 * import type { BuildReportOptions } from '@antislavery/metrics';
 *
 * const options: BuildReportOptions = {
 *   period: '2025-Q1',
 *   area: 'Cheshire',
 *   populations: { 'Cheshire East Council': 410_000, 'Cheshire West and Chester Council': 360_000 },
 *   suppression: { threshold: 5 },
 * };
 * ```
 */
export type BuildReportOptions = Omit<MetricParams, 'period'> & {
  /** The period: a {@link CalendarPeriod} or a label {@link parsePeriod} reads. */
  readonly period: CalendarPeriod | string;
  /** The report's title; one is made from the area and period unless given. */
  readonly title?: string;
  /** The area the report covers; the partnership's area unless given. */
  readonly area?: string;
  /** A partnership, pledge or strategy whose outcomes' measures the report evaluates. */
  readonly partnership?: Partnership | Pledge | Strategy;
  /** More measures to evaluate, after the partnership's. */
  readonly measures?: readonly Measure[];
  /** Disclosure control; counts from 1 to 4 are suppressed unless given. */
  readonly suppression?: SuppressionOptions;
  /** Figures the partnership enters itself, for measures of entered metrics. */
  readonly enteredFigures?: readonly EnteredFigure[];
  /** How far a `maintain` measure may move and stay on track, as a fraction. 0.05 unless given. */
  readonly maintainTolerance?: number;
};

/**
 * The state of a report being built: records read, and each metric's state. Opaque: use it only
 * with the calculator that made it.
 *
 * @example
 * ```ts
 * import { type ReportState, reportCalculator } from '@antislavery/metrics';
 *
 * const calculator = reportCalculator({ period: '2025-Q1' });
 * const state: ReportState = calculator.init();
 * ```
 */
export type ReportState = {
  /** Records read. */
  read: number;
  /** Records whose referral date is not a real date. */
  unreadable: number;
  /** Each metric's state. */
  readonly states: unknown[];
};

/**
 * A report as a reducer: like a {@link Calculator}, but it adds case records as they are (each is
 * prepared once inside), not prepared records.
 *
 * @example
 * ```ts
 * import { type ReportCalculator, reportCalculator } from '@antislavery/metrics';
 *
 * const calculator: ReportCalculator = reportCalculator({ period: '2025' });
 * calculator.result(calculator.init()).records;
 * //=> { read: 0, unreadableDate: 0 }
 * ```
 */
export type ReportCalculator = {
  /** An empty state. */
  init(): ReportState;
  /** Adds one case record. */
  add(state: ReportState, record: CaseRecord): ReportState;
  /** Combines the states of two shards. */
  merge(a: ReportState, b: ReportState): ReportState;
  /** The report. */
  result(state: ReportState): Report;
};

type Job = {
  readonly metric: ComputedMetric;
  readonly period: CalendarPeriod;
  readonly calculator: Calculator<unknown, unknown>;
};

const key = (id: string, period: CalendarPeriod) => `${id}|${period.label}`;

function resolvePeriod(period: CalendarPeriod | string): CalendarPeriod {
  if (typeof period !== 'string') {
    // Checks a hand-built period (or something else given where one belongs), throwing the typed error.
    dayRange(period, 'buildReport(options.period)');
    return period;
  }
  const parsed = parsePeriod(period);
  if (!parsed.ok) {
    throw new InvalidMetricsArgumentError(
      'buildReport(options.period)',
      'a period from parsePeriod, or a label such as 2025-03, 2025-Q1, 2025 or FY2024-25',
    );
  }
  return parsed.value;
}

const KIND_LABELS = {
  nrm: 'NRM referrals',
  dtn: 'Duty to Notify reports',
  all: 'NRM referrals and Duty to Notify reports',
} as const;

// The breakdowns a report publishes, in order.
const NRM_BREAKDOWNS: readonly KnownMetricId[] = [
  'referrals.nrm.by-gender',
  'referrals.nrm.by-nationality',
  'referrals.nrm.by-exploitation-type',
  'referrals.nrm.by-exploitation-type-any-mention',
  'referrals.nrm.by-exploitation-location',
  'referrals.nrm.by-first-responder-type',
  'referrals.nrm.by-competent-authority',
];
const DTN_BREAKDOWNS: readonly KnownMetricId[] = [
  'referrals.dtn.by-gender',
  'referrals.dtn.by-nationality',
  'referrals.dtn.by-exploitation-type',
  'referrals.dtn.by-exploitation-type-any-mention',
  'referrals.dtn.by-exploitation-location',
  'referrals.dtn.by-first-responder-type',
];

/** Every metric a report computes for its period; measures may add others. */
const REPORT_METRICS: readonly KnownMetricId[] = [
  'referrals.by-age-group',
  'referrals.nrm.count',
  'referrals.dtn.count',
  ...NRM_BREAKDOWNS,
  ...DTN_BREAKDOWNS,
  'prevalence.by-area',
  'decisions.reasonable-grounds.by-outcome',
  'decisions.conclusive-grounds.by-outcome',
  'timeliness.reasonable-grounds.working-days',
  'timeliness.conclusive-grounds.days',
  'outcomes.victims.at-45-days-and-beyond',
];

/** Which headline count a count-type metric's figure is, for tying it to the published tables. */
const COUNT_KEY: Readonly<Partial<Record<KnownMetricId, 'nrm' | 'dtn' | 'all'>>> = {
  'referrals.nrm.count': 'nrm',
  'referrals.dtn.count': 'dtn',
  'referrals.nrm-and-dtn.count': 'all',
  'referrals.by-age-group': 'all',
};

function countKeyOf(id: string): 'nrm' | 'dtn' | 'all' | undefined {
  if (Object.hasOwn(COUNT_KEY, id)) return COUNT_KEY[id as KnownMetricId];
  if (id.startsWith('referrals.nrm.')) return 'nrm';
  if (id.startsWith('referrals.dtn.')) return 'dtn';
  return undefined;
}

/**
 * A report as a single-pass reducer (see {@link ReportCalculator}): add records one at a time, merge the
 * states of shards computed apart (for example in worker threads), then read the report.
 * {@link buildReport} uses it; use it directly to build a report from shards.
 *
 * @param options - See {@link BuildReportOptions}.
 * @throws {@link InvalidMetricsArgumentError} if the period, the suppression threshold or a metric
 *   parameter is not one the package can use.
 * @example
 * ```ts
 * import { reportCalculator } from '@antislavery/metrics';
 *
 * const calculator = reportCalculator({ period: '2025-Q1' });
 * const record = {
 *   reference: 'NRM-1',
 *   kind: 'nrm-referral',
 *   referralDate: '2025-02-03',
 *   ageGroupAtExploitation: 'adult',
 *   exploitationTypes: ['forced-to-work'],
 *   firstResponderType: 'police',
 *   jurisdiction: 'england',
 * } as const;
 * const shards = [[record, record], [record, record, record]].map((shard) =>
 *   shard.reduce(calculator.add, calculator.init()),
 * );
 * const report = calculator.result(shards.reduce(calculator.merge));
 * report.records.read;
 * //=> 5
 * ```
 */
export function reportCalculator(options: BuildReportOptions): ReportCalculator {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidMetricsArgumentError('buildReport(options)', 'an object with a period');
  }
  const period = resolvePeriod(options.period);
  const threshold = thresholdOf(options.suppression, 'buildReport(options.suppression.threshold)');
  const suppressZero = options.suppression?.suppressZero === true;
  const params: MetricParams = {
    period,
    ...(options.trendLength === undefined ? {} : { trendLength: options.trendLength }),
    ...(options.division === undefined ? {} : { division: options.division }),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.rgTargetWorkingDays === undefined
      ? {}
      : { rgTargetWorkingDays: options.rgTargetWorkingDays }),
    ...(options.checkpoints === undefined ? {} : { checkpoints: options.checkpoints }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.populations === undefined ? {} : { populations: options.populations }),
    ...(options.topNationalities === undefined ? {} : { topNationalities: options.topNationalities }),
    ...(options.otherAs === undefined ? {} : { otherAs: options.otherAs }),
  };
  const measures: Measure[] = [
    ...(options.partnership ? allMeasures(options.partnership) : []),
    ...(options.measures ?? []),
  ];

  const jobs: Job[] = [];
  const jobIndex = new Map<string, number>();
  const need = (metric: ComputedMetric, forPeriod: CalendarPeriod) => {
    const id = key(metric.id, forPeriod);
    if (jobIndex.has(id)) return;
    jobIndex.set(id, jobs.length);
    jobs.push({ metric, period: forPeriod, calculator: metric.calculator({ ...params, period: forPeriod }) });
  };
  for (const id of REPORT_METRICS) need(METRICS[id] as ComputedMetric, period);
  const measurePeriods = measures.map((measure) => {
    const evaluated =
      measure.reportingPeriod === undefined ? period : latestWholePeriod(measure.reportingPeriod, period.end);
    const before = previousPeriod(evaluated);
    const metric = findMetric(measure.metricId);
    if (metric?.source === 'computed') {
      need(metric, evaluated);
      need(metric, before);
    }
    return { evaluated, before };
  });
  const calculators = jobs.map((job) => job.calculator);
  const count = calculators.length;
  // One prepared record, refilled for each record: calculators never keep the record they add.
  const prepared = emptyPreparedRecord();

  return {
    init: () => ({ read: 0, unreadable: 0, states: calculators.map((calculator) => calculator.init()) }),
    add(state, record) {
      state.read++;
      prepareInto(prepared, record, params);
      if (Number.isNaN(prepared.referralDay)) state.unreadable++;
      const states = state.states;
      for (let i = 0; i < count; i++)
        states[i] = (calculators[i] as Calculator<unknown, unknown>).add(states[i], prepared);
      return state;
    },
    merge(a, b) {
      a.read += b.read;
      a.unreadable += b.unreadable;
      for (let i = 0; i < count; i++) {
        a.states[i] = (calculators[i] as Calculator<unknown, unknown>).merge(a.states[i], b.states[i]);
      }
      return a;
    },
    result(state) {
      const results = new Map<string, unknown>();
      jobs.forEach((job, i) => {
        results.set(key(job.metric.id, job.period), job.calculator.result(state.states[i]));
      });
      return assemble({
        options,
        period,
        threshold,
        suppressZero,
        results,
        state,
        measures,
        measurePeriods,
      });
    },
  };
}

type Assembly = {
  readonly options: BuildReportOptions;
  readonly period: CalendarPeriod;
  readonly threshold: number;
  readonly suppressZero: boolean;
  readonly results: ReadonlyMap<string, unknown>;
  readonly state: ReportState;
  readonly measures: readonly Measure[];
  readonly measurePeriods: readonly { readonly evaluated: CalendarPeriod; readonly before: CalendarPeriod }[];
};

function assemble(input: Assembly): Report {
  const { options, period, threshold, suppressZero, results } = input;
  const P = period.label;
  const resultOf = <S, R>(metric: ComputedMetric<S, R>, forPeriod: CalendarPeriod = period): R =>
    results.get(key(metric.id, forPeriod)) as R;
  const ledger: SuppressionLedger = new Map();
  const suppression = { threshold, suppressZero };
  const publish = (table: CountTable, keys: CellKeys = {}) =>
    suppressTable(table, suppression, { ledger, keys });
  const isSmall = (value: number) => (value > 0 || suppressZero) && value < threshold;
  const primaryOnly = (value: number): TableCell =>
    isSmall(value) ? { suppressed: true, reason: 'primary' } : { suppressed: false, value };
  const cellValue = (cell: TableCell | undefined) =>
    cell === undefined || cell.suppressed ? undefined : cell.value;
  const share = (part: TableCell | undefined, rest: TableCell | undefined) => {
    const a = cellValue(part);
    const b = cellValue(rest);
    return a === undefined || b === undefined || a + b === 0 ? undefined : (a / (a + b)) * 100;
  };
  const ageKeys = (kind: 'nrm' | 'dtn'): CellKeys => ({
    columnTotals: AGE_GROUPS.map((age) => `${kind}|${P}|age=${age}`),
    grandTotal: `${kind}|${P}`,
  });

  // 1. Age group by kind: its totals are shared by every breakdown and the headline.
  const byAgeGroup = publish(resultOf(METRICS['referrals.by-age-group']), {
    cells: AGE_GROUPS.map((age) => [`nrm|${P}|age=${age}`, `dtn|${P}|age=${age}`]),
    columnTotals: [`nrm|${P}`, `dtn|${P}`],
    grandTotal: `all|${P}`,
  });

  // 2. Headline counts and trend.
  const nrm: CountResult = resultOf(METRICS['referrals.nrm.count']);
  const dtn: CountResult = resultOf(METRICS['referrals.dtn.count']);
  const columns = nrm.trend.map((point, i) => ({
    period: point.period,
    nrm: point.count,
    dtn: dtn.trend[i]?.count ?? 0,
  }));
  const include = (p: CalendarPeriod, n: number, d: number) => {
    if (!columns.some((column) => column.period.label === p.label))
      columns.push({ period: p, nrm: n, dtn: d });
  };
  include(nrm.previousPeriod, nrm.previous, dtn.previous);
  include(nrm.yearBeforePeriod, nrm.yearBefore, dtn.yearBefore);
  columns.sort((a, b) => (a.period.start < b.period.start ? -1 : 1));
  const trend = publish(
    {
      id: 'referrals.trend',
      title: `NRM referrals and Duty to Notify reports by period, ${(columns[0]?.period ?? period).label} to ${period.label}`,
      rowHeading: 'Kind',
      columnHeading: 'Period',
      rows: [
        { key: 'nrm-referral', label: KIND_LABELS.nrm },
        { key: 'notification', label: KIND_LABELS.dtn },
      ],
      columns: columns.map((column) => ({ key: column.period.label, label: column.period.label })),
      rowsAddUp: false,
      columnsAddUp: true,
      cells: [columns.map((column) => column.nrm), columns.map((column) => column.dtn)],
      columnTotals: columns.map((column) => column.nrm + column.dtn),
    },
    {
      cells: [
        columns.map((column) => `nrm|${column.period.label}`),
        columns.map((column) => `dtn|${column.period.label}`),
      ],
      columnTotals: columns.map((column) => `all|${column.period.label}`),
    },
  );
  const at = (p: CalendarPeriod) => columns.findIndex((column) => column.period.label === p.label);
  const [now, before, yearBefore] = [at(period), at(nrm.previousPeriod), at(nrm.yearBeforePeriod)];
  const change = (from: TableCell | undefined, to: TableCell | undefined) => {
    const a = cellValue(from);
    const b = cellValue(to);
    return a === undefined || b === undefined ? undefined : changeBetween(a, b);
  };
  const headlineCount = (
    kindKey: 'nrm' | 'dtn' | 'all',
    cells: readonly TableCell[] | undefined,
  ): HeadlineCount => {
    const cell = (index: number): TableCell => cells?.[index] ?? { suppressed: false, value: 0 };
    return {
      key: kindKey,
      label: KIND_LABELS[kindKey],
      current: cell(now),
      previous: cell(before),
      yearBefore: cell(yearBefore),
      changeOnPrevious: change(cell(before), cell(now)),
      changeOnYearBefore: change(cell(yearBefore), cell(now)),
    };
  };
  const counts = [
    headlineCount('nrm', trend.cells[0]),
    headlineCount('dtn', trend.cells[1]),
    headlineCount('all', trend.columnTotals),
  ];

  // 3. Breakdowns.
  const breakdown = (id: KnownMetricId, kind: 'nrm' | 'dtn') =>
    publish(resultOf(METRICS[id] as ComputedMetric<unknown, CountTable>), ageKeys(kind));
  const nrmTables = NRM_BREAKDOWNS.map((id) => breakdown(id, 'nrm'));
  const dtnTables = DTN_BREAKDOWNS.map((id) => breakdown(id, 'dtn'));

  // 4. Prevalence.
  const prevalence: PrevalenceResult = resultOf(METRICS['prevalence.by-area']);
  const prevalenceTable = publish(prevalence.table, {
    columnTotals: [`nrm|${P}`, `dtn|${P}`],
    grandTotal: `all|${P}`,
  });
  const shownAreas = prevalence.areas.map((figures, i) => {
    const cell = prevalenceTable.rowTotals?.[i] ?? primaryOnly(figures.count);
    return { figures, cell, rate: cell.suppressed ? undefined : figures.ratePer100000 };
  });
  const rated = shownAreas
    .filter((area) => area.rate !== undefined)
    .sort((a, b) => (b.rate as number) - (a.rate as number));
  const areas: ReportArea[] = shownAreas.map(({ figures, cell, rate }) => ({
    area: figures.area,
    count: cell,
    population: figures.population,
    ratePer100000: rate,
    rank: rate === undefined ? undefined : rated.findIndex((other) => other.rate === rate) + 1,
  }));
  const overallCounts = prevalence.areas
    .filter((area) => area.rank !== undefined)
    .reduce((sum, area) => sum + area.count, 0);

  // 5. Decisions and timeliness. A stage's decisions table and its timeliness share a total when
  // every decision was measured, so they share its key.
  const rgDecisions: DecisionsResult = resultOf(METRICS['decisions.reasonable-grounds.by-outcome']);
  const cgDecisions: DecisionsResult = resultOf(METRICS['decisions.conclusive-grounds.by-outcome']);
  const rgTimes: TimelinessResult = resultOf(METRICS['timeliness.reasonable-grounds.working-days']);
  const cgTimes: DurationResult = resultOf(METRICS['timeliness.conclusive-grounds.days']);
  const decisionsSection = (result: DecisionsResult, stage: string): ReportDecisions => {
    const table = publish(result.table, { grandTotal: `${stage}|${P}` });
    return { table, positiveShare: share(table.rowTotals?.[0], table.rowTotals?.[1]) };
  };
  const durationSection = (result: DurationResult, stage: string, decided: number): ReportDuration => {
    const bands = publish(result.bands, {
      columnTotals: [result.decisions === decided ? `${stage}|${P}` : `${stage}-measured|${P}`],
    });
    const decisions = bands.columnTotals?.[0] ?? primaryOnly(result.decisions);
    const shown = !decisions.suppressed;
    return {
      decisions,
      excluded: primaryOnly(result.excluded),
      median: shown ? result.median : undefined,
      percentile90: shown ? result.percentile90 : undefined,
      bands,
    };
  };
  const reasonableGroundsDecisions = decisionsSection(rgDecisions, 'rg');
  const conclusiveGroundsDecisions = decisionsSection(cgDecisions, 'cg');
  const rgDuration = durationSection(rgTimes, 'rg', rgDecisions.decisions);
  const withinTarget = rgDuration.bands.cells[0]?.[0] ?? primaryOnly(rgTimes.withinTarget);
  const within = cellValue(withinTarget);
  const measured = cellValue(rgDuration.decisions);
  const reasonableGroundsTimeliness: ReportTimeliness = {
    ...rgDuration,
    targetWorkingDays: rgTimes.targetWorkingDays,
    withinTarget,
    // The share gives away the decisions outside the target too, so both counts must be publishable.
    withinTargetShare:
      within === undefined || measured === undefined || measured === 0 || isSmall(measured - within)
        ? undefined
        : (within / measured) * 100,
    division: rgTimes.division,
  };
  const conclusiveGroundsTimeliness = durationSection(cgTimes, 'cg', cgDecisions.decisions);

  // 6. Outcomes at checkpoints.
  const outcomes: OutcomesResult = resultOf(METRICS['outcomes.victims.at-45-days-and-beyond']);
  const outcomesTable = publish(outcomes.table);
  const checkpoints: ReportCheckpoint[] = outcomes.checkpoints.map((checkpoint, column) => {
    const cohort = outcomesTable.columnTotals?.[column] ?? primaryOnly(checkpoint.cohort);
    const all = outcomesTable.cells.every((row) => !row[column]?.suppressed) && !cohort.suppressed;
    const recorded = checkpoint.recorded;
    const shareOf = (n: number) => (all && recorded > 0 ? (n / recorded) * 100 : undefined);
    return {
      days: checkpoint.days,
      cohort,
      shares: all
        ? (Object.fromEntries(
            SUPPORT_STATUSES.map((status) => [status, shareOf(checkpoint.statuses[status])]),
          ) as Record<SupportStatus, number | undefined>)
        : undefined,
      supportedOrMovedOnShare: shareOf(checkpoint.statuses['in-support'] + checkpoint.statuses.exited),
    };
  });

  // 7. Measures.
  const notes: string[] = [];
  const entered = new Map<string, number>();
  let unreadableFigures = 0;
  for (const figure of input.options.enteredFigures ?? []) {
    const parsed = parsePeriod(figure.period);
    if (!parsed.ok || typeof figure.value !== 'number' || !Number.isFinite(figure.value)) {
      unreadableFigures++;
      continue;
    }
    entered.set(key(figure.metricId, parsed.value), figure.value);
  }
  if (unreadableFigures > 0) {
    notes.push(
      `${unreadableFigures} entered ${unreadableFigures === 1 ? 'figure was' : 'figures were'} left out because the period or value could not be read; check them with parseEnteredFigures.`,
    );
  }
  const publishable = (metric: ComputedMetric, forPeriod: CalendarPeriod, result: unknown) => {
    if (metric.disclosureCounts(result).some(isSmall)) return false;
    const kind = countKeyOf(metric.id);
    return !(kind !== undefined && ledger.get(`${kind}|${forPeriod.label}`)?.suppressed);
  };
  const measureEvaluations: MeasureEvaluation[] = input.measures.map((measure, i) => {
    const { evaluated, before } = input.measurePeriods[i] as {
      evaluated: CalendarPeriod;
      before: CalendarPeriod;
    };
    const metric = findMetric(measure.metricId);
    const tolerance =
      options.maintainTolerance === undefined ? {} : { maintainTolerance: options.maintainTolerance };
    if (metric?.source === 'computed') {
      const figure = (forPeriod: CalendarPeriod) => {
        const result = resultOf(metric, forPeriod);
        const value = metric.headline(result);
        return value === undefined || publishable(metric, forPeriod, result)
          ? { value, hidden: false }
          : { value: undefined, hidden: true };
      };
      const actual = figure(evaluated);
      const previous = figure(before);
      return evaluateMeasure(
        measure,
        {
          period: evaluated,
          actual: actual.value,
          previous: previous.value,
          unit: metric.unit,
          suppressed: actual.hidden,
        },
        tolerance,
      );
    }
    const actual = entered.get(key(measure.metricId, evaluated));
    return evaluateMeasure(
      measure,
      {
        period: evaluated,
        actual,
        previous: entered.get(key(measure.metricId, before)),
        ...(metric === undefined ? {} : { unit: metric.unit }),
        ...(actual === undefined
          ? {
              missingReason:
                metric === undefined && measure.source === 'computed'
                  ? 'No metric with this id is defined: name a metric of the registry, or enter figures under this id.'
                  : `No figure was entered for ${evaluated.label}.`,
            }
          : {}),
      },
      tolerance,
    );
  });

  if (input.state.unreadable > 0) {
    notes.push(
      `${input.state.unreadable} ${input.state.unreadable === 1 ? 'record has' : 'records have'} a referral date that is not a real date and ${input.state.unreadable === 1 ? 'is' : 'are'} counted nowhere.`,
    );
  }
  const area = options.area ?? options.partnership?.area;
  const overallShown = overallCounts === 0 || !isSmall(overallCounts);
  return {
    title:
      options.title ??
      `${area === undefined ? '' : `${area}: `}NRM referrals and Duty to Notify reports, ${describePeriod(period)}`,
    area,
    period,
    previousPeriod: previousPeriod(period),
    yearBeforePeriod: samePeriodYearBefore(period),
    records: { read: input.state.read, unreadableDate: input.state.unreadable },
    suppression,
    headline: { counts, trend },
    breakdowns: { byAgeGroup, nrm: nrmTables, dtn: dtnTables },
    decisions: {
      reasonableGrounds: reasonableGroundsDecisions,
      conclusiveGrounds: conclusiveGroundsDecisions,
    },
    timeliness: {
      reasonableGrounds: reasonableGroundsTimeliness,
      conclusiveGrounds: conclusiveGroundsTimeliness,
    },
    outcomes: { table: outcomesTable, checkpoints },
    prevalence: {
      table: prevalenceTable,
      areas,
      overallRatePer100000: overallShown ? prevalence.overallRatePer100000 : undefined,
    },
    measures: measureEvaluations,
    notes,
  };
}

function isAsync(records: unknown): records is AsyncIterable<CaseRecord> {
  return typeof records === 'object' && records !== null && Symbol.asyncIterator in records;
}

/**
 * Builds a report over case records for a period: headline counts and changes, the breakdowns as
 * the national statistics publish them, decisions, timeliness, outcomes at checkpoints, prevalence
 * by area, and the partnership's measures with their status, with disclosure control applied to
 * every table (see {@link suppressTable}). Each record is read once; given an async iterable (a
 * stream of CSV rows), it reads as it goes in bounded memory and returns a promise.
 *
 * @param records - An array or iterable of case records, or an async iterable of them.
 * @param options - See {@link BuildReportOptions}.
 * @returns The report, or a promise of it for an async iterable.
 * @throws {@link InvalidMetricsArgumentError} if the period, the suppression threshold or a metric
 *   parameter is not one the package can use.
 * @example
 * ```ts
 * import { buildReport } from '@antislavery/metrics';
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * const record = {
 *   reference: 'NRM-1',
 *   kind: 'nrm-referral',
 *   referralDate: '2025-02-03',
 *   ageGroupAtExploitation: 'adult',
 *   exploitationTypes: ['forced-to-work'],
 *   firstResponderType: 'police',
 *   jurisdiction: 'england',
 * } as const;
 * const report = buildReport([record, record], { period: '2025-Q1', partnership: cheshirePledge });
 * report.headline.counts[0]?.current; // 2 is a small count, so it is suppressed
 * //=> { suppressed: true, reason: 'primary' }
 * report.measures.map((measure) => measure.status);
 * //=> ['no-data', 'no-data', 'no-data']
 * ```
 */
export function buildReport(records: Iterable<CaseRecord>, options: BuildReportOptions): Report;
export function buildReport(records: AsyncIterable<CaseRecord>, options: BuildReportOptions): Promise<Report>;
export function buildReport(
  records: Iterable<CaseRecord> | AsyncIterable<CaseRecord>,
  options: BuildReportOptions,
): Report | Promise<Report> {
  const calculator = reportCalculator(options);
  if (isAsync(records)) {
    return (async () => {
      const state = calculator.init();
      for await (const record of records) calculator.add(state, record);
      return calculator.result(state);
    })();
  }
  const state = calculator.init();
  for (const record of records) calculator.add(state, record);
  return calculator.result(state);
}
