import type { Division, Jurisdiction } from '@antislavery/model/calendar';

/**
 * The operators that compare a fact with a value: equality, order, membership and presence.
 *
 * - `eq`, `ne`: the fact equals (or does not equal) a string, number or boolean of the same type.
 * - `lt`, `lte`, `gt`, `gte`: the fact is a number less than, at most, more than, at least the value.
 * - `in`: the fact is one of a list of values.
 * - `includes`: the fact is a list that includes the value.
 * - `exists`: the fact is present (neither absent, `undefined` nor `null`).
 *
 * @example
 * ```ts
 * import { VALUE_OPERATORS } from '@antislavery/rules';
 *
 * VALUE_OPERATORS.includes('gte');
 * //=> true
 * ```
 */
export const VALUE_OPERATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'includes', 'exists'] as const;

/**
 * The operators that compare a date fact (an ISO date, `YYYY-MM-DD`) with another date.
 *
 * @example
 * ```ts
 * import { DATE_OPERATORS } from '@antislavery/rules';
 *
 * DATE_OPERATORS;
 * //=> ['before', 'after', 'onOrBefore', 'onOrAfter']
 * ```
 */
export const DATE_OPERATORS = ['before', 'after', 'onOrBefore', 'onOrAfter'] as const;

/**
 * The operators that check a date fact falls within a number of calendar days of another date.
 * `withinDaysAfter` holds when `of <= fact <= of + days`; `withinDaysBefore` when
 * `of - days <= fact <= of`. Both ends are inclusive.
 *
 * @example
 * ```ts
 * import { DAY_WINDOW_OPERATORS } from '@antislavery/rules';
 *
 * DAY_WINDOW_OPERATORS;
 * //=> ['withinDaysAfter', 'withinDaysBefore']
 * ```
 */
export const DAY_WINDOW_OPERATORS = ['withinDaysAfter', 'withinDaysBefore'] as const;

/**
 * The operators that check a date fact falls within a number of UK working days of another date,
 * using the bank holidays of a division from `@antislavery/model`.
 *
 * `withinWorkingDaysAfter` holds when the fact is on or after `of` and on or before the date
 * `days` working days after `of` (`addWorkingDays(of, days, division)`).
 * `withinWorkingDaysBefore` holds when the fact is on or before `of` and no more than `days`
 * working days fall from the fact up to the day before `of`.
 *
 * @example
 * ```ts
 * import { WORKING_DAY_WINDOW_OPERATORS } from '@antislavery/rules';
 *
 * WORKING_DAY_WINDOW_OPERATORS;
 * //=> ['withinWorkingDaysAfter', 'withinWorkingDaysBefore']
 * ```
 */
export const WORKING_DAY_WINDOW_OPERATORS = ['withinWorkingDaysAfter', 'withinWorkingDaysBefore'] as const;

/**
 * The operators that combine conditions: `all` (and), `any` (or) and `not`.
 *
 * @example
 * ```ts
 * import { GROUP_OPERATORS } from '@antislavery/rules';
 *
 * GROUP_OPERATORS;
 * //=> ['all', 'any', 'not']
 * ```
 */
export const GROUP_OPERATORS = ['all', 'any', 'not'] as const;

/**
 * Every operator a condition may use, in one list.
 *
 * @example
 * ```ts
 * import { OPERATORS } from '@antislavery/rules';
 *
 * OPERATORS.length;
 * //=> 20
 * ```
 */
export const OPERATORS = [
  ...GROUP_OPERATORS,
  ...VALUE_OPERATORS,
  ...DATE_OPERATORS,
  ...DAY_WINDOW_OPERATORS,
  ...WORKING_DAY_WINDOW_OPERATORS,
] as const;

/**
 * The name of an operator: one of {@link OPERATORS}.
 *
 * @example
 * ```ts
 * import type { Operator } from '@antislavery/rules';
 *
 * const op: Operator = 'withinWorkingDaysAfter';
 * ```
 */
export type Operator = (typeof OPERATORS)[number];

/**
 * A single literal value in a condition: a string, a number or a boolean.
 *
 * @example
 * ```ts
 * import type { Scalar } from '@antislavery/rules';
 *
 * const values: Scalar[] = ['yes', 18, true];
 * ```
 */
export type Scalar = string | number | boolean;

/**
 * The value of a parameter or a literal operand: a {@link Scalar} or a list of them.
 *
 * @example
 * ```ts
 * import type { LiteralValue } from '@antislavery/rules';
 *
 * const organisationTypes: LiteralValue = ['police', 'local-authority'];
 * ```
 */
export type LiteralValue = Scalar | readonly Scalar[];

/**
 * A reference to another fact, by its dot path, used as an operand.
 *
 * @example
 * ```ts
 * import type { FactRef } from '@antislavery/rules';
 *
 * const encountered: FactRef = { fact: 'encounter.date' };
 * ```
 */
export interface FactRef {
  /** The dot path of the fact, such as `referral.date`. */
  readonly fact: string;
}

/**
 * A reference to a named parameter of the rule set, used as an operand. The version in force on
 * the evaluation date is used.
 *
 * @example
 * ```ts
 * import type { ParamRef } from '@antislavery/rules';
 *
 * const threshold: ParamRef = { param: 'turnoverThreshold' };
 * ```
 */
export interface ParamRef {
  /** The name of the parameter. */
  readonly param: string;
}

/**
 * A reference to the evaluation date (`asOf`), used as a date operand.
 *
 * @example
 * ```ts
 * import type { AsOfRef } from '@antislavery/rules';
 *
 * const today: AsOfRef = { asOf: true };
 * ```
 */
export interface AsOfRef {
  /** Always `true`. */
  readonly asOf: true;
}

/**
 * The right-hand side of a comparison: a literal value, another fact, a parameter or the
 * evaluation date.
 *
 * @example
 * ```ts
 * import type { Operand } from '@antislavery/rules';
 *
 * const operands: Operand[] = [18, ['a', 'b'], { fact: 'person.age' }, { param: 'limit' }, { asOf: true }];
 * ```
 */
export type Operand = LiteralValue | FactRef | ParamRef | AsOfRef;

/**
 * A number of days: a whole number of at least 0, or a parameter holding one.
 *
 * @example
 * ```ts
 * import type { DaysOperand } from '@antislavery/rules';
 *
 * const days: DaysOperand = { param: 'recoveryPeriodDays' };
 * ```
 */
export type DaysOperand = number | ParamRef;

/**
 * The bank holiday division for a working-day comparison: a division, a jurisdiction (England and
 * Wales both mean `england-and-wales`) or a fact holding either.
 *
 * @example
 * ```ts
 * import type { DivisionOperand } from '@antislavery/rules';
 *
 * const fromTheCase: DivisionOperand = { fact: 'referral.jurisdiction' };
 * const fixed: DivisionOperand = 'scotland';
 * ```
 */
export type DivisionOperand = Division | Jurisdiction | FactRef;

/**
 * What every condition node may carry: a readable label used by explanations in place of the text
 * derived from the operator.
 *
 * @example
 * ```ts
 * import type { Labelled } from '@antislavery/rules';
 *
 * const labelled: Labelled = { label: 'the person is 18 or over' };
 * ```
 */
export interface Labelled {
  /** Plain-English text for the condition, such as "the person is 18 or over". */
  readonly label?: string;
}

/**
 * Compares the fact at `fact` with `value` using one of the {@link VALUE_OPERATORS} other than
 * `exists`.
 *
 * @example
 * ```ts
 * import type { ValueComparison } from '@antislavery/rules';
 *
 * const adult: ValueComparison = { op: 'eq', fact: 'person.under18', value: 'no' };
 * ```
 */
export interface ValueComparison extends Labelled {
  /** The operator. */
  readonly op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'includes';
  /** The dot path of the fact compared. */
  readonly fact: string;
  /** The value compared with. */
  readonly value: Operand;
}

/**
 * Holds when the fact at `fact` is present (not absent, `undefined` or `null`). Unlike the other
 * comparisons it is never unknown.
 *
 * @example
 * ```ts
 * import type { ExistsCondition } from '@antislavery/rules';
 *
 * const hasDateOfBirth: ExistsCondition = { op: 'exists', fact: 'person.dateOfBirth' };
 * ```
 */
export interface ExistsCondition extends Labelled {
  /** Always `exists`. */
  readonly op: 'exists';
  /** The dot path of the fact. */
  readonly fact: string;
}

/**
 * Compares a date fact with another date using one of the {@link DATE_OPERATORS}.
 *
 * @example
 * ```ts
 * import type { DateComparison } from '@antislavery/rules';
 *
 * const afterCommencement: DateComparison = { op: 'onOrAfter', fact: 'referral.date', value: '2015-11-01' };
 * ```
 */
export interface DateComparison extends Labelled {
  /** The operator. */
  readonly op: (typeof DATE_OPERATORS)[number];
  /** The dot path of the date fact. */
  readonly fact: string;
  /** The date compared with: an ISO date, a fact, a parameter or `{ asOf: true }`. */
  readonly value: Operand;
}

/**
 * Checks a date fact falls within a number of calendar days of another date, using one of the
 * {@link DAY_WINDOW_OPERATORS}.
 *
 * @example
 * ```ts
 * import type { DayWindow } from '@antislavery/rules';
 *
 * const recent: DayWindow = { op: 'withinDaysBefore', fact: 'encounter.date', days: 30, of: { asOf: true } };
 * ```
 */
export interface DayWindow extends Labelled {
  /** The operator. */
  readonly op: (typeof DAY_WINDOW_OPERATORS)[number];
  /** The dot path of the date fact. */
  readonly fact: string;
  /** How many calendar days. */
  readonly days: DaysOperand;
  /** The date the window starts or ends at. */
  readonly of: Operand;
}

/**
 * Checks a date fact falls within a number of UK working days of another date, using one of the
 * {@link WORKING_DAY_WINDOW_OPERATORS} and the bank holidays of `division`.
 *
 * @example
 * ```ts
 * import type { WorkingDayWindow } from '@antislavery/rules';
 *
 * const onTime: WorkingDayWindow = {
 *   op: 'withinWorkingDaysAfter',
 *   fact: 'decision.date',
 *   days: 5,
 *   of: { fact: 'referral.date' },
 *   division: { fact: 'referral.jurisdiction' },
 * };
 * ```
 */
export interface WorkingDayWindow extends Labelled {
  /** The operator. */
  readonly op: (typeof WORKING_DAY_WINDOW_OPERATORS)[number];
  /** The dot path of the date fact. */
  readonly fact: string;
  /** How many working days. */
  readonly days: DaysOperand;
  /** The date the window starts or ends at. */
  readonly of: Operand;
  /** Whose bank holidays count. */
  readonly division: DivisionOperand;
}

/**
 * Holds when every condition holds (an empty list holds).
 *
 * @example
 * ```ts
 * import type { AllCondition } from '@antislavery/rules';
 *
 * const both: AllCondition = {
 *   op: 'all',
 *   conditions: [
 *     { op: 'eq', fact: 'person.under18', value: 'no' },
 *     { op: 'eq', fact: 'person.consents', value: true },
 *   ],
 * };
 * ```
 */
export interface AllCondition extends Labelled {
  /** Always `all`. */
  readonly op: 'all';
  /** The conditions that must all hold. */
  readonly conditions: readonly Condition[];
}

/**
 * Holds when at least one condition holds (an empty list does not).
 *
 * @example
 * ```ts
 * import type { AnyCondition } from '@antislavery/rules';
 *
 * const childOrUnsure: AnyCondition = {
 *   op: 'any',
 *   conditions: [
 *     { op: 'eq', fact: 'person.under18', value: 'yes' },
 *     { op: 'eq', fact: 'person.under18', value: 'not-sure' },
 *   ],
 * };
 * ```
 */
export interface AnyCondition extends Labelled {
  /** Always `any`. */
  readonly op: 'any';
  /** The conditions of which at least one must hold. */
  readonly conditions: readonly Condition[];
}

/**
 * Holds when its condition does not hold. An unknown condition stays unknown.
 *
 * @example
 * ```ts
 * import type { NotCondition } from '@antislavery/rules';
 *
 * const notPolice: NotCondition = {
 *   op: 'not',
 *   condition: { op: 'eq', fact: 'organisation.type', value: 'police' },
 * };
 * ```
 */
export interface NotCondition extends Labelled {
  /** Always `not`. */
  readonly op: 'not';
  /** The condition negated. */
  readonly condition: Condition;
}

/**
 * A condition comparing one fact: any node other than `all`, `any` and `not`.
 *
 * @example
 * ```ts
 * import type { Comparison } from '@antislavery/rules';
 *
 * const comparison: Comparison = { op: 'gte', fact: 'supplier.turnover', value: { param: 'threshold' } };
 * ```
 */
export type Comparison = ValueComparison | ExistsCondition | DateComparison | DayWindow | WorkingDayWindow;

/**
 * A condition: a serialisable tree of `all`, `any` and `not` nodes over {@link Comparison}s.
 * Each node is told apart by its `op`.
 *
 * @example
 * ```ts
 * import type { Condition } from '@antislavery/rules';
 *
 * const when: Condition = {
 *   op: 'all',
 *   conditions: [
 *     { op: 'in', fact: 'organisation.type', value: ['police', 'local-authority'] },
 *     { op: 'not', condition: { op: 'exists', fact: 'referral.date' } },
 *   ],
 * };
 * ```
 */
export type Condition = AllCondition | AnyCondition | NotCondition | Comparison;
