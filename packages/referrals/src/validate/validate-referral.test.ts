import { describe, expect, it } from 'vitest';
import { generateReferral, invalidate, seeded } from '../fixtures/generate.js';
import { AS_OF, adultReferral, childReferral } from '../fixtures/records.js';
import { nrmReferralSchema } from '../schemas/nrm-referral.js';
import { validateReferral } from './validate-referral.js';

const issuesOf = (input: unknown) => {
  const result = validateReferral(input, { asOf: AS_OF });
  return result.ok ? [] : result.issues;
};

describe('validateReferral', () => {
  it('returns the referral as a fresh copy', () => {
    const input = adultReferral();
    const result = validateReferral(input, { asOf: AS_OF });
    expect(result).toEqual({ ok: true, value: input, warnings: [] });
    if (result.ok) expect(result.value).not.toBe(input);
  });

  it('accepts every generated referral: children, people of uncertain age and adults', () => {
    const random = seeded(7);
    for (let i = 0; i < 300; i++) {
      const record = generateReferral(random);
      expect(issuesOf(record)).toEqual([]);
    }
  });

  it('rejects every generated invalid referral', () => {
    const random = seeded(8);
    for (let i = 0; i < 300; i++) {
      expect(issuesOf(invalidate(generateReferral(random), random)).length).toBeGreaterThan(0);
    }
  });

  it('reports input that is not an object', () => {
    for (const input of [undefined, null, 'referral', 42, [], true]) {
      expect(issuesOf(input)).toEqual([
        { severity: 'error', path: [], code: 'referral.invalid-type', message: 'Enter the referral' },
      ]);
    }
  });

  it('names each missing group', () => {
    const { background: _b, person: _p, ...record } = adultReferral();
    expect(issuesOf(record).map((issue) => [issue.code, issue.message])).toEqual([
      ['referral.background.required', 'Enter their background'],
      ['referral.person.required', "Enter the potential victim's details"],
    ]);
  });

  it('gives each field its own GOV.UK-style message', () => {
    const record = adultReferral();
    const bad = {
      ...record,
      jurisdiction: 'England',
      background: { ...record.background, birthplace: '   ' },
      exploitation: { ...record.exploitation, takenSomewhere: 'yes' },
      locations: { where: 'uk', ukCities: ['Gotham'] },
      person: { ...record.person, gender: 'F', dateOfBirth: 20000201 },
      firstResponder: { ...record.firstResponder, email: 'not an email' },
      support: { ...record.support, phoneNumber: '01234567890123456789' },
      exploitationTypes: { types: [] },
    };
    expect(issuesOf(bad).map((issue) => [issue.path.join('.'), issue.code, issue.message])).toEqual([
      [
        'firstResponder.email',
        'referral.first-responder.email.invalid-format',
        'Enter your work email address in the correct format, like name@example.com',
      ],
      ['jurisdiction', 'referral.jurisdiction.invalid-option', 'Select where you are making this report'],
      ['background.birthplace', 'referral.background.birthplace.required', 'Enter their place of birth'],
      [
        'exploitation.takenSomewhere',
        'referral.exploitation.taken-somewhere.invalid-type',
        'Select if they were taken somewhere by their exploiter',
      ],
      [
        'locations.ukCities.0',
        'referral.locations.uk-cities.invalid-option',
        'Select the city or town from the list',
      ],
      [
        'exploitationTypes.types',
        'referral.exploitation-types.at-least-one',
        'Select at least one type of exploitation',
      ],
      [
        'support.phoneNumber',
        'referral.support.phone-number.invalid-format',
        'Enter their phone number in the correct format, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
      ],
      ['person.dateOfBirth', 'referral.person.date-of-birth.invalid-type', 'Enter the date of birth'],
      ['person.gender', 'referral.person.gender.invalid-option', 'Select their gender'],
    ]);
  });

  it('limits text to 15,000 characters, and the alternative contact’s relationship to 250', () => {
    const record = adultReferral();
    expect(issuesOf({ ...record, background: { ...record.background, family: 'x'.repeat(15_000) } })).toEqual(
      [],
    );
    expect(
      issuesOf({ ...record, background: { ...record.background, family: 'x'.repeat(15_001) } }).map(
        (i) => i.message,
      ),
    ).toEqual(['Details of their family must be 15,000 characters or less']);
    const support = { needed: true, phone: 'pv-alternative-number', alternativeNumber: '07700 900123' };
    expect(
      issuesOf({ ...record, support: { ...support, alternativeRelationship: 'x'.repeat(250) } }),
    ).toEqual([]);
    expect(
      issuesOf({ ...record, support: { ...support, alternativeRelationship: 'x'.repeat(251) } }).map(
        (i) => i.code,
      ),
    ).toEqual(['referral.support.alternative-relationship.too-long']);
  });

  it('rejects a web address in the details of last contact, as the form’s notUrl check does', () => {
    const record = adultReferral();
    const bad = { ...record, lastContact: { when: 'not-sure', details: 'See https://example.com/profile' } };
    expect(issuesOf(bad).map((i) => i.code)).toEqual(['referral.last-contact.details.not-a-web-address']);
  });

  it('rejects an exploitation type given twice', () => {
    const bad = { ...adultReferral(), exploitationTypes: { types: ['prostitution', 'prostitution'] } };
    expect(issuesOf(bad).map((i) => i.code)).toEqual(['referral.exploitation-types.duplicate']);
  });

  it('names an unknown field by its path, and never drops it in silence', () => {
    const bad = { ...childReferral(), person: { ...childReferral().person, dob: '2010-01-01' } };
    expect(issuesOf(bad)).toEqual([
      {
        severity: 'error',
        path: ['person', 'dob'],
        code: 'referral.unknown-field',
        message: 'Remove this field: the record has no field with this name',
      },
    ]);
  });

  it('accepts a field given as undefined as if it were absent', () => {
    expect(issuesOf({ ...childReferral(), consent: undefined })).toEqual([]);
  });

  it('accepts exactly what the zod schema accepts, field by field', () => {
    const random = seeded(9);
    for (let i = 0; i < 200; i++) {
      const valid = generateReferral(random);
      const invalid = invalidate(valid, random);
      expect(nrmReferralSchema.safeParse(valid).success).toBe(true);
      expect(nrmReferralSchema.safeParse(invalid).success).toBe(issuesOf(invalid).length === 0);
    }
  });

  it('reports input whose properties cannot be read, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(hostile).map((i) => i.code)).toEqual(['referral.unreadable']);
  });
});
