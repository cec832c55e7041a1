import * as z from 'zod';
import { strictObject, text } from './fields.js';

const TELEPHONE = /^\+?\d[\d ]*\d$/;

/**
 * Zod schema for a {@link ReportingContact}.
 *
 * @example
 * ```ts
 * import { reportingContactSchema } from '@antislavery/model';
 *
 * reportingContactSchema.safeParse({ name: 'Crimestoppers', telephone: '0800 555 111', anonymous: true }).success;
 * //=> true
 * ```
 */
export const reportingContactSchema = strictObject(
  {
    /** Who to call. */
    name: text('the name of the contact'),
    /** The number to call, in digits and spaces, for example `101` or `0800 0121 700`. */
    telephone: z
      .string({ error: 'Enter the telephone number' })
      .trim()
      .min(1, { error: 'Enter the telephone number' })
      .regex(TELEPHONE, { error: 'Enter a telephone number in digits, like 0800 0121 700' }),
    /** Whether reports can be made without giving a name. */
    anonymous: z.boolean({ error: 'Select whether reports can be made anonymously' }).optional(),
    /** What the contact is for, in the document's words. */
    description: text('what the contact is for').optional(),
  },
  'Enter the contact',
);

/**
 * A number the public can call to report suspected modern slavery, for example the police on 101,
 * Crimestoppers anonymously, or the national modern slavery helpline.
 *
 * @example
 * ```ts
 * import type { ReportingContact } from '@antislavery/model';
 *
 * const police: ReportingContact = { name: 'Cheshire Police', telephone: '101' };
 * ```
 */
export type ReportingContact = z.infer<typeof reportingContactSchema>;
