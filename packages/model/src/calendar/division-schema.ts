import * as z from 'zod';
import { DIVISIONS } from './divisions.js';

/**
 * Zod schema accepting exactly one of the three divisions.
 *
 * @example
 * ```ts
 * import { divisionSchema } from '@antislavery/model';
 *
 * divisionSchema.safeParse('wales').success;
 * //=> false
 * ```
 */
export const divisionSchema = z.enum(DIVISIONS, {
  error: 'Select England and Wales, Scotland or Northern Ireland',
});
