import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidIsoDateError } from '../dates/errors.js';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import type { BankHolidayCalendar } from './bank-holiday.js';
import { DIVISIONS, type Division } from './divisions.js';
import { InvalidCalendarArgumentError, InvalidWorkingDayAmountError } from './errors.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const EW: Division = 'england-and-wales';

describe('isWorkingDay', () => {
  it('is Monday to Friday except bank holidays in the division', () => {
    expect(isWorkingDay('2026-04-02', EW)).toBe(true); // Thursday
    expect(isWorkingDay('2026-04-03', EW)).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-04', EW)).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-05', EW)).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-06', EW)).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-06', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2026-04-06', 'scotland')).toBe(true); // no Easter Monday in Scotland
    expect(isWorkingDay('2026-11-30', 'scotland')).toBe(false); // St Andrew's Day
    expect(isWorkingDay('2026-11-30', EW)).toBe(true);
    expect(isWorkingDay('2025-07-14', 'northern-ireland')).toBe(false); // the Boyne, substitute
    expect(isWorkingDay('2025-07-14', 'scotland')).toBe(true);
  });

  it('knows no bank holidays outside 2015 to 2027, so counts every weekday', () => {
    expect(isWorkingDay('2014-12-25', EW)).toBe(true);
    expect(isWorkingDay('2028-12-25', EW)).toBe(true);
    expect(isWorkingDay('2028-12-23', EW)).toBe(false); // a Saturday is never a working day
  });
});

