import * as z from 'zod';
import { JURISDICTIONS } from './jurisdictions.js';

/**
 * Zod schema accepting exactly one of the four jurisdictions.
 *
 * @example
 * ```ts
 * import { jurisdictionSchema } from '@antislavery/model';
 *
 * jurisdictionSchema.safeParse('scotland').success;
 * //=> true
 * ```
 */
export const jurisdictionSchema = z.enum(JURISDICTIONS, {
  error: 'Select England, Wales, Scotland or Northern Ireland',
});
