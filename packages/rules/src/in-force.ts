import type { IsoDate } from '@antislavery/model/calendar';

/**
 * The period a rule or a parameter version is in force: from `from` to `to`, both inclusive
 * ISO dates (`YYYY-MM-DD`). Without `to` it stays in force.
 *
 * A rule repealed with effect from 1 April 2026 has `to: '2026-03-31'`, its last day in force.
 *
 * @example
 * ```ts
 * import type { InForce } from '@antislavery/rules';
 *
 * const period: InForce = { from: '2015-11-01', to: '2023-01-29' };
 * ```
 */
export interface InForce {
  /** The first day in force. */
  readonly from: IsoDate;
  /** The last day in force, inclusive; absent while it remains in force. */
  readonly to?: IsoDate;
}
