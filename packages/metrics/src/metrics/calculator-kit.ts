// Internal: pieces every calculator shares.
import { type IsoDate, isIsoDate, toDayNumber } from '@antislavery/model';
import { InvalidMetricsArgumentError } from '../errors.js';
import { type CalendarPeriod, dayRange, describePeriod } from '../periods/calendar-period.js';
import type { MetricParams } from './metric-definition.js';

/** The first and last day numbers of the period of `params`, checking it. */
export function windowOf(
  params: MetricParams,
  metricId: string,
): { start: number; end: number; period: CalendarPeriod } {
  if (typeof params !== 'object' || params === null) {
    throw new InvalidMetricsArgumentError(`${metricId}: calculator(params)`, 'an object with a period');
  }
  const { start, end } = dayRange(params.period, `${metricId}: calculator(params.period)`);
  return { start, end, period: params.period };
}

/** Whether a day number is within a window; false for NaN. */
export const within = (day: number, start: number, end: number) => day >= start && day <= end;

/** Adds `b` into `a`, growing `a` if `b` is longer; returns the result. */
export function addInto(a: Float64Array, b: Float64Array): Float64Array {
  const target = a.length >= b.length ? a : grow(a, b.length);
  for (let i = 0; i < b.length; i++) target[i] = (target[i] as number) + (b[i] as number);
  return target;
}

/** A copy of `a` with room for `length` entries. */
export function grow(a: Float64Array, length: number): Float64Array {
  const bigger = new Float64Array(length);
  bigger.set(a);
  return bigger;
}

/** The day number of `asOf`, or +Infinity when there is none. */
export function asOfDay(asOf: IsoDate | undefined, metricId: string): number {
  if (asOf === undefined) return Number.POSITIVE_INFINITY;
  if (!isIsoDate(asOf)) {
    throw new InvalidMetricsArgumentError(
      `${metricId}: calculator(params.asOf)`,
      'a real date written YYYY-MM-DD',
    );
  }
  return toDayNumber(asOf);
}

/** A title with the period in words, for example "NRM referrals by gender, January to March 2025". */
export const titled = (title: string, period: CalendarPeriod) => `${title}, ${describePeriod(period)}`;

/** A share as a percentage, or `undefined` when there is nothing to share. */
export const percent = (part: number, whole: number) => (whole === 0 ? undefined : (part / whole) * 100);
