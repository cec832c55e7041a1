import type { Citation } from './citation.js';
import type { Condition } from './condition.js';
import type { InForce } from './in-force.js';

/**
 * Where a rule or parameter came from after {@link extend}: `base` for the rule set it started in,
 * otherwise the name of the overlay that added or replaced it.
 *
 * @example
 * ```ts
 * import { BASE_PROVENANCE } from '@antislavery/rules';
 *
 * BASE_PROVENANCE;
 * //=> 'base'
 * ```
 */
export const BASE_PROVENANCE = 'base';

/**
 * One rule: when its condition holds on the evaluation date, it contributes its outcome.
 *
 * @typeParam Outcome - the type of what the rule contributes (`outcome`)
 *
 * @example
 * ```ts
 * import type { Rule } from '@antislavery/rules';
 *
 * const rule: Rule<{ action: string }> = {
 *   id: 'seek-consent',
 *   description: "Seek the person's consent",
 *   citation: { title: 'Example guidance', section: 'para 3', version: '2025' },
 *   inForce: { from: '2025-01-01' },
 *   when: { op: 'eq', fact: 'person.under18', value: 'no', label: 'the person is 18 or over' },
 *   outcome: { action: 'seek-consent' },
 * };
 * ```
 */
export interface Rule<Outcome = unknown> {
  /** Unique within the rule set; overlays replace and disable rules by it. */
  readonly id: string;
  /** A plain-English sentence a practitioner would understand, used as the explanation's headline. */
  readonly description: string;
  /** The source of the rule. */
  readonly citation: Citation;
  /** When the rule is in force; `to` is inclusive. */
  readonly inForce: InForce;
  /** The condition under which the rule fires. */
  readonly when: Condition;
  /** What the rule contributes when it fires. */
  readonly outcome: Outcome;
  /** Rules with a higher priority come first in the outcomes (default 0); ties keep rule-set order. */
  readonly priority?: number;
  /** Free labels for grouping and filtering. */
  readonly tags?: readonly string[];
  /** A locked rule may not be replaced or disabled by an overlay: use it for what the law requires. */
  readonly locked?: boolean;
  /** Where the rule came from; set by {@link extend}, `base` when absent. */
  readonly provenance?: string;
}
