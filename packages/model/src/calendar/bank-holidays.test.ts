import { describe, expect, it } from 'vitest';
import { InvalidIsoDateError } from '../dates/errors.js';
import { bankHolidays, isBankHoliday, isWithinCoverage } from './bank-holidays.js';
import { BUILT_IN_CALENDAR } from './built-in-calendar.js';
import { InvalidCalendarArgumentError } from './errors.js';
import { loadBankHolidays } from './load-bank-holidays.js';

describe('isBankHoliday', () => {
  it('knows each division’s own holidays and substitute days', () => {
    expect(isBankHoliday('2026-12-28', 'england-and-wales')).toBe(true);
    expect(isBankHoliday('2026-12-26', 'england-and-wales')).toBe(false); // a Saturday; the 28th is the holiday
    expect(isBankHoliday('2026-11-30', 'scotland')).toBe(true);
    expect(isBankHoliday('2026-11-30', 'england-and-wales')).toBe(false);
    expect(isBankHoliday('2026-03-17', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2026-03-17', 'scotland')).toBe(false);
    expect(isBankHoliday('2026-01-02', 'scotland')).toBe(true);
    expect(isBankHoliday('2026-01-02', 'england-and-wales')).toBe(false);
  });

  it('knows none outside the data’s years', () => {
    expect(isBankHoliday('2014-12-25', 'scotland')).toBe(false);
    expect(isBankHoliday('2028-12-25', 'scotland')).toBe(false);
  });

  it('throws typed errors naming the argument', () => {
    expect(() => isBankHoliday('2026-02-29', 'scotland')).toThrow(InvalidIsoDateError);
    expect(() => isBankHoliday('2026-02-29', 'scotland')).toThrow('isBankHoliday(date)');
    expect(() => isBankHoliday('2026-12-25', 'wales' as never)).toThrow(InvalidCalendarArgumentError);
  });
});

describe('bankHolidays', () => {
  it('lists a division’s holidays between two dates, inclusive, in date order', () => {
    expect(bankHolidays('scotland', { from: '2027-01-01', to: '2027-01-31' })).toEqual([
      { title: 'New Year’s Day', date: '2027-01-01', notes: '', bunting: true },
      { title: '2nd January', date: '2027-01-04', notes: 'Substitute day', bunting: true },
    ]);
    expect(
      bankHolidays('england-and-wales', { from: '2026-12-28', to: '2027-01-01' }).map((h) => h.date),
    ).toEqual(['2026-12-28', '2027-01-01']);
    expect(bankHolidays('england-and-wales', { from: '2026-12-29', to: '2026-12-31' })).toEqual([]);
  });

  it('lists all of them without bounds, and from or to on their own', () => {
    expect(bankHolidays('northern-ireland')).toHaveLength(133);
    expect(bankHolidays('northern-ireland', { from: '2027-01-01' })).toHaveLength(10);
    expect(bankHolidays('northern-ireland', { to: '2015-12-31' })).toHaveLength(10);
    expect(bankHolidays('northern-ireland', { to: '2014-12-31' })).toEqual([]);
  });

  it('returns nothing when from is after to', () => {
    expect(bankHolidays('scotland', { from: '2027-12-31', to: '2027-01-01' })).toEqual([]);
  });

  it('returns a new array, so that changing it does not change the calendar', () => {
    const list = bankHolidays('scotland', { from: '2027-01-01', to: '2027-12-31' });
    list.length = 0;
    expect(bankHolidays('scotland', { from: '2027-01-01', to: '2027-12-31' })).toHaveLength(9);
    expect(BUILT_IN_CALENDAR.divisions.scotland).toHaveLength(120);
  });

  it('reads the calendar it is given', () => {
    const loaded = loadBankHolidays(
      {
        'england-and-wales': { events: [{ title: 'Boxing Day', date: '2028-12-26' }] },
        scotland: { events: [{ title: 'Boxing Day', date: '2028-12-26' }] },
        'northern-ireland': { events: [{ title: 'Boxing Day', date: '2028-12-26' }] },
      },
      { mode: 'replace' },
    );
    if (!loaded.ok) throw new Error('expected the file to load');
    expect(bankHolidays('scotland', { calendar: loaded.calendar })).toEqual([
      { title: 'Boxing Day', date: '2028-12-26', notes: '', bunting: true },
    ]);
  });

  it('throws InvalidIsoDateError naming the bound that is not a real date', () => {
    expect(() => bankHolidays('scotland', { from: '2027-02-29' })).toThrow('bankHolidays(options.from)');
    expect(() => bankHolidays('scotland', { to: '31/12/2027' })).toThrow('bankHolidays(options.to)');
    expect(() => bankHolidays('scotland', { to: '31/12/2027' })).toThrow(InvalidIsoDateError);
  });
});

describe('isWithinCoverage', () => {
  it('is true from 1 January 2015 to 31 December 2027 for the built-in calendar', () => {
    expect(isWithinCoverage('2015-01-01')).toBe(true);
    expect(isWithinCoverage('2027-12-31')).toBe(true);
    expect(isWithinCoverage('2014-12-31')).toBe(false);
    expect(isWithinCoverage('2028-01-01')).toBe(false);
  });

  it('follows a loaded calendar’s coverage', () => {
    const loaded = loadBankHolidays({
      'england-and-wales': { events: [{ title: 'Boxing Day', date: '2028-12-26' }] },
      scotland: { events: [{ title: 'Boxing Day', date: '2028-12-26' }] },
      'northern-ireland': { events: [{ title: 'Boxing Day', date: '2028-12-26' }] },
    });
    if (!loaded.ok) throw new Error('expected the file to load');
    expect(isWithinCoverage('2028-12-31', { calendar: loaded.calendar })).toBe(true);
    expect(isWithinCoverage('2029-01-01', { calendar: loaded.calendar })).toBe(false);
  });

  it('throws typed errors for a bad date or calendar', () => {
    expect(() => isWithinCoverage('2028')).toThrow('isWithinCoverage(date)');
    expect(() => isWithinCoverage('2028-01-01', { calendar: {} as never })).toThrow(
      'isWithinCoverage(options.calendar)',
    );
  });
});
