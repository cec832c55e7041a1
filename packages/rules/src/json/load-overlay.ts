import type { z } from 'zod';
import { checkRuleSet } from '../check-rule-set.js';
import { RuleSetError, type RuleSetIssue } from '../errors.js';
import { extend, type Overlay } from '../extend.js';
import type { RuleSet } from '../rule-set.js';
import { type LoadRuleSetOptions, outcomeIssues, withoutSchemaKey } from './load-rule-set.js';
import { overlaySchema } from './rule-set-schema.js';
import { fromZodIssues, plainError, unreadableIssue } from './zod-issues.js';

/**
 * What {@link loadOverlay} returns: the overlay and the rule set it makes, or every issue found.
 *
 * @typeParam Facts - the facts type of the base rule set
 * @typeParam Outcome - the outcome type of the base rule set
 *
 * @example
 * ```ts
 * import type { LoadOverlayResult } from '@antislavery/rules/json';
 *
 * const names = (result: LoadOverlayResult) => (result.ok ? result.ruleSet.rules.map((rule) => rule.id) : []);
 * ```
 */
export type LoadOverlayResult<Facts = unknown, Outcome = unknown> =
  | { readonly ok: true; readonly overlay: Overlay<Outcome>; readonly ruleSet: RuleSet<Facts, Outcome> }
  | { readonly ok: false; readonly issues: readonly RuleSetIssue[] };

/**
 * Loads an overlay from parsed JSON and layers it over `base` with `extend`, returning the
 * combined rule set, or every issue found: in the overlay's shape, in what it does to the base
 * (replacing or disabling a locked or unknown rule, overriding a locked parameter, reusing an
 * id), and in the combined rule set (everything {@link checkRuleSet} checks). Issue paths are
 * paths in the overlay's JSON, such as `add[0].when.value`. It never throws.
 *
 * @param json - the parsed JSON of the overlay
 * @param base - the rule set the overlay extends
 * @param options - `outcome`: a zod schema each added or replacing rule's `outcome` must satisfy
 *
 * @example
 * ```ts
 * import { loadOverlay } from '@antislavery/rules/json';
 *
 * const base = {
 *   name: 'national',
 *   rules: [
 *     {
 *       id: 'refer',
 *       description: 'Refer the person',
 *       citation: { title: 'Example Act 2025', section: 's1' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'all' as const, conditions: [] },
 *       outcome: 'refer',
 *       locked: true,
 *     },
 *   ],
 * };
 * const result = loadOverlay({ name: 'Example Council', disable: [{ id: 'refer', reason: 'We do not refer' }] }, base);
 * result.ok ? [] : result.issues.map((issue) => issue.code);
 * //=> ['overlay.locked-rule']
 * ```
 */
export function loadOverlay<Facts, Outcome>(
  json: unknown,
  base: RuleSet<Facts, Outcome>,
  options: LoadRuleSetOptions<z.ZodType<Outcome>> = {},
): LoadOverlayResult<Facts, Outcome> {
  let parsed: ReturnType<typeof overlaySchema.safeParse>;
  try {
    parsed = overlaySchema.safeParse(json, { error: plainError });
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, json) };
  } catch {
    return { ok: false, issues: [unreadableIssue()] };
  }
  // Assigning without a cast proves the schema's output is an Overlay: the two cannot drift.
  const loaded: Overlay = withoutSchemaKey(parsed.data);
  const overlay = loaded as Overlay<Outcome>;
  const outcomes = [
    ...outcomeIssues(overlay.add ?? [], options.outcome, 'add'),
    ...outcomeIssues(overlay.replace ?? [], options.outcome, 'replace'),
  ];
  let ruleSet: RuleSet<Facts, Outcome>;
  try {
    ruleSet = extend(base, overlay);
  } catch (error) {
    if (error instanceof RuleSetError) return { ok: false, issues: [...error.issues, ...outcomes] };
    throw error;
  }
  const where = (ruleId: string | undefined): (string | number)[] | undefined => {
    if (ruleId === undefined) return undefined;
    for (const section of ['add', 'replace'] as const) {
      const index = (overlay[section] ?? []).findIndex((rule) => rule.id === ruleId);
      if (index >= 0) return [section, index];
    }
    return undefined;
  };
  const issues = checkRuleSet(ruleSet).map((issue) => {
    const prefix = issue.path[0] === 'rules' ? where(issue.ruleId) : undefined;
    return prefix ? { ...issue, path: [...prefix, ...issue.path.slice(2)] } : issue;
  });
  issues.push(...outcomes);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, overlay, ruleSet };
}
