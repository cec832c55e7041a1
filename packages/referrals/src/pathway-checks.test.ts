import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  adultReferral,
  anonymousNotification,
  caseRecord,
  childReferral,
} from './fixtures/records.js';
import { checkPathway, type PathwayFacts, type PathwaySubmission } from './pathway-checks.js';
import { toNotification } from './to-notification.js';
import { validateCaseRecord } from './validate/validate-case-record.js';
import { validateNotification } from './validate/validate-notification.js';
import { validateReferral } from './validate/validate-referral.js';

// The law-derived rules (referral-rules.md): first responders only; a child, or a person who may
// be under 18, is referred without consent and never notified; an adult's referral needs consent;
// an adult who refuses is notified instead; a notification identifies them only if they
// co-operate (Modern Slavery Act 2015 s52(3)). Each rule: a record that passes and one that fails.

const codes = (result: { ok: boolean; issues?: readonly { code: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);

const facts = (
  person: PathwayFacts['person'],
  organisationType: PathwayFacts['responder']['organisationType'] = 'local-authority',
): PathwayFacts => ({
  jurisdiction: 'england',
  responder: { organisationType },
  person,
});
const referralSubmission: PathwaySubmission = {
  document: 'referral',
  kind: 'nrm-referral',
  consentAnswered: true,
  identifiesPerson: true,
};

describe('checkPathway', () => {
  it('accepts a consenting adult referred by a first responder', () => {
    expect(checkPathway(facts({ under18: 'no', consent: 'given' }), referralSubmission)).toEqual([]);
  });

  it('rejects a referral from an organisation that is not a first responder, citing the rule', () => {
    const [issue, ...rest] = checkPathway(
      facts({ under18: 'no', consent: 'given' }, 'nhs'),
      referralSubmission,
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'referral.first-responder.organisation.not-a-first-responder',
      path: ['firstResponder', 'organisation'],
      ruleId: 'responder.not-first-responder',
    });
    expect(issue?.citation).toContain('First Responder Toolkit');
  });

  it('rejects a referral whose organisation type cannot be worked out', () => {
    const unknown: PathwayFacts = {
      jurisdiction: 'england',
      responder: { organisationType: undefined },
      person: { under18: 'no', consent: 'given' },
    };
    expect(checkPathway(unknown, referralSubmission).map((i) => i.code)).toEqual([
      'referral.first-responder.organisation.not-a-first-responder',
    ]);
  });

  it('requires the consent answer for an adult', () => {
    const issues = checkPathway(facts({ under18: 'no' }), { ...referralSubmission, consentAnswered: false });
    expect(issues.map((i) => [i.code, i.ruleId])).toEqual([
      ['referral.consent.required-for-adult', 'adult.consent-required'],
    ]);
  });

  it('treats a person who may be under 18 as a child: no consent question', () => {
    expect(
      checkPathway(facts({ under18: 'not-sure' }), { ...referralSubmission, consentAnswered: false }),
    ).toEqual([]);
    const issues = checkPathway(facts({ under18: 'not-sure', consent: 'given' }), referralSubmission);
    expect(issues.map((i) => [i.code, i.ruleId])).toEqual([
      ['referral.consent.not-asked-for-child', 'child.nrm-referral'],
    ]);
    expect(issues[0]?.citation).toContain('First Responder Toolkit');
  });

  it('sends an adult who refuses consent to a notification, never a referral', () => {
    const issues = checkPathway(facts({ under18: 'no', consent: 'refused' }), referralSubmission);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['referral.consent.refused-means-notification', ['consent', 'given']],
    ]);
  });

  it('never notifies about a child', () => {
    const submission: PathwaySubmission = {
      document: 'notification',
      kind: 'notification',
      consentAnswered: true,
      identifiesPerson: false,
    };
    expect(checkPathway(facts({ under18: 'no', consent: 'refused' }), submission)).toEqual([]);
    expect(
      checkPathway(facts({ under18: 'yes', consent: 'refused' }), submission).map((i) => i.code),
    ).toEqual(['notification.age.child-must-be-referred']);
  });

  it('keeps a notification anonymous unless the person co-operates', () => {
    const submission: PathwaySubmission = {
      document: 'notification',
      kind: 'notification',
      consentAnswered: true,
      identifiesPerson: true,
    };
    expect(
      checkPathway(
        facts({ under18: 'no', consent: 'refused', cooperatingWithAuthorities: true }),
        submission,
      ),
    ).toEqual([]);
    const issues = checkPathway(
      facts({ under18: 'no', consent: 'refused', cooperatingWithAuthorities: false }),
      submission,
    );
    expect(issues.map((i) => [i.code, i.ruleId])).toEqual([
      ['notification.identity.not-allowed-without-co-operation', 'notification.anonymous'],
    ]);
    expect(issues[0]?.citation).toContain('Modern Slavery Act 2015, s52(3)');
  });

  it('does not notify about an adult who consents', () => {
    const submission: PathwaySubmission = {
      document: 'notification',
      kind: 'notification',
      consentAnswered: true,
      identifiesPerson: false,
    };
    expect(checkPathway(facts({ under18: 'no', consent: 'given' }), submission).map((i) => i.code)).toEqual([
      'notification.consent.given-means-referral',
    ]);
  });

  it('checks only the first responder rule for a case record', () => {
    const submission: PathwaySubmission = {
      document: 'case-record',
      kind: 'nrm-referral',
      consentAnswered: true,
      identifiesPerson: false,
    };
    expect(checkPathway(facts({ under18: 'not-sure' }), submission)).toEqual([]);
    expect(checkPathway(facts({ under18: 'not-sure' }, 'business'), submission).map((i) => i.code)).toEqual([
      'case-record.first-responder-type.not-a-first-responder',
    ]);
  });
});

