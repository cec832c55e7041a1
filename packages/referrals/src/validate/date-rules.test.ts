import { describe, expect, it } from 'vitest';
import { AS_OF, adultReferral, anonymousNotification, caseRecord } from '../fixtures/records.js';
import { ageOn } from './date-rules.js';
import { validateCaseRecord } from './validate-case-record.js';
import { validateNotification } from './validate-notification.js';
import { validateReferral } from './validate-referral.js';

// The date rules, each with a record that passes and one that fails. AS_OF is 2026-03-31.

const codes = (result: {
  ok: boolean;
  issues?: readonly { code: string }[];
  warnings?: readonly { code: string }[];
}) =>
  result.ok
    ? (result.warnings ?? []).map((issue) => issue.code)
    : (result.issues ?? []).map((issue) => issue.code);

const withBirth = (dateOfBirth: string) => {
  const record = adultReferral();
  return { ...record, person: { ...record.person, dateOfBirth } };
};

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('2008-03-31', '2026-03-30')).toBe(17);
    expect(ageOn('2008-03-31', '2026-03-31')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('a referral’s date of birth', () => {
  it('may be yesterday’s date in the past', () => {
    expect(codes(validateReferral(withBirth('1990-03-30'), { asOf: AS_OF }))).toEqual([]);
  });

  it('must be in the past: today and later are rejected', () => {
    expect(codes(validateReferral(withBirth(AS_OF), { asOf: AS_OF }))).toEqual([
      'referral.person.date-of-birth.in-future',
    ]);
    const result = validateReferral(withBirth('2026-04-01'), { asOf: AS_OF });
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'Date of birth must be in the past',
    ]);
  });

  it('must be after 1 January 1900, as the form’s `after` check is strict', () => {
    expect(codes(validateReferral(withBirth('1900-01-02'), { asOf: AS_OF }))).toEqual([]);
    expect(codes(validateReferral(withBirth('1900-01-01'), { asOf: AS_OF }))).toEqual([
      'referral.person.date-of-birth.too-early',
    ]);
  });

  it('must be a real date', () => {
    const result = validateReferral(withBirth('2000-02-31'), { asOf: AS_OF });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        'referral.person.date-of-birth.invalid-date',
        'The date of birth must be a real date, written YYYY-MM-DD',
      ],
    ]);
  });

  it('warns, without rejecting, when it makes an adult under 18', () => {
    const result = validateReferral(withBirth('2008-04-01'), { asOf: AS_OF });
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(['referral.person.date-of-birth.makes-them-under-18']);
    expect(codes(validateReferral(withBirth('2008-03-31'), { asOf: AS_OF }))).toEqual([]);
  });

  it('warns when it makes a child 18 or over', () => {
    const record = { ...withBirth('2000-01-01') };
    const { support: _s, decision: _d, consent: _c, ...rest } = record;
    const child = {
      ...rest,
      age: { under18: 'yes' as const },
      localAuthorityContact: {
        localAuthority: 'Derby City Council',
        phone: '01332 641172',
        email: 'mash@derby.gov.uk',
      },
    };
    expect(codes(validateReferral(child, { asOf: AS_OF }))).toEqual([
      'referral.person.date-of-birth.makes-them-an-adult',
    ]);
  });

  it('uses today in the UK when no date is given', () => {
    expect(codes(validateReferral(withBirth('2999-01-01')))).toEqual([
      'referral.person.date-of-birth.in-future',
    ]);
  });

  it('treats a bad `asOf` as a programmer error', () => {
    expect(() => validateReferral(adultReferral(), { asOf: '31/03/2026' })).toThrow(TypeError);
  });
});

describe('exploitation periods', () => {
  const withPeriods = (periods: readonly { from: string; to?: string }[]) => {
    const record = adultReferral();
    return { ...record, exploitation: { ...record.exploitation, periods } };
  };

  it('accept a period that ended, and one that goes on', () => {
    expect(
      codes(
        validateReferral(withPeriods([{ from: '2025-03-01', to: '2025-10-31' }, { from: '2026-01-01' }]), {
          asOf: AS_OF,
        }),
      ),
    ).toEqual([]);
  });

  it('reject a start or an end after today', () => {
    expect(codes(validateReferral(withPeriods([{ from: '2026-04-01' }]), { asOf: AS_OF }))).toEqual([
      'referral.exploitation.periods.from.in-future',
    ]);
    expect(
      codes(validateReferral(withPeriods([{ from: '2026-03-01', to: '2026-04-01' }]), { asOf: AS_OF })),
    ).toEqual(['referral.exploitation.periods.to.in-future']);
  });

  it('reject an end before the start, with the position in the path', () => {
    const result = validateReferral(
      withPeriods([{ from: '2025-01-01' }, { from: '2025-03-01', to: '2025-02-28' }]),
      { asOf: AS_OF },
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['referral.exploitation.periods.to.before-start', ['exploitation', 'periods', 1, 'to']],
    ]);
  });

  it('are checked in a notification too', () => {
    const record = anonymousNotification();
    const bad = { ...record, exploitation: { ...record.exploitation, periods: [{ from: '2030-01-01' }] } };
    expect(codes(validateNotification(bad, { asOf: AS_OF }))).toEqual([
      'notification.exploitation.periods.from.in-future',
    ]);
  });
});

