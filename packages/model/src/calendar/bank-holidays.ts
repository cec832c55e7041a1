import type { IsoDate } from '../dates/iso-date.js';
import type { BankHoliday, BankHolidayCalendar, CalendarOptions } from './bank-holiday.js';
import { BUILT_IN_CALENDAR } from './built-in-calendar.js';
import type { Division } from './divisions.js';
import { countAtOrBelow, dayNumberArgument, divisionIndexFor, indexFor } from './holiday-index.js';

/**
 * Whether a date is a bank holiday (or a substitute day) in a division.
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @param division - the division whose bank holidays count; see {@link divisionOf}
 * @param options - `calendar`: the calendar to use, {@link BUILT_IN_CALENDAR} by default
 * @throws {@link InvalidIsoDateError} if `date` is not a real date
 * @throws {@link InvalidCalendarArgumentError} if `division` or `options.calendar` is not valid
 *
 * @example
 * ```ts
 * import { isBankHoliday } from '@antislavery/model';
 *
 * isBankHoliday('2026-12-28', 'england-and-wales'); // Boxing Day's substitute
 * //=> true
 * isBankHoliday('2026-11-30', 'england-and-wales');
 * //=> false
 * isBankHoliday('2026-11-30', 'scotland'); // St Andrew's Day
 * //=> true
 * ```
 */
export function isBankHoliday(date: IsoDate, division: Division, options?: CalendarOptions): boolean {
  const day = dayNumberArgument(date, 'isBankHoliday(date)');
  return divisionIndexFor('isBankHoliday', division, options?.calendar, BUILT_IN_CALENDAR).holidays.has(day);
}

/**
 * A division's bank holidays in date order, optionally between two dates (inclusive).
 *
 * @param division - the division
 * @param options - `from` and `to`: inclusive bounds written `YYYY-MM-DD`; `calendar`: the
 *   calendar to use, {@link BUILT_IN_CALENDAR} by default
 * @returns a new array of the (frozen) holidays; empty when `from` is after `to`
 * @throws {@link InvalidIsoDateError} if `from` or `to` is not a real date
 * @throws {@link InvalidCalendarArgumentError} if `division` or `options.calendar` is not valid
 *
 * @example
 * ```ts
 * import { bankHolidays } from '@antislavery/model';
 *
 * bankHolidays('scotland', { from: '2027-01-01', to: '2027-01-31' });
 * //=> [{ title: 'New Year’s Day', date: '2027-01-01', notes: '', bunting: true }, { title: '2nd January', date: '2027-01-04', notes: 'Substitute day', bunting: true }]
 * ```
 */
export function bankHolidays(
  division: Division,
  options?: { from?: IsoDate; to?: IsoDate; calendar?: BankHolidayCalendar },
): BankHoliday[] {
  const from =
    options?.from === undefined ? undefined : dayNumberArgument(options.from, 'bankHolidays(options.from)');
  const to =
    options?.to === undefined ? undefined : dayNumberArgument(options.to, 'bankHolidays(options.to)');
  const index = divisionIndexFor('bankHolidays', division, options?.calendar, BUILT_IN_CALENDAR);
  const start = from === undefined ? 0 : countAtOrBelow(index.eventDays, from - 1);
  const end = to === undefined ? index.events.length : countAtOrBelow(index.eventDays, to);
  return index.events.slice(start, Math.max(start, end));
}

/**
 * Whether a calendar knows the bank holidays on a date: whether the date is within its
 * `coverage`. Outside it, the calendar functions treat every Monday to Friday as a working day,
 * so a date outside coverage is a sign to load newer data with {@link loadBankHolidays}.
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @param options - `calendar`: the calendar to ask, {@link BUILT_IN_CALENDAR} by default
 * @throws {@link InvalidIsoDateError} if `date` is not a real date
 * @throws {@link InvalidCalendarArgumentError} if `options.calendar` is not valid
 *
 * @example
 * ```ts
 * import { isWithinCoverage } from '@antislavery/model';
 *
 * isWithinCoverage('2027-12-31');
 * //=> true
 * isWithinCoverage('2028-01-03');
 * //=> false
 * ```
 */
export function isWithinCoverage(date: IsoDate, options?: CalendarOptions): boolean {
  const day = dayNumberArgument(date, 'isWithinCoverage(date)');
  const index = indexFor(options?.calendar ?? BUILT_IN_CALENDAR, 'isWithinCoverage(options.calendar)');
  return day >= index.coverageFrom && day <= index.coverageTo;
}
