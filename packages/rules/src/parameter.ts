import type { Citation } from './citation.js';
import type { LiteralValue, ParamRef } from './condition.js';
import type { InForce } from './in-force.js';

/**
 * One version of a parameter: its value while in force and the source that sets it. The value is
 * a literal or a reference to another parameter (resolved on the same date).
 *
 * @typeParam Value - the type of the parameter's value
 *
 * @example
 * ```ts
 * import type { ParameterVersion } from '@antislavery/rules';
 *
 * const version: ParameterVersion<number> = {
 *   from: '2023-01-30',
 *   value: 30,
 *   citation: { title: 'Example statutory guidance', section: 'para 8.3', version: '3.0' },
 * };
 * ```
 */
export interface ParameterVersion<Value extends LiteralValue = LiteralValue> extends InForce {
  /** The value, or a reference to another parameter. */
  readonly value: Value | ParamRef;
  /** The source of this version. */
  readonly citation: Citation;
}

/**
 * A named value that changes on known dates, such as a support period of 45 days that became 30.
 * Its versions must not overlap.
 *
 * @typeParam Value - the type of the parameter's value
 *
 * @example
 * ```ts
 * import type { Parameter } from '@antislavery/rules';
 *
 * const recoveryPeriod: Parameter<number> = {
 *   description: 'the recovery period',
 *   unit: 'days',
 *   versions: [
 *     { from: '2015-01-01', to: '2023-01-29', value: 45, citation: { title: 'Example guidance', version: '2.0' } },
 *     { from: '2023-01-30', value: 30, citation: { title: 'Example guidance', version: '3.0' } },
 *   ],
 * };
 * ```
 */
export interface Parameter<Value extends LiteralValue = LiteralValue> {
  /** What the value is, as a noun phrase for explanations: "the turnover threshold". */
  readonly description: string;
  /** The unit shown after the value in explanations, such as `days` or `GBP`. */
  readonly unit?: string;
  /** The versions, which must not overlap in time. */
  readonly versions: readonly ParameterVersion<Value>[];
  /** A locked parameter may not be overridden by an overlay. */
  readonly locked?: boolean;
  /** Where the parameter came from; set by {@link extend}, `base` when absent. */
  readonly provenance?: string;
}
