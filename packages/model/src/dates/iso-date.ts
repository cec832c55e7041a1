import { InvalidIsoDateError } from './errors.js';

/**
 * A date-only value written `YYYY-MM-DD`. Date-only values never pass through a `Date` in the
 * process's time zone, so they cannot shift by a day.
 *
 * @example
 * ```ts
 * import type { IsoDate } from '@antislavery/model';
 *
 * const referred: IsoDate = '2025-03-31';
 * ```
 */
export type IsoDate = string;

/**
 * Whether a year is a leap year in the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { isLeapYear } from '@antislavery/model';
 *
 * isLeapYear(2024);
 * //=> true
 * isLeapYear(1900);
 * //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1 to 12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonth } from '@antislavery/model';
 *
 * daysInMonth(2023, 2);
 * //=> 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (years 0001 to 9999).
 * `2023-02-30` and `2023-2-1` are not.
 *
 * @example
 * ```ts
 * import { isIsoDate } from '@antislavery/model';
 *
 * isIsoDate('2024-02-29');
 * //=> true
 * isIsoDate('2023-02-29');
 * //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return !Number.isNaN(dayNumberOrNaN(value));
}

/**
 * The day number of a value if it is a real date written `YYYY-MM-DD`, otherwise `NaN`: what
 * {@link toDayNumber} gives, without throwing. Reads the characters directly (no regular
 * expression, no `Date`), because metrics and rules call it for every record.
 *
 * @example
 * ```ts
 * import { dayNumberOrNaN } from '@antislavery/model/calendar';
 *
 * dayNumberOrNaN('1970-01-02');
 * //=> 1
 * Number.isNaN(dayNumberOrNaN('2025-02-30'));
 * //=> true
 * ```
 */
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
  // Every character must be a digit: (x >>> 0) > 9 is true for anything outside 0 to 9.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return Number.NaN;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return dayNumberOf(year, month, day);
}

/**
 * The day number of a date: whole days since 1970-01-01 (negative before it). Pure integer
 * arithmetic with no `Date`, so it is fast in loops over many records and independent of the
 * process's time zone.
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @throws {@link InvalidIsoDateError} if `date` is not a real date
 *
 * @example
 * ```ts
 * import { toDayNumber } from '@antislavery/model';
 *
 * toDayNumber('1970-01-02');
 * //=> 1
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  const dayNumber = dayNumberOrNaN(date);
  if (Number.isNaN(dayNumber)) throw new InvalidIsoDateError('toDayNumber(date)');
  return dayNumber;
}

/**
 * The day number of a year, month (1 to 12) and day, without validation.
 * Days-from-civil algorithm after Howard Hinnant's public-domain date algorithms.
 *
 * @example
 * ```ts
 * import { dayNumberOf } from '@antislavery/model';
 *
 * dayNumberOf(2000, 3, 1);
 * //=> 11017
 * ```
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date written `YYYY-MM-DD` for a day number (whole days since 1970-01-01).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from '@antislavery/model';
 *
 * fromDayNumber(19723);
 * //=> '2024-01-01'
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day of the week of a day number: 0 for Sunday to 6 for Saturday.
 *
 * @example
 * ```ts
 * import { dayOfWeek, toDayNumber } from '@antislavery/model';
 *
 * dayOfWeek(toDayNumber('2026-11-23'));
 * //=> 1 (a Monday)
 * ```
 */
export function dayOfWeek(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * Today's date in the United Kingdom (Europe/London), whatever the process's time zone.
 *
 * @param now - the instant to read; defaults to the current time
 *
 * @example
 * ```ts
 * import { todayInUk } from '@antislavery/model';
 *
 * todayInUk(new Date('2026-06-30T23:30:00Z'));
 * //=> '2026-07-01' (British Summer Time)
 * ```
 */
export function todayInUk(now: Date = new Date()): IsoDate {
  londonDates ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = londonDates.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Made on first use and kept: building a formatter costs far more than using one.
let londonDates: Intl.DateTimeFormat | undefined;
