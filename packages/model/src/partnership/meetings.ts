import type { z } from 'zod';
import { cadenceSchema } from './cadence.js';
import { strictObject, textList } from './fields.js';

/**
 * Zod schema for a partnership's {@link Meetings}.
 *
 * @example
 * ```ts
 * import { meetingsSchema } from '@antislavery/model';
 *
 * meetingsSchema.safeParse({ cadence: 'quarterly', subGroupCadence: 'as-required' }).success;
 * //=> true
 * ```
 */
export const meetingsSchema = strictObject(
  {
    /** How often the partnership meets. */
    cadence: cadenceSchema,
    /** How often its sub-groups and working groups meet. */
    subGroupCadence: cadenceSchema.optional(),
    /** The document's words on its meetings. */
    arrangements: textList('Enter the meeting arrangements', 'Enter the arrangement').optional(),
  },
  'Enter how often the partnership meets',
);

/**
 * How often a partnership and its sub-groups meet.
 *
 * @example
 * ```ts
 * import type { Meetings } from '@antislavery/model';
 *
 * const meetings: Meetings = { cadence: 'quarterly', subGroupCadence: 'as-required' };
 * ```
 */
export type Meetings = z.infer<typeof meetingsSchema>;
