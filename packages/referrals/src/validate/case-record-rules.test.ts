import { describe, expect, it } from 'vitest';
import { AS_OF, caseRecord } from '../fixtures/records.js';
import { validateCaseRecord } from './validate-case-record.js';

const codes = (result: { ok: boolean; issues?: readonly { code: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);

const record = (change: Record<string, unknown>) => {
  const base: Record<string, unknown> = { ...caseRecord(), ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete base[key];
  return base;
};

describe('case record consistency', () => {
  it('accepts a record whose decisions have dates and outcomes', () => {
    expect(codes(validateCaseRecord(caseRecord(), { asOf: AS_OF }))).toEqual([]);
  });

  it('needs an outcome with each decision date, and a date with each outcome', () => {
    expect(codes(validateCaseRecord(record({ rgOutcome: undefined }), { asOf: AS_OF }))).toEqual([
      'case-record.rg-outcome.required-with-date',
    ]);
    expect(codes(validateCaseRecord(record({ rgDecisionDate: undefined }), { asOf: AS_OF }))).toEqual([
      'case-record.rg-decision-date.required-with-outcome',
    ]);
    expect(codes(validateCaseRecord(record({ cgOutcome: 'positive' }), { asOf: AS_OF }))).toEqual([
      'case-record.cg-decision-date.required-with-outcome',
    ]);
    expect(codes(validateCaseRecord(record({ cgDecisionDate: '2026-01-20' }), { asOf: AS_OF }))).toEqual([
      'case-record.cg-outcome.required-with-date',
    ]);
    expect(
      codes(validateCaseRecord(record({ reconsiderationOutcome: 'positive' }), { asOf: AS_OF })),
    ).toEqual(['case-record.reconsideration-decision-date.required-with-outcome']);
  });

  it('accepts a notification with no decisions or support', () => {
    const notification = record({
      kind: 'notification',
      rgDecisionDate: undefined,
      rgOutcome: undefined,
      competentAuthority: undefined,
      supportAt45Days: undefined,
    });
    expect(codes(validateCaseRecord(notification, { asOf: AS_OF }))).toEqual([]);
  });

  it('rejects a decision or support on a notification', () => {
    expect(
      codes(
        validateCaseRecord(record({ kind: 'notification', supportAt45Days: undefined }), { asOf: AS_OF }),
      ),
    ).toEqual(['case-record.notification.has-decision']);
    expect(
      codes(
        validateCaseRecord(
          record({
            kind: 'notification',
            rgDecisionDate: undefined,
            rgOutcome: undefined,
            competentAuthority: undefined,
          }),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual(['case-record.notification.has-support']);
  });

  it('needs the first responder type to match the organisation', () => {
    expect(
      codes(
        validateCaseRecord(record({ firstResponderOrganisation: 'Derbyshire Constabulary' }), {
          asOf: AS_OF,
        }),
      ),
    ).toEqual(['case-record.first-responder-type.does-not-match-organisation']);
    expect(
      codes(
        validateCaseRecord(
          record({ firstResponderOrganisation: 'Derbyshire Constabulary', firstResponderType: 'police' }),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual([]);
  });
});
