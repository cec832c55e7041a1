import type { Division, Jurisdiction } from '@antislavery/model/calendar';
import type {
  AllCondition,
  AnyCondition,
  AsOfRef,
  Condition,
  DateComparison,
  DayWindow,
  ExistsCondition,
  FactRef,
  LiteralValue,
  NotCondition,
  ParamRef,
  ValueComparison,
  WorkingDayWindow,
} from '../condition.js';
import type { Parameter } from '../parameter.js';
import type { Rule } from '../rule.js';
import type { FactDeclaration, RuleSet } from '../rule-set.js';
import type { ElementAt, FactPath, ListPath, PathOfType, ScalarPath, ValueAt } from './paths.js';

/**
 * A {@link FactRef} that carries the type of the fact it points at, so the compiler can check it
 * is compared with a fact of the same type. Made by `fact()` of a {@link RuleSetBuilder}.
 *
 * @typeParam Value - the type of the fact
 *
 * @example
 * ```ts
 * import { defineRuleSet, type TypedFactRef } from '@antislavery/rules';
 *
 * const b = defineRuleSet<{ referral: { date: string } }, string>();
 * const referred: TypedFactRef<string> = b.fact('referral.date');
 * ```
 */
export interface TypedFactRef<Value> extends FactRef {
  /** Type-only: never present at run time. */
  readonly '~value'?: Value;
}

/**
 * A {@link ParamRef} that carries the type of the parameter's value. Made by `param()` of a
 * {@link RuleSetBuilder}.
 *
 * @typeParam Value - the type of the parameter's value
 *
 * @example
 * ```ts
 * import { defineRuleSet, type TypedParamRef } from '@antislavery/rules';
 *
 * const b = defineRuleSet<{ turnover: number }, string, { threshold: number }>();
 * const threshold: TypedParamRef<number> = b.param('threshold');
 * ```
 */
export interface TypedParamRef<Value> extends ParamRef {
  /** Type-only: never present at run time. */
  readonly '~value'?: Value;
}

/**
 * What a fact of type `Value` may be compared with: a literal of that type, or a typed reference
 * to a fact or parameter of that type.
 *
 * @typeParam Value - the type of the fact compared
 *
 * @example
 * ```ts
 * import type { ValueOperand } from '@antislavery/rules';
 *
 * const eighteen: ValueOperand<number> = 18;
 * ```
 */
export type ValueOperand<Value> = Value | TypedFactRef<Value> | TypedParamRef<Value>;

/**
 * A date written `YYYY-MM-DD`, as far as the compiler can tell (`compile` checks it is real).
 *
 * @example
 * ```ts
 * import type { IsoDateLiteral } from '@antislavery/rules';
 *
 * const commencement: IsoDateLiteral = '2015-10-29';
 * ```
 */
export type IsoDateLiteral = `${number}-${number}-${number}`;

/**
 * What a date fact may be compared with: a date literal, a date fact, a date parameter or the
 * evaluation date (`asOf()`).
 *
 * @example
 * ```ts
 * import type { DateOperand } from '@antislavery/rules';
 *
 * const commencement: DateOperand = '2015-11-01';
 * ```
 */
export type DateOperand = IsoDateLiteral | TypedFactRef<string> | TypedParamRef<string> | AsOfRef;

/**
 * The parameters of a typed rule set, one {@link Parameter} for each name of `Params`.
 *
 * @typeParam Params - parameter names and the types of their values
 *
 * @example
 * ```ts
 * import type { ParametersOf } from '@antislavery/rules';
 *
 * const parameters: ParametersOf<{ threshold: number }> = {
 *   threshold: { description: 'the threshold', versions: [{ from: '2015-10-29', value: 36_000_000, citation: { title: 'Example' } }] },
 * };
 * ```
 */
export type ParametersOf<Params extends Record<string, LiteralValue>> = {
  readonly [Name in keyof Params]: Parameter<Params[Name]>;
};

/**
 * What {@link RuleSetBuilder.ruleSet} takes: a rule set whose parameters and fact declarations are
 * checked against the builder's types.
 *
 * @typeParam Facts - the facts type
 * @typeParam Outcome - the outcome type
 * @typeParam Params - parameter names and the types of their values
 *
 * @example
 * ```ts
 * import type { RuleSetDefinition } from '@antislavery/rules';
 *
 * const definition: RuleSetDefinition<{ age: number }, string, {}> = { name: 'empty', rules: [] };
 * ```
 */
export interface RuleSetDefinition<Facts, Outcome, Params extends Record<string, LiteralValue>>
  extends Omit<RuleSet<Facts, Outcome>, 'parameters' | 'facts' | '~types'> {
  /** The rule set's parameters, one for each name of `Params`. */
  readonly parameters?: ParametersOf<Params>;
  /** Labels, types and allowed values of facts, by dot path. */
  readonly facts?: { readonly [Path in FactPath<Facts>]?: FactDeclaration };
}

/**
 * Helpers for writing a rule set whose fact paths and comparison values the compiler checks
 * against a facts type. Every helper returns plain condition data (the same JSON a stored rule set
 * holds); the optional last argument of a comparison is its readable label for explanations.
 * Made by {@link defineRuleSet}.
 *
 * @typeParam Facts - the facts type
 * @typeParam Outcome - the outcome type
 * @typeParam Params - parameter names and the types of their values
 *
 * @example
 * ```ts
 * import { defineRuleSet } from '@antislavery/rules';
 *
 * type Facts = { person: { under18: 'yes' | 'no' | 'not-sure' } };
 * const b = defineRuleSet<Facts, { action: string }>();
 * b.eq('person.under18', 'no', 'the person is 18 or over');
 * //=> { op: 'eq', fact: 'person.under18', value: 'no', label: 'the person is 18 or over' }
 * ```
 */
