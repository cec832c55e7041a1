import type { z } from 'zod';
import { checkRuleSet } from '../check-rule-set.js';
import type { RuleSetIssue } from '../errors.js';
import type { RuleSet } from '../rule-set.js';
import { ruleSetSchema } from './rule-set-schema.js';
import { fromZodIssues, plainError, unreadableIssue } from './zod-issues.js';

/**
 * What {@link loadRuleSet} returns: the rule set, or every issue found.
 *
 * @typeParam Outcome - the outcome type, when an outcome schema was given
 *
 * @example
 * ```ts
 * import type { LoadRuleSetResult } from '@antislavery/rules/json';
 *
 * const count = (result: LoadRuleSetResult) => (result.ok ? result.ruleSet.rules.length : result.issues.length);
 * ```
 */
export type LoadRuleSetResult<Outcome = unknown> =
  | { readonly ok: true; readonly ruleSet: RuleSet<unknown, Outcome> }
  | { readonly ok: false; readonly issues: readonly RuleSetIssue[] };

/**
 * Options for {@link loadRuleSet}.
 *
 * @typeParam Outcome - the schema for each rule's `outcome`
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { LoadRuleSetOptions } from '@antislavery/rules/json';
 *
 * const options: LoadRuleSetOptions<z.ZodType<{ action: string }>> = { outcome: z.object({ action: z.string() }) };
 * ```
 */
export interface LoadRuleSetOptions<Outcome extends z.ZodType = z.ZodType> {
  /** A schema every rule's `outcome` must satisfy; the loaded rule set's outcomes take its type. */
  readonly outcome?: Outcome;
}

/** Internal: the JSON of a rule set or overlay without its `$schema` key. */
export function withoutSchemaKey<T extends { $schema?: string }>(value: T): Omit<T, '$schema'> {
  const { $schema: _ignored, ...rest } = value;
  return rest;
}

/** Internal: checks every rule's `outcome` against an outcome schema. */
export function outcomeIssues(
  rules: readonly { id: string; outcome: unknown }[],
  outcome: z.ZodType | undefined,
  section: string,
): RuleSetIssue[] {
  if (!outcome) return [];
  const issues: RuleSetIssue[] = [];
  rules.forEach((rule, index) => {
    const result = outcome.safeParse(rule.outcome, { error: plainError });
    if (!result.success) {
      for (const issue of fromZodIssues(result.error.issues, undefined)) {
        issues.push({ ...issue, path: [section, index, 'outcome', ...issue.path], ruleId: rule.id });
      }
    }
  });
  return issues;
}

/**
 * Loads a rule set from parsed JSON (a file, a database row, a form), checking its shape with zod
 * and then everything {@link checkRuleSet} checks. It never throws: it returns the rule set, or
 * every issue with its full path, the rule id or parameter name it concerns, and a plain-English
 * message.
 *
 * @param json - the parsed JSON
 * @param options - `outcome`: a zod schema each rule's `outcome` must satisfy
 *
 * @example
 * ```ts
 * import { loadRuleSet } from '@antislavery/rules/json';
 *
 * const result = loadRuleSet({
 *   name: 'example',
 *   rules: [
 *     {
 *       id: 'adult',
 *       description: 'Treat the person as an adult',
 *       citation: { title: 'Example policy' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'gte', fact: 'age', value: 'eighteen' },
 *       outcome: 'adult',
 *     },
 *   ],
 * });
 * result.ok ? [] : result.issues.map((issue) => [issue.ruleId, issue.path.join('.')]);
 * //=> [['adult', 'rules.0.when.value']]
 * ```
 */
export function loadRuleSet<Outcome extends z.ZodType = z.ZodType<unknown>>(
  json: unknown,
  options: LoadRuleSetOptions<Outcome> = {},
): LoadRuleSetResult<z.output<Outcome>> {
  let issues: RuleSetIssue[];
  let ruleSet: RuleSet;
  try {
    const parsed = ruleSetSchema.safeParse(json, { error: plainError });
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, json) };
    // Assigning without a cast proves the schema's output is a RuleSet: the two cannot drift.
    ruleSet = withoutSchemaKey(parsed.data);
    issues = [...checkRuleSet(ruleSet), ...outcomeIssues(ruleSet.rules, options.outcome, 'rules')];
  } catch {
    return { ok: false, issues: [unreadableIssue()] };
  }
  if (issues.length > 0) return { ok: false, issues };
  // Every `outcome` has just been checked against the outcome schema (when one was given).
  return { ok: true, ruleSet: ruleSet as RuleSet<unknown, z.output<Outcome>> };
}
