import { daysInMonth, type IsoDate, isIsoDate, type ReportingPeriod } from '@antislavery/model';
import { InvalidMetricsArgumentError } from '../errors.js';
import {
  type CalendarPeriod,
  customFromDays,
  customPeriod,
  dayRange,
  periodContaining,
  standardPeriod,
} from './calendar-period.js';

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const monthOf = (date: IsoDate) => Number(date.slice(5, 7));

/**
 * The period just before a period, of the same kind and length: the month, quarter, calendar
 * year or financial year before it, or for a custom range the same number of days ending the day
 * before it starts.
 *
 * @throws {@link InvalidMetricsArgumentError} if `period` was not built by this package's functions
 *   (a kind it does not know, dates that are not real or out of order).
 * @example
 * ```ts
 * import { customPeriod, parsePeriod, previousPeriod } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * q1.ok && previousPeriod(q1.value).label;
 * //=> '2024-Q4'
 * previousPeriod(customPeriod('2025-01-15', '2025-02-14')).label;
 * //=> '2024-12-15/2025-01-14'
 * ```
 */
export function previousPeriod(period: CalendarPeriod): CalendarPeriod {
  const { start, end } = dayRange(period, 'previousPeriod(period)');
  const year = yearOf(period.start);
  const month = monthOf(period.start);
  switch (period.kind) {
    case 'month':
      return month === 1 ? standardPeriod('month', year - 1, 12) : standardPeriod('month', year, month - 1);
    case 'quarter':
      return month <= 3
        ? standardPeriod('quarter', year - 1, 10)
        : standardPeriod('quarter', year, month - 3);
    case 'calendar-year':
      return standardPeriod('calendar-year', year - 1, 1);
    case 'financial-year':
      return standardPeriod('financial-year', year - 1, 4);
    case 'custom':
      return customFromDays(start - (end - start + 1), start - 1);
  }
}

/** The same day a year earlier; 29 February becomes 28 February. */
function yearEarlier(date: IsoDate): IsoDate {
  const year = yearOf(date) - 1;
  const month = monthOf(date);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  if (year < 1) {
    throw new InvalidMetricsArgumentError('samePeriodYearBefore(period)', 'a period after the year 0001');
  }
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/**
 * The same period a year before: for a month, quarter or year the one twelve months earlier; for
 * a custom range the same days a year earlier (29 February becomes 28 February).
 *
 * @throws {@link InvalidMetricsArgumentError} if `period` was not built by this package's functions.
 * @example
 * ```ts
 * import { parsePeriod, samePeriodYearBefore } from '@antislavery/metrics';
 *
 * const march = parsePeriod('2025-03');
 * march.ok && samePeriodYearBefore(march.value).label;
 * //=> '2024-03'
 * const leap = parsePeriod('2024-02-29/2024-03-31');
 * leap.ok && samePeriodYearBefore(leap.value).label;
 * //=> '2023-02-28/2023-03-31'
 * ```
 */
export function samePeriodYearBefore(period: CalendarPeriod): CalendarPeriod {
  dayRange(period, 'samePeriodYearBefore(period)');
  if (period.kind === 'custom') return customPeriod(yearEarlier(period.start), yearEarlier(period.end));
  return standardPeriod(period.kind, yearOf(period.start) - 1, monthOf(period.start));
}

/**
 * The most recent whole period of a kind that ends on or before a date: the period containing the
 * date if it ends that day, otherwise the one before it. A measure reported yearly is evaluated
 * over this period when the report covers a quarter, so a part-year is never compared with a
 * whole-year target.
 *
 * @param kind - The measure's reporting period.
 * @param onOrBefore - Usually the last day of the report's period.
 * @throws {@link InvalidMetricsArgumentError} if `kind` is not one of the four or the date is not
 *   a real date.
 * @example
 * ```ts
 * import { latestWholePeriod } from '@antislavery/metrics';
 *
 * latestWholePeriod('financial-year', '2025-03-31').label;
 * //=> 'FY2024-25'
 * latestWholePeriod('calendar-year', '2025-03-31').label;
 * //=> '2024'
 * ```
 */
export function latestWholePeriod(kind: ReportingPeriod, onOrBefore: IsoDate): CalendarPeriod {
  if (!isIsoDate(onOrBefore)) {
    throw new InvalidMetricsArgumentError('latestWholePeriod(onOrBefore)', 'a real date written YYYY-MM-DD');
  }
  const containing = periodContaining(kind, onOrBefore);
  return containing.end === onOrBefore ? containing : previousPeriod(containing);
}

/**
 * The periods that end with a period, oldest first: the period and the `count - 1` periods
 * before it, each from {@link previousPeriod}. They follow each other without gaps.
 *
 * @param count - How many periods, 1 or more.
 * @throws {@link InvalidMetricsArgumentError} if `count` is not a whole number of 1 or more.
 * @example
 * ```ts
 * import { parsePeriod, periodsEndingWith } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * q1.ok && periodsEndingWith(q1.value, 3).map((period) => period.label);
 * //=> ['2024-Q3', '2024-Q4', '2025-Q1']
 * ```
 */
export function periodsEndingWith(period: CalendarPeriod, count: number): CalendarPeriod[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new InvalidMetricsArgumentError('periodsEndingWith(count)', 'a whole number of 1 or more');
  }
  dayRange(period, 'periodsEndingWith(period)');
  const periods = [period];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0] as CalendarPeriod));
  return periods;
}