export interface RuleSetBuilder<Facts, Outcome, Params extends Record<string, LiteralValue>> {
  /** A reference to another fact, to compare with. */
  fact<Path extends FactPath<Facts>>(path: Path): TypedFactRef<ValueAt<Facts, Path>>;
  /** A reference to a parameter, to compare with. */
  param<Name extends keyof Params & string>(name: Name): TypedParamRef<Params[Name]>;
  /** A reference to the evaluation date, to compare dates with. */
  asOf(): AsOfRef;
  /** Holds when every condition holds. */
  all(...conditions: Condition[]): AllCondition;
  /** Holds when at least one condition holds. */
  any(...conditions: Condition[]): AnyCondition;
  /** Holds when the condition does not hold; unknown stays unknown. */
  not(condition: Condition, label?: string): NotCondition;
  /** The same condition with a readable label for explanations. */
  labelled<C extends Condition>(label: string, condition: C): C;
  /** The fact equals the value. */
  eq<Path extends ScalarPath<Facts>>(
    path: Path,
    value: ValueOperand<ValueAt<Facts, Path>>,
    label?: string,
  ): ValueComparison;
  /** The fact does not equal the value. */
  ne<Path extends ScalarPath<Facts>>(
    path: Path,
    value: ValueOperand<ValueAt<Facts, Path>>,
    label?: string,
  ): ValueComparison;
  /** The number is less than the value. */
  lt<Path extends PathOfType<Facts, number>>(
    path: Path,
    value: ValueOperand<number>,
    label?: string,
  ): ValueComparison;
  /** The number is at most the value. */
  lte<Path extends PathOfType<Facts, number>>(
    path: Path,
    value: ValueOperand<number>,
    label?: string,
  ): ValueComparison;
  /** The number is more than the value. */
  gt<Path extends PathOfType<Facts, number>>(
    path: Path,
    value: ValueOperand<number>,
    label?: string,
  ): ValueComparison;
  /** The number is at least the value. */
  gte<Path extends PathOfType<Facts, number>>(
    path: Path,
    value: ValueOperand<number>,
    label?: string,
  ): ValueComparison;
  /** The fact is one of the values. */
  in<Path extends ScalarPath<Facts>>(
    path: Path,
    values: ValueOperand<readonly ValueAt<Facts, Path>[]>,
    label?: string,
  ): ValueComparison;
  /** The list includes the value. */
  includes<Path extends ListPath<Facts>>(
    path: Path,
    value: ValueOperand<ElementAt<Facts, Path>>,
    label?: string,
  ): ValueComparison;
  /** The fact is present. */
  exists<Path extends FactPath<Facts>>(path: Path, label?: string): ExistsCondition;
  /** The date is before the other date. */
  before<Path extends PathOfType<Facts, string>>(
    path: Path,
    value: DateOperand,
    label?: string,
  ): DateComparison;
  /** The date is after the other date. */
  after<Path extends PathOfType<Facts, string>>(
    path: Path,
    value: DateOperand,
    label?: string,
  ): DateComparison;
  /** The date is on or before the other date. */
  onOrBefore<Path extends PathOfType<Facts, string>>(
    path: Path,
    value: DateOperand,
    label?: string,
  ): DateComparison;
  /** The date is on or after the other date. */
  onOrAfter<Path extends PathOfType<Facts, string>>(
    path: Path,
    value: DateOperand,
    label?: string,
  ): DateComparison;
  /** The date is on `of` or up to `days` calendar days after it. */
  withinDaysAfter<Path extends PathOfType<Facts, string>>(
    path: Path,
    days: number | TypedParamRef<number>,
    of: DateOperand,
    label?: string,
  ): DayWindow;
  /** The date is on `of` or up to `days` calendar days before it. */
  withinDaysBefore<Path extends PathOfType<Facts, string>>(
    path: Path,
    days: number | TypedParamRef<number>,
    of: DateOperand,
    label?: string,
  ): DayWindow;
  /** The date is on `of` or on or before the `days`-th working day after it. */
  withinWorkingDaysAfter<Path extends PathOfType<Facts, string>>(
    path: Path,
    days: number | TypedParamRef<number>,
    of: DateOperand,
    division: Division | Jurisdiction | TypedFactRef<string>,
    label?: string,
  ): WorkingDayWindow;
  /** The date is on `of` or on or after the `days`-th working day before it. */
  withinWorkingDaysBefore<Path extends PathOfType<Facts, string>>(
    path: Path,
    days: number | TypedParamRef<number>,
    of: DateOperand,
    division: Division | Jurisdiction | TypedFactRef<string>,
    label?: string,
  ): WorkingDayWindow;
  /** A rule whose outcome the compiler checks. */
  rule(rule: Rule<Outcome>): Rule<Outcome>;
  /** The rule set, typed for {@link compile} and {@link evaluate}. */
  ruleSet(definition: RuleSetDefinition<Facts, Outcome, Params>): RuleSet<Facts, Outcome>;
}
