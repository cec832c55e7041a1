import {
  AGE_GROUPS,
  COMPETENT_AUTHORITIES,
  DIVISIONS,
  FIRST_RESPONDER_CATEGORIES,
  PUBLISHED_EXPLOITATION_LOCATIONS,
  PUBLISHED_EXPLOITATION_TYPES,
  PUBLISHED_GENDERS,
  toDayNumber,
} from '@antislavery/model';
import { NATIONALITIES } from '@antislavery/model/lists';
import { CASE_KINDS, DECISION_OUTCOMES, SUPPORT_CHECKPOINTS, SUPPORT_STATUSES } from '@antislavery/referrals';
import { describe, expect, it } from 'vitest';
import { caseRecord } from '../test-support/records.js';
import { emptyPreparedRecord, prepareInto, prepareRecord } from './prepare-record.js';

describe('prepareRecord', () => {
  it('relies on the vocabularies in the order they are today', () => {
    // The positions below are written into prepareRecord for speed; if a vocabulary changes, this
    // test says which.
    expect(CASE_KINDS).toEqual(['nrm-referral', 'notification']);
    expect(DECISION_OUTCOMES).toEqual(['positive', 'negative']);
    expect(AGE_GROUPS).toEqual(['adult', 'child', 'not-specified-or-unknown']);
    expect(PUBLISHED_GENDERS).toEqual(['female', 'male', 'other']);
    expect(PUBLISHED_EXPLOITATION_LOCATIONS).toEqual([
      'uk',
      'overseas',
      'uk-and-overseas',
      'not-specified-or-unknown',
    ]);
    expect(PUBLISHED_EXPLOITATION_TYPES.slice(0, 5)).toEqual([
      'labour',
      'sexual',
      'criminal',
      'domestic',
      'organ-harvesting',
    ]);
    expect(COMPETENT_AUTHORITIES).toEqual(['sca', 'ieca']);
    expect(DIVISIONS).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
    expect(FIRST_RESPONDER_CATEGORIES).toHaveLength(4);
    expect(SUPPORT_CHECKPOINTS.map((checkpoint) => checkpoint.days)).toEqual([45, 90, 180, 365]);
  });

  it('reads a full record into day numbers and positions', () => {
    const prepared = prepareRecord(
      caseRecord({
        kind: 'nrm-referral',
        referralDate: '2025-01-06',
        rgDecisionDate: '2025-01-10',
        rgOutcome: 'positive',
        cgDecisionDate: '2025-06-01',
        cgOutcome: 'negative',
        ageGroupAtExploitation: 'child',
        gender: 'unknown',
        nationality: 'Albanian',
        exploitationTypes: ['forced-to-commit-crime', 'wages-taken', 'organs-removed'],
        exploitationLocation: 'uk-and-overseas',
        firstResponderType: 'home-office',
        competentAuthority: 'ieca',
        jurisdiction: 'wales',
        localAuthorityArea: 'City of Cardiff Council',
        supportAt45Days: 'in-support',
        supportAt365Days: 'lost-contact',
      }),
    );
    expect(prepared).toMatchObject({
      kind: 0,
      referralDay: toDayNumber('2025-01-06'),
      rgDay: toDayNumber('2025-01-10'),
      rgOutcome: 0,
      cgDay: toDayNumber('2025-06-01'),
      cgOutcome: 1,
      ageGroup: 1,
      gender: 2,
      nationality: NATIONALITIES.indexOf('Albanian'),
      // Labour (1) + Criminal (4) + Organ Harvesting (16)
      exploitation: 21,
      location: 2,
      responderCategory: FIRST_RESPONDER_CATEGORIES.indexOf('government-agency'),
      competentAuthority: 1,
      division: 0,
      area: 'City of Cardiff Council',
      support: [SUPPORT_STATUSES.indexOf('in-support'), -1, -1, SUPPORT_STATUSES.indexOf('lost-contact')],
    });
  });

  it('counts what a record lacks as not specified', () => {
    const prepared = prepareRecord(
      caseRecord({
        kind: 'notification',
        ageGroupAtExploitation: 'not-specified-or-unknown',
        exploitationTypes: ['other'],
      }),
    );
    expect(prepared).toMatchObject({
      kind: 1,
      rgDay: Number.NaN,
      rgOutcome: -1,
      cgDay: Number.NaN,
      ageGroup: 2,
      gender: 3,
      nationality: 0,
      exploitation: 0,
      location: 3,
      competentAuthority: 2,
      area: undefined,
      support: [-1, -1, -1, -1],
    });
  });

  it('maps Other to a published type when asked', () => {
    expect(
      prepareRecord(caseRecord({ exploitationTypes: ['other'] }), { otherAs: 'criminal' }).exploitation,
    ).toBe(4);
    expect(prepareRecord(caseRecord({ exploitationTypes: ['other'] })).exploitation).toBe(0);
    // Back to the default after another option.
    expect(
      prepareRecord(caseRecord({ exploitationTypes: ['other'] }), { otherAs: 'domestic' }).exploitation,
    ).toBe(8);
    expect(prepareRecord(caseRecord({ exploitationTypes: ['other'] })).exploitation).toBe(0);
  });

  it('never throws on a record from unchecked input', () => {
    const junk = {
      kind: 'complaint',
      referralDate: '2025-02-30',
      rgDecisionDate: 'yesterday',
      ageGroupAtExploitation: 'elderly',
      gender: 'x',
      nationality: 'Martian',
      exploitationTypes: 'forced-to-work',
      exploitationLocation: 'moon',
      firstResponderType: 'wizard',
      competentAuthority: 'court',
      jurisdiction: 'atlantis',
      localAuthorityArea: 7,
      supportAt90Days: 'gone',
    } as never;
    expect(prepareRecord(junk)).toMatchObject({
      kind: -1,
      referralDay: Number.NaN,
      rgDay: Number.NaN,
      ageGroup: 2,
      gender: 3,
      nationality: 0,
      exploitation: 0,
      location: 3,
      responderCategory: 4,
      competentAuthority: 2,
      division: -1,
      area: undefined,
      support: [-1, -1, -1, -1],
    });
  });

  it('reads a value that is not an object as a record with no fields', () => {
    for (const junk of [null, undefined, 42, 'NRM-1', Symbol('record'), true]) {
      expect(prepareRecord(junk as never)).toMatchObject({
        kind: -1,
        referralDay: Number.NaN,
        ageGroup: 2,
        gender: 3,
        division: -1,
        area: undefined,
        support: [-1, -1, -1, -1],
      });
    }
  });

  it('refills one object for a report without keeping anything of the last record', () => {
    const target = emptyPreparedRecord();
    prepareInto(target, caseRecord({ supportAt45Days: 'exited', localAuthorityArea: 'Derby City Council' }));
    const again = prepareInto(target, caseRecord());
    expect(again).toBe(target);
    expect(again.support).toEqual([-1, -1, -1, -1]);
    expect(again.area).toBeUndefined();
  });
});
