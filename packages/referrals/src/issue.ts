/**
 * How serious an issue is: an `error` stops a record being accepted; a `warning` does not, so a new
 * check can start as a warning before it becomes an error.
 *
 * @example
 * ```ts
 * import type { IssueSeverity } from '@antislavery/referrals';
 *
 * const severity: IssueSeverity = 'warning';
 * ```
 */
export type IssueSeverity = 'error' | 'warning';

/**
 * A problem found in a referral, notification or case record, in the shape GOV.UK-style forms and
 * health systems (FHIR's OperationOutcome issues) already consume.
 *
 * - `path`: where the problem is, in full, for example `['person', 'dateOfBirth']` or
 *   `['locations', 'ukCities', 2]`.
 * - `code`: stable and dotted, for example `referral.consent.required-for-adult`. Every code is in
 *   {@link issueCodes} and in docs/error-codes.md.
 * - `message`: what to do, in plain English, for example "Enter their date of birth". It never
 *   repeats the value given, which may be personal data.
 * - `ruleId` and `citation`: the rule that produced the issue and where the law or guidance says
 *   so, when a legal rule produced it.
 *
 * @example
 * ```ts
 * import type { Issue } from '@antislavery/referrals';
 *
 * const issue: Issue = {
 *   severity: 'error',
 *   path: ['exploitationTypes', 'types'],
 *   code: 'referral.exploitation-types.at-least-one',
 *   message: 'Select at least one type of exploitation',
 * };
 * ```
 */
export type Issue = {
  /** Whether the issue stops the record being accepted. */
  readonly severity: IssueSeverity;
  /** Where the problem is: property names and list positions, from the record's root. */
  readonly path: readonly (string | number)[];
  /** A stable, dotted code for programs. */
  readonly code: string;
  /** What to do about it, in plain English. */
  readonly message: string;
  /** The id of the rule that produced the issue, where a legal rule did. */
  readonly ruleId?: string;
  /** Where the law or guidance behind the rule says so. */
  readonly citation?: string;
};

/**
 * The result of validating outside input: the typed value, or the issues that stopped it being
 * accepted. Warnings alone do not stop a record: they come with the value. Branch on `ok`.
 *
 * @example
 * ```ts
 * import { validateReferral } from '@antislavery/referrals';
 *
 * const result = validateReferral({});
 * result.ok;
 * //=> false
 * ```
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };
