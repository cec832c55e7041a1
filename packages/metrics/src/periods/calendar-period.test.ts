import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import {
  customPeriod,
  describePeriod,
  formatPeriod,
  PERIOD_KINDS,
  periodContaining,
} from './calendar-period.js';

describe('periodContaining', () => {
  it('finds the month, calendar quarter, calendar year and financial year of a date', () => {
    expect(periodContaining('month', '2024-02-10')).toEqual({
      kind: 'month',
      start: '2024-02-01',
      end: '2024-02-29',
      label: '2024-02',
    });
    expect(periodContaining('quarter', '2025-03-31')).toEqual({
      kind: 'quarter',
      start: '2025-01-01',
      end: '2025-03-31',
      label: '2025-Q1',
    });
    expect(periodContaining('quarter', '2025-10-01').label).toBe('2025-Q4');
    expect(periodContaining('calendar-year', '2025-07-04')).toEqual({
      kind: 'calendar-year',
      start: '2025-01-01',
      end: '2025-12-31',
      label: '2025',
    });
  });

  it('starts the financial year on 1 April, so January to March belong to the year before', () => {
    expect(periodContaining('financial-year', '2025-03-31')).toEqual({
      kind: 'financial-year',
      start: '2024-04-01',
      end: '2025-03-31',
      label: 'FY2024-25',
    });
    expect(periodContaining('financial-year', '2025-04-01').label).toBe('FY2025-26');
    expect(periodContaining('financial-year', '1999-05-01').label).toBe('FY1999-00');
  });

  it('rejects a kind it does not know and a date that is not real', () => {
    expect(() => periodContaining('week' as never, '2025-01-01')).toThrow(InvalidMetricsArgumentError);
    expect(() => periodContaining('custom' as never, '2025-01-01')).toThrow(InvalidMetricsArgumentError);
    expect(() => periodContaining('month', '2025-02-29')).toThrow(InvalidMetricsArgumentError);
  });
});

describe('customPeriod', () => {
  it('makes a range of whole days, both included, labelled with its two dates', () => {
    expect(customPeriod('2025-01-15', '2025-01-15')).toEqual({
      kind: 'custom',
      start: '2025-01-15',
      end: '2025-01-15',
      label: '2025-01-15/2025-01-15',
    });
  });

  it('rejects dates that are not real and an end before the start', () => {
    expect(() => customPeriod('2025-13-01', '2025-12-31')).toThrow(InvalidMetricsArgumentError);
    expect(() => customPeriod('2025-01-02', '2025-01-01')).toThrow(InvalidMetricsArgumentError);
    expect(() => customPeriod('2025-01-02', 'soon')).toThrow(InvalidMetricsArgumentError);
  });
});

describe('formatPeriod and describePeriod', () => {
  it('labels and describes every kind', () => {
    const cases = [
      [periodContaining('month', '2025-03-09'), '2025-03', 'March 2025'],
      [periodContaining('quarter', '2025-08-09'), '2025-Q3', 'July to September 2025'],
      [periodContaining('calendar-year', '2025-08-09'), '2025', '2025'],
      [periodContaining('financial-year', '2025-08-09'), 'FY2025-26', 'April 2025 to March 2026'],
      [
        customPeriod('2025-01-15', '2025-02-14'),
        '2025-01-15/2025-02-14',
        '15 January 2025 to 14 February 2025',
      ],
      [customPeriod('2025-01-05', '2025-01-05'), '2025-01-05/2025-01-05', '5 January 2025'],
    ] as const;
    for (const [period, label, words] of cases) {
      expect(formatPeriod(period)).toBe(label);
      expect(describePeriod(period)).toBe(words);
    }
  });

  it('lists the kinds of the partnership model and custom', () => {
    expect(PERIOD_KINDS).toEqual(['month', 'quarter', 'calendar-year', 'financial-year', 'custom']);
  });
});
