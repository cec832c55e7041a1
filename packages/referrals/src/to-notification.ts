import { raise } from './define-issue.js';
import type { ValidationResult } from './issue.js';
import { checkPathway } from './pathway-checks.js';
import type { DutyToNotifyNotification } from './schemas/duty-to-notify-notification.js';
import type { NrmReferral } from './schemas/nrm-referral.js';
import { UNREADABLE_ISSUES, type ValidateOptions } from './validate/run-validation.js';
import { notificationPathwayFacts, validateNotification } from './validate/validate-notification.js';

/**
 * A referral being filled in: any part of an {@link NrmReferral} may still be missing.
 *
 * @example
 * ```ts
 * import type { NrmReferralDraft } from '@antislavery/referrals';
 *
 * const draft: NrmReferralDraft = { age: { under18: 'no' }, consent: { given: false } };
 * ```
 */
export type NrmReferralDraft = DeepPartial<NrmReferral>;

/**
 * A type with every property, at every depth, optional.
 *
 * @example
 * ```ts
 * import type { DeepPartial } from '@antislavery/referrals';
 *
 * const partial: DeepPartial<{ a: { b: string } }> = { a: {} };
 * ```
 */
export type DeepPartial<T> = T extends readonly (infer I)[]
  ? readonly DeepPartial<I>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** The groups a notification takes from a referral unchanged: the account of the exploitation. */
const SHARED_GROUPS = [
  'firstResponder',
  'jurisdiction',
  'age',
  'background',
  'exploitation',
  'treatment',
  'currentSituation',
  'lastContact',
  'reportedBefore',
  'assessment',
  'locations',
  'currentLocation',
  'exploiters',
  'exploitationTypes',
  'otherVictims',
  'futureRisk',
  'police',
  'cooperation',
] as const;

const objectOr = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/**
 * Turns the draft referral of an adult who did not consent into the Duty to Notify notification
 * the form would send instead, with everything that identifies them removed: no date of birth,
 * interpreter, communication or Home Office answers, no support or phone answers, no decision
 * recipient, no first responder contact and no evidence. Their name and their own contact details
 * are kept only if they agree to co-operate with the authorities, as the form allows (Modern
 * Slavery Act 2015 s52(3)). The notification is then validated.
 *
 * The draft must be for an adult (`age.under18` is `no`) who did not consent
 * (`consent.given` is `false`): a child is referred, and an adult who consents is referred too.
 * Never throws for any input.
 *
 * @param draft - The referral so far.
 * @param options - The date to check against; see {@link ValidateOptions}.
 * @returns The notification and any warnings, or the issues.
 * @example
 * ```ts
 * import { toNotification } from '@antislavery/referrals';
 * import type { NrmReferral } from '@antislavery/referrals';
 *
 * declare const referral: NrmReferral;
 * const result = toNotification({ ...referral, consent: { given: false }, cooperation: { willing: false } });
 * result.ok && result.value.identity;
 * //=> undefined
 * toNotification({ ...referral, age: { under18: 'yes' }, consent: { given: false } }).ok;
 * //=> false
 * ```
 */
export function toNotification(
  draft: NrmReferralDraft,
  options?: ValidateOptions,
): ValidationResult<DutyToNotifyNotification> {
  let candidate: Record<string, unknown>;
  let consent: unknown;
  try {
    const source = objectOr(draft) ?? {};
    candidate = {};
    for (const group of SHARED_GROUPS) {
      if (source[group] !== undefined) candidate[group] = source[group];
    }
    const consentGroup = objectOr(source.consent);
    consent = consentGroup?.given;
    if (consentGroup?.refusalReason !== undefined) candidate.refusalReason = consentGroup.refusalReason;
    const person = objectOr(source.person) ?? {};
    candidate.person = {
      gender: person.gender,
      nationality: person.nationality,
      ...(person.secondNationality === undefined ? {} : { secondNationality: person.secondNationality }),
    };
    if (objectOr(source.cooperation)?.willing === true) {
      candidate.identity = { name: person.name, contact: objectOr(source.decision)?.potentialVictim };
    }
  } catch {
    return { ok: false, issues: [raise(UNREADABLE_ISSUES.referral, [])] };
  }
  const result = validateNotification(candidate, options);
  if (consent !== true || !result.ok) return result;
  const pathway = checkPathway(
    {
      ...notificationPathwayFacts(result.value),
      person: { under18: result.value.age.under18, consent: 'given' },
    },
    { document: 'notification', kind: 'notification', consentAnswered: true, identifiesPerson: false },
  );
  return pathway.length === 0 ? result : { ok: false, issues: pathway };
}
