import type { Pillar } from '../vocabulary/index.js';
import type { Objective, Strategy } from './strategy.js';

/**
 * A strategy's objective for a P, or `undefined` if the strategy has none for it.
 *
 * @example
 * ```ts
 * import { objectiveFor } from '@antislavery/model';
 * import { northamptonshireStrategy } from '@antislavery/model/examples';
 *
 * objectiveFor(northamptonshireStrategy, 'pursue')?.actions.length;
 * //=> 3
 * ```
 */
export function objectiveFor(strategy: Pick<Strategy, 'objectives'>, pillar: Pillar): Objective | undefined {
  return strategy.objectives.find((objective) => objective.pillar === pillar);
}
