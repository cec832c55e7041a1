import * as z from 'zod';
import { POLICE_FORCE_VALUES } from './data/police-forces.js';

/**
 * The official form's police force list (`reported-to-police-police-forces`): the 43 territorial
 * forces of England and Wales, Police Scotland, the Police Service of Northern Ireland, British
 * Transport Police and the National Police Air Service, 47 in all, in the form's order. Value
 * equals label.
 *
 * @example
 * ```ts
 * import { POLICE_FORCES } from '@antislavery/model/lists';
 *
 * POLICE_FORCES.length;
 * //=> 47
 * ```
 */
export const POLICE_FORCES = POLICE_FORCE_VALUES;

/**
 * One of the form's police forces.
 *
 * @example
 * ```ts
 * import type { PoliceForce } from '@antislavery/model/lists';
 *
 * const force: PoliceForce = 'West Midlands Police';
 * ```
 */
export type PoliceForce = (typeof POLICE_FORCES)[number];

const POLICE_FORCE_SET: ReadonlySet<string> = new Set(POLICE_FORCES);

/**
 * Whether a value is exactly one of the form's police forces.
 *
 * @example
 * ```ts
 * import { isPoliceForce } from '@antislavery/model/lists';
 *
 * isPoliceForce('Police Scotland');
 * //=> true
 * isPoliceForce('Scotland Police');
 * //=> false
 * ```
 */
export function isPoliceForce(value: unknown): value is PoliceForce {
  return typeof value === 'string' && POLICE_FORCE_SET.has(value);
}

/**
 * Zod schema accepting exactly one of the form's police forces.
 *
 * @example
 * ```ts
 * import { policeForceSchema } from '@antislavery/model/lists';
 *
 * policeForceSchema.safeParse('Met').error?.issues[0]?.message;
 * //=> 'Select the police force from the list'
 * ```
 */
export const policeForceSchema = z.enum(POLICE_FORCES, { error: 'Select the police force from the list' });
