import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { type CalendarPeriod, customPeriod, periodContaining } from './calendar-period.js';
import { parsePeriod } from './parse-period.js';
import {
  latestWholePeriod,
  periodsEndingWith,
  previousPeriod,
  samePeriodYearBefore,
} from './period-shifts.js';

const period = (label: string): CalendarPeriod => {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(label);
  return result.value;
};

describe('previousPeriod', () => {
  it('steps back one month, quarter, year or financial year, across year ends', () => {
    expect(previousPeriod(period('2025-01')).label).toBe('2024-12');
    expect(previousPeriod(period('2024-03'))).toEqual(period('2024-02'));
    expect(previousPeriod(period('2025-Q1')).label).toBe('2024-Q4');
    expect(previousPeriod(period('2025-Q3')).label).toBe('2025-Q2');
    expect(previousPeriod(period('2025')).label).toBe('2024');
    expect(previousPeriod(period('FY2024-25')).label).toBe('FY2023-24');
  });

  it('gives a custom range the same number of days ending the day before', () => {
    // 15 January to 14 February is 31 days; the 31 days before end on 14 January.
    expect(previousPeriod(customPeriod('2025-01-15', '2025-02-14'))).toEqual(
      customPeriod('2024-12-15', '2025-01-14'),
    );
    // 1 to 31 March 2024 is 31 days: 30 January to 29 February 2024 (a leap year).
    expect(previousPeriod(customPeriod('2024-03-01', '2024-03-31'))).toEqual(
      customPeriod('2024-01-30', '2024-02-29'),
    );
  });

  it('rejects a hand-built period it cannot trust', () => {
    expect(() =>
      previousPeriod({ kind: 'month', start: '2025-02-30', end: '2025-03-01', label: 'x' }),
    ).toThrow(InvalidMetricsArgumentError);
    expect(() =>
      previousPeriod({ kind: 'week' as never, start: '2025-01-01', end: '2025-01-07', label: 'x' }),
    ).toThrow(InvalidMetricsArgumentError);
    expect(() =>
      previousPeriod({ kind: 'month', start: '2025-03-01', end: '2025-02-01', label: 'x' }),
    ).toThrow(InvalidMetricsArgumentError);
    expect(() => previousPeriod(null as never)).toThrow(InvalidMetricsArgumentError);
  });

  it('cannot step back before the year 0001', () => {
    expect(() => previousPeriod(period('0001-01'))).toThrow(InvalidMetricsArgumentError);
  });
});

describe('samePeriodYearBefore', () => {
  it('steps back twelve months', () => {
    expect(samePeriodYearBefore(period('2025-03')).label).toBe('2024-03');
    expect(samePeriodYearBefore(period('2025-Q2')).label).toBe('2024-Q2');
    expect(samePeriodYearBefore(period('2025')).label).toBe('2024');
    expect(samePeriodYearBefore(period('FY2024-25')).label).toBe('FY2023-24');
  });

  it('moves custom dates a year back, 29 February becoming 28 February', () => {
    expect(samePeriodYearBefore(customPeriod('2024-02-29', '2024-03-31')).label).toBe(
      '2023-02-28/2023-03-31',
    );
    expect(samePeriodYearBefore(customPeriod('2025-02-01', '2025-02-28')).label).toBe(
      '2024-02-01/2024-02-28',
    );
  });

  it('cannot step back before the year 0001', () => {
    expect(() => samePeriodYearBefore(customPeriod('0001-01-01', '0001-01-02'))).toThrow(
      InvalidMetricsArgumentError,
    );
  });
});

describe('latestWholePeriod', () => {
  it('takes the period ending on the date, or the whole one before it', () => {
    expect(latestWholePeriod('quarter', '2025-03-31').label).toBe('2025-Q1');
    expect(latestWholePeriod('quarter', '2025-03-30').label).toBe('2024-Q4');
    expect(latestWholePeriod('financial-year', '2025-06-30').label).toBe('FY2024-25');
    expect(latestWholePeriod('month', '2025-06-30').label).toBe('2025-06');
    expect(latestWholePeriod('calendar-year', '2025-12-31').label).toBe('2025');
  });

  it('rejects a date that is not real', () => {
    expect(() => latestWholePeriod('month', '2025-06-31')).toThrow(InvalidMetricsArgumentError);
  });
});

describe('periodsEndingWith', () => {
  it('lists periods oldest first with no gaps', () => {
    expect(periodsEndingWith(period('2025-02'), 4).map((p) => p.label)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    const days = periodsEndingWith(customPeriod('2025-01-01', '2025-01-10'), 3);
    expect(days.map((p) => p.label)).toEqual([
      '2024-12-12/2024-12-21',
      '2024-12-22/2024-12-31',
      '2025-01-01/2025-01-10',
    ]);
    expect(periodsEndingWith(periodContaining('quarter', '2025-01-01'), 1)).toHaveLength(1);
  });

  it('rejects a count that is not a whole number of 1 or more', () => {
    for (const count of [0, -1, 1.5]) {
      expect(() => periodsEndingWith(period('2025'), count)).toThrow(InvalidMetricsArgumentError);
    }
  });
});
