const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A date-only value written out as GOV.UK writes dates, without going through `Date` (so the
 * browser's time zone cannot change the day). Anything that is not `YYYY-MM-DD` is returned as it
 * is.
 *
 * @param isoDate - the date, `YYYY-MM-DD`
 * @returns the date, such as "1 April 2026"
 *
 * @example
 * ```ts
 * import { longDate } from './long-date.js';
 *
 * longDate('2015-11-01');
 * //=> '1 November 2015'
 * ```
 */
export function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
