import { describe, expect, it } from 'vitest';
import { generateNotification, generateReferral, PERSONAL, seeded } from './fixtures/generate.js';
import { adultReferral, caseRecord } from './fixtures/records.js';
import { REDACTED, redact } from './redact.js';

describe('redact', () => {
  it('replaces personal fields with the marker and removes free text', () => {
    const redacted = redact(adultReferral());
    expect(redacted.person).toEqual({
      name: { firstName: REDACTED, lastName: REDACTED },
      dateOfBirth: REDACTED,
      gender: 'male',
      children: { hasChildren: false },
      nationality: 'Albanian',
      interpreter: { needed: true },
      communicationAid: { needed: false },
      homeOfficeReference: { known: false },
    });
    expect(redacted.background).toEqual({});
    expect(redacted.exploitation).toEqual({ multipleSituations: 'no', takenSomewhere: true });
    expect(redacted.firstResponder).toEqual({
      organisation: 'Derby City Council',
      email: REDACTED,
      reference: REDACTED,
    });
    expect(redacted.support).toEqual({ needed: true, phone: 'yes', phoneNumber: REDACTED });
    expect(redacted.currentLocation).toEqual({ city: REDACTED, region: 'Derbyshire' });
  });

  it('keeps a case record’s categories and dates', () => {
    expect(redact(caseRecord())).toEqual(caseRecord());
  });

  it('leaves no personal value of any generated record', () => {
    const random = seeded(11);
    for (let i = 0; i < 100; i++) {
      const text = JSON.stringify([redact(generateReferral(random)), redact(generateNotification(random))]);
      for (const values of Object.values(PERSONAL))
        for (const value of values) expect(text).not.toContain(value);
    }
  });

  it('replaces a value a field does not allow, which may be personal data in the wrong place', () => {
    expect(
      redact({ jurisdiction: 'Ana Doe', person: { gender: 'Ana Doe', children: { howMany: 'two' } } }),
    ).toEqual({
      jurisdiction: REDACTED,
      person: { gender: REDACTED, children: { howMany: REDACTED } },
    });
  });

  it('drops fields no record has, and keys such as __proto__', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "notes": "Ana Doe", "jurisdiction": "wales"}',
    );
    const redacted = redact(input);
    expect(redacted).toEqual({ jurisdiction: 'wales' });
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });

  it('returns an empty object for anything that is not a record', () => {
    for (const input of [undefined, null, 'x', 3, ['a']]) expect(redact(input)).toEqual({});
  });
});
