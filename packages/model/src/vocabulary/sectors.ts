import * as z from 'zod';

/**
 * The sectors a partnership member can belong to. The seed partnerships open membership to "the
 * public, private and voluntary sectors and individuals" (Derby and Derbyshire) and draw on
 * "statutory, voluntary and faith" organisations (Wolverhampton); statutory bodies are recorded as
 * `public`.
 *
 * @example
 * ```ts
 * import { SECTORS } from '@antislavery/model';
 *
 * SECTORS[0];
 * //=> 'public'
 * ```
 */
export const SECTORS = ['public', 'private', 'voluntary', 'faith', 'community', 'individual'] as const;

/**
 * One of the partnership sectors.
 *
 * @example
 * ```ts
 * import type { Sector } from '@antislavery/model';
 *
 * const sector: Sector = 'voluntary';
 * ```
 */
export type Sector = (typeof SECTORS)[number];

/**
 * Zod schema accepting exactly one of the sectors.
 *
 * @example
 * ```ts
 * import { sectorSchema } from '@antislavery/model';
 *
 * sectorSchema.safeParse('faith').success;
 * //=> true
 * ```
 */
export const sectorSchema = z.enum(SECTORS, { error: 'Select a sector' });

/**
 * Display labels for the sectors.
 *
 * @example
 * ```ts
 * import { SECTOR_LABELS } from '@antislavery/model';
 *
 * SECTOR_LABELS.public;
 * //=> 'Public sector (statutory bodies)'
 * ```
 */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  public: 'Public sector (statutory bodies)',
  private: 'Private sector (businesses)',
  voluntary: 'Voluntary sector (charities)',
  faith: 'Faith groups',
  community: 'Community groups',
  individual: 'Individuals',
};
