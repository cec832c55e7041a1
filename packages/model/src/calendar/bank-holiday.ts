import type { z } from 'zod';
import type { IsoDate } from '../dates/iso-date.js';
import type { bankHolidaySchema } from './bank-holiday-schema.js';
import type { Division } from './divisions.js';

/**
 * One bank holiday, in the shape of an event in GOV.UK's bank-holidays JSON. A substitute day
 * (a holiday that fell on a Saturday or Sunday, moved to a weekday) keeps the holiday's title
 * and has `notes: 'Substitute day'`.
 *
 * @example
 * ```ts
 * import type { BankHoliday } from '@antislavery/model';
 *
 * const boxingDay: BankHoliday = {
 *   title: 'Boxing Day',
 *   date: '2026-12-28',
 *   notes: 'Substitute day',
 *   bunting: true,
 * };
 * ```
 */
export type BankHoliday = Readonly<z.output<typeof bankHolidaySchema>>;

/**
 * The dates a {@link BankHolidayCalendar} knows about, inclusive: whole calendar years. Outside
 * them the calendar knows no bank holidays, so every Monday to Friday counts as a working day.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CALENDAR } from '@antislavery/model';
 *
 * BUILT_IN_CALENDAR.coverage;
 * //=> { from: '2015-01-01', to: '2027-12-31' }
 * ```
 */
export interface CalendarCoverage {
  /** The first date covered, always a 1 January. */
  readonly from: IsoDate;
  /** The last date covered, always a 31 December. */
  readonly to: IsoDate;
}

/**
 * An immutable set of bank holidays for the three divisions, with the years it covers.
 * {@link BUILT_IN_CALENDAR} is the default; {@link loadBankHolidays} makes one from a newer
 * GOV.UK file. Pass one to any calendar function as `options.calendar`.
 *
 * The calendars the SDK makes are frozen. The functions index a calendar the first time they
 * see it and remember the index, so a calendar built by hand must not be changed after use;
 * its dates must be real dates, or the functions throw {@link InvalidCalendarArgumentError}.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CALENDAR } from '@antislavery/model';
 *
 * BUILT_IN_CALENDAR.divisions.scotland[0];
 * //=> { title: 'New Year’s Day', date: '2015-01-01', notes: '', bunting: true }
 * ```
 */
export interface BankHolidayCalendar {
  /** The years this calendar knows; outside them it knows no bank holidays. */
  readonly coverage: CalendarCoverage;
  /** Each division's bank holidays in date order. */
  readonly divisions: Readonly<Record<Division, readonly BankHoliday[]>>;
}

/**
 * Options accepted by the calendar functions.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CALENDAR, type CalendarOptions, isWorkingDay } from '@antislavery/model';
 *
 * const options: CalendarOptions = { calendar: BUILT_IN_CALENDAR };
 * isWorkingDay('2026-12-28', 'scotland', options);
 * //=> false
 * ```
 */
export interface CalendarOptions {
  /** The calendar to use; {@link BUILT_IN_CALENDAR} when absent. */
  calendar?: BankHolidayCalendar;
}
