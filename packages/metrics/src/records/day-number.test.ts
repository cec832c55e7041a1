import { fromDayNumber, toDayNumber } from '@antislavery/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOrNaN } from './day-number.js';

describe('dayNumberOrNaN', () => {
  it('gives the day number toDayNumber gives for every real date', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-12-31') }), (day) => {
        expect(dayNumberOrNaN(fromDayNumber(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
    expect(dayNumberOrNaN('1970-01-01')).toBe(0);
    expect(dayNumberOrNaN('2024-02-29')).toBe(toDayNumber('2024-02-29'));
  });

  it('gives NaN, never throwing, for anything that is not a real date', () => {
    for (const bad of [
      '2023-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '0000-01-01',
      '2025-1-01',
      '2025/01/01',
      '2025-01-0a',
      ' 025-01-01',
      '2025-01-01 ',
      '',
      undefined,
      null,
      20250101,
      {},
    ]) {
      expect(dayNumberOrNaN(bad)).toBeNaN();
    }
  });
});