describe('addWorkingDays', () => {
  it('skips Good Friday and Easter Monday (England and Wales) or Good Friday only (Scotland)', () => {
    expect(addWorkingDays('2026-04-01', 5, EW)).toBe('2026-04-10');
    expect(addWorkingDays('2026-04-01', 5, 'northern-ireland')).toBe('2026-04-10');
    expect(addWorkingDays('2026-04-01', 5, 'scotland')).toBe('2026-04-09');
    expect(addWorkingDays('2026-04-02', 1, EW)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 1, 'scotland')).toBe('2026-04-06');
  });

  it('starts counting on the next working day when the date is a weekend or holiday', () => {
    expect(addWorkingDays('2026-04-04', 1, EW)).toBe('2026-04-07'); // Saturday, then Easter Monday
    expect(addWorkingDays('2026-04-04', 1, 'scotland')).toBe('2026-04-06');
    expect(addWorkingDays('2026-04-03', 1, EW)).toBe('2026-04-07'); // from Good Friday
  });

  it('skips Christmas, Boxing Day’s substitute and New Year, and Scotland’s 2 January', () => {
    // Christmas 2026 is a Friday: 28 December (Boxing Day substitute) and 1 January are holidays;
    // in Scotland so is Monday 4 January 2027 (2 January substitute).
    expect(addWorkingDays('2026-12-24', 1, EW)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-24', 4, EW)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-24', 4, 'scotland')).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-24', 5, EW)).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-24', 5, 'scotland')).toBe('2027-01-06');
    // Christmas 2027 is a Saturday: Monday 27 and Tuesday 28 are holidays.
    expect(addWorkingDays('2027-12-24', 1, EW)).toBe('2027-12-29');
  });

  it('counts back for negative amounts', () => {
    expect(addWorkingDays('2026-04-07', -1, EW)).toBe('2026-04-02');
    expect(addWorkingDays('2026-04-07', -1, 'scotland')).toBe('2026-04-06');
    expect(addWorkingDays('2027-01-05', -4, 'scotland')).toBe('2026-12-24');
    expect(addWorkingDays('2027-01-05', -4, EW)).toBe('2026-12-29');
    expect(addWorkingDays('2026-04-10', -5, EW)).toBe('2026-04-01');
    expect(addWorkingDays('2026-04-05', -1, EW)).toBe('2026-04-02'); // from a Sunday
  });

  it('returns the date unchanged for an amount of 0, even if it is not a working day', () => {
    expect(addWorkingDays('2026-04-04', 0, EW)).toBe('2026-04-04');
    expect(addWorkingDays('2026-04-06', -0, EW)).toBe('2026-04-06');
  });

  it('gives the same answers across the clock changes in March and October', () => {
    // UK clocks change on Sunday 29 March and Sunday 25 October 2026; US clocks on 8 March and
    // 1 November 2026; in 2027 the UK change is on Easter Sunday, 28 March.
    expect(addWorkingDays('2026-03-27', 1, EW)).toBe('2026-03-30');
    expect(addWorkingDays('2026-03-30', -1, EW)).toBe('2026-03-27');
    expect(addWorkingDays('2026-10-23', 1, EW)).toBe('2026-10-26');
    expect(addWorkingDays('2026-03-06', 1, EW)).toBe('2026-03-09');
    expect(addWorkingDays('2026-10-30', 1, EW)).toBe('2026-11-02');
    expect(addWorkingDays('2027-03-25', 1, EW)).toBe('2027-03-30');
    expect(addWorkingDays('2027-03-25', 1, 'scotland')).toBe('2027-03-29');
    expect(workingDaysBetween('2026-03-27', '2026-03-30', EW)).toBe(1);
    expect(workingDaysBetween('2026-10-23', '2026-10-26', EW)).toBe(1);
    expect(isWorkingDay('2026-03-30', EW)).toBe(true);
  });

  it('handles large amounts arithmetically, across years', () => {
    // 3,285 working days from 1 January 2015 to 31 December 2027 (see workingDaysBetween below).
    expect(addWorkingDays('2015-01-01', 3285, EW)).toBe('2027-12-31');
    // Going back, 31 December 2027 itself does not count, so 3,284 back is 2 January 2015 and the
    // 3,285th skips New Year's Day 2015 to Wednesday 31 December 2014.
    expect(addWorkingDays('2027-12-31', -3284, EW)).toBe('2015-01-02');
    expect(addWorkingDays('2027-12-31', -3285, EW)).toBe('2014-12-31');
    // Beyond the data every weekday counts: 261 weekdays from 1 January to 31 December 2029.
    expect(addWorkingDays('2029-01-01', 260, EW)).toBe('2029-12-31');
  });

  it('throws a typed error for an amount that is not a whole number', () => {
    for (const amount of [1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1']) {
      expect(() => addWorkingDays('2026-04-01', amount as number, EW)).toThrow(InvalidWorkingDayAmountError);
    }
    try {
      addWorkingDays('2026-04-01', 1.5, EW);
    } catch (error) {
      expect((error as InvalidWorkingDayAmountError).code).toBe('model.calendar.invalid-amount');
      expect((error as InvalidWorkingDayAmountError).where).toBe('addWorkingDays(amount)');
      expect((error as Error).message).not.toContain('1.5');
    }
  });

  it('throws a typed error when the result would leave the years 0001 to 9999', () => {
    expect(() => addWorkingDays('9999-12-31', 1, EW)).toThrow(InvalidWorkingDayAmountError);
    expect(() => addWorkingDays('0001-01-01', -1, EW)).toThrow(InvalidWorkingDayAmountError);
    expect(() => addWorkingDays('2026-04-01', 1e12, EW)).toThrow(InvalidWorkingDayAmountError);
    expect(() => addWorkingDays('2026-04-01', -1e300, EW)).toThrow(InvalidWorkingDayAmountError);
    expect(addWorkingDays('9999-12-30', 1, EW)).toBe('9999-12-31'); // a Thursday, then a Friday
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after start up to and including end', () => {
    expect(workingDaysBetween('2026-04-01', '2026-04-10', EW)).toBe(5);
    expect(workingDaysBetween('2026-04-01', '2026-04-10', 'scotland')).toBe(6);
    expect(workingDaysBetween('2026-04-02', '2026-04-07', EW)).toBe(1);
    expect(workingDaysBetween('2026-04-02', '2026-04-07', 'scotland')).toBe(2);
    expect(workingDaysBetween('2026-12-24', '2027-01-05', EW)).toBe(5);
    expect(workingDaysBetween('2026-12-24', '2027-01-05', 'scotland')).toBe(4);
  });

  it('is 0 for the same day and across a weekend or holidays only', () => {
    expect(workingDaysBetween('2026-04-01', '2026-04-01', EW)).toBe(0);
    expect(workingDaysBetween('2026-04-04', '2026-04-05', EW)).toBe(0);
    expect(workingDaysBetween('2026-04-02', '2026-04-06', EW)).toBe(0);
  });

  it('is negative, the same count reversed, when end is before start', () => {
    expect(workingDaysBetween('2026-04-10', '2026-04-01', EW)).toBe(-5);
    expect(workingDaysBetween('2027-01-05', '2026-12-24', 'scotland')).toBe(-4);
    expect(workingDaysBetween('2026-04-07', '2026-04-02', EW)).toBe(-1);
  });

  it('puts a decision on the 5th working day after the referral within the target, and the 6th outside', () => {
    // Referred on Thursday 24 December 2026 in England and Wales.
    expect(workingDaysBetween('2026-12-24', '2027-01-05', EW)).toBe(5); // within target
    expect(workingDaysBetween('2026-12-24', '2027-01-06', EW)).toBe(6); // outside target
    // Referred on a Saturday: the Monday is working day 1.
    expect(workingDaysBetween('2026-06-06', '2026-06-08', EW)).toBe(1);
    expect(workingDaysBetween('2026-06-06', '2026-06-12', EW)).toBe(5);
  });

  it('counts 13 years without a day-by-day loop: 3,285 working days in England and Wales 2015 to 2027', () => {
    // 2 January 2015 (a Friday) to 31 December 2027 (a Friday) is 4,747 days: 678 weeks and one
    // Friday, so 3,391 weekdays; less the 106 holidays after 1 January 2015.
    expect(workingDaysBetween('2015-01-01', '2027-12-31', EW)).toBe(3285);
    // Far outside the data there are only weekdays: 1 January 2001 to 1 January 2401 is 400
    // Gregorian years, exactly 20,871 weeks.
    expect(workingDaysBetween('2401-01-01', '2801-01-01', 'scotland')).toBe(20871 * 5);
  });

  it('is fast enough for a million records', () => {
    const started = performance.now();
    let total = 0;
    for (let i = 0; i < 200_000; i++) total += workingDaysBetween('2019-03-14', '2026-11-02', EW);
    expect(total).toBeGreaterThan(0);
    // A generous bound: day-by-day counting would take tens of seconds here.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('bad arguments', () => {
  it('throws InvalidIsoDateError naming the function and argument, never the value', () => {
    const cases: [() => unknown, string][] = [
      [() => isWorkingDay('2026-02-30', EW), 'isWorkingDay(date)'],
      [() => addWorkingDays('26-04-01', 1, EW), 'addWorkingDays(date)'],
      [() => workingDaysBetween('2026-13-01', '2026-04-01', EW), 'workingDaysBetween(start)'],
      [() => workingDaysBetween('2026-04-01', '2026-04-01T00:00:00Z', EW), 'workingDaysBetween(end)'],
      [() => isWorkingDay(null as never, EW), 'isWorkingDay(date)'],
    ];
    for (const [call, where] of cases) {
      expect(call).toThrow(InvalidIsoDateError);
      try {
        call();
      } catch (error) {
        expect((error as InvalidIsoDateError).where).toBe(where);
        expect((error as Error).message).not.toMatch(/2026|26-04/);
      }
    }
  });

  it('throws InvalidCalendarArgumentError for an unknown division', () => {
    for (const division of ['wales', 'england', '__proto__', 'toString', undefined]) {
      expect(() => isWorkingDay('2026-04-01', division as never)).toThrow(InvalidCalendarArgumentError);
    }
    expect(() => addWorkingDays('2026-04-01', 1, 'wales' as never)).toThrow('addWorkingDays(division)');
    expect(() => workingDaysBetween('2026-04-01', '2026-04-02', 'wales' as never)).toThrow(
      'workingDaysBetween(division)',
    );
  });

  it('throws InvalidCalendarArgumentError for a calendar option that is not a calendar', () => {
    const notCalendars = [
      {},
      { coverage: { from: '2015-01-01', to: '2027-12-31' } },
      { coverage: { from: '2015-01-01', to: 'soon' }, divisions: {} },
      {
        coverage: { from: '2015-01-01', to: '2027-12-31' },
        divisions: { 'england-and-wales': [], scotland: [], 'northern-ireland': 'none' },
      },
      {
        coverage: { from: '2015-01-01', to: '2027-12-31' },
        divisions: { 'england-and-wales': [{ date: '2026-02-30' }], scotland: [], 'northern-ireland': [] },
      },
      {
        coverage: { from: '2015-01-01', to: '2027-12-31' },
        divisions: { 'england-and-wales': [null], scotland: [], 'northern-ireland': [] },
      },
      'calendar',
      42,
    ];
    for (const calendar of notCalendars) {
      expect(() => isWorkingDay('2026-04-01', EW, { calendar: calendar as never })).toThrow(
        'isWorkingDay(options.calendar): expected a BankHolidayCalendar',
      );
    }
  });

  it('accepts a calendar built by hand, in any order', () => {
    const calendar: BankHolidayCalendar = {
      coverage: { from: '2030-01-01', to: '2030-12-31' },
      divisions: {
        'england-and-wales': [
          { title: 'Boxing Day', date: '2030-12-26', notes: '', bunting: true },
          { title: 'Christmas Day', date: '2030-12-25', notes: '', bunting: true },
        ],
        scotland: [],
        'northern-ireland': [],
      },
    };
    expect(isWorkingDay('2030-12-25', EW, { calendar })).toBe(false);
    expect(addWorkingDays('2030-12-24', 1, EW, { calendar })).toBe('2030-12-27');
    expect(workingDaysBetween('2030-12-24', '2030-12-27', EW, { calendar })).toBe(1);
    // The built-in calendar is not consulted: 2026's Easter Monday is a working day here.
    expect(isWorkingDay('2026-04-06', EW, { calendar })).toBe(true);
  });
});

describe('properties', () => {
  // 2013 to 2029: the built-in data and two years either side of it.
  const FIRST = toDayNumber('2013-01-01');
  const LAST = toDayNumber('2029-12-31');
  const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
  const division = fc.constantFrom(...DIVISIONS);

  const naiveCount = (start: string, end: string, d: Division) => {
    const [low, high, sign] =
      start <= end ? [toDayNumber(start), toDayNumber(end), 1] : [toDayNumber(end), toDayNumber(start), -1];
    let count = 0;
    for (let day = low + 1; day <= high; day++) if (isWorkingDay(fromDayNumber(day), d)) count++;
    return count === 0 ? 0 : sign * count;
  };

  const naiveAdd = (start: string, amount: number, d: Division) => {
    let day = toDayNumber(start);
    const step = Math.sign(amount);
    for (let left = Math.abs(amount); left > 0; ) {
      day += step;
      if (isWorkingDay(fromDayNumber(day), d)) left--;
    }
    return fromDayNumber(day);
  };

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n for n >= 0', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 800 }), division, (d, n, div) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n, div), div)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays lands on a working day and agrees with stepping day by day', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0),
        division,
        (d, n, div) => {
          const result = addWorkingDays(d, n, div);
          expect(isWorkingDay(result, div)).toBe(true);
          expect(result).toBe(naiveAdd(d, n, div));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('going back n working days from a working day undoes going forward', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), division, (d, n, div) => {
        fc.pre(isWorkingDay(d, div));
        expect(addWorkingDays(addWorkingDays(d, n, div), -n, div)).toBe(d);
      }),
      { numRuns: 1000 },
    );
  });

  it('workingDaysBetween agrees with a day-by-day count over random ranges, either way round', () => {
    fc.assert(
      fc.property(date, date, division, (start, end, div) => {
        expect(workingDaysBetween(start, end, div)).toBe(naiveCount(start, end, div));
      }),
      { numRuns: 300 },
    );
  });

  it('workingDaysBetween adds up over consecutive ranges', () => {
    fc.assert(
      fc.property(date, date, date, division, (a, b, c, div) => {
        expect(workingDaysBetween(a, b, div) + workingDaysBetween(b, c, div)).toBe(
          workingDaysBetween(a, c, div),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
