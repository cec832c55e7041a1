import type { Issue, IssueSeverity } from './issue.js';

/**
 * One issue code and what it means: the entry {@link issueCodes} lists and docs/error-codes.md
 * shows for it.
 *
 * @example
 * ```ts
 * import type { IssueCodeEntry } from '@antislavery/referrals';
 *
 * const entry: IssueCodeEntry = {
 *   code: 'referral.exploitation-types.at-least-one',
 *   severity: 'error',
 *   message: 'Select at least one type of exploitation',
 *   description: 'No type of exploitation is ticked; the form needs at least one.',
 * };
 * ```
 */
export type IssueCodeEntry = {
  /** The stable, dotted code. */
  readonly code: string;
  /** Whether the issue stops the record being accepted. */
  readonly severity: IssueSeverity;
  /** The message every issue with this code carries. */
  readonly message: string;
  /** What the code means and when it is given, for the reference. */
  readonly description: string;
  /** The official form's field, where the code is about one. */
  readonly formField?: string;
  /** The id of the rule behind the code, where a legal rule is. */
  readonly ruleId?: string;
  /** Where the law or guidance behind the rule says so. */
  readonly citation?: string;
};

/** Defines a cross-field issue once, so its code, message and description cannot drift. Internal. */
export function defineIssue<const E extends IssueCodeEntry>(entry: E): E {
  return entry;
}

/** An issue of a defined code at a path. Internal. */
export function raise(entry: IssueCodeEntry, path: readonly (string | number)[]): Issue {
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    severity: entry.severity,
    path,
    code: entry.code,
    message: entry.message,
  };
  if (entry.ruleId !== undefined) issue.ruleId = entry.ruleId;
  if (entry.citation !== undefined) issue.citation = entry.citation;
  return issue;
}
