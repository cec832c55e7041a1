import * as z from 'zod';

/**
 * The Home Office competent authorities that decide NRM cases, as the published statistics break
 * referrals down: the Single Competent Authority and, from November 2021, the Immigration
 * Enforcement Competent Authority.
 *
 * @example
 * ```ts
 * import { COMPETENT_AUTHORITIES } from '@antislavery/model';
 *
 * COMPETENT_AUTHORITIES;
 * //=> ['sca', 'ieca']
 * ```
 */
export const COMPETENT_AUTHORITIES = ['sca', 'ieca'] as const;

/**
 * One of the competent authorities.
 *
 * @example
 * ```ts
 * import type { CompetentAuthority } from '@antislavery/model';
 *
 * const decidedBy: CompetentAuthority = 'sca';
 * ```
 */
export type CompetentAuthority = (typeof COMPETENT_AUTHORITIES)[number];

/**
 * Zod schema accepting exactly one competent authority.
 *
 * @example
 * ```ts
 * import { competentAuthoritySchema } from '@antislavery/model';
 *
 * competentAuthoritySchema.safeParse('SCA').error?.issues[0]?.message;
 * //=> 'Select the competent authority'
 * ```
 */
export const competentAuthoritySchema = z.enum(COMPETENT_AUTHORITIES, {
  error: 'Select the competent authority',
});

/**
 * The published name of each competent authority, with its abbreviation.
 *
 * @example
 * ```ts
 * import { COMPETENT_AUTHORITY_LABELS } from '@antislavery/model';
 *
 * COMPETENT_AUTHORITY_LABELS.ieca;
 * //=> 'Immigration Enforcement Competent Authority (IECA)'
 * ```
 */
export const COMPETENT_AUTHORITY_LABELS: Readonly<Record<CompetentAuthority, string>> = {
  sca: 'Single Competent Authority (SCA)',
  ieca: 'Immigration Enforcement Competent Authority (IECA)',
};

/**
 * The abbreviation of each competent authority, as tables and charts print it.
 *
 * @example
 * ```ts
 * import { COMPETENT_AUTHORITY_ABBREVIATIONS } from '@antislavery/model';
 *
 * COMPETENT_AUTHORITY_ABBREVIATIONS.sca;
 * //=> 'SCA'
 * ```
 */
export const COMPETENT_AUTHORITY_ABBREVIATIONS: Readonly<Record<CompetentAuthority, string>> = {
  sca: 'SCA',
  ieca: 'IECA',
};
