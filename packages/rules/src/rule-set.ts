import type { LiteralValue, Scalar } from './condition.js';
import type { Parameter } from './parameter.js';
import type { Rule } from './rule.js';

/**
 * The type a fact is declared to have: a string, a number, a boolean, an ISO date, or a list of
 * strings or numbers.
 *
 * @example
 * ```ts
 * import { FACT_TYPES } from '@antislavery/rules';
 *
 * FACT_TYPES.includes('date');
 * //=> true
 * ```
 */
export const FACT_TYPES = ['string', 'number', 'boolean', 'date', 'string-list', 'number-list'] as const;

/**
 * One of {@link FACT_TYPES}.
 *
 * @example
 * ```ts
 * import type { FactType } from '@antislavery/rules';
 *
 * const type: FactType = 'date';
 * ```
 */
export type FactType = (typeof FACT_TYPES)[number];

/**
 * What a rule set says about one fact: a readable label for explanations and, optionally, its
 * type and allowed values, which {@link compile} checks every comparison against.
 *
 * @example
 * ```ts
 * import type { FactDeclaration } from '@antislavery/rules';
 *
 * const under18: FactDeclaration = { label: 'whether the person is under 18', type: 'string', values: ['yes', 'no', 'not-sure'] };
 * ```
 */
export interface FactDeclaration {
  /** A noun phrase for explanations, such as "the supplier's total turnover". */
  readonly label?: string;
  /** The type of the fact; comparisons with a value of another type are rejected. */
  readonly type?: FactType;
  /** The only values the fact may take; literals compared with it must be among them. */
  readonly values?: readonly Scalar[];
}

/**
 * A rule disabled by an overlay, kept on the rule set for the record.
 *
 * @example
 * ```ts
 * import type { DisabledRule } from '@antislavery/rules';
 *
 * const disabled: DisabledRule = { id: 'local-leaflet', reason: 'We no longer print leaflets', by: 'Example Council' };
 * ```
 */
export interface DisabledRule {
  /** The id of the rule disabled. */
  readonly id: string;
  /** Why, in plain English. */
  readonly reason: string;
  /** The name of the overlay that disabled it. */
  readonly by: string;
}

/**
 * Type-only information carried by a typed rule set. Never present at run time.
 *
 * @typeParam Facts - the shape of the facts the rules read
 * @typeParam Outcome - the type of what each rule contributes
 *
 * @example
 * ```ts
 * import type { RuleSetTypes } from '@antislavery/rules';
 *
 * type Types = RuleSetTypes<{ age: number }, string>;
 * ```
 */
export interface RuleSetTypes<Facts, Outcome> {
  /** The facts type. */
  readonly facts: Facts;
  /** The outcome type. */
  readonly outcome: Outcome;
}

/**
 * A rule set: named rules and parameters, serialisable as JSON. Write one with
 * {@link defineRuleSet} for compiler-checked fact paths, or load one from JSON with
 * `loadRuleSet` from `@antislavery/rules/json`; then {@link compile} it.
 *
 * @typeParam Facts - the shape of the facts the rules read
 * @typeParam Outcome - the type of what each rule contributes
 *
 * @example
 * ```ts
 * import type { RuleSet } from '@antislavery/rules';
 *
 * const ruleSet: RuleSet<{ age?: number }, string> = {
 *   name: 'age check',
 *   rules: [
 *     {
 *       id: 'adult',
 *       description: 'Treat the person as an adult',
 *       citation: { title: 'Example policy', section: 'para 1' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'gte', fact: 'age', value: 18 },
 *       outcome: 'adult',
 *     },
 *   ],
 * };
 * ```
 */
export interface RuleSet<Facts = unknown, Outcome = unknown> {
  /** The rule set's name, shown in explanations. */
  readonly name: string;
  /** The rule set's version. */
  readonly version?: string;
  /** What the rule set decides, in plain English. */
  readonly description?: string;
  /** Labels, types and allowed values of facts, by dot path. */
  readonly facts?: Readonly<Record<string, FactDeclaration>>;
  /** Named, effective-dated values that conditions refer to with `{ param: name }`. */
  readonly parameters?: Readonly<Record<string, Parameter<LiteralValue>>>;
  /** The rules, in rule-set order. */
  readonly rules: readonly Rule<Outcome>[];
  /** Rules that overlays disabled, for the record. */
  readonly disabled?: readonly DisabledRule[];
  /** Type-only: never present at run time. */
  readonly '~types'?: RuleSetTypes<Facts, Outcome>;
}
