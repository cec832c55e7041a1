import type { z } from 'zod';
import { date, strictObject, text, webAddress } from './fields.js';

/**
 * Zod schema for a {@link Reference}.
 *
 * @example
 * ```ts
 * import { referenceSchema } from '@antislavery/model';
 *
 * referenceSchema.safeParse({ title: 'Modern slavery and public health', published: '2017-12-07' }).success;
 * //=> true
 * ```
 */
export const referenceSchema = strictObject(
  {
    /** The title of the document or page. */
    title: text('the title of the reference'),
    /** Where it can be read. */
    url: webAddress().optional(),
    /** The date it was published, if the document gives it. */
    published: date('the date the reference was published').optional(),
  },
  'Enter the reference',
);

/**
 * A document or web page that a partnership document cites or links to.
 *
 * @example
 * ```ts
 * import type { Reference } from '@antislavery/model';
 *
 * const report: Reference = { title: '2017 UK annual report on modern slavery', published: '2017-10-16' };
 * ```
 */
export type Reference = z.infer<typeof referenceSchema>;
