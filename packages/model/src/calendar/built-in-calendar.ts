import type { BankHoliday, BankHolidayCalendar } from './bank-holiday.js';
import { DIVISIONS, type Division } from './divisions.js';
import { generateBankHolidays } from './generate-bank-holidays.js';
import { createCalendar } from './holiday-index.js';

/** The first year of the built-in data. */
export const FIRST_BUILT_IN_YEAR = 2015;
/** The last year of the built-in data. */
export const LAST_BUILT_IN_YEAR = 2027;

function buildBuiltInCalendar(): BankHolidayCalendar {
  const divisions = {} as Record<Division, BankHoliday[]>;
  for (const division of DIVISIONS) {
    divisions[division] = [];
    for (let year = FIRST_BUILT_IN_YEAR; year <= LAST_BUILT_IN_YEAR; year++) {
      divisions[division].push(...generateBankHolidays(division, year));
    }
  }
  return createCalendar(
    { from: `${FIRST_BUILT_IN_YEAR}-01-01`, to: `${LAST_BUILT_IN_YEAR}-12-31` },
    divisions,
  );
}

/**
 * The bank holidays the SDK ships: England and Wales, Scotland and Northern Ireland from 2015 to
 * 2027, generated from the rules by {@link generateBankHolidays} (including the
 * {@link ONE_OFF_BANK_HOLIDAY_CHANGES}). It is the default calendar of every calendar function.
 *
 * Outside its `coverage` (1 January 2015 to 31 December 2027) it knows no bank holidays: every
 * Monday to Friday there counts as a working day. It does not guess. For later years, load
 * GOV.UK's bank-holidays JSON with {@link loadBankHolidays} and pass the result as
 * `options.calendar`; check a date with {@link isWithinCoverage}.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CALENDAR } from '@antislavery/model';
 *
 * BUILT_IN_CALENDAR.coverage.to;
 * //=> '2027-12-31'
 * BUILT_IN_CALENDAR.divisions['northern-ireland'].length;
 * //=> 133
 * ```
 */
export const BUILT_IN_CALENDAR: BankHolidayCalendar = /* @__PURE__ */ buildBuiltInCalendar();
