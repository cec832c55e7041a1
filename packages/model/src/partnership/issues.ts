/**
 * A problem found in a partnership document, in the shape GOV.UK-style forms and APIs expect.
 *
 * - `path`: where the problem is, in full, for example `['steeringGroup', 'chair']` or
 *   `['items', 2, 'due']`.
 * - `code`: stable and dotted, `model.<document>.<field path>.<problem>`, where the field path
 *   is the path's names in kebab case without list positions, for example
 *   `model.partnership.steering-group.chair.required` or `model.action-plan.items.due.invalid`.
 *   The problem is one of `required` (missing, blank or an empty list), `invalid-type`,
 *   `invalid-option` (not one of the listed values), `invalid-format` (an id, metric id,
 *   telephone number or web address in the wrong form), `invalid` (for example an impossible
 *   date), `too-small`, `too-big`, `unknown-field` (a field the model does not have; the path
 *   names it), `duplicate` (an id or P given twice), `out-of-order` (priorities not numbered 1, 2,
 *   3), `before-start` (a period that ends before it starts), `unknown` (a reference to a
 *   sub-group that does not exist) or `unreadable` (the input could not be read at all).
 * - `message`: plain English saying what to do, for example "Enter the partnership name". It
 *   never repeats the value given.
 *
 * @example
 * ```ts
 * import type { ModelIssue } from '@antislavery/model';
 *
 * const issue: ModelIssue = {
 *   severity: 'error',
 *   path: ['name'],
 *   code: 'model.partnership.name.required',
 *   message: 'Enter the partnership name',
 * };
 * ```
 */
export type ModelIssue = {
  /** Always `error`: a document with issues is not accepted. */
  readonly severity: 'error';
  /** Where the problem is. */
  readonly path: readonly (string | number)[];
  /** A stable, dotted code for programs. */
  readonly code: string;
  /** What to do about it, in plain English. */
  readonly message: string;
};

/**
 * The result of parsing a document: the typed value, or the issues that stopped it being
 * accepted. Branch on `ok`.
 *
 * @example
 * ```ts
 * import { parsePartnership } from '@antislavery/model';
 *
 * const result = parsePartnership({});
 * result.ok ? result.value.name : result.issues.length;
 * //=> 4
 * ```
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ModelIssue[] };
