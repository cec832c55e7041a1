import { describe, expect, it } from 'vitest';
import { AS_OF, adultReferral } from './fixtures/records.js';
import type { NrmReferral } from './schemas/nrm-referral.js';
import { toNotification } from './to-notification.js';

/** The adult referral, refused: the draft an adult who does not consent leaves. */
const refused = (cooperating: boolean): NrmReferral => ({
  ...adultReferral(),
  consent: { given: false, refusalReason: 'Afraid of what will happen to their family.' },
  cooperation: { willing: cooperating },
});

const IDENTIFYING = [
  'Ardit',
  'Kelmendi',
  '2000-02-01',
  'ardit.k@example.com',
  '07700 900982',
  'Sam',
  'Patel',
  '01332 640000',
];

describe('toNotification', () => {
  it('keeps the account of the exploitation, gender, nationality and the reason for refusing', () => {
    const result = toNotification(refused(false), { asOf: AS_OF });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const referral = adultReferral();
    expect(result.value.exploitation).toEqual(referral.exploitation);
    expect(result.value.exploitationTypes).toEqual(referral.exploitationTypes);
    expect(result.value.person).toEqual({ gender: 'male', nationality: 'Albanian' });
    expect(result.value.refusalReason).toBe('Afraid of what will happen to their family.');
  });

  it('removes everything that identifies an adult who will not co-operate', () => {
    const result = toNotification(refused(false), { asOf: AS_OF });
    expect(result.ok && result.value.identity).toBe(undefined);
    const text = JSON.stringify(result);
    for (const value of IDENTIFYING) expect(text).not.toContain(value);
    for (const key of [
      'dateOfBirth',
      'decision',
      'support',
      'firstResponderContact',
      'homeOfficeReference',
      'interpreter',
      'evidence',
    ]) {
      expect(text).not.toContain(`"${key}"`);
    }
  });

  it('keeps only their name and own contact details when they co-operate', () => {
    const result = toNotification(refused(true), { asOf: AS_OF });
    expect(result.ok && result.value.identity).toEqual({
      name: { firstName: 'Ardit', lastName: 'Kelmendi' },
      contact: { methods: ['email'], email: 'ardit.k@example.com', emailSafe: true },
    });
    const text = JSON.stringify(result);
    for (const value of ['2000-02-01', '07700 900982', '01332 640000']) expect(text).not.toContain(value);
  });

  it('reports what is missing when a co-operating person’s contact details were never asked', () => {
    const { decision: _decision, ...draft } = refused(true);
    const result = toNotification(draft, { asOf: AS_OF });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'notification.identity.contact.required',
    ]);
  });

  it('refuses a child, who must be referred', () => {
    const draft = { ...refused(false), age: { under18: 'yes' as const } };
    const result = toNotification(draft, { asOf: AS_OF });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'notification.age.child-must-be-referred',
    ]);
  });

  it('never throws, whatever the draft', () => {
    for (const draft of [undefined, null, 'draft', 7, [], { person: 'x' }, { consent: null }]) {
      expect(toNotification(draft as never).ok).toBe(false);
    }
  });
});
