import * as z from 'zod';
import { isIsoDate } from './iso-date.js';

/**
 * Zod schema for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from '@antislavery/model';
 *
 * isoDateSchema.safeParse('2023-02-30').success;
 * //=> false
 * ```
 */
export const isoDateSchema = z
  .string({ error: 'Enter a date' })
  .refine(isIsoDate, { error: 'Enter a real date in the format YYYY-MM-DD' });
