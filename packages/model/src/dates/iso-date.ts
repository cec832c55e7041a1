import { z } from 'zod';
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Zod schema for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from '@antislavery/model';
 *
 * isoDateSchema.safeParse('2023-02-30').success;
 * //=> false
 * ```
 */
export const isoDateSchema = z
  .string({ error: 'Enter a date' })
  .refine(isIsoDate, { error: 'Enter a real date in the format YYYY-MM-DD' });

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
  if (!isIsoDate(date)) throw new InvalidIsoDateError('toDayNumber(date)');
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
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
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
