import { describe, expect, it } from 'vitest';
import { asOfIssue, asOfProblem, NRM_START, resolveAsOf } from './as-of.js';
import { InvalidAsOfError } from './errors.js';

describe('the date a decision is made for', () => {
  it('starts on 1 April 2009, when the National Referral Mechanism began', () => {
    expect(NRM_START).toBe('2009-04-01');
    expect(asOfProblem('2009-04-01')).toBeUndefined();
    expect(asOfProblem('2009-03-31')).toBe('before-nrm');
    expect(asOfProblem('2026-02-30')).toBe('not-a-date');
    expect(asOfProblem(20_260_401)).toBe('not-a-date');
  });

  it('gives an issue in plain English for each problem', () => {
    expect(asOfIssue('not-a-date')).toEqual({
      severity: 'error',
      code: 'pathway.as-of.not-a-date',
      path: ['asOf'],
      message: 'Enter the date as a real date in the format YYYY-MM-DD',
    });
    expect(asOfIssue('before-nrm')).toEqual({
      severity: 'error',
      code: 'pathway.as-of.before-nrm',
      path: ['asOf'],
      message: 'The date must be on or after 1 April 2009, when the National Referral Mechanism began',
    });
  });

  it('returns a good date, and throws a typed error naming where a bad one was given', () => {
    expect(resolveAsOf('2026-04-01', 'f(asOf)')).toBe('2026-04-01');
    expect(() => resolveAsOf('2009-03-31', 'f(asOf)')).toThrow(new InvalidAsOfError('f(asOf)', 'before-nrm'));
    expect(() => resolveAsOf(null, 'f(asOf)')).toThrow(InvalidAsOfError);
  });

  it('is today in the UK when none is given', () => {
    const today = resolveAsOf(undefined, 'f(asOf)');
    expect(asOfProblem(today)).toBeUndefined();
  });
});
