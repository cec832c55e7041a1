import {
  isFirstResponderType,
  type Jurisdiction,
  type ResponderType,
  type Under18Answer,
} from '@antislavery/model';
import { defineIssue, raise } from './define-issue.js';
import type { CaseKind } from './form-options.js';
import type { Issue } from './issue.js';

// The cross-field checks that come from the law rather than the form: who may refer, consent for
// adults and none for children, a notification instead of a referral when an adult refuses, and
// anonymity in a notification. They must be the national pathway's own rules, not a second copy,
// so they all go through `decide` below, which stands in for @antislavery/pathways' decidePathway
// until that package exists, and compare what a record does with what the decision says.

/**
 * The facts the national referral pathway decides on, derived from a referral, notification or
 * case record. They follow the `PathwayFacts` of `@antislavery/pathways`' `decidePathway`, so a
 * record's facts can be passed to it unchanged.
 *
 * @example
 * ```ts
 * import type { PathwayFacts } from '@antislavery/referrals';
 *
 * const facts: PathwayFacts = {
 *   jurisdiction: 'england',
 *   responder: { organisationType: 'local-authority', organisation: 'Derby City Council' },
 *   person: { under18: 'no', consent: 'refused', cooperatingWithAuthorities: false },
 * };
 * ```
 */
export type PathwayFacts = {
  /** Where the first responder is making the report. */
  readonly jurisdiction: Jurisdiction;
  readonly responder: {
    /** The responder type of the organisation, or `undefined` when it cannot be worked out. */
    readonly organisationType: ResponderType | undefined;
    /** The organisation's name, as the form lists it. */
    readonly organisation?: string;
  };
  readonly person: {
    /** The answer to "Is the potential victim under 18?". */
    readonly under18: Under18Answer;
    /** Whether an adult consented to the NRM referral; `not-sought` when not yet asked. */
    readonly consent?: 'given' | 'refused' | 'not-sought';
    /** Whether they are willing to co-operate with the authorities. */
    readonly cooperatingWithAuthorities?: boolean;
  };
};

/**
 * What a record does, which the pathway's decision is checked against: whether it is a referral or
 * a notification, whether it answers the consent question, and whether it holds anything that
 * identifies the person (their name or contact details).
 *
 * @example
 * ```ts
 * import type { PathwaySubmission } from '@antislavery/referrals';
 *
 * const submission: PathwaySubmission = {
 *   document: 'notification',
 *   kind: 'notification',
 *   consentAnswered: true,
 *   identifiesPerson: false,
 * };
 * ```
 */
export type PathwaySubmission = {
  /** The kind of record checked, which decides the codes and paths of the issues. */
  readonly document: 'referral' | 'notification' | 'case-record';
  /** Whether the record is an NRM referral or a Duty to Notify notification. */
  readonly kind: CaseKind;
  /** Whether the record answers "Does the potential victim consent to the NRM referral?". */
  readonly consentAnswered: boolean;
  /** Whether the record holds the person's name or contact details. */
  readonly identifiesPerson: boolean;
};

const TOOLKIT = 'Home Office, First Responder Toolkit, England and Wales (2026)';
const ADULT_GUIDANCE = 'Home Office, National Referral Mechanism guidance: adult (England and Wales)';

