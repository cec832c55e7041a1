import type { BankHolidayCalendar, Division, IsoDate, MetricId } from '@antislavery/model';
import type { CaseRecord } from '@antislavery/referrals';
import type { CalendarPeriod } from '../periods/calendar-period.js';
import type { PreparedRecord, PrepareOptions } from '../records/prepare-record.js';

/**
 * The units a metric's headline figure is in.
 *
 * @example
 * ```ts
 * import { METRIC_UNITS } from '@antislavery/metrics';
 *
 * METRIC_UNITS;
 * //=> ['count', 'percent', 'working-days', 'days', 'per-100000']
 * ```
 */
export const METRIC_UNITS = ['count', 'percent', 'working-days', 'days', 'per-100000'] as const;

/**
 * One of the {@link METRIC_UNITS}.
 *
 * @example
 * ```ts
 * import type { MetricUnit } from '@antislavery/metrics';
 *
 * const unit: MetricUnit = 'working-days';
 * ```
 */
export type MetricUnit = (typeof METRIC_UNITS)[number];

/**
 * Display labels for the {@link METRIC_UNITS}.
 *
 * @example
 * ```ts
 * import { METRIC_UNIT_LABELS } from '@antislavery/metrics';
 *
 * METRIC_UNIT_LABELS['per-100000'];
 * //=> 'Rate per 100,000 people'
 * ```
 */
export const METRIC_UNIT_LABELS: Readonly<Record<MetricUnit, string>> = {
  count: 'Count',
  percent: 'Per cent',
  'working-days': 'Working days',
  days: 'Days',
  'per-100000': 'Rate per 100,000 people',
};

/**
 * The case record fields a metric reads.
 *
 * @example
 * ```ts
 * import type { CaseRecordFieldName } from '@antislavery/metrics';
 *
 * const field: CaseRecordFieldName = 'rgDecisionDate';
 * ```
 */
export type CaseRecordFieldName = keyof CaseRecord;

/**
 * The numbers of days after the referral at which case records hold the support status (the
 * `supportAt45Days` to `supportAt365Days` fields of `@antislavery/referrals`).
 *
 * @example
 * ```ts
 * import type { CheckpointDays } from '@antislavery/metrics';
 *
 * const checkpoint: CheckpointDays = 90;
 * ```
 */
export type CheckpointDays = 45 | 90 | 180 | 365;

/**
 * What a metric is computed for. Only `period` is always needed; each metric's definition lists
 * the other parameters it reads (`parameters`), and ignores the rest.
 *
 * @example
 * ```ts
 * import { type MetricParams, parsePeriod } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * const params: MetricParams | undefined = q1.ok ? { period: q1.value, checkpoints: [45, 90] } : undefined;
 * ```
 */
export type MetricParams = PrepareOptions & {
  /** The period the metric is for. */
  readonly period: CalendarPeriod;
  /** How many periods, ending with `period`, a count's trend covers. 8 unless given. */
  readonly trendLength?: number;
  /**
   * Whose bank holidays count as non-working days: `by-jurisdiction` (the default) uses the
   * division of each record's jurisdiction; a division uses that one for every record. Which
   * nation's bank holidays count towards the reasonable grounds target is not settled by any
   * source, so it is the caller's choice.
   */
  readonly division?: Division | 'by-jurisdiction';
  /** The bank holiday calendar; `BUILT_IN_CALENDAR` of `@antislavery/model` unless given. */
  readonly calendar?: BankHolidayCalendar;
  /** The reasonable grounds decision target in working days after the referral. 5 unless given. */
  readonly rgTargetWorkingDays?: number;
  /** The support checkpoints to report. 45, 90, 180 and 365 days unless given; 45 is always included. */
  readonly checkpoints?: readonly CheckpointDays[];
  /** The date the data was extracted: later support checkpoints are not yet due. No limit unless given. */
  readonly asOf?: IsoDate;
  /** The population of each local authority area, named exactly as the records name it. */
  readonly populations?: Readonly<Record<string, number>>;
  /** How many nationalities a nationality table lists before grouping the rest. All unless given. */
  readonly topNationalities?: number;
};

/**
 * The names of the {@link MetricParams}.
 *
 * @example
 * ```ts
 * import type { MetricParamName } from '@antislavery/metrics';
 *
 * const name: MetricParamName = 'populations';
 * ```
 */
export type MetricParamName = keyof MetricParams;

