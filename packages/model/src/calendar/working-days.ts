import { fromDayNumber, type IsoDate, toDayNumber } from '../dates/iso-date.js';
import type { CalendarOptions } from './bank-holiday.js';
import { BUILT_IN_CALENDAR } from './built-in-calendar.js';
import type { Division } from './divisions.js';
import { InvalidWorkingDayAmountError } from './errors.js';
import { countAtOrBelow, dayNumberArgument, divisionIndexFor, isWeekday } from './holiday-index.js';

// Weekday arithmetic on day numbers. Day -3 (1969-12-29) was a Monday, so `day + 3` counts days
// from a Monday and whole weeks are multiples of 7 from there.

/** How many Mondays to Fridays there are up to and including `day`, counted from a fixed origin. */
function weekdaysUpTo(day: number): number {
  const fromMonday = day + 3;
  const weeks = Math.floor(fromMonday / 7);
  return weeks * 5 + Math.min(fromMonday - weeks * 7 + 1, 5);
}

/** The weekday `day` for which `weekdaysUpTo(day) === count`. */
function weekdayNumber(count: number): number {
  const weeks = Math.floor((count - 1) / 5);
  return weeks * 7 + (count - 1 - weeks * 5) - 3;
}

const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * Whether a date is a working day in a division: Monday to Friday and not a bank holiday there.
 *
 * Outside the calendar's coverage (2015 to 2027 for {@link BUILT_IN_CALENDAR}) no bank holidays
 * are known, so every Monday to Friday is a working day; see {@link isWithinCoverage}.
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @param division - the division whose bank holidays count; see {@link divisionOf}
 * @param options - `calendar`: the calendar to use, {@link BUILT_IN_CALENDAR} by default
 * @throws {@link InvalidIsoDateError} if `date` is not a real date
 * @throws {@link InvalidCalendarArgumentError} if `division` or `options.calendar` is not valid
 *
 * @example
 * ```ts
 * import { isWorkingDay } from '@antislavery/model';
 *
 * isWorkingDay('2026-04-06', 'england-and-wales'); // Easter Monday
 * //=> false
 * isWorkingDay('2026-04-06', 'scotland'); // no Easter Monday holiday in Scotland
 * //=> true
 * isWorkingDay('2026-04-04', 'scotland'); // a Saturday
 * //=> false
 * ```
 */
export function isWorkingDay(date: IsoDate, division: Division, options?: CalendarOptions): boolean {
  const day = dayNumberArgument(date, 'isWorkingDay(date)');
  const index = divisionIndexFor('isWorkingDay', division, options?.calendar, BUILT_IN_CALENDAR);
  return isWeekday(day) && !index.holidays.has(day);
}

/**
 * The date a number of working days after (or before) a date, in a division.
 *
 * - `amount > 0`: the `amount`-th working day after `date`. `date` itself never counts, whether
 *   or not it is a working day: one working day after a Friday is the next Monday (if that is not
 *   a bank holiday), and one working day after a Saturday is also that Monday.
 * - `amount < 0`: the `-amount`-th working day before `date`.
 * - `amount === 0`: `date` unchanged, even if it is not a working day (as date-fns's
 *   `addBusinessDays` does).
 *
 * The result is always a working day when `amount` is not 0. For every date `d` and every
 * `n >= 0`, `workingDaysBetween(d, addWorkingDays(d, n)) === n`; when `d` is a working day,
 * `addWorkingDays(addWorkingDays(d, n), -n) === d` too.
 *
 * The 5-working-day reasonable grounds target for a referral made on `referred` ends on
 * `addWorkingDays(referred, 5, division)`: a decision on that date or before is within target.
 *
 * Whole weeks are counted arithmetically and bank holidays found by binary search, so the cost
 * does not grow with `amount`. Beyond the calendar's coverage no bank holidays are known.
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @param amount - a whole number of working days, negative to go back
 * @param division - the division whose bank holidays count; see {@link divisionOf}
 * @param options - `calendar`: the calendar to use, {@link BUILT_IN_CALENDAR} by default
 * @returns the date written `YYYY-MM-DD`
 * @throws {@link InvalidIsoDateError} if `date` is not a real date
 * @throws {@link InvalidWorkingDayAmountError} if `amount` is not a whole number, or the result
 *   would be outside the years 0001 to 9999
 * @throws {@link InvalidCalendarArgumentError} if `division` or `options.calendar` is not valid
 *
 * @example
 * ```ts
 * import { addWorkingDays } from '@antislavery/model';
 *
 * // Referred on Wednesday 1 April 2026; Good Friday (3 April) and Easter Monday (6 April) are
 * // bank holidays in England and Wales, so the 5th working day is Friday 10 April.
 * addWorkingDays('2026-04-01', 5, 'england-and-wales');
 * //=> '2026-04-10'
 * // Scotland has no Easter Monday holiday.
 * addWorkingDays('2026-04-01', 5, 'scotland');
 * //=> '2026-04-09'
 * addWorkingDays('2026-04-07', -1, 'england-and-wales');
 * //=> '2026-04-02'
 * ```
 */