describe('a case record’s dates', () => {
  const record = (change: Record<string, unknown>) => {
    const base: Record<string, unknown> = { ...caseRecord(), ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete base[key];
    return base;
  };

  it('accept a referral decided in order', () => {
    expect(
      codes(
        validateCaseRecord(record({ cgDecisionDate: '2026-01-15', cgOutcome: 'positive' }), { asOf: AS_OF }),
      ),
    ).toEqual([]);
  });

  it('reject a referral date after today', () => {
    expect(
      codes(
        validateCaseRecord(
          record({
            referralDate: '2026-04-01',
            rgDecisionDate: undefined,
            rgOutcome: undefined,
            supportAt45Days: undefined,
          }),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual(['case-record.referral-date.in-future']);
  });

  it('accept a reasonable grounds decision on the day of the referral, not before it', () => {
    expect(codes(validateCaseRecord(record({ rgDecisionDate: '2025-11-03' }), { asOf: AS_OF }))).toEqual([]);
    expect(codes(validateCaseRecord(record({ rgDecisionDate: '2025-11-02' }), { asOf: AS_OF }))).toEqual([
      'case-record.rg-decision-date.before-referral',
    ]);
  });

  it('reject decisions dated after today', () => {
    expect(codes(validateCaseRecord(record({ rgDecisionDate: '2026-04-01' }), { asOf: AS_OF }))).toEqual([
      'case-record.rg-decision-date.in-future',
    ]);
    expect(
      codes(
        validateCaseRecord(record({ cgDecisionDate: '2026-04-01', cgOutcome: 'negative' }), { asOf: AS_OF }),
      ),
    ).toEqual(['case-record.cg-decision-date.in-future']);
  });

  it('need the conclusive grounds decision after the reasonable grounds decision', () => {
    expect(
      codes(
        validateCaseRecord(record({ cgDecisionDate: '2025-11-11', cgOutcome: 'positive' }), { asOf: AS_OF }),
      ),
    ).toEqual([]);
    expect(
      codes(
        validateCaseRecord(record({ cgDecisionDate: '2025-11-10', cgOutcome: 'positive' }), { asOf: AS_OF }),
      ),
    ).toEqual(['case-record.cg-decision-date.not-after-rg-decision']);
  });

  it('reject a conclusive grounds decision before the referral or without a reasonable grounds decision', () => {
    expect(
      codes(
        validateCaseRecord(record({ cgDecisionDate: '2025-11-01', cgOutcome: 'positive' }), { asOf: AS_OF }),
      ),
    ).toEqual([
      'case-record.cg-decision-date.before-referral',
      'case-record.cg-decision-date.not-after-rg-decision',
    ]);
    expect(
      codes(
        validateCaseRecord(
          record({
            rgDecisionDate: undefined,
            rgOutcome: undefined,
            cgDecisionDate: '2026-01-15',
            cgOutcome: 'positive',
          }),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual(['case-record.cg-decision-date.without-rg-decision']);
  });

  it('need a reconsideration requested after the referral and decided after the request', () => {
    const reconsidered = {
      rgOutcome: 'negative',
      reconsiderationRequestDate: '2025-11-20',
      reconsiderationDecisionDate: '2025-12-10',
      reconsiderationOutcome: 'positive',
    };
    expect(codes(validateCaseRecord(record(reconsidered), { asOf: AS_OF }))).toEqual([]);
    expect(
      codes(
        validateCaseRecord(
          record({
            ...reconsidered,
            reconsiderationRequestDate: '2025-11-01',
            reconsiderationDecisionDate: '2025-11-02',
          }),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual(['case-record.reconsideration-request-date.before-referral']);
    expect(
      codes(
        validateCaseRecord(record({ ...reconsidered, reconsiderationDecisionDate: '2025-11-19' }), {
          asOf: AS_OF,
        }),
      ),
    ).toEqual(['case-record.reconsideration-decision-date.before-request']);
    expect(
      codes(
        validateCaseRecord(
          record({
            ...reconsidered,
            reconsiderationRequestDate: '2026-04-01',
            reconsiderationDecisionDate: '2026-04-02',
          }),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual([
      'case-record.reconsideration-request-date.in-future',
      'case-record.reconsideration-decision-date.in-future',
    ]);
  });

  it('give a support status only once its checkpoint is reached', () => {
    // Referred 2026-02-14: day 45 is 2026-03-31, the date checked against.
    const recent = { referralDate: '2026-02-14', rgDecisionDate: '2026-02-20' };
    expect(codes(validateCaseRecord(record(recent), { asOf: AS_OF }))).toEqual([]);
    expect(
      codes(validateCaseRecord(record({ ...recent, referralDate: '2026-02-15' }), { asOf: AS_OF })),
    ).toEqual(['case-record.support.checkpoint-not-reached']);
  });
});
