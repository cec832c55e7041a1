import { dayNumberOf, daysInMonth } from '@antislavery/model';

// Internal: the day number of a date-only value, read straight from its characters. It is what
// `toDayNumber` gives for a real date, but returns NaN instead of throwing, and uses no regular
// expression and no `Date`, because it runs several times for every record of every report.

/** The day number of a real date written `YYYY-MM-DD`, or NaN for anything else. */
export function dayNumberOrNaN(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return Number.NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // Each must be a digit from 0 to 9; as unsigned, a character below '0' is far above 9.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return Number.NaN;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return dayNumberOf(year, month, day);
}
