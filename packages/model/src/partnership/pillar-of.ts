import type { Pillar } from '../vocabulary/index.js';
import type { SubGroup } from './sub-group.js';

/**
 * The P of anything that has one: an action, a strategy's objective, a P in a document's words.
 *
 * @example
 * ```ts
 * import { pillarOf } from '@antislavery/model';
 * import { northamptonshireStrategy } from '@antislavery/model/examples';
 *
 * northamptonshireStrategy.objectives.map(pillarOf);
 * //=> ['prevent', 'protect', 'pursue', 'prepare']
 * ```
 */
export function pillarOf(item: { readonly pillar: Pillar }): Pillar {
  return item.pillar;
}

/**
 * The Ps a sub-group covers, in the order it lists them.
 *
 * @example
 * ```ts
 * import { pillarsOf } from '@antislavery/model';
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 *
 * derbyAndDerbyshirePartnership.subGroups?.map(pillarsOf);
 * //=> [['pursue', 'prevent'], ['protect', 'prepare'], ['protect', 'prepare']]
 * ```
 */
export function pillarsOf(subGroup: Pick<SubGroup, 'pillars'>): Pillar[] {
  return subGroup.pillars.map(pillarOf);
}