/** The issues the pathway checks can give. */
export const PATHWAY_ISSUES = {
  referralFromNonFirstResponder: defineIssue({
    code: 'referral.first-responder.organisation.not-a-first-responder',
    severity: 'error',
    message: 'Select a first responder organisation: only a first responder can make a referral',
    description:
      'Only staff of a designated first responder organisation may submit an NRM referral or a Duty to Notify notification; anyone else passes the case to a first responder or the Modern Slavery & Exploitation Helpline.',
    ruleId: 'national.first-responders-only',
    citation: `GOV.UK, Report modern slavery as a first responder; ${TOOLKIT}`,
  }),
  notificationFromNonFirstResponder: defineIssue({
    code: 'notification.first-responder.organisation.not-a-first-responder',
    severity: 'error',
    message: 'Select a first responder organisation: only a first responder can make a notification',
    description:
      'Only staff of a designated first responder organisation may submit a Duty to Notify notification.',
    ruleId: 'national.first-responders-only',
    citation: `GOV.UK, Report modern slavery as a first responder; ${TOOLKIT}`,
  }),
  caseFromNonFirstResponder: defineIssue({
    code: 'case-record.first-responder-type.not-a-first-responder',
    severity: 'error',
    message: 'Select a type of first responder organisation: only a first responder can refer or notify',
    description:
      'The first responder type is not a type of designated first responder organisation (for example the NHS, a business or a member of the public), which cannot refer or notify.',
    ruleId: 'national.first-responders-only',
    citation: `GOV.UK, Report modern slavery as a first responder; ${TOOLKIT}`,
  }),
  consentRequiredForAdult: defineIssue({
    code: 'referral.consent.required-for-adult',
    severity: 'error',
    message: 'Select if the potential victim consents to being referred to the NRM',
    description:
      'An adult must give informed consent to enter the NRM, so a referral about an adult answers the consent question.',
    ruleId: 'national.adult-consent',
    citation: `${ADULT_GUIDANCE}; ${TOOLKIT}`,
  }),
  consentNotAskedForChild: defineIssue({
    code: 'referral.consent.not-asked-for-child',
    severity: 'error',
    message: 'Remove the consent answer: a child does not need to consent to being referred',
    description:
      'A child, or a person who may be under 18 and is treated as a child until their age is assessed, is referred without consent; the form does not ask.',
    ruleId: 'national.child-no-consent',
    citation: `Modern Slavery Act 2015 s51; ${TOOLKIT}`,
  }),
  refusedConsentMeansNotification: defineIssue({
    code: 'referral.consent.refused-means-notification',
    severity: 'error',
    message: 'Make a Duty to Notify notification instead: an adult who does not consent cannot be referred',
    description:
      'An adult who does not consent is not referred to the NRM; a first responder with the duty to notify sends an anonymous notification instead (see toNotification).',
    ruleId: 'national.refused-consent-notification',
    citation: `Modern Slavery Act 2015 s52; ${ADULT_GUIDANCE}`,
  }),
  childNotification: defineIssue({
    code: 'notification.age.child-must-be-referred',
    severity: 'error',
    message: 'Make an NRM referral instead: a notification cannot be used for a child',
    description:
      'A child, or a person who may be under 18, must be referred to the NRM; a Duty to Notify notification must not be used for them.',
    ruleId: 'national.child-referral',
    citation: `Modern Slavery Act 2015 s51; ${TOOLKIT}`,
  }),
  consentGivenMeansReferral: defineIssue({
    code: 'notification.consent.given-means-referral',
    severity: 'error',
    message: 'Make an NRM referral instead: they consent to being referred',
    description:
      'An adult who consents is referred to the NRM, which also discharges the duty to notify; a separate notification is not needed.',
    ruleId: 'national.adult-consent',
    citation: `${ADULT_GUIDANCE}; ${TOOLKIT}`,
  }),
  notificationIdentifiesPerson: defineIssue({
    code: 'notification.identity.not-allowed-without-co-operation',
    severity: 'error',
    message: 'Remove their name and contact details: they have not agreed to co-operate with the authorities',
    description:
      'A notification about an adult must not include information that identifies them unless they consent; the form asks for a name and contact details only if they agree to co-operate with the authorities.',
    ruleId: 'national.notification-anonymity',
    citation: 'Modern Slavery Act 2015 s52(3)',
  }),
} as const;

/** The part of the pathway's decision these checks use: a subset of `PathwayDecision`. */
type Decision = {
  readonly treatedAsChild: boolean;
  readonly consentRequired: boolean;
  readonly dutyToNotify: { readonly dischargedBy: 'nrm-referral' | 'notification' | null };
  readonly mayIdentifyInNotification: boolean;
  readonly firstResponder: boolean;
};

