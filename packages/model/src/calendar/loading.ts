// Validating and loading GOV.UK's bank-holidays JSON (needs zod, so it is not in the zod-free
// `@antislavery/model/calendar` entry).

export { bankHolidaySchema } from './bank-holiday-schema.js';
export { divisionSchema } from './division-schema.js';
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
