import { describe, expect, it } from 'vitest';
import { InvalidIsoDateError } from './errors.js';
import {
  dayNumberOf,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  toDayNumber,
  todayInUk,
} from './iso-date.js';
import { isoDateSchema } from './iso-date-schema.js';

describe('isIsoDate', () => {
  it('accepts real dates including 29 February in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });

  it('rejects impossible dates, other formats and non-strings', () => {
    for (const bad of ['2023-02-30', '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    for (const bad of ['2023-2-1', '20230201', '2023-02-01T00:00:00Z', ' 2023-02-01', '0000-01-01', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate(20230201)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date(0))).toBe(false);
  });

  it('reports a plain-English message from the schema', () => {
    const result = isoDateSchema.safeParse('2023-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Enter a real date in the format YYYY-MM-DD');
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 30, 31]);
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    // 2024-01-01: 54 years after 1970 with 13 leap days (1972 to 2020).
    expect(toDayNumber('2024-01-01')).toBe(54 * 365 + 13);
    expect(dayNumberOf(2000, 3, 1)).toBe(toDayNumber('2000-03-01'));
  });

  it('round-trips every day from 1899 to 2101', () => {
    for (let n = toDayNumber('1899-01-01'); n <= toDayNumber('2101-12-31'); n++) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });

  it('agrees with the UTC calendar for a spread of dates', () => {
    for (const date of ['1900-03-01', '2015-11-01', '2020-02-29', '2023-01-30', '2100-02-28']) {
      expect(toDayNumber(date)).toBe(
        Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8)) / 86_400_000,
      );
    }
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek(toDayNumber('1970-01-01'))).toBe(4);
    expect(dayOfWeek(toDayNumber('2026-11-23'))).toBe(1);
    expect(dayOfWeek(toDayNumber('1969-12-28'))).toBe(0);
  });

  it('throws a typed error that does not repeat the value', () => {
    expect(() => toDayNumber('1984-02-30')).toThrow(InvalidIsoDateError);
    try {
      toDayNumber('1984-02-30');
    } catch (error) {
      expect((error as InvalidIsoDateError).code).toBe('model.date.invalid');
      expect((error as Error).message).not.toContain('1984');
    }
  });
});

describe('todayInUk', () => {
  it('reads the date in London, not in the process time zone', () => {
    expect(todayInUk(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInUk(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
