/**
 * The four UK jurisdictions in which a potential victim can be encountered, as the official form's
 * `fr-location` question records them.
 *
 * @example
 * ```ts
 * import { JURISDICTIONS } from '@antislavery/model';
 *
 * JURISDICTIONS.includes('wales');
 * //=> true
 * ```
 */
export const JURISDICTIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

/**
 * One of the four UK jurisdictions.
 *
 * @example
 * ```ts
 * import type { Jurisdiction } from '@antislavery/model';
 *
 * const where: Jurisdiction = 'northern-ireland';
 * ```
 */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * Display labels for the jurisdictions.
 *
 * @example
 * ```ts
 * import { JURISDICTION_LABELS } from '@antislavery/model';
 *
 * JURISDICTION_LABELS['northern-ireland'];
 * //=> 'Northern Ireland'
 * ```
 */
export const JURISDICTION_LABELS: Readonly<Record<Jurisdiction, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};
