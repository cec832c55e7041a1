// The official form's answer lists that the model package does not already hold, exactly as the
// form posts them. (Jurisdictions, under-18 answers, genders, exploitation types and locations,
// and the long select lists come from @antislavery/model.)

/**
 * The answers to "Have they been in more than one exploitative situation?"
 * (`potential-victim-exploitative-situation-multiple`).
 *
 * @example
 * ```ts
 * import { MULTIPLE_SITUATION_ANSWERS } from '@antislavery/referrals';
 *
 * MULTIPLE_SITUATION_ANSWERS;
 * //=> ['yes', 'no', 'i-dont-know']
 * ```
 */
export const MULTIPLE_SITUATION_ANSWERS = ['yes', 'no', 'i-dont-know'] as const;

/**
 * The answers to "When were the potential victim and exploiters last in contact?"
 * (`when-last-contact`), in the form's order.
 *
 * @example
 * ```ts
 * import { LAST_CONTACT_ANSWERS } from '@antislavery/referrals';
 *
 * LAST_CONTACT_ANSWERS.length;
 * //=> 7
 * LAST_CONTACT_ANSWERS[4];
 * //=> 'within-the-last-6-12-month'
 * ```
 */
export const LAST_CONTACT_ANSWERS = [
  'within-the-last-week',
  'within-the-last-month',
  'within-the-last-3-month',
  'within-the-last-6-month',
  'within-the-last-6-12-month',
  'over-a-year-ago',
  'not-sure',
] as const;

/**
 * The answers to the form's yes, no or not sure questions that are not about age: "Is this the
 * first chance they have had to report this?" (`is-this-the-first-chance-to-report`) and "Are
 * there any other potential victims?" (`any-other-pvs`).
 *
 * @example
 * ```ts
 * import { YES_NO_NOT_SURE_ANSWERS } from '@antislavery/referrals';
 *
 * YES_NO_NOT_SURE_ANSWERS;
 * //=> ['yes', 'no', 'not-sure']
 * ```
 */
export const YES_NO_NOT_SURE_ANSWERS = ['yes', 'no', 'not-sure'] as const;

/**
 * The answers to "Do they have a phone number we can contact them on?" (`pv-phone-number`): their
 * own number, someone else's number, or none.
 *
 * @example
 * ```ts
 * import { PHONE_ANSWERS } from '@antislavery/referrals';
 *
 * PHONE_ANSWERS;
 * //=> ['yes', 'pv-alternative-number', 'no']
 * ```
 */
export const PHONE_ANSWERS = ['yes', 'pv-alternative-number', 'no'] as const;

/**
 * The answers to "Who should we send the NRM decision to?" (`who-contact`).
 *
 * @example
 * ```ts
 * import { DECISION_RECIPIENTS } from '@antislavery/referrals';
 *
 * DECISION_RECIPIENTS;
 * //=> ['potential-victim', 'someone-else']
 * ```
 */
export const DECISION_RECIPIENTS = ['potential-victim', 'someone-else'] as const;

/**
 * The ways the form can send a decision: the check boxes of `pv-contact-details` and
 * `someone-else`.
 *
 * @example
 * ```ts
 * import { CONTACT_METHODS } from '@antislavery/referrals';
 *
 * CONTACT_METHODS;
 * //=> ['email', 'post']
 * ```
 */
export const CONTACT_METHODS = ['email', 'post'] as const;

/**
 * The file types the form accepts as evidence (doc, docx, pdf, jpeg or jpg, png), as media types.
 *
 * @example
 * ```ts
 * import { EVIDENCE_MEDIA_TYPES } from '@antislavery/referrals';
 *
 * EVIDENCE_MEDIA_TYPES.includes('application/pdf');
 * //=> true
 * ```
 */
export const EVIDENCE_MEDIA_TYPES = [
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
  'image/jpeg',
  'image/png',
] as const;

/**
 * The largest evidence file the form accepts: 25 MB, in bytes.
 *
 * @example
 * ```ts
 * import { EVIDENCE_MAX_BYTES } from '@antislavery/referrals';
 *
 * EVIDENCE_MAX_BYTES;
 * //=> 26214400
 * ```
 */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

/**
 * The most evidence files the form accepts on one referral.
 *
 * @example
 * ```ts
 * import { EVIDENCE_MAX_FILES } from '@antislavery/referrals';
 *
 * EVIDENCE_MAX_FILES;
 * //=> 100
 * ```
 */
export const EVIDENCE_MAX_FILES = 100;

/**
 * What a case record is: an NRM referral, or a Duty to Notify notification about an adult who did
 * not consent. These are the two kinds the published statistics count.
 *
 * @example
 * ```ts
 * import { CASE_KINDS } from '@antislavery/referrals';
 *
 * CASE_KINDS;
 * //=> ['nrm-referral', 'notification']
 * ```
 */
export const CASE_KINDS = ['nrm-referral', 'notification'] as const;

/**
 * One of the case kinds.
 *
 * @example
 * ```ts
 * import type { CaseKind } from '@antislavery/referrals';
 *
 * const kind: CaseKind = 'notification';
 * ```
 */
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * The outcome of a reasonable grounds or conclusive grounds decision, as the published statistics
 * count them.
 *
 * @example
 * ```ts
 * import { DECISION_OUTCOMES } from '@antislavery/referrals';
 *
 * DECISION_OUTCOMES;
 * //=> ['positive', 'negative']
 * ```
 */
export const DECISION_OUTCOMES = ['positive', 'negative'] as const;

/**
 * One decision outcome.
 *
 * @example
 * ```ts
 * import type { DecisionOutcome } from '@antislavery/referrals';
 *
 * const outcome: DecisionOutcome = 'positive';
 * ```
 */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * Where a person stands with support at a checkpoint after the referral: still supported, moved on
 * from support, lost contact, returned home, or withdrew consent. Partnerships measure outcomes at
 * the end of 45 days and beyond (the Cheshire pledge's measure).
 *
 * @example
 * ```ts
 * import { SUPPORT_STATUSES } from '@antislavery/referrals';
 *
 * SUPPORT_STATUSES;
 * //=> ['in-support', 'exited', 'lost-contact', 'returned-home', 'withdrew-consent']
 * ```
 */
export const SUPPORT_STATUSES = [
  'in-support',
  'exited',
  'lost-contact',
  'returned-home',
  'withdrew-consent',
] as const;

/**
 * One support status.
 *
 * @example
 * ```ts
 * import type { SupportStatus } from '@antislavery/referrals';
 *
 * const status: SupportStatus = 'lost-contact';
 * ```
 */
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/**
 * The checkpoints at which a case record gives the support status, in days after the referral, and
 * the case record field for each.
 *
 * @example
 * ```ts
 * import { SUPPORT_CHECKPOINTS } from '@antislavery/referrals';
 *
 * SUPPORT_CHECKPOINTS[0];
 * //=> { days: 45, field: 'supportAt45Days' }
 * ```
 */
export const SUPPORT_CHECKPOINTS = [
  { days: 45, field: 'supportAt45Days' },
  { days: 90, field: 'supportAt90Days' },
  { days: 180, field: 'supportAt180Days' },
  { days: 365, field: 'supportAt365Days' },
] as const;
