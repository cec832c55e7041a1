import { describe, expect, it } from 'vitest';
import { dayOrNaN } from './day-number.js';

describe('dayOrNaN', () => {
  it('counts days from 1 January 1970', () => {
    expect(dayOrNaN('1970-01-01')).toBe(0);
    expect(dayOrNaN('1970-01-02')).toBe(1);
    expect(dayOrNaN('1969-12-31')).toBe(-1);
    // 2000 is a leap year: 10,957 days to 1 January, then 31 + 29 to 1 March.
    expect(dayOrNaN('2000-03-01')).toBe(11_017);
    expect(dayOrNaN('1999-09-19')).toBe(10_853);
  });

  it('reads the first and the last supported dates', () => {
    expect(dayOrNaN('0001-01-01')).toBe(-719_162);
    expect(dayOrNaN('9999-12-31')).toBe(2_932_896);
  });

  it('accepts the last day of each month, and 29 February only in a leap year', () => {
    expect(dayOrNaN('2024-02-29')).toBe(dayOrNaN('2024-03-01') - 1);
    expect(dayOrNaN('2024-04-30')).toBe(dayOrNaN('2024-05-01') - 1);
    expect(dayOrNaN('2024-12-31')).toBe(dayOrNaN('2025-01-01') - 1);
    expect(dayOrNaN('2023-02-28')).toBe(dayOrNaN('2023-03-01') - 1);
    for (const impossible of ['2023-02-29', '2024-02-30', '2024-04-31', '2024-01-32']) {
      expect(dayOrNaN(impossible)).toBeNaN();
    }
  });

  it('rejects year 0, month 0 or 13, and day 0', () => {
    for (const impossible of ['0000-01-01', '2024-00-10', '2024-13-10', '2024-01-00']) {
      expect(dayOrNaN(impossible)).toBeNaN();
    }
  });

  it('rejects anything that is not a string of ten characters', () => {
    for (const value of [
      undefined,
      null,
      20_240_101,
      new Date(0),
      ['2024-01-01'],
      '2024-1-01',
      '2024-01-011',
    ]) {
      expect(dayOrNaN(value)).toBeNaN();
    }
  });

  it('rejects other separators than hyphens, in either place', () => {
    for (const value of ['2024/01-01', '2024-01/01', '2024/01/01', '20240-1-01']) {
      expect(dayOrNaN(value)).toBeNaN();
    }
  });

  it('rejects a character that is not a digit in any place, below or above the digits', () => {
    const valid = '2024-01-15';
    for (const index of [0, 1, 2, 3, 5, 6, 8, 9]) {
      for (const bad of ['/', ':', 'a', ' ']) {
        const value = `${valid.slice(0, index)}${bad}${valid.slice(index + 1)}`;
        expect(dayOrNaN(value), value).toBeNaN();
      }
    }
  });
});
