import { type Measure, periodEnd, toDayNumber } from '@antislavery/model';
import { type Change, changeBetween } from '../change.js';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { MetricUnit } from '../metrics/metric-definition.js';
import { type CalendarPeriod, dayRange } from '../periods/calendar-period.js';

/**
 * Where a measure stands: `on-track`, `off-track`, or `no-data` when there is no figure, nothing
 * to compare it with, or the figure is too small to publish.
 *
 * @example
 * ```ts
 * import { MEASURE_STATUSES } from '@antislavery/metrics';
 *
 * MEASURE_STATUSES;
 * //=> ['on-track', 'off-track', 'no-data']
 * ```
 */
export const MEASURE_STATUSES = ['on-track', 'off-track', 'no-data'] as const;

/**
 * One of the {@link MEASURE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { MeasureStatus } from '@antislavery/metrics';
 *
 * const status: MeasureStatus = 'on-track';
 * ```
 */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Display labels for the {@link MEASURE_STATUSES}.
 *
 * @example
 * ```ts
 * import { MEASURE_STATUS_LABELS } from '@antislavery/metrics';
 *
 * MEASURE_STATUS_LABELS['no-data'];
 * //=> 'No data'
 * ```
 */
export const MEASURE_STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  'on-track': 'On track',
  'off-track': 'Off track',
  'no-data': 'No data',
};

/**
 * The figures a measure is judged on: its value for the period evaluated and for the period
 * before, and their unit.
 *
 * @example
 * ```ts
 * import { type MeasureFigures, parsePeriod } from '@antislavery/metrics';
 *
 * const year = parsePeriod('FY2024-25');
 * const figures: MeasureFigures | undefined = year.ok ? { period: year.value, actual: 62, previous: 55, unit: 'percent' } : undefined;
 * ```
 */
export type MeasureFigures = {
  /** The period evaluated. */
  readonly period: CalendarPeriod;
  /** The measure's value for the period, or `undefined` if there is none. */
  readonly actual: number | undefined;
  /** Its value for the period before, or `undefined`. */
  readonly previous: number | undefined;
  /** The unit of the values, if known. */
  readonly unit?: MetricUnit;
  /** Whether there is a value but it is too small to publish; `actual` is then `undefined`. */
  readonly suppressed?: boolean;
  /** Why there is no value, if the caller knows better than "there is no figure". */
  readonly missingReason?: string;
};

/**
 * How a measure was evaluated: its figures, the changes, the value expected by now on the way to
 * its target, its status and the reason for it in plain English.
 *
 * @example
 * ```ts
 * import type { MeasureEvaluation } from '@antislavery/metrics';
 *
 * const line = (evaluation: MeasureEvaluation) => `${evaluation.measure.description}: ${evaluation.status}`;
 * ```
 */
export type MeasureEvaluation = {
  /** The measure, as the partnership model holds it. */
  readonly measure: Measure;
  /** The period evaluated. */
  readonly period: CalendarPeriod;
  /** The unit of the values, if the metric is known. */
  readonly unit: MetricUnit | undefined;
  /** The value for the period, or `undefined`. */
  readonly actual: number | undefined;
  /** Whether the value exists but is too small to publish (disclosure control). */
  readonly suppressed: boolean;
  /** The value for the period before, or `undefined`. */
  readonly previous: number | undefined;
  /** The change from the period before, when both values are known. */
  readonly changeOnPrevious: Change | undefined;
  /** The change from the baseline, when the measure has one and the value is known. */
  readonly changeFromBaseline: Change | undefined;
  /** The value the measure should have reached by the end of the period, on a straight line from its baseline to its target. */
  readonly expected: number | undefined;
  /** The status. */
  readonly status: MeasureStatus;
  /** Why, in a sentence. */
  readonly reason: string;
};

/**
 * Options for {@link evaluateMeasure}.
 *
 * @example
 * ```ts
 * import type { EvaluateMeasureOptions } from '@antislavery/metrics';
 *
 * const options: EvaluateMeasureOptions = { maintainTolerance: 0.1 };
 * ```
 */
export type EvaluateMeasureOptions = {
  /**
   * For a measure to `maintain`, how far from its target (or baseline, or previous value) it may
   * be and stay on track, as a fraction of that value. 0.05 (5%) unless given.
   */
  readonly maintainTolerance?: number;
};

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const show = (value: number) => numberFormat.format(value);

