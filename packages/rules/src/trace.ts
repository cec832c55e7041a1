import type { Division, IsoDate } from '@antislavery/model/calendar';
import type { Citation } from './citation.js';
import type { AsOfRef, Comparison, FactRef, LiteralValue, ParamRef } from './condition.js';

/**
 * The value of a condition in three-valued logic: `unknown` when a fact it needs is missing or
 * of the wrong type.
 *
 * @example
 * ```ts
 * import type { Truth } from '@antislavery/rules';
 *
 * const result: Truth = 'unknown';
 * ```
 */
export type Truth = 'true' | 'false' | 'unknown';

/**
 * How one comparison was decided: the values compared and whether it held. Every field is
 * present; those that do not apply to the operator (such as `days` for `eq`) are `undefined`.
 *
 * @example
 * ```ts
 * import type { ComparisonTrace } from '@antislavery/rules';
 *
 * const node: ComparisonTrace = {
 *   op: 'eq',
 *   fact: 'person.under18',
 *   result: 'true',
 *   actual: 'no',
 *   expected: 'no',
 *   missing: [],
 *   invalid: [],
 * };
 * ```
 */
export interface ComparisonTrace {
  /** The operator. */
  readonly op: Comparison['op'];
  /** The dot path of the fact compared. */
  readonly fact: string;
  /** The condition's label, if it has one. */
  readonly label?: string;
  /** Whether the comparison held. */
  readonly result: Truth;
  /** The fact's value; `undefined` when it is missing. */
  readonly actual: unknown;
  /** The value compared with (for windows, the date `of`), once references are resolved. */
  readonly expected?: unknown;
  /** Where `expected` came from, when it was not a literal. */
  readonly expectedFrom?: FactRef | ParamRef | AsOfRef;
  /** For day and working-day windows: the number of days. */
  readonly days?: number;
  /** For day and working-day windows: the parameter that gave `days`, if any. */
  readonly daysFrom?: ParamRef;
  /** For windows: the far end of the window (the last or first date inside it). */
  readonly bound?: IsoDate;
  /** For working-day windows: the division whose bank holidays counted. */
  readonly division?: Division;
  /** Fact paths this comparison needed and did not have. */
  readonly missing: readonly string[];
  /** Fact paths this comparison found with a value of the wrong type. */
  readonly invalid: readonly string[];
}

/**
 * How an `all`, `any` or `not` node was decided, with every child's trace.
 *
 * @example
 * ```ts
 * import type { GroupTrace } from '@antislavery/rules';
 *
 * const node: GroupTrace = { op: 'all', result: 'false', children: [] };
 * ```
 */
export interface GroupTrace {
  /** The operator. */
  readonly op: 'all' | 'any' | 'not';
  /** The condition's label, if it has one. */
  readonly label?: string;
  /** Whether the group held. */
  readonly result: Truth;
  /** The children, in order. All of them are evaluated when tracing. */
  readonly children: readonly ConditionTrace[];
}

/**
 * The trace of one condition node.
 *
 * @example
 * ```ts
 * import type { ConditionTrace } from '@antislavery/rules';
 *
 * const isGroup = (node: ConditionTrace) => 'children' in node;
 * ```
 */
export type ConditionTrace = GroupTrace | ComparisonTrace;

/**
 * How one rule in force was decided.
 *
 * @example
 * ```ts
 * import type { RuleTrace } from '@antislavery/rules';
 *
 * const fired = (trace: RuleTrace) => trace.fired;
 * ```
 */
export interface RuleTrace {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's description. */
  readonly description: string;
  /** The rule's citation. */
  readonly citation: Citation;
  /** `base`, or the name of the overlay that added or replaced the rule. */
  readonly provenance: string;
  /** The rule's priority (0 when not given). */
  readonly priority: number;
  /** Whether the rule fired: only when its condition is `true`. */
  readonly fired: boolean;
  /** The value of the rule's condition. */
  readonly result: Truth;
  /** The trace of its condition. */
  readonly condition: ConditionTrace;
}

/**
 * A parameter's value on the evaluation date and the version that gave it.
 *
 * @example
 * ```ts
 * import type { ParameterInForce } from '@antislavery/rules';
 *
 * const threshold: ParameterInForce = {
 *   name: 'turnoverThreshold',
 *   description: 'the turnover threshold',
 *   unit: 'GBP',
 *   value: 36000000,
 *   from: '2015-10-29',
 *   citation: { title: 'Example regulations', section: 'reg 2' },
 *   provenance: 'base',
 * };
 * ```
 */
export interface ParameterInForce {
  /** The parameter's name. */
  readonly name: string;
  /** What the value is. */
  readonly description: string;
  /** The unit of the value, if any. */
  readonly unit?: string;
  /** The value, with references to other parameters resolved. */
  readonly value: LiteralValue;
  /** The first day of the version in force. */
  readonly from: IsoDate;
  /** The last day of the version in force, if it has one. */
  readonly to?: IsoDate;
  /** The citation of the version in force. */
  readonly citation: Citation;
  /** When the version's value referred to another parameter, that parameter's name. */
  readonly via?: string;
  /** `base`, or the overlay that set the parameter. */
  readonly provenance: string;
}

/**
 * The full account of an evaluation: every rule in force and how it was decided, the parameters in
 * force, and the fact labels the rule set declares.
 *
 * @example
 * ```ts
 * import type { Trace } from '@antislavery/rules';
 *
 * const firedIds = (trace: Trace) => trace.rules.filter((rule) => rule.fired).map((rule) => rule.ruleId);
 * ```
 */
export interface Trace {
  /** Every rule in force on the evaluation date, in priority order. */
  readonly rules: readonly RuleTrace[];
  /** Every parameter with a version in force on the evaluation date, by name. */
  readonly parameters: Readonly<Record<string, ParameterInForce>>;
  /** The labels of facts declared by the rule set, by dot path. */
  readonly labels: Readonly<Record<string, string>>;
}
