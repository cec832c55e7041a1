import { InvalidIsoDateError, type IsoDate, isIsoDate } from '@antislavery/model';
import { defineIssue, type IssueCodeEntry, raise } from '../define-issue.js';
import { type CheckContext, type Field, INVALID } from '../fields/field.js';
import type { Issue, ValidationResult } from '../issue.js';
import { todayCached } from './date-rules.js';

/**
 * Options for the validate functions.
 *
 * @example
 * ```ts
 * import type { ValidateOptions } from '@antislavery/referrals';
 *
 * // Check dates as they stood on 31 March 2025, for example when re-validating old exports.
 * const options: ValidateOptions = { asOf: '2025-03-31' };
 * ```
 */
export type ValidateOptions = {
  /**
   * The date to check "not in the future" and checkpoints against, written `YYYY-MM-DD`. Defaults
   * to today in the UK.
   */
  readonly asOf?: IsoDate;
};

/** The issue for input that cannot even be read, per document. */
export const UNREADABLE_ISSUES = {
  referral: defineIssue({
    code: 'referral.unreadable',
    severity: 'error',
    message: 'The referral could not be read: check it is plain data, such as parsed JSON',
    description:
      'Reading the input threw an error, for example a property getter that throws or a revoked proxy.',
  }),
  notification: defineIssue({
    code: 'notification.unreadable',
    severity: 'error',
    message: 'The notification could not be read: check it is plain data, such as parsed JSON',
    description:
      'Reading the input threw an error, for example a property getter that throws or a revoked proxy.',
  }),
  'case-record': defineIssue({
    code: 'case-record.unreadable',
    severity: 'error',
    message: 'The case record could not be read: check it is plain data, such as parsed JSON',
    description:
      'Reading the input threw an error, for example a property getter that throws or a revoked proxy.',
  }),
} as const satisfies Record<string, IssueCodeEntry>;

/** The date a validation checks against. Throws for a bad `asOf`: that is a programmer error. */
export function asOfDate(options: ValidateOptions | undefined, where: string): IsoDate {
  const asOf = options?.asOf;
  if (asOf === undefined) return todayCached();
  if (!isIsoDate(asOf)) throw new InvalidIsoDateError(`${where}(input, options.asOf)`);
  return asOf;
}

/**
 * Validates input in two stages: each field against the field tree, then (only when every field
 * is well formed) the cross-field rules on the typed value. Never throws for any input.
 */
export function runValidation<T>(
  document: keyof typeof UNREADABLE_ISSUES,
  root: Field,
  input: unknown,
  crossField: (value: T, issues: Issue[]) => void,
): ValidationResult<T> {
  try {
    const ctx: CheckContext = { document, issues: [] };
    const value = root.check(input, undefined, ctx);
    if (value === INVALID || ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
    const issues: Issue[] = [];
    crossField(value as T, issues);
    if (issues.length === 0) return { ok: true, value: value as T, warnings: issues };
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) return { ok: false, issues };
    return { ok: true, value: value as T, warnings: issues };
  } catch {
    return { ok: false, issues: [raise(UNREADABLE_ISSUES[document], [])] };
  }
}
