import { type ResponderType, todayInUk } from '@antislavery/model';
import { classifyOrganisation } from '@antislavery/model/lists';
import {
  type DecidePathwayOptions,
  decidePathway,
  type PathwayFacts as NationalPathwayFacts,
  pathwayRule,
} from '@antislavery/pathways';
import { defineIssue, raise } from './define-issue.js';
import type { CaseKind } from './form-options.js';
import type { Issue } from './issue.js';

// The cross-field checks that come from the law rather than the form: who may refer, consent for
// adults and none for children, a notification instead of a referral when an adult refuses, and
// anonymity in a notification. They are the national pathway's own rules, not a second copy:
// every check asks @antislavery/pathways' decidePathway and compares what a record does with what
// the decision says, and every issue carries the id and citation of the rule behind it.

/**
 * The facts the national referral pathway decides on, derived from a referral, notification or
 * case record: the `PathwayFacts` of `@antislavery/pathways`, except that a record's organisation
 * may be a name that is not on the official list, and its type may be unknown.
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
export type PathwayFacts = Omit<NationalPathwayFacts, 'responder'> & {
  readonly responder: Omit<NationalPathwayFacts['responder'], 'organisationType' | 'organisation'> & {
    /** The responder type of the organisation, or `undefined` when it cannot be worked out. */
    readonly organisationType: ResponderType | undefined;
    /** The organisation's name, as the record gives it. */
    readonly organisation?: string;
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

/** The citation of a rule of the national pathway, in England, as one line of text. */
const citationOf = (ruleId: string): string => pathwayRule(ruleId)?.citationText ?? ruleId;

const NOT_A_FIRST_RESPONDER = 'responder.not-first-responder';
const CHILD_REFERRAL = 'child.nrm-referral';
const ADULT_CONSENT = 'adult.consent-required';
const REFUSED_NO_REFERRAL = 'adult.consent-refused.no-referral';
const CONSENT_GIVEN_REFERRAL = 'adult.consent-given.nrm-referral';
const ANONYMOUS_NOTIFICATION = 'notification.anonymous';

/** The issues the pathway checks can give. */
export const PATHWAY_ISSUES = {
  referralFromNonFirstResponder: defineIssue({
    code: 'referral.first-responder.organisation.not-a-first-responder',
    severity: 'error',
    message: 'Select a first responder organisation: only a first responder can make a referral',
    description:
      'Only staff of a designated first responder organisation may submit an NRM referral or a Duty to Notify notification; anyone else passes the case to a first responder or the Modern Slavery & Exploitation Helpline.',
    ruleId: NOT_A_FIRST_RESPONDER,
    citation: citationOf(NOT_A_FIRST_RESPONDER),
  }),
  notificationFromNonFirstResponder: defineIssue({
    code: 'notification.first-responder.organisation.not-a-first-responder',
    severity: 'error',
    message: 'Select a first responder organisation: only a first responder can make a notification',
    description:
      'Only staff of a designated first responder organisation may submit a Duty to Notify notification.',
    ruleId: NOT_A_FIRST_RESPONDER,
    citation: citationOf(NOT_A_FIRST_RESPONDER),
  }),
  caseFromNonFirstResponder: defineIssue({
    code: 'case-record.first-responder-type.not-a-first-responder',
    severity: 'error',
    message: 'Select a type of first responder organisation: only a first responder can refer or notify',
    description:
      'The first responder type is not a type of designated first responder organisation (for example the NHS, a business or a member of the public), which cannot refer or notify.',
    ruleId: NOT_A_FIRST_RESPONDER,
    citation: citationOf(NOT_A_FIRST_RESPONDER),
  }),
  consentRequiredForAdult: defineIssue({
    code: 'referral.consent.required-for-adult',
    severity: 'error',
    message: 'Select if the potential victim consents to being referred to the NRM',
    description:
      'An adult must give informed consent to enter the NRM, so a referral about an adult answers the consent question.',
    ruleId: ADULT_CONSENT,
    citation: citationOf(ADULT_CONSENT),
  }),
  consentNotAskedForChild: defineIssue({
    code: 'referral.consent.not-asked-for-child',
    severity: 'error',
    message: 'Remove the consent answer: a child does not need to consent to being referred',
    description:
      'A child, or a person who may be under 18 and is treated as a child until their age is assessed, is referred without consent; the form does not ask.',
    ruleId: CHILD_REFERRAL,
    citation: citationOf(CHILD_REFERRAL),
  }),
  refusedConsentMeansNotification: defineIssue({
    code: 'referral.consent.refused-means-notification',
    severity: 'error',
    message: 'Make a Duty to Notify notification instead: an adult who does not consent cannot be referred',
    description:
      'An adult who does not consent is not referred to the NRM; a first responder with the duty to notify sends an anonymous notification instead (see toNotification).',
    ruleId: REFUSED_NO_REFERRAL,
    citation: citationOf(REFUSED_NO_REFERRAL),
  }),
  childNotification: defineIssue({
    code: 'notification.age.child-must-be-referred',
    severity: 'error',
    message: 'Make an NRM referral instead: a notification cannot be used for a child',
    description:
      'A child, or a person who may be under 18, must be referred to the NRM; a Duty to Notify notification must not be used for them.',
    ruleId: CHILD_REFERRAL,
    citation: citationOf(CHILD_REFERRAL),
  }),
  consentGivenMeansReferral: defineIssue({
    code: 'notification.consent.given-means-referral',
    severity: 'error',
    message: 'Make an NRM referral instead: they consent to being referred',
    description:
      'An adult who consents is referred to the NRM, which also discharges the duty to notify; a separate notification is not needed.',
    ruleId: CONSENT_GIVEN_REFERRAL,
    citation: citationOf(CONSENT_GIVEN_REFERRAL),
  }),
  notificationIdentifiesPerson: defineIssue({
    code: 'notification.identity.not-allowed-without-co-operation',
    severity: 'error',
    message: 'Remove their name and contact details: they have not agreed to co-operate with the authorities',
    description:
      'A notification about an adult must not include information that identifies them unless they consent; the form asks for a name and contact details only if they agree to co-operate with the authorities.',
    ruleId: ANONYMOUS_NOTIFICATION,
    citation: citationOf(ANONYMOUS_NOTIFICATION),
  }),
} as const;

