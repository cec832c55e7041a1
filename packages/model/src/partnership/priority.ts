import type { z } from 'zod';
import { strictObject, text, wholeNumber } from './fields.js';

/**
 * Zod schema for a {@link Priority}. Within a list, priorities are numbered 1, 2, 3 and so on in
 * order; the schema that holds the list checks that.
 *
 * @example
 * ```ts
 * import { prioritySchema } from '@antislavery/model';
 *
 * prioritySchema.safeParse({ number: 4, text: 'Provide victim support' }).success;
 * //=> true
 * ```
 */
export const prioritySchema = strictObject(
  {
    /** The priority's number in the document, from 1. */
    number: wholeNumber('Enter the priority number as a whole number from 1 to 99', 1, 99),
    /** The priority in the document's words. */
    text: text('the priority'),
  },
  'Enter the priority',
);

/**
 * One numbered priority of a partnership or plan.
 *
 * @example
 * ```ts
 * import type { Priority } from '@antislavery/model';
 *
 * const first: Priority = { number: 1, text: 'Produce a Risk & Threat Assessment' };
 * ```
 */
export type Priority = z.infer<typeof prioritySchema>;
