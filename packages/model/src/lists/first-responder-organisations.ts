import * as z from 'zod';
import { FIRST_RESPONDER_ORGANISATION_VALUES } from './data/first-responder-organisations.js';

/**
 * The official form's organisation list (`user-organisation`): the 526 designated first responder
 * organisations a referrer can work for, in the form's order (23 Home Office units, 17 agencies and
 * charities, 47 police forces with Belfast Harbour Police, Belfast International Airport
 * Constabulary and 9 regional organised crime units, and 428 councils and combined authorities).
 * Value equals label. The list leaves out the bare "Home Office - UK Visas and Immigration UKVI"
 * and "Home Office - Immigration Enforcement IE", as the form does. See
 * {@link classifyOrganisation} for what kind of body each one is.
 *
 * @example
 * ```ts
 * import { FIRST_RESPONDER_ORGANISATIONS } from '@antislavery/model/lists';
 *
 * FIRST_RESPONDER_ORGANISATIONS.length;
 * //=> 526
 * ```
 */
export const FIRST_RESPONDER_ORGANISATIONS = FIRST_RESPONDER_ORGANISATION_VALUES;

/**
 * One of the form's first responder organisations.
 *
 * @example
 * ```ts
 * import type { FirstResponderOrganisation } from '@antislavery/model/lists';
 *
 * const organisation: FirstResponderOrganisation = 'Derby City Council';
 * ```
 */
export type FirstResponderOrganisation = (typeof FIRST_RESPONDER_ORGANISATIONS)[number];

const ORGANISATION_SET: ReadonlySet<string> = new Set(FIRST_RESPONDER_ORGANISATIONS);

/**
 * Whether a value is exactly one of the form's first responder organisations.
 *
 * @example
 * ```ts
 * import { isFirstResponderOrganisation } from '@antislavery/model/lists';
 *
 * isFirstResponderOrganisation('The Salvation Army');
 * //=> true
 * isFirstResponderOrganisation('Salvation Army');
 * //=> false
 * ```
 */
export function isFirstResponderOrganisation(value: unknown): value is FirstResponderOrganisation {
  return typeof value === 'string' && ORGANISATION_SET.has(value);
}

/**
 * Zod schema accepting exactly one of the form's first responder organisations.
 *
 * @example
 * ```ts
 * import { firstResponderOrganisationSchema } from '@antislavery/model/lists';
 *
 * firstResponderOrganisationSchema.safeParse('NHS England').error?.issues[0]?.message;
 * //=> 'Select your organisation from the list'
 * ```
 */
export const firstResponderOrganisationSchema = z.enum(FIRST_RESPONDER_ORGANISATIONS, {
  error: 'Select your organisation from the list',
});
