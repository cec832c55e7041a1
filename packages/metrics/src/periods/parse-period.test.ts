import { describe, expect, it } from 'vitest';
import { PERIOD_ISSUES, parsePeriod } from './parse-period.js';

const value = (label: string) => {
  const result = parsePeriod(label);
  return result.ok ? result.value : undefined;
};
const code = (label: string) => {
  const result = parsePeriod(label);
  return result.ok ? undefined : result.issues[0]?.code;
};

describe('parsePeriod', () => {
  it('reads months, quarters, years, financial years and date ranges', () => {
    expect(value('2025-03')).toEqual({
      kind: 'month',
      start: '2025-03-01',
      end: '2025-03-31',
      label: '2025-03',
    });
    expect(value('2025-Q1')).toEqual({
      kind: 'quarter',
      start: '2025-01-01',
      end: '2025-03-31',
      label: '2025-Q1',
    });
    expect(value('2025-Q4')?.start).toBe('2025-10-01');
    expect(value('2025')).toEqual({
      kind: 'calendar-year',
      start: '2025-01-01',
      end: '2025-12-31',
      label: '2025',
    });
    expect(value('FY2024-25')).toEqual({
      kind: 'financial-year',
      start: '2024-04-01',
      end: '2025-03-31',
      label: 'FY2024-25',
    });
    expect(value('FY1999-00')?.end).toBe('2000-03-31');
    expect(value('2025-01-15/2025-02-14')).toEqual({
      kind: 'custom',
      start: '2025-01-15',
      end: '2025-02-14',
      label: '2025-01-15/2025-02-14',
    });
  });

  it('ignores surrounding spaces and the case of Q and FY', () => {
    expect(value(' 2025-q2 ')?.label).toBe('2025-Q2');
    expect(value('fy2024-25')?.label).toBe('FY2024-25');
    expect(value('2025-01-01 / 2025-01-31')?.label).toBe('2025-01-01/2025-01-31');
  });

  it('reads back every label it gives', () => {
    for (const label of ['2024-02', '2024-Q3', '2024', 'FY2023-24', '2024-02-29/2024-03-01']) {
      expect(value(label)?.label).toBe(label);
    }
  });

  it('gives a plain-English issue, never throwing, for anything else', () => {
    expect(code('2025-13')).toBe('metrics.period.invalid-month');
    expect(code('2025-00')).toBe('metrics.period.invalid-month');
    expect(code('2025-Q0')).toBe('metrics.period.invalid-quarter');
    expect(code('2025-Q5')).toBe('metrics.period.invalid-quarter');
    expect(code('FY2024-26')).toBe('metrics.period.invalid-financial-year');
    expect(code('0000')).toBe('metrics.period.invalid-year');
    expect(code('0000-05')).toBe('metrics.period.invalid-year');
    expect(code('0000-Q1')).toBe('metrics.period.invalid-year');
    expect(code('FY0000-01')).toBe('metrics.period.invalid-year');
    expect(code('FY9999-00')).toBe('metrics.period.invalid-year');
    expect(code('2025-02-30/2025-03-01')).toBe('metrics.period.invalid-date');
    expect(code('2025-03-01/2025-02-01')).toBe('metrics.period.end-before-start');
    expect(code('last quarter')).toBe('metrics.period.unrecognised');
    expect(code('')).toBe('metrics.period.unrecognised');
    expect(code(42 as unknown as string)).toBe('metrics.period.unrecognised');
  });

  it('words each issue as GOV.UK does and never repeats the input', () => {
    const result = parsePeriod('2025-Q9');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          path: [],
          code: 'metrics.period.invalid-quarter',
          message: 'Enter a quarter from Q1 to Q4, like 2025-Q1',
        },
      ],
    });
    for (const message of Object.values(PERIOD_ISSUES)) expect(message).not.toContain('Q9');
  });
});
