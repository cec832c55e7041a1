import { fromDayNumber, toDayNumber, todayInUk } from '@antislavery/model';
import { describe, expect, it } from 'vitest';
import { adultReferral } from '../fixtures/records.js';
import { validateReferral } from './validate-referral.js';

// Runs under Europe/London, Pacific/Kiritimati and America/Los_Angeles: "today" is the UK's
// today whatever the process's time zone.

const withBirth = (dateOfBirth: string) => {
  const record = adultReferral();
  return { ...record, person: { ...record.person, dateOfBirth } };
};

describe('the default date to check against', () => {
  it('is today in the UK, whatever the time zone', () => {
    const today = todayInUk();
    const yesterday = fromDayNumber(toDayNumber(today) - 1);
    const codes = (date: string) => {
      const result = validateReferral(withBirth(date));
      return result.ok ? [] : result.issues.map((issue) => issue.code);
    };
    expect(codes(yesterday)).toEqual([]);
    expect(codes(today)).toEqual(['referral.person.date-of-birth.in-future']);
  });
});