export function addWorkingDays(
  date: IsoDate,
  amount: number,
  division: Division,
  options?: CalendarOptions,
): IsoDate {
  const start = dayNumberArgument(date, 'addWorkingDays(date)');
  if (typeof amount !== 'number' || !Number.isInteger(amount)) {
    throw new InvalidWorkingDayAmountError('addWorkingDays(amount)');
  }
  const holidays = divisionIndexFor(
    'addWorkingDays',
    division,
    options?.calendar,
    BUILT_IN_CALENDAR,
  ).weekdayHolidays;
  if (amount === 0) return date;

  // Jump by weekdays, then jump again by the number of holidays passed over, until a jump passes
  // over none. Each jump is O(log holidays); bank holidays are sparse, so there are few jumps.
  let day = start;
  let remaining = Math.abs(amount);
  for (;;) {
    let next: number;
    let passed: number;
    if (amount > 0) {
      // The weekday `next` with exactly `remaining` weekdays in (day, next].
      next = weekdayNumber(weekdaysUpTo(day) + remaining);
      passed = countAtOrBelow(holidays, next) - countAtOrBelow(holidays, day);
    } else {
      // The weekday `next` with exactly `remaining` weekdays in [next, day).
      next = weekdayNumber(weekdaysUpTo(day - 1) - remaining + 1);
      passed = countAtOrBelow(holidays, day - 1) - countAtOrBelow(holidays, next - 1);
    }
    if (!(next >= FIRST_DAY && next <= LAST_DAY)) {
      throw new InvalidWorkingDayAmountError('addWorkingDays(amount)');
    }
    if (passed === 0) return fromDayNumber(next);
    day = next;
    remaining = passed;
  }
}

/**
 * The number of working days from `start` to `end` in a division: the working days `d` with
 * `start < d <= end`. `start` itself does not count and `end` does (if it is a working day).
 * When `end` is before `start` the result is negative: minus the working days `d` with
 * `end < d <= start`, so `workingDaysBetween(a, b) === -workingDaysBetween(b, a)` and counts add
 * up: `workingDaysBetween(a, b) + workingDaysBetween(b, c) === workingDaysBetween(a, c)`.
 *
 * It is the inverse of {@link addWorkingDays}: for every date `d` and `n >= 0`,
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * **The 5-working-day reasonable grounds target.** The day of the referral is day 0 and does not
 * count; the first working day after it is working day 1. A decision is within target when
 * `workingDaysBetween(referred, decided, division) <= 5`, so a decision on the 5th working day
 * after the referral is within target and one on the 6th is not. A decision on the day of the
 * referral counts 0. For a referral on a Saturday, the following Monday (if not a bank holiday)
 * is working day 1.
 *
 * Fast for any range: whole weeks are counted arithmetically and the bank holidays in range
 * found by binary search, never day by day. Beyond the calendar's coverage no bank holidays are
 * known.
 *
 * @param start - a real date written `YYYY-MM-DD` (for example the referral date)
 * @param end - a real date written `YYYY-MM-DD` (for example the decision date)
 * @param division - the division whose bank holidays count; see {@link divisionOf}
 * @param options - `calendar`: the calendar to use, {@link BUILT_IN_CALENDAR} by default
 * @throws {@link InvalidIsoDateError} if `start` or `end` is not a real date
 * @throws {@link InvalidCalendarArgumentError} if `division` or `options.calendar` is not valid
 *
 * @example
 * ```ts
 * import { workingDaysBetween } from '@antislavery/model';
 *
 * // Referred Wednesday 1 April 2026, decided Friday 10 April: the 5th working day after the
 * // referral in England and Wales (3 and 6 April are bank holidays), so within target.
 * workingDaysBetween('2026-04-01', '2026-04-10', 'england-and-wales');
 * //=> 5
 * workingDaysBetween('2026-04-10', '2026-04-01', 'england-and-wales');
 * //=> -5
 * ```
 */
export function workingDaysBetween(
  start: IsoDate,
  end: IsoDate,
  division: Division,
  options?: CalendarOptions,
): number {
  const from = dayNumberArgument(start, 'workingDaysBetween(start)');
  const to = dayNumberArgument(end, 'workingDaysBetween(end)');
  const holidays = divisionIndexFor(
    'workingDaysBetween',
    division,
    options?.calendar,
    BUILT_IN_CALENDAR,
  ).weekdayHolidays;
  return (
    weekdaysUpTo(to) - weekdaysUpTo(from) - (countAtOrBelow(holidays, to) - countAtOrBelow(holidays, from))
  );
}
