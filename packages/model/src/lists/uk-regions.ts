import * as z from 'zod';
import { UK_REGION_VALUES } from './data/uk-regions.js';

/**
 * The official form's region list for where the potential victim is now
 * (`current-pv-location-uk-region`): 98 counties and regions of the UK in the form's order, ending
 * with `Unknown`. Value equals label.
 *
 * @example
 * ```ts
 * import { UK_REGIONS } from '@antislavery/model/lists';
 *
 * UK_REGIONS.length;
 * //=> 98
 * UK_REGIONS.at(-1);
 * //=> 'Unknown'
 * ```
 */
export const UK_REGIONS = UK_REGION_VALUES;

/**
 * One of the form's UK regions.
 *
 * @example
 * ```ts
 * import type { UkRegion } from '@antislavery/model/lists';
 *
 * const region: UkRegion = 'West Midlands';
 * ```
 */
export type UkRegion = (typeof UK_REGIONS)[number];

const UK_REGION_SET: ReadonlySet<string> = new Set(UK_REGIONS);

/**
 * Whether a value is exactly one of the form's UK regions.
 *
 * @example
 * ```ts
 * import { isUkRegion } from '@antislavery/model/lists';
 *
 * isUkRegion('Greater Manchester');
 * //=> true
 * isUkRegion('Manchester');
 * //=> false
 * ```
 */
export function isUkRegion(value: unknown): value is UkRegion {
  return typeof value === 'string' && UK_REGION_SET.has(value);
}

/**
 * Zod schema accepting exactly one of the form's UK regions.
 *
 * @example
 * ```ts
 * import { ukRegionSchema } from '@antislavery/model/lists';
 *
 * ukRegionSchema.safeParse('Mercia').error?.issues[0]?.message;
 * //=> 'Select the region from the list'
 * ```
 */
export const ukRegionSchema = z.enum(UK_REGIONS, { error: 'Select the region from the list' });