/**
 * A single-pass reducer with an explicit merge, so that one metric runs alike over an array, a
 * stream, or shards computed apart and merged:
 * - `init()` gives an empty state;
 * - `add(state, record)` counts one prepared record and returns the state (it may change the state
 *   it is given); it must not keep the record, which a report refills for the next one;
 * - `merge(a, b)` combines two states into one (it may reuse `a`); merging is associative and
 *   commutative, so shards may be merged in any order;
 * - `result(state)` gives the metric's figures and leaves the state unchanged.
 *
 * @example
 * ```ts
 * import { METRICS, parsePeriod, prepareRecord } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * if (!q1.ok) throw new Error('bad period');
 * const calculator = METRICS['referrals.nrm.count'].calculator({ period: q1.value });
 * const record = {
 *   reference: 'NRM-1',
 *   kind: 'nrm-referral',
 *   referralDate: '2025-02-03',
 *   ageGroupAtExploitation: 'adult',
 *   exploitationTypes: ['forced-to-work'],
 *   firstResponderType: 'police',
 *   jurisdiction: 'england',
 * } as const;
 * const shardA = calculator.add(calculator.init(), prepareRecord(record));
 * const shardB = calculator.add(calculator.init(), prepareRecord({ ...record, reference: 'NRM-2' }));
 * calculator.result(calculator.merge(shardA, shardB)).count;
 * //=> 2
 * ```
 */
export type Calculator<S, R> = {
  /** An empty state. */
  init(): S;
  /** Counts one record. */
  add(state: S, record: PreparedRecord): S;
  /** Combines two states. */
  merge(a: S, b: S): S;
  /** The figures. */
  result(state: S): R;
};

/**
 * A metric computed from case records: its id, title, what it counts, the unit of its headline
 * figure, the fields and parameters it reads, its calculator, and how to read its headline figure
 * (the value a partnership's measure compares with a baseline and target).
 *
 * @typeParam S - The calculator's state.
 * @typeParam R - The metric's result.
 * @example
 * ```ts
 * import { METRICS } from '@antislavery/metrics';
 *
 * const metric = METRICS['timeliness.reasonable-grounds.working-days'];
 * [metric.unit, metric.fields.includes('rgDecisionDate')];
 * //=> ['percent', true]
 * ```
 */
export type ComputedMetric<S = unknown, R = unknown> = {
  /** The metric's id, for example `referrals.nrm-and-dtn.count`. */
  readonly id: MetricId;
  /** A short title. */
  readonly title: string;
  /** What it counts, over which records and which period, in plain English. */
  readonly description: string;
  /** Figures are computed from case records. */
  readonly source: 'computed';
  /** The unit of the headline figure. */
  readonly unit: MetricUnit;
  /** What the headline figure is. */
  readonly headlineDescription: string;
  /** The case record fields it reads. */
  readonly fields: readonly CaseRecordFieldName[];
  /** The parameters it reads besides `period`. */
  readonly parameters: readonly MetricParamName[];
  /** A calculator for a period and parameters. */
  calculator(params: MetricParams): Calculator<S, R>;
  /** The headline figure of a result, or `undefined` when there is nothing to measure. */
  headline(result: R): number | undefined;
  /**
   * The counts the headline figure is made from: for a count, the count; for a share, the records
   * in it and those not; for a median, the records measured. Where any is a small count, a
   * published report suppresses the figure, since with the base known a share gives its count.
   */
  disclosureCounts(result: R): readonly number[];
};

/**
 * A metric whose figures a partnership enters itself (survey results, training delivered), not
 * computed from case records. Figures are passed in as {@link EnteredFigure}s.
 *
 * @example
 * ```ts
 * import { METRICS } from '@antislavery/metrics';
 *
 * METRICS['awareness.local-reporting-and-surveys'].source;
 * //=> 'entered'
 * ```
 */
export type EnteredMetric = {
  /** The metric's id, for example `awareness.local-reporting-and-surveys`. */
  readonly id: MetricId;
  /** A short title. */
  readonly title: string;
  /** What the figure is and where it comes from. */
  readonly description: string;
  /** Figures are entered by the partnership. */
  readonly source: 'entered';
  /** The unit of the figures. */
  readonly unit: MetricUnit;
};

/**
 * Any metric of the registry: computed from records or entered by the partnership.
 *
 * @example
 * ```ts
 * import { findMetric, type MetricDefinition } from '@antislavery/metrics';
 *
 * const metric: MetricDefinition | undefined = findMetric('referrals.dtn.count');
 * metric?.unit;
 * //=> 'count'
 * ```
 */
export type MetricDefinition = ComputedMetric | EnteredMetric;
