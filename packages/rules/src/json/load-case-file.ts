import type { CaseFile } from '../case-runner.js';
import type { RuleSetIssue } from '../errors.js';
import { caseFileSchema } from './case-file-schema.js';
import { fromZodIssues, plainError, unreadableIssue } from './zod-issues.js';

/**
 * What {@link loadCaseFile} returns: the case file, or every issue found.
 *
 * @example
 * ```ts
 * import type { LoadCaseFileResult } from '@antislavery/rules/json';
 *
 * const count = (result: LoadCaseFileResult) => (result.ok ? result.caseFile.cases.length : 0);
 * ```
 */
export type LoadCaseFileResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly issues: readonly RuleSetIssue[] };

/**
 * Loads a case file from parsed JSON, checking its shape. It never throws: it returns the case
 * file, ready for `runCases`, or every issue with its full path and the name of the case it is
 * in.
 *
 * @param json - the parsed JSON of the case file
 *
 * @example
 * ```ts
 * import { loadCaseFile } from '@antislavery/rules/json';
 *
 * const result = loadCaseFile({
 *   cases: [{ name: 'a bad date', asOf: '2025-02-30', facts: {}, expect: { fired: [] } }],
 * });
 * result.ok ? [] : result.issues.map((issue) => [issue.caseName, issue.path.join('.'), issue.message]);
 * //=> [['a bad date', 'cases.0.asOf', 'Enter a real date in the format YYYY-MM-DD']]
 * ```
 */
export function loadCaseFile(json: unknown): LoadCaseFileResult {
  try {
    const parsed = caseFileSchema.safeParse(json, { error: plainError });
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, json) };
    const { $schema: _ignored, ...caseFile } = parsed.data;
    return { ok: true, caseFile: caseFile as CaseFile };
  } catch {
    return { ok: false, issues: [unreadableIssue()] };
  }
}
