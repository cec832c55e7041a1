import { describe, expect, it } from 'vitest';
import { formatUkDate } from './uk-date.js';

describe('formatUkDate', () => {
  it('writes a date as GOV.UK does, with no leading zero', () => {
    expect(formatUkDate('2026-04-01')).toBe('1 April 2026');
    expect(formatUkDate('2025-12-31')).toBe('31 December 2025');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatUkDate('2025-13-01')).toBe('2025-13-01');
    expect(formatUkDate('soon')).toBe('soon');
  });
});
