// This module is also the entry of `@antislavery/model/calendar`, which imports no zod: an app or
// a package that only needs dates and working days does not bundle it.

// Date-only values: validation, day numbers, today in the UK

export * from '../dates/index.js';

// Jurisdictions, divisions and how a jurisdiction maps to one

export { JURISDICTION_LABELS, JURISDICTIONS, type Jurisdiction } from '../vocabulary/jurisdictions.js';
export { DIVISION_LABELS, DIVISIONS, type Division, divisionOf } from './divisions.js';

// Bank holidays: the event shape, the calendar object and the built-in data for 2015 to 2027

export type { BankHoliday, BankHolidayCalendar, CalendarCoverage, CalendarOptions } from './bank-holiday.js';
export { bankHolidays, isBankHoliday, isWithinCoverage } from './bank-holidays.js';
export { BUILT_IN_CALENDAR } from './built-in-calendar.js';

// The rules the data is generated from

export { easterSunday } from './easter.js';
export {
  generateBankHolidays,
  ONE_OFF_BANK_HOLIDAY_CHANGES,
  type OneOffBankHolidayChange,
} from './generate-bank-holidays.js';

// Working-day arithmetic

export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

// Programmer errors

export { InvalidCalendarArgumentError, InvalidWorkingDayAmountError } from './errors.js';
