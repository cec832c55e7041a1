import * as z from 'zod';
import { LOCAL_AUTHORITY_VALUES } from './data/local-authorities.js';

/**
 * The official form's local authority list for the child path
 * (`local-authority-contacted-about-child-local-authority-name`): 451 values in the form's order.
 * As the form has them, it includes combined authorities, the 22 Northern Ireland councils
 * abolished in 2015 beside the 11 that replaced them, and most Scottish councils written
 * "The ... Council". There is no `Unknown`. Value equals label. See
 * {@link localAuthorityJurisdiction} for the nation of each.
 *
 * @example
 * ```ts
 * import { LOCAL_AUTHORITIES } from '@antislavery/model/lists';
 *
 * LOCAL_AUTHORITIES.length;
 * //=> 451
 * ```
 */
export const LOCAL_AUTHORITIES = LOCAL_AUTHORITY_VALUES;

/**
 * One of the form's local authorities.
 *
 * @example
 * ```ts
 * import type { LocalAuthority } from '@antislavery/model/lists';
 *
 * const council: LocalAuthority = 'The Highland Council';
 * ```
 */
export type LocalAuthority = (typeof LOCAL_AUTHORITIES)[number];

const LOCAL_AUTHORITY_SET: ReadonlySet<string> = new Set(LOCAL_AUTHORITIES);

/**
 * Whether a value is exactly one of the form's local authorities.
 *
 * @example
 * ```ts
 * import { isLocalAuthority } from '@antislavery/model/lists';
 *
 * isLocalAuthority('City of Wolverhampton Council');
 * //=> true
 * isLocalAuthority('Wolverhampton');
 * //=> false
 * ```
 */
export function isLocalAuthority(value: unknown): value is LocalAuthority {
  return typeof value === 'string' && LOCAL_AUTHORITY_SET.has(value);
}

/**
 * Zod schema accepting exactly one of the form's local authorities.
 *
 * @example
 * ```ts
 * import { localAuthoritySchema } from '@antislavery/model/lists';
 *
 * localAuthoritySchema.safeParse('Derby').error?.issues[0]?.message;
 * //=> 'Select the local authority from the list'
 * ```
 */
export const localAuthoritySchema = z.enum(LOCAL_AUTHORITIES, {
  error: 'Select the local authority from the list',
});
