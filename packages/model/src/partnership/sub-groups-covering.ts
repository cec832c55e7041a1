import type { Pillar } from '../vocabulary/index.js';
import type { Partnership } from './partnership.js';
import type { SubGroup } from './sub-group.js';

/**
 * The sub-groups of a partnership that cover a P, in the partnership's order. Empty if none does
 * or the partnership has no sub-groups.
 *
 * @example
 * ```ts
 * import { subGroupsCovering } from '@antislavery/model';
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 *
 * subGroupsCovering(derbyAndDerbyshirePartnership, 'protect').map((subGroup) => subGroup.name);
 * //=> ['Protect and Prepare', 'Awareness Raising']
 * ```
 */
export function subGroupsCovering(partnership: Pick<Partnership, 'subGroups'>, pillar: Pillar): SubGroup[] {
  return (partnership.subGroups ?? []).filter((subGroup) =>
    subGroup.pillars.some((statement) => statement.pillar === pillar),
  );
}
