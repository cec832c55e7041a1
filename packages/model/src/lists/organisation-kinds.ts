import * as z from 'zod';
import type { ResponderType } from '../vocabulary/responder-types.js';

/**
 * The kinds of body on the official form's organisation list, finer than the pathway's
 * {@link ResponderType} where the duty to notify or the jurisdiction differs between them:
 * - `police`: a territorial police force, Police Scotland, the PSNI or British Transport Police;
 * - `other-police`: another police body (Belfast Harbour Police, Belfast International Airport
 *   Constabulary, the National Police Air Service);
 * - `rocu`: a regional organised crime unit (a collaboration of police forces);
 * - `local-authority`: a council, the Greater London Authority, the City of London Corporation or
 *   the Council of the Isles of Scilly;
 * - `combined-authority`: a combined authority (including the Liverpool and Sheffield City Regions);
 * - `home-office`: a Home Office unit (Border Force, Immigration Enforcement, the Asylum Group);
 * - `national-crime-agency`, `glaa` (the Gangmasters and Labour Abuse Authority and the Fair Work
 *   Agency taking over its work), `hsc-trust` (Northern Ireland's Health and Social Care Trusts),
 *   `designated-charity`.
 *
 * @example
 * ```ts
 * import { ORGANISATION_KINDS } from '@antislavery/model/lists';
 *
 * ORGANISATION_KINDS.length;
 * //=> 10
 * ```
 */
export const ORGANISATION_KINDS = [
  'police',
  'other-police',
  'rocu',
  'local-authority',
  'combined-authority',
  'home-office',
  'national-crime-agency',
  'glaa',
  'hsc-trust',
  'designated-charity',
] as const;

/**
 * One of the organisation kinds.
 *
 * @example
 * ```ts
 * import type { OrganisationKind } from '@antislavery/model/lists';
 *
 * const kind: OrganisationKind = 'rocu';
 * ```
 */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Zod schema accepting exactly one organisation kind.
 *
 * @example
 * ```ts
 * import { organisationKindSchema } from '@antislavery/model/lists';
 *
 * organisationKindSchema.safeParse('council').error?.issues[0]?.message;
 * //=> 'Select the kind of organisation'
 * ```
 */
export const organisationKindSchema = z.enum(ORGANISATION_KINDS, {
  error: 'Select the kind of organisation',
});

/**
 * Display labels for the organisation kinds.
 *
 * @example
 * ```ts
 * import { ORGANISATION_KIND_LABELS } from '@antislavery/model/lists';
 *
 * ORGANISATION_KIND_LABELS.rocu;
 * //=> 'Regional organised crime unit'
 * ```
 */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  police: 'Police force',
  'other-police': 'Other police body',
  rocu: 'Regional organised crime unit',
  'local-authority': 'Local authority',
  'combined-authority': 'Combined authority',
  'home-office': 'Home Office unit',
  'national-crime-agency': 'National Crime Agency',
  glaa: 'Gangmasters and Labour Abuse Authority or Fair Work Agency',
  'hsc-trust': 'Health and Social Care Trusts (Northern Ireland)',
  'designated-charity': 'Designated charity',
};

/**
 * The pathway's responder type for each organisation kind: every police body and regional
 * organised crime unit is `police`, and a combined authority is a `local-authority`.
 *
 * @example
 * ```ts
 * import { RESPONDER_TYPE_OF_KIND } from '@antislavery/model/lists';
 *
 * RESPONDER_TYPE_OF_KIND.rocu;
 * //=> 'police'
 * ```
 */
export const RESPONDER_TYPE_OF_KIND = {
  police: 'police',
  'other-police': 'police',
  rocu: 'police',
  'local-authority': 'local-authority',
  'combined-authority': 'local-authority',
  'home-office': 'home-office',
  'national-crime-agency': 'national-crime-agency',
  glaa: 'glaa',
  'hsc-trust': 'hsc-trust',
  'designated-charity': 'designated-charity',
} as const satisfies Readonly<Record<OrganisationKind, ResponderType>>;
