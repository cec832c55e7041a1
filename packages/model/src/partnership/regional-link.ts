import type { z } from 'zod';
import { strictObject, text } from './fields.js';

/**
 * Zod schema for a {@link RegionalLink}.
 *
 * @example
 * ```ts
 * import { regionalLinkSchema } from '@antislavery/model';
 *
 * regionalLinkSchema.safeParse({ name: 'West Midlands Modern Slavery and Human Trafficking Board' }).success;
 * //=> true
 * ```
 */
export const regionalLinkSchema = strictObject(
  {
    /** The regional or national body. */
    name: text('the name of the regional body'),
    /** How the partnership is linked to it, in the document's words. */
    description: text('how the partnership is linked to the body').optional(),
  },
  'Enter the regional link',
);

/**
 * A regional or national body a partnership is linked to, for example the regional modern slavery
 * board it is represented on.
 *
 * @example
 * ```ts
 * import type { RegionalLink } from '@antislavery/model';
 *
 * const board: RegionalLink = { name: 'West Midlands Modern Slavery and Human Trafficking Board' };
 * ```
 */
export type RegionalLink = z.infer<typeof regionalLinkSchema>;
