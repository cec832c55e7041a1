import * as z from 'zod';
import { isIsoDate } from '../dates/iso-date.js';

/** The longest title the loader accepts; GOV.UK's longest is under 60 characters. */
export const MAX_TITLE_LENGTH = 200;
/** The longest notes the loader accepts. */
export const MAX_NOTES_LENGTH = 500;

/**
 * Zod schema for one event in GOV.UK's bank-holidays JSON: `title`, `date`, `notes` ("Substitute
 * day" for a substitute, otherwise empty) and `bunting`. `notes` defaults to an empty string and
 * `bunting` to `true` when absent.
 *
 * @example
 * ```ts
 * import { bankHolidaySchema } from '@antislavery/model';
 *
 * bankHolidaySchema.parse({ title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day' }).bunting;
 * //=> true
 * ```
 */
export const bankHolidaySchema = z.object(
  {
    title: z
      .string({ error: 'Enter the title of the bank holiday' })
      .trim()
      .min(1, { error: 'Enter the title of the bank holiday' })
      .max(MAX_TITLE_LENGTH, { error: `Title must be ${MAX_TITLE_LENGTH} characters or fewer` }),
    date: z
      .string({ error: 'Enter the date of the bank holiday' })
      .refine(isIsoDate, { error: 'Enter a real date in the format YYYY-MM-DD' }),
    notes: z
      .string({ error: 'Notes must be text' })
      .max(MAX_NOTES_LENGTH, { error: `Notes must be ${MAX_NOTES_LENGTH} characters or fewer` })
      .default(''),
    bunting: z.boolean({ error: 'Bunting must be true or false' }).default(true),
  },
  { error: 'Enter each bank holiday as an object with a title and a date' },
);
