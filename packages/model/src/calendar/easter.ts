import { dayNumberOf, fromDayNumber, type IsoDate } from '../dates/iso-date.js';
import { InvalidCalendarArgumentError } from './errors.js';

/**
 * The date of Easter Sunday in a year of the Gregorian calendar (1583 to 9999), by the
 * Gregorian computus.
 *
 * @param year - a whole year from 1583 (the first full year of the Gregorian calendar) to 9999
 * @throws {@link InvalidCalendarArgumentError} if `year` is not a whole year in that range
 *
 * @example
 * ```ts
 * import { easterSunday } from '@antislavery/model';
 *
 * easterSunday(2026);
 * //=> '2026-04-05'
 * ```
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new InvalidCalendarArgumentError('easterSunday(year)', 'a whole year from 1583 to 9999');
  }
  return fromDayNumber(easterSundayDayNumber(year));
}

/**
 * The day number of Easter Sunday, without validation.
 *
 * The "anonymous Gregorian algorithm" (Meeus/Jones/Butcher): published anonymously in Nature,
 * 20 April 1876, and given by Jean Meeus, Astronomical Algorithms (1991), chapter 8. It is exact
 * for every Gregorian year, with no table of exceptions.
 */
export function easterSundayDayNumber(year: number): number {
  const a = year % 19; // place in the 19-year Metonic cycle
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30; // epact: days from the equinox to the paschal full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the following Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}
