import { isIsoDate } from '@antislavery/model';
import type { Issue, ValidationResult } from '@antislavery/referrals';
import { type CalendarPeriod, customPeriod, standardPeriod } from './calendar-period.js';

/**
 * The codes and messages {@link parsePeriod} can give, by code.
 *
 * @example
 * ```ts
 * import { PERIOD_ISSUES } from '@antislavery/metrics';
 *
 * PERIOD_ISSUES['metrics.period.invalid-quarter'];
 * //=> 'Enter a quarter from Q1 to Q4, like 2025-Q1'
 * ```
 */
export const PERIOD_ISSUES = {
  'metrics.period.unrecognised':
    'Enter the period as a month (2025-03), a quarter (2025-Q1), a year (2025), a financial year (FY2024-25) or two dates (2025-01-01/2025-03-31)',
  'metrics.period.invalid-year': 'Enter a year from 0001 to 9999',
  'metrics.period.invalid-month': 'Enter a month from 01 to 12, like 2025-03',
  'metrics.period.invalid-quarter': 'Enter a quarter from Q1 to Q4, like 2025-Q1',
  'metrics.period.invalid-financial-year': 'Enter a financial year as two years in a row, like FY2024-25',
  'metrics.period.invalid-date': 'Enter real dates in the format YYYY-MM-DD, like 2025-01-01/2025-03-31',
  'metrics.period.end-before-start': 'The end of the period must be the same as or after the start',
} as const;

/**
 * One of the codes of {@link PERIOD_ISSUES}.
 *
 * @example
 * ```ts
 * import type { PeriodIssueCode } from '@antislavery/metrics';
 *
 * const code: PeriodIssueCode = 'metrics.period.invalid-month';
 * ```
 */
export type PeriodIssueCode = keyof typeof PERIOD_ISSUES;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q(\d)$/i;
const YEAR = /^(\d{4})$/;
const FINANCIAL_YEAR = /^FY(\d{4})-(\d{2})$/i;
const RANGE = /^(\S+)\s*\/\s*(\S+)$/;

function fail(code: PeriodIssueCode): ValidationResult<CalendarPeriod> {
  const issue: Issue = { severity: 'error', path: [], code, message: PERIOD_ISSUES[code] };
  return { ok: false, issues: [issue] };
}

const ok = (value: CalendarPeriod): ValidationResult<CalendarPeriod> => ({ ok: true, value, warnings: [] });

/**
 * Reads a period label typed by a person or given on a command line: a month (`2025-03`), a
 * calendar quarter (`2025-Q1`, Q1 being January to March), a calendar year (`2025`), a financial
 * year (`FY2024-25`, April 2024 to March 2025) or a custom range of two dates joined by `/`
 * (`2025-01-15/2025-02-14`, both days included). Surrounding spaces are ignored and `q` and `fy`
 * may be lower case. Never throws; gives an issue with a plain-English message for anything else.
 *
 * @param text - The label.
 * @returns The period, or the issue. Each issue's code is one of {@link PERIOD_ISSUES}.
 * @example
 * ```ts
 * import { parsePeriod } from '@antislavery/metrics';
 *
 * parsePeriod('FY2024-25');
 * //=> { ok: true, value: { kind: 'financial-year', start: '2024-04-01', end: '2025-03-31', label: 'FY2024-25' }, warnings: [] }
 * const wrong = parsePeriod('2025-Q5');
 * wrong.ok ? undefined : wrong.issues[0]?.message;
 * //=> 'Enter a quarter from Q1 to Q4, like 2025-Q1'
 * ```
 */
export function parsePeriod(text: string): ValidationResult<CalendarPeriod> {
  if (typeof text !== 'string') return fail('metrics.period.unrecognised');
  const label = text.trim();
  const year = (digits: string | undefined) => Number(digits);
  let match = YEAR.exec(label);
  if (match) {
    const y = year(match[1]);
    return y < 1 ? fail('metrics.period.invalid-year') : ok(standardPeriod('calendar-year', y, 1));
  }
  match = MONTH.exec(label);
  if (match) {
    const y = year(match[1]);
    const m = Number(match[2]);
    if (y < 1) return fail('metrics.period.invalid-year');
    return m < 1 || m > 12 ? fail('metrics.period.invalid-month') : ok(standardPeriod('month', y, m));
  }
  match = QUARTER.exec(label);
  if (match) {
    const y = year(match[1]);
    const q = Number(match[2]);
    if (y < 1) return fail('metrics.period.invalid-year');
    return q < 1 || q > 4
      ? fail('metrics.period.invalid-quarter')
      : ok(standardPeriod('quarter', y, q * 3 - 2));
  }
  match = FINANCIAL_YEAR.exec(label);
  if (match) {
    const y = year(match[1]);
    if (y < 1 || y > 9998) return fail('metrics.period.invalid-year');
    return Number(match[2]) !== (y + 1) % 100
      ? fail('metrics.period.invalid-financial-year')
      : ok(standardPeriod('financial-year', y, 4));
  }
  match = RANGE.exec(label);
  if (match) {
    const [, start = '', end = ''] = match;
    if (!isIsoDate(start) || !isIsoDate(end)) return fail('metrics.period.invalid-date');
    return end < start ? fail('metrics.period.end-before-start') : ok(customPeriod(start, end));
  }
  return fail('metrics.period.unrecognised');
}
