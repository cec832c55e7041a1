import { classifyOrganisation } from '@antislavery/model/lists';
import type { ValidationResult } from '../issue.js';
import { checkPathway, type PathwayFacts } from '../pathway-checks.js';
import { type NrmReferral, nrmReferralField } from '../schemas/nrm-referral.js';
import { checkReferralDates } from './date-rules.js';
import { checkBranches, compileBranches, REFERRAL_BRANCHES } from './form-branching.js';
import { asOfDate, runValidation, type ValidateOptions } from './run-validation.js';

/** The referral's branches, compiled once. Internal. */
export const COMPILED_REFERRAL_BRANCHES = compileBranches('referral', nrmReferralField, REFERRAL_BRANCHES);

/**
 * The pathway facts of a well-formed referral: its jurisdiction, the responder type of its
 * organisation, the person's age answer, their consent and whether they co-operate.
 *
 * @example
 * ```ts
 * import { referralPathwayFacts } from '@antislavery/referrals';
 * import type { NrmReferral } from '@antislavery/referrals';
 *
 * declare const referral: NrmReferral;
 * const facts = referralPathwayFacts(referral);
 * ```
 */
export function referralPathwayFacts(referral: NrmReferral): PathwayFacts {
  const organisation = referral.firstResponder.organisation;
  const consent = referral.consent === undefined ? undefined : referral.consent.given ? 'given' : 'refused';
  return {
    jurisdiction: referral.jurisdiction,
    responder: { organisationType: classifyOrganisation(organisation)?.responderType, organisation },
    person: {
      under18: referral.age.under18,
      ...(consent === undefined ? {} : { consent }),
      cooperatingWithAuthorities: referral.cooperation.willing,
    },
  };
}

/**
 * Validates an NRM referral as the official form would, and more: every field (types, the form's
 * options and lists, the 15,000-character limit, email and phone formats, real dates), then the
 * form's branching (a field the form asks for must be given, a field it does not ask for must be
 * absent), the date rules (not in the future, a date of birth after 1 January 1900) and the
 * national pathway's rules (consent for adults, none for children, a notification when an adult
 * refuses, first responders only). Cross-field checks run once every field is well formed.
 *
 * Never throws for any input. Messages never repeat the values given.
 *
 * @param input - Outside input, for example parsed JSON.
 * @param options - The date to check against; see {@link ValidateOptions}.
 * @returns The typed referral and any warnings, or the issues.
 * @throws `InvalidIsoDateError` (from `@antislavery/model`) if `options.asOf` is not a real
 *   date: a programmer error, not bad input.
 * @example
 * ```ts
 * import { validateReferral } from '@antislavery/referrals';
 *
 * const result = validateReferral({ jurisdiction: 'England' });
 * result.ok;
 * //=> false
 * result.ok ? [] : result.issues.find((issue) => issue.path[0] === 'jurisdiction')?.message;
 * //=> 'Select where you are making this report'
 * ```
 */
export function validateReferral(input: unknown, options?: ValidateOptions): ValidationResult<NrmReferral> {
  const asOf = asOfDate(options, 'validateReferral');
  return runValidation<NrmReferral>('referral', nrmReferralField, input, (referral, issues) => {
    checkBranches(COMPILED_REFERRAL_BRANCHES, referral, issues);
    checkReferralDates(referral, asOf, issues);
    issues.push(
      ...checkPathway(referralPathwayFacts(referral), {
        document: 'referral',
        kind: 'nrm-referral',
        consentAnswered: referral.consent !== undefined,
        identifiesPerson: true,
      }),
    );
  });
}
