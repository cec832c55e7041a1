// Divisions and how a jurisdiction maps to one

// Bank holidays: the event shape, the calendar object and the built-in data for 2015 to 2027
export {
  type BankHoliday,
  type BankHolidayCalendar,
  bankHolidaySchema,
  type CalendarCoverage,
  type CalendarOptions,
} from './bank-holiday.js';
export { bankHolidays, isBankHoliday, isWithinCoverage } from './bank-holidays.js';
export { BUILT_IN_CALENDAR } from './built-in-calendar.js';
export { DIVISION_LABELS, DIVISIONS, type Division, divisionOf, divisionSchema } from './divisions.js';
// The rules the data is generated from
export { easterSunday } from './easter.js';
// Programmer errors
export { InvalidCalendarArgumentError, InvalidWorkingDayAmountError } from './errors.js';
export {
  generateBankHolidays,
  ONE_OFF_BANK_HOLIDAY_CHANGES,
  type OneOffBankHolidayChange,
} from './generate-bank-holidays.js';
// Loading a newer copy of GOV.UK's bank-holidays JSON
export {
  BANK_HOLIDAY_ISSUE_CODES,
  type BankHolidayIssue,
  type BankHolidayIssueCode,
  type GovUkBankHolidays,
  govUkBankHolidaysSchema,
  type LoadBankHolidaysOptions,
  type LoadBankHolidaysResult,
  loadBankHolidays,
} from './load-bank-holidays.js';
// Working-day arithmetic
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';
