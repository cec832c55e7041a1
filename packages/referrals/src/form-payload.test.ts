import { EXPLOITATION_TYPES } from '@antislavery/model';
import { describe, expect, it } from 'vitest';
import { generateNotification, generateReferral, seeded } from './fixtures/generate.js';
import { AS_OF, adultReferral, anonymousNotification, childReferral } from './fixtures/records.js';
import { fromFormPayload, toFormPayload } from './form-payload.js';

describe('toFormPayload', () => {
  it('writes an adult referral under the form’s own field names and values', () => {
    const payload = toFormPayload({ kind: 'nrm-referral', referral: adultReferral() });
    expect(payload).toMatchObject({
      'user-organisation': 'Derby City Council',
      'fr-location': 'england',
      'pv-under-age': 'no',
      'pv-under-age-at-time-of-exploitation': 'no',
      'were-they-taken-somewhere-by-their-exploiter': 'yes',
      'when-did-the-exploitation-take-place': 'From March 2025 until October 2025',
      'where-exploitation-happened': 'uk',
      'where-exploitation-happened-uk-city-1': 'Derby',
      'types-of-exploitation-forced-to-work': 'true',
      'types-of-exploitation-wages-taken': 'true',
      'reported-to-police-police-forces': 'Derbyshire Constabulary',
      'pv-want-to-submit-nrm': 'yes',
      'does-pv-need-support': 'yes',
      'pv-phone-number': 'yes',
      'pv-dob': '2000-02-01',
      'pv-gender': 'male',
      'does-pv-have-children': 'no',
      'who-contact': 'potential-victim',
      'pv-contact-details': ['email'],
      'pv-contact-details-email-check': 'true',
      'fr-alternative-contact': 'safeguarding@derby.gov.uk',
    });
    expect(payload['types-of-exploitation-prostitution']).toBe(undefined);
  });

  it('sends the dates of several situations under the form’s -multiple field', () => {
    const referral = adultReferral();
    const payload = toFormPayload({
      kind: 'nrm-referral',
      referral: { ...referral, exploitation: { ...referral.exploitation, multipleSituations: 'yes' } },
    });
    expect(payload['when-did-the-exploitation-take-place-multiple']).toBe(
      'From March 2025 until October 2025',
    );
    expect(payload['when-did-the-exploitation-take-place']).toBe(undefined);
  });

  it('answers consent yes for a child, as the form does for an automatic referral', () => {
    expect(toFormPayload({ kind: 'nrm-referral', referral: childReferral() })['pv-want-to-submit-nrm']).toBe(
      'yes',
    );
  });

  it('answers consent no for a notification', () => {
    const payload = toFormPayload({ kind: 'notification', notification: anonymousNotification() });
    expect(payload['pv-want-to-submit-nrm']).toBe('no');
    expect(payload['refuse-nrm']).toBe('Afraid of what will happen to their family.');
    expect(payload['pv-name-first-name']).toBe(undefined);
  });
});

/** The form's check boxes have no order of their own: they come back in the form's order. */
const inFormOrder = <T extends { exploitationTypes: { types: readonly string[] } }>(record: T): T => ({
  ...record,
  exploitationTypes: {
    ...record.exploitationTypes,
    types: EXPLOITATION_TYPES.filter((type) => record.exploitationTypes.types.includes(type)),
  },
});

describe('fromFormPayload', () => {
  it('reads back every referral and notification it wrote', () => {
    const random = seeded(5);
    for (let i = 0; i < 150; i++) {
      const referral = generateReferral(random);
      // Typed periods have no form field, so they do not make the round trip.
      const { periods: _periods, ...exploitation } = referral.exploitation;
      const expected = inFormOrder({ ...referral, exploitation });
      expect(fromFormPayload(toFormPayload({ kind: 'nrm-referral', referral }), { asOf: AS_OF })).toEqual({
        ok: true,
        value: { kind: 'nrm-referral', referral: expected },
        warnings: [],
      });
      const notification = generateNotification(random);
      const { periods: _p, ...notified } = notification.exploitation;
      expect(fromFormPayload(toFormPayload({ kind: 'notification', notification }), { asOf: AS_OF })).toEqual(
        {
          ok: true,
          value: {
            kind: 'notification',
            notification: inFormOrder({ ...notification, exploitation: notified }),
          },
          warnings: [],
        },
      );
    }
  });

  it('reads the form’s own sample answers', () => {
    // From the form's test session data: a DOB of 2000-02-01, both contact methods, all types.
    const payload = {
      ...toFormPayload({ kind: 'nrm-referral', referral: adultReferral() }),
      'pv-contact-details': ['email', 'post'],
      'pv-contact-details-street': '1 Example Street',
      'pv-contact-details-town': 'Derby',
      'pv-contact-details-postcode': 'DE1 1AA',
      'pv-contact-details-post-check': 'true',
    };
    const result = fromFormPayload(payload, { asOf: AS_OF });
    expect(
      result.ok && result.value.kind === 'nrm-referral' && result.value.referral.decision?.potentialVictim,
    ).toEqual({
      methods: ['email', 'post'],
      email: 'ardit.k@example.com',
      emailSafe: true,
      address: { street: '1 Example Street', town: 'Derby', postcode: 'DE1 1AA' },
      postSafe: true,
    });
  });

  it('drops the consent answer the form forces for a child', () => {
    const result = fromFormPayload(toFormPayload({ kind: 'nrm-referral', referral: childReferral() }), {
      asOf: AS_OF,
    });
    expect(result.ok && result.value.kind === 'nrm-referral' && result.value.referral.consent).toBe(
      undefined,
    );
  });

  it('treats blank answers as not given, as the form blanks fields it did not show', () => {
    const payload = {
      ...toFormPayload({ kind: 'nrm-referral', referral: adultReferral() }),
      'pv-name-nickname': '',
    };
    expect(fromFormPayload(payload, { asOf: AS_OF }).ok).toBe(true);
  });

  it('reports answers in the SDK’s paths', () => {
    const payload = {
      ...toFormPayload({ kind: 'nrm-referral', referral: adultReferral() }),
      'pv-gender': 'F',
    };
    const result = fromFormPayload(payload, { asOf: AS_OF });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['person', 'gender'], 'referral.person.gender.invalid-option'],
    ]);
  });

  it('rejects a payload that is not an object, without throwing', () => {
    for (const payload of [undefined, null, 'x', 1, []]) {
      expect(fromFormPayload(payload)).toEqual({
        ok: false,
        issues: [
          {
            severity: 'error',
            path: [],
            code: 'form-payload.invalid-type',
            message: 'Enter the form answers as an object of field names and values',
          },
        ],
      });
    }
  });
});
