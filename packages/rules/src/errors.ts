/**
 * A problem found in a rule set, an overlay or a case file: its stable dotted `code`, the full
 * `path` to the value at fault, and a plain-English `message`. Where a rule or a parameter is at
 * fault, `ruleId` or `parameter` names it. Messages never repeat the values they are about.
 *
 * @example
 * ```ts
 * import type { RuleSetIssue } from '@antislavery/rules';
 *
 * const issue: RuleSetIssue = {
 *   severity: 'error',
 *   code: 'rule.duplicate-id',
 *   path: ['rules', 3, 'id'],
 *   ruleId: 'seek-consent',
 *   message: "Rule ids must be unique: 'seek-consent' is used more than once",
 * };
 * ```
 */
export interface RuleSetIssue {
  /** Always `error`: a rule set with any issue is rejected. */
  readonly severity: 'error';
  /** Stable, dotted code for programs, such as `parameter.overlap`. */
  readonly code: string;
  /** The path from the root of the document to the value at fault. */
  readonly path: readonly (string | number)[];
  /** What is wrong and how to put it right, in plain English. */
  readonly message: string;
  /** The id of the rule at fault, where there is one. */
  readonly ruleId?: string;
  /** The name of the parameter at fault, where there is one. */
  readonly parameter?: string;
  /** The name of the test case at fault, in a case file. */
  readonly caseName?: string;
}

function summarise(issues: readonly RuleSetIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: see issues)` : '';
  return first
    ? `The rule set is not valid: ${first.message}, at ${formatIssuePath(first.path)}${more}`
    : 'The rule set is not valid';
}

/**
 * Writes an issue path as a readable accessor, such as `rules[3].when.conditions[0].value`.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from '@antislavery/rules';
 *
 * formatIssuePath(['rules', 3, 'when', 'conditions', 0, 'value']);
 * //=> 'rules[3].when.conditions[0].value'
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * Thrown by {@link compile} and {@link extend} when a rule set or overlay is malformed: an
 * unknown operator, a value of the wrong type, a duplicate id, overlapping parameter versions, an
 * unknown or cyclic parameter reference, a `from` after its `to`, or an overlay touching a locked
 * or unknown rule. `issues` lists every problem found, not just the first.
 *
 * Rule sets from outside the program (a database, a form) should go through `loadRuleSet` from
 * `@antislavery/rules/json`, which returns the same issues instead of throwing.
 *
 * @example
 * ```ts
 * import { compile, RuleSetError } from '@antislavery/rules';
 *
 * try {
 *   compile({ name: 'broken', rules: [] , parameters: { limit: { description: 'the limit', versions: [] } } });
 * } catch (error) {
 *   (error as RuleSetError).issues[0]?.code;
 *   //=> 'parameter.no-versions'
 * }
 * ```
 */
export class RuleSetError extends Error {
  /** Stable code for programs: always `rules.rule-set.invalid`. */
  readonly code = 'rules.rule-set.invalid' as const;
  /** Every problem found. */
  readonly issues: readonly RuleSetIssue[];

  constructor(issues: readonly RuleSetIssue[]) {
    super(summarise(issues));
    this.name = 'RuleSetError';
    this.issues = issues;
  }
}

/**
 * Thrown when a function of the engine is called with an argument it cannot use, such as
 * `evaluate` with an object that did not come from {@link compile}. This is a programmer error;
 * the message names the function and argument, never the value.
 *
 * @example
 * ```ts
 * import { evaluate, InvalidArgumentError } from '@antislavery/rules';
 *
 * try {
 *   evaluate({} as never, {}, { asOf: '2025-01-01' });
 * } catch (error) {
 *   (error as InvalidArgumentError).where;
 *   //=> 'evaluate(compiled)'
 * }
 * ```
 */
export class InvalidArgumentError extends TypeError {
  /** Stable code for programs: always `rules.invalid-argument`. */
  readonly code = 'rules.invalid-argument' as const;
  /** The function and argument at fault, such as `evaluate(compiled)`. */
  readonly where: string;

  constructor(where: string, expected: string) {
    super(`${where}: expected ${expected}`);
    this.name = 'InvalidArgumentError';
    this.where = where;
  }
}
