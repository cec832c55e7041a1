import { describe, expect, it } from 'vitest';
import { formatLongDate, MONTH_NAMES } from './long-date.js';

describe('formatLongDate', () => {
  it('writes a date as GOV.UK does, the day without a leading zero', () => {
    expect(formatLongDate('2026-04-01')).toBe('1 April 2026');
    expect(formatLongDate('2015-12-31')).toBe('31 December 2015');
    expect(formatLongDate('2024-02-29')).toBe('29 February 2024');
  });

  it('names every month in order', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(
      MONTH_NAMES.map((_, index) => formatLongDate(`2025-${String(index + 1).padStart(2, '0')}-10`)),
    ).toEqual(MONTH_NAMES.map((name) => `10 ${name} 2025`));
  });

  it('returns anything that is not a real date unchanged', () => {
    expect(formatLongDate('2025-02-30')).toBe('2025-02-30');
    expect(formatLongDate('2025-13-01')).toBe('2025-13-01');
    expect(formatLongDate('1 April 2026')).toBe('1 April 2026');
    expect(formatLongDate('')).toBe('');
  });
});
