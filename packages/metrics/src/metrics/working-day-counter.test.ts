import {
  BUILT_IN_CALENDAR,
  DIVISIONS,
  fromDayNumber,
  toDayNumber,
  workingDaysBetween,
} from '@antislavery/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingDayCounter } from './working-day-counter.js';

describe('workingDayCounter', () => {
  const count = workingDayCounter();

  it('counts as workingDaysBetween counts, in every division', () => {
    const day = fc.integer({ min: toDayNumber('2014-06-01'), max: toDayNumber('2028-06-30') });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 2 }),
        (from, length, d) => {
          const division = DIVISIONS[d] as (typeof DIVISIONS)[number];
          expect(count(from, from + length, d)).toBe(
            workingDaysBetween(fromDayNumber(from), fromDayNumber(from + length), division),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('skips the bank holidays of the division: Easter 2026', () => {
    // Wednesday 1 April to Friday 10 April 2026: Good Friday (3 April) is a holiday everywhere,
    // Easter Monday (6 April) in England and Wales and Northern Ireland but not in Scotland.
    const from = toDayNumber('2026-04-01');
    const to = toDayNumber('2026-04-10');
    expect(count(from, to, 0)).toBe(5);
    expect(count(from, to, 1)).toBe(6);
    expect(count(from, to, 2)).toBe(5);
  });

  it('is made once per calendar', () => {
    expect(workingDayCounter(BUILT_IN_CALENDAR)).toBe(count);
  });
});