// Wired to @antislavery/pathways decidePathway: replace the body of `decide` with a call to
// `decidePathway(facts, { asOf })` and read `treatedAsChild`, `consentRequired` and
// `dutyToNotify.dischargedBy` from its decision, and the first responder and anonymity rules from
// its actions. Until then this is the smallest reading of the national rules that the checks
// need, with the rule ids the issues cite.
function decide(facts: PathwayFacts): Decision {
  const treatedAsChild = facts.person.under18 !== 'no';
  const consent = facts.person.consent;
  const type = facts.responder.organisationType;
  return {
    treatedAsChild,
    consentRequired: !treatedAsChild,
    dutyToNotify: {
      dischargedBy:
        treatedAsChild || consent === 'given'
          ? 'nrm-referral'
          : consent === 'refused'
            ? 'notification'
            : null,
    },
    mayIdentifyInNotification: facts.person.cooperatingWithAuthorities === true,
    firstResponder: type !== undefined && isFirstResponderType(type),
  };
}

/**
 * Checks a record against the national referral pathway's decision for its facts: only a first
 * responder may refer or notify; a child (or a person who may be under 18) is referred without
 * being asked for consent and never notified; an adult's referral needs their consent; an adult
 * who refuses is notified, not referred; and a notification identifies them only if they agree to
 * co-operate with the authorities. Each issue carries the rule's id and citation.
 *
 * @param facts - The pathway facts derived from the record.
 * @param submission - What the record does.
 * @returns The issues, empty when the record agrees with the decision.
 * @example
 * ```ts
 * import { checkPathway } from '@antislavery/referrals';
 *
 * const issues = checkPathway(
 *   {
 *     jurisdiction: 'england',
 *     responder: { organisationType: 'local-authority' },
 *     person: { under18: 'no', consent: 'refused' },
 *   },
 *   { document: 'referral', kind: 'nrm-referral', consentAnswered: true, identifiesPerson: true },
 * );
 * issues.map((issue) => issue.code);
 * //=> ['referral.consent.refused-means-notification']
 * ```
 */
export function checkPathway(facts: PathwayFacts, submission: PathwaySubmission): Issue[] {
  const decision = decide(facts);
  const issues: Issue[] = [];
  const { document } = submission;

  if (!decision.firstResponder) {
    if (document === 'referral') {
      issues.push(raise(PATHWAY_ISSUES.referralFromNonFirstResponder, ['firstResponder', 'organisation']));
    } else if (document === 'notification') {
      issues.push(
        raise(PATHWAY_ISSUES.notificationFromNonFirstResponder, ['firstResponder', 'organisation']),
      );
    } else {
      issues.push(raise(PATHWAY_ISSUES.caseFromNonFirstResponder, ['firstResponderType']));
    }
  }

  if (document === 'referral') {
    if (decision.treatedAsChild && submission.consentAnswered) {
      issues.push(raise(PATHWAY_ISSUES.consentNotAskedForChild, ['consent']));
    }
    if (decision.consentRequired && !submission.consentAnswered) {
      issues.push(raise(PATHWAY_ISSUES.consentRequiredForAdult, ['consent']));
    }
    if (decision.dutyToNotify.dischargedBy === 'notification') {
      issues.push(raise(PATHWAY_ISSUES.refusedConsentMeansNotification, ['consent', 'given']));
    }
  }

  if (document === 'notification') {
    if (decision.treatedAsChild) issues.push(raise(PATHWAY_ISSUES.childNotification, ['age', 'under18']));
    else if (decision.dutyToNotify.dischargedBy === 'nrm-referral') {
      issues.push(raise(PATHWAY_ISSUES.consentGivenMeansReferral, []));
    }
    if (submission.identifiesPerson && !decision.mayIdentifyInNotification) {
      issues.push(raise(PATHWAY_ISSUES.notificationIdentifiesPerson, ['identity']));
    }
  }
  return issues;
}