/**
 * The facts as `decidePathway` takes them. An organisation counts only when it is on the official
 * list with the type given (a record whose type does not match its organisation gets its own
 * issue from the record's checks); a type that cannot be worked out is decided as a body that is
 * not a first responder, since nothing shows that it is one. The other checks do not depend on
 * the type.
 */
function nationalFacts(facts: PathwayFacts): NationalPathwayFacts {
  const responder: unknown = typeof facts === 'object' && facts !== null ? facts.responder : undefined;
  // Facts of the wrong shape go to decidePathway as they are, so that it throws its typed error.
  if (typeof responder !== 'object' || responder === null) return facts as unknown as NationalPathwayFacts;
  const { organisationType, organisation } = responder as PathwayFacts['responder'];
  const classified = organisation === undefined ? undefined : classifyOrganisation(organisation);
  const listed = classified?.responderType === organisationType ? classified?.name : undefined;
  return {
    jurisdiction: facts.jurisdiction,
    responder:
      organisationType === undefined
        ? { organisationType: 'other-public-body' }
        : listed === undefined
          ? { organisationType }
          : { organisationType, organisation: listed },
    person: facts.person,
  };
}

// A decision depends only on the facts and the date, and an export of many thousands of records
// holds few distinct combinations of them, so recent decisions are kept (a bounded map, oldest out
// first) rather than asking the pathway again for every row.
const DECISION_CACHE_SIZE = 512;
const decisions = new Map<string, ReturnType<typeof decidePathway>>();

/**
 * The cache key of a decision, or `undefined` for a date or facts that cannot be written as one
 * (a bigint, a cycle): they are not valid, and `decidePathway` throws its typed error for them.
 */
function cacheKey(facts: NationalPathwayFacts, asOf: unknown): string | undefined {
  if (typeof asOf !== 'string') return undefined;
  try {
    return `${asOf}|${JSON.stringify(facts)}`;
  } catch {
    return undefined;
  }
}

function decide(facts: NationalPathwayFacts, asOf: string): ReturnType<typeof decidePathway> {
  const key = cacheKey(facts, asOf);
  if (key === undefined) return decidePathway(facts, { asOf });
  const cached = decisions.get(key);
  if (cached !== undefined) return cached;
  const decision = decidePathway(facts, { asOf });
  if (decisions.size >= DECISION_CACHE_SIZE) {
    const oldest = decisions.keys().next().value;
    if (oldest !== undefined) decisions.delete(oldest);
  }
  decisions.set(key, decision);
  return decision;
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
 * @param options - The date to decide for (`asOf`, today in the UK by default).
 * @returns The issues, empty when the record agrees with the decision.
 * @throws `InvalidPathwayFactsError` or `InvalidAsOfError` from `@antislavery/pathways` if the
 *   facts or the date are not valid: a programmer error, since records are validated first.
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
export function checkPathway(
  facts: PathwayFacts,
  submission: PathwaySubmission,
  options: Pick<DecidePathwayOptions, 'asOf'> = {},
): Issue[] {
  const decision = decide(nationalFacts(facts), options?.asOf ?? todayInUk());
  const fired = new Set(decision.explanation.rules.map((rule) => rule.id));
  const issues: Issue[] = [];
  const { document } = submission;

  if (!decision.responder.isFirstResponder) {
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
    if (fired.has(REFUSED_NO_REFERRAL)) {
      issues.push(raise(PATHWAY_ISSUES.refusedConsentMeansNotification, ['consent', 'given']));
    }
  }

  if (document === 'notification') {
    if (decision.treatedAsChild) issues.push(raise(PATHWAY_ISSUES.childNotification, ['age', 'under18']));
    else if (fired.has(CONSENT_GIVEN_REFERRAL)) {
      issues.push(raise(PATHWAY_ISSUES.consentGivenMeansReferral, []));
    }
    if (submission.identifiesPerson && fired.has(ANONYMOUS_NOTIFICATION)) {
      issues.push(raise(PATHWAY_ISSUES.notificationIdentifiesPerson, ['identity']));
    }
  }
  return issues;
}
