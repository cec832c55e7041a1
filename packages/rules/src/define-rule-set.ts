import type { Condition, LiteralValue, Operand } from './condition.js';
import type { RuleSetBuilder } from './types/builder.js';

function withLabel<T extends object>(node: T, label: string | undefined): T {
  return label === undefined ? node : { ...node, label };
}

function compare(op: string) {
  return (fact: string, value: Operand, label?: string) => withLabel({ op, fact, value }, label);
}

function dayWindow(op: string) {
  return (fact: string, days: unknown, of: unknown, label?: string) =>
    withLabel({ op, fact, days, of }, label);
}

function workingDayWindow(op: string) {
  return (fact: string, days: unknown, of: unknown, division: unknown, label?: string) =>
    withLabel({ op, fact, days, of, division }, label);
}

// One builder serves every facts type: the types are the compiler's business only.
const builder = /* @__PURE__ */ Object.freeze({
  fact: (path: string) => ({ fact: path }),
  param: (name: string) => ({ param: name }),
  asOf: () => ({ asOf: true }),
  all: (...conditions: Condition[]) => ({ op: 'all', conditions }),
  any: (...conditions: Condition[]) => ({ op: 'any', conditions }),
  not: (condition: Condition, label?: string) => withLabel({ op: 'not', condition }, label),
  labelled: (label: string, condition: Condition) => ({ ...condition, label }),
  eq: /* @__PURE__ */ compare('eq'),
  ne: /* @__PURE__ */ compare('ne'),
  lt: /* @__PURE__ */ compare('lt'),
  lte: /* @__PURE__ */ compare('lte'),
  gt: /* @__PURE__ */ compare('gt'),
  gte: /* @__PURE__ */ compare('gte'),
  in: /* @__PURE__ */ compare('in'),
  includes: /* @__PURE__ */ compare('includes'),
  exists: (fact: string, label?: string) => withLabel({ op: 'exists', fact }, label),
  before: /* @__PURE__ */ compare('before'),
  after: /* @__PURE__ */ compare('after'),
  onOrBefore: /* @__PURE__ */ compare('onOrBefore'),
  onOrAfter: /* @__PURE__ */ compare('onOrAfter'),
  withinDaysAfter: /* @__PURE__ */ dayWindow('withinDaysAfter'),
  withinDaysBefore: /* @__PURE__ */ dayWindow('withinDaysBefore'),
  withinWorkingDaysAfter: /* @__PURE__ */ workingDayWindow('withinWorkingDaysAfter'),
  withinWorkingDaysBefore: /* @__PURE__ */ workingDayWindow('withinWorkingDaysBefore'),
  rule: <T>(rule: T) => rule,
  ruleSet: <T>(definition: T) => definition,
});

/**
 * Starts a typed rule set: returns helpers whose fact paths and comparison values the compiler
 * checks against `Facts`, whose outcomes it checks against `Outcome`, and whose parameter
 * references it checks against `Params`. A misspelt path, or a string compared with a number
 * fact, is a compile error. The helpers return plain condition data, the same JSON that
 * `loadRuleSet` from `@antislavery/rules/json` reads.
 *
 * @typeParam Facts - the shape of the facts the rules read
 * @typeParam Outcome - what each rule contributes when it fires
 * @typeParam Params - parameter names and the types of their values
 *
 * @example
 * ```ts
 * import { compile, defineRuleSet, evaluate } from '@antislavery/rules';
 *
 * type Facts = { person: { under18: 'yes' | 'no' | 'not-sure'; consents?: boolean } };
 * type Outcome = { action: 'seek-consent' | 'refer' };
 *
 * const b = defineRuleSet<Facts, Outcome>();
 * const ruleSet = b.ruleSet({
 *   name: 'consent',
 *   rules: [
 *     b.rule({
 *       id: 'seek-consent',
 *       description: "Seek the person's consent",
 *       citation: { title: 'Example guidance', section: 'para 3' },
 *       inForce: { from: '2025-01-01' },
 *       when: b.all(
 *         b.eq('person.under18', 'no', 'the person is 18 or over'),
 *         b.not(b.exists('person.consents'), 'consent has not been asked for yet'),
 *       ),
 *       outcome: { action: 'seek-consent' },
 *     }),
 *   ],
 * });
 * // b.eq('person.under18', 'maybe') and b.eq('person.age', 18) would not compile.
 * evaluate(compile(ruleSet), { person: { under18: 'no' } }, { asOf: '2025-06-01' }).outcomes.length;
 * //=> 1
 * ```
 */
export function defineRuleSet<
  Facts,
  Outcome,
  Params extends Record<string, LiteralValue> = Record<never, never>,
>(): RuleSetBuilder<Facts, Outcome, Params> {
  return builder as unknown as RuleSetBuilder<Facts, Outcome, Params>;
}
