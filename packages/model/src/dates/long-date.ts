import { isIsoDate } from './iso-date.js';

/**
 * The months' names in English, January first, as GOV.UK writes them in dates.
 *
 * @example
 * ```ts
 * import { MONTH_NAMES } from '@antislavery/model/calendar';
 *
 * MONTH_NAMES[3];
 * //=> 'April'
 * ```
 */
export const MONTH_NAMES = [
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
 * A date-only value written as GOV.UK writes dates ("1 April 2026"), without going through `Date`,
 * so no time zone or locale can change the day. A value that is not a real `YYYY-MM-DD` date is
 * returned as it is.
 *
 * @param isoDate - The date, `YYYY-MM-DD`.
 * @returns The date in words, such as `1 April 2026`.
 *
 * @example
 * ```ts
 * import { formatLongDate } from '@antislavery/model/calendar';
 *
 * formatLongDate('2015-11-01');
 * //=> '1 November 2015'
 * formatLongDate('2025-02-30');
 * //=> '2025-02-30'
 * ```
 */
export function formatLongDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return `${Number(isoDate.slice(8, 10))} ${MONTH_NAMES[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}