describe('the pathway rules through the validate functions', () => {
  it('accepts the adult and child referrals as they are', () => {
    expect(codes(validateReferral(adultReferral(), { asOf: AS_OF }))).toEqual([]);
    expect(codes(validateReferral(childReferral(), { asOf: AS_OF }))).toEqual([]);
  });

  it('reports a missing consent answer for an adult with its rule', () => {
    const { consent: _consent, ...record } = adultReferral();
    const result = validateReferral(record, { asOf: AS_OF });
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({
        code: 'referral.consent.required-for-adult',
        path: ['consent'],
        message: 'Select if the potential victim consents to being referred to the NRM',
        ruleId: 'adult.consent-required',
      }),
    ]);
  });

  it('reports a consent answer on a child referral', () => {
    expect(
      codes(validateReferral({ ...childReferral(), consent: { given: true } }, { asOf: AS_OF })),
    ).toEqual(['referral.consent.not-asked-for-child']);
  });

  it('reports a referral for an adult who refused', () => {
    expect(
      codes(validateReferral({ ...adultReferral(), consent: { given: false } }, { asOf: AS_OF })),
    ).toEqual(['referral.consent.refused-means-notification']);
  });

  it('reports a notification about a child', () => {
    const record = { ...anonymousNotification(), age: { under18: 'not-sure' } };
    expect(codes(validateNotification(record, { asOf: AS_OF }))).toEqual([
      'notification.age.child-must-be-referred',
    ]);
  });

  it('reports a notification that names a person who will not co-operate', () => {
    const record = {
      ...anonymousNotification(),
      identity: {
        name: { firstName: 'Linh', lastName: 'Tran' },
        contact: { methods: ['email'], email: 'l@example.com', emailSafe: true },
      },
    };
    expect(codes(validateNotification(record, { asOf: AS_OF }))).toEqual([
      'notification.identity.not-allowed-without-co-operation',
    ]);
  });

  it('reports a case record from a type of organisation that cannot refer', () => {
    const { firstResponderOrganisation: _organisation, ...record } = caseRecord();
    expect(codes(validateCaseRecord({ ...record, firstResponderType: 'charity' }, { asOf: AS_OF }))).toEqual([
      'case-record.first-responder-type.not-a-first-responder',
    ]);
  });

  it('refuses to turn an adult who consents into a notification', () => {
    expect(codes(toNotification(adultReferral(), { asOf: AS_OF }))).toEqual([
      'notification.consent.given-means-referral',
    ]);
  });
});