/**
 * Judges a measure on its figures. The rules, in order:
 * 1. No value for the period, or one too small to publish: `no-data`.
 * 2. With a target: the value expected by the end of the period is on a straight line from the
 *    baseline (at the end of its period) to the target (at the end of its period), and the target
 *    itself once its period has ended or without a baseline. An `increase` measure is on track at
 *    or above it; a `decrease` measure at or below it; a `maintain` measure within the tolerance
 *    of the target.
 * 3. Otherwise, with a baseline: on track if the value has moved the right way from it (strictly
 *    above for `increase`, strictly below for `decrease`, within the tolerance for `maintain`).
 * 4. Otherwise, with a value for the period before: the same comparison with that value.
 * 5. Otherwise: `no-data`, as there is nothing to compare with.
 *
 * @param measure - The measure, from a pledge, strategy or partnership.
 * @param figures - Its values; see {@link MeasureFigures}.
 * @param options - See {@link EvaluateMeasureOptions}.
 * @throws {@link InvalidMetricsArgumentError} if `figures.period` is not a period from this package or
 *   the tolerance is not a number of 0 or more.
 * @example
 * ```ts
 * import { evaluateMeasure, parsePeriod } from '@antislavery/metrics';
 * import { measureId, metricId } from '@antislavery/model';
 *
 * const measure = {
 *   id: measureId('nrm-and-dtn-referrals'),
 *   description: 'Increase referrals to the NRM and Duty to Notify referrals',
 *   metricId: metricId('referrals.nrm-and-dtn.count'),
 *   direction: 'increase',
 *   source: 'computed',
 *   baseline: { value: 100, period: { from: '2023', to: '2023' } },
 *   target: { value: 140, period: { from: '2025', to: '2025' } },
 * } as const;
 * const year = parsePeriod('2024');
 * // Half way from the end of 2023 to the end of 2025, 120 is expected; 118 falls short.
 * const evaluation = year.ok ? evaluateMeasure(measure, { period: year.value, actual: 118, previous: 100 }) : undefined;
 * [evaluation?.status, evaluation?.expected && Math.round(evaluation.expected)];
 * //=> ['off-track', 120]
 * ```
 */
export function evaluateMeasure(
  measure: Measure,
  figures: MeasureFigures,
  options: EvaluateMeasureOptions = {},
): MeasureEvaluation {
  const { end } = dayRange(figures.period, 'evaluateMeasure(figures.period)');
  const tolerance = options.maintainTolerance ?? 0.05;
  if (typeof tolerance !== 'number' || !(tolerance >= 0)) {
    throw new InvalidMetricsArgumentError(
      'evaluateMeasure(options.maintainTolerance)',
      'a number of 0 or more',
    );
  }
  const { actual, previous } = figures;
  const base = {
    measure,
    period: figures.period,
    unit: figures.unit,
    actual,
    suppressed: actual === undefined && figures.suppressed === true,
    previous,
    changeOnPrevious:
      actual !== undefined && previous !== undefined ? changeBetween(previous, actual) : undefined,
    changeFromBaseline:
      actual !== undefined && measure.baseline !== undefined
        ? changeBetween(measure.baseline.value, actual)
        : undefined,
  };
  if (actual === undefined) {
    return {
      ...base,
      expected: undefined,
      status: 'no-data',
      reason:
        figures.missingReason ??
        (figures.suppressed === true
          ? `The figure for ${figures.period.label} is too small to publish.`
          : `There is no figure for ${figures.period.label}.`),
    };
  }
  const direction = measure.direction;
  const near = (value: number, reference: number) =>
    Math.abs(value - reference) <= tolerance * Math.abs(reference);
  const judge = (reference: number, inclusive: boolean): boolean => {
    if (direction === 'maintain') return near(actual, reference);
    if (direction === 'increase') return inclusive ? actual >= reference : actual > reference;
    return inclusive ? actual <= reference : actual < reference;
  };
  const verdict = (onTrack: boolean, reason: string, expected?: number): MeasureEvaluation => ({
    ...base,
    expected,
    status: onTrack ? 'on-track' : 'off-track',
    reason,
  });
  const words = { increase: 'rise', decrease: 'fall', maintain: 'stay level' }[direction];

  if (measure.target !== undefined) {
    const target = measure.target.value;
    const targetEnd = toDayNumber(periodEnd(measure.target.period));
    let expected = target;
    if (measure.baseline !== undefined && direction !== 'maintain') {
      const baselineEnd = toDayNumber(periodEnd(measure.baseline.period));
      if (baselineEnd < targetEnd) {
        const fraction = Math.min(1, Math.max(0, (end - baselineEnd) / (targetEnd - baselineEnd)));
        expected = measure.baseline.value + (target - measure.baseline.value) * fraction;
      }
    }
    const onTrack = judge(expected, true);
    const reference =
      expected === target
        ? `the target of ${show(target)}`
        : `${show(expected)}, the value expected by now on the way from ${show(measure.baseline?.value ?? target)} to the target of ${show(target)}`;
    return verdict(onTrack, `${show(actual)} in ${figures.period.label} against ${reference}.`, expected);
  }
  if (measure.baseline !== undefined) {
    const baseline = measure.baseline.value;
    return verdict(
      judge(baseline, false),
      `${show(actual)} in ${figures.period.label} against the baseline of ${show(baseline)}; the measure should ${words}.`,
    );
  }
  if (previous !== undefined) {
    return verdict(
      judge(previous, false),
      `${show(actual)} in ${figures.period.label} against ${show(previous)} in the period before; the measure should ${words}.`,
    );
  }
  return {
    ...base,
    expected: undefined,
    status: 'no-data',
    reason: `${show(actual)} in ${figures.period.label}, but there is no baseline, target or figure for the period before to compare it with.`,
  };
}
