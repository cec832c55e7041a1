import { describe, expect, it } from 'vitest';
import { InvalidPeriodError } from './errors.js';
import { periodBoundSchema, periodEnd, periodSchema, periodStart } from './period.js';

describe('period bounds', () => {
  it('accept a four-digit year or a real date', () => {
    for (const good of ['2018', '0001', '9999', '2024-02-29', '2017-04-01']) {
      expect(periodBoundSchema.safeParse(good).success).toBe(true);
    }
  });

  it('reject impossible dates, other forms and non-strings with one message', () => {
    for (const bad of ['0000', '18', '20180', '2018/2019', '2023-02-30', '2023-2-1', 2018, null]) {
      expect(periodBoundSchema.safeParse(bad).error?.issues[0]?.message).toBe(
        'Enter a year, like 2018, or a real date in the format YYYY-MM-DD',
      );
    }
  });
});

describe('periods', () => {
  it('accept a period that ends in the year or on the day it starts', () => {
    expect(periodSchema.safeParse({ from: '2017', to: '2017' }).success).toBe(true);
    expect(periodSchema.safeParse({ from: '2017-04-01', to: '2017-04-01' }).success).toBe(true);
    expect(periodSchema.safeParse({ from: '2017', to: '2017-01-01' }).success).toBe(true);
    expect(periodSchema.safeParse({ from: '2017-12-31', to: '2017' }).success).toBe(true);
  });

  it('report a period that ends before it starts at its end', () => {
    for (const period of [
      { from: '2020', to: '2018' },
      { from: '2018-01-02', to: '2018-01-01' },
      { from: '2018', to: '2017-12-31' },
      { from: '2018-01-01', to: '2017' },
    ]) {
      const issue = periodSchema.safeParse(period).error?.issues[0];
      expect(issue?.path).toEqual(['to']);
      expect(issue?.message).toBe('The end of the period must be the same as or after the start');
    }
  });

  it('keep the document’s own wording as a label', () => {
    expect(periodSchema.parse({ from: '2016', to: '2017', label: '2016/2017' }).label).toBe('2016/2017');
    expect(periodSchema.safeParse({ from: '2016', to: '2017', label: ' ' }).error?.issues[0]?.message).toBe(
      'Enter the period label',
    );
  });

  it('give the first and last day, treating a year as all of it', () => {
    expect(periodStart({ from: '2017' })).toBe('2017-01-01');
    expect(periodEnd({ to: '2020' })).toBe('2020-12-31');
    expect(periodStart({ from: '2016-04-01' })).toBe('2016-04-01');
    expect(periodEnd({ to: '2017-03-31' })).toBe('2017-03-31');
  });

  it('throw a typed error for a bound that is not a year or a real date', () => {
    expect(() => periodStart({ from: '2023-02-30' })).toThrow(InvalidPeriodError);
    expect(() => periodEnd({ to: 'soon' })).toThrow(InvalidPeriodError);
    try {
      periodEnd({ to: '1984-02-30' });
    } catch (error) {
      expect((error as InvalidPeriodError).code).toBe('model.period.invalid');
      expect((error as InvalidPeriodError).where).toBe('periodEnd(period.to)');
      expect((error as Error).message).not.toContain('1984');
    }
  });
});
