import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter.js';
import { InvalidCalendarArgumentError } from './errors.js';

describe('easterSunday', () => {
  it('gives the published Easter Sundays for 2015 to 2028', () => {
    // Written out from a published table of Western (Gregorian) Easter dates; for 2018 to 2027
    // each is two days after the Good Friday in GOV.UK's bank-holidays JSON.
    const published: Record<number, string> = {
      2015: '2015-04-05',
      2016: '2016-03-27',
      2017: '2017-04-16',
      2018: '2018-04-01',
      2019: '2019-04-21',
      2020: '2020-04-12',
      2021: '2021-04-04',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
    };
    for (const [year, date] of Object.entries(published)) {
      expect(easterSunday(Number(year))).toBe(date);
    }
  });

  it('reaches the earliest and latest possible dates, 22 March and 25 April', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2000)).toBe('2000-04-23');
  });

  it('rejects years outside the Gregorian calendar and fractions with a typed error', () => {
    for (const year of [1582, 10000, 2026.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => easterSunday(year)).toThrow(InvalidCalendarArgumentError);
    }
    expect(() => easterSunday(1582)).toThrow('easterSunday(year): expected a whole year from 1583 to 9999');
  });
});
