import * as z from 'zod';

const TELEPHONE = /^\+?\d[\d ]*\d$/;

const optionalText = (what: string, max = 500) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `${what[0]?.toUpperCase()}${what.slice(1)} must be ${max} characters or fewer` })
    .optional();

/**
 * Zod schema for a {@link Contact}: a name, and any of a telephone number (digits and spaces, an
 * optional leading `+`), an email address, opening hours, a web address (`https`) and a note.
 *
 * @example
 * ```ts
 * import { contactSchema } from '@antislavery/pathways';
 *
 * contactSchema.safeParse({ name: 'MASH', phone: 'call us' }).error?.issues[0]?.message;
 * //=> 'Enter a telephone number in digits, like 0800 0121 700'
 * ```
 */
export const contactSchema = z.strictObject(
  {
    /** Who to contact, for example "Multi-Agency Safeguarding Hub (MASH)". */
    name: z
      .string({ error: 'Enter the name of the contact' })
      .trim()
      .min(1, { error: 'Enter the name of the contact' })
      .max(200, { error: 'The name of the contact must be 200 characters or fewer' }),
    /** The number to call, in digits and spaces. */
    phone: z
      .string({ error: 'Enter the telephone number' })
      .trim()
      .regex(TELEPHONE, { error: 'Enter a telephone number in digits, like 0800 0121 700' })
      .optional(),
    /** The email address to write to. */
    email: z
      .email({ error: 'Enter an email address in the correct format, like name@example.gov.uk' })
      .optional(),
    /** When the contact can be reached, in plain English, for example "Monday to Friday, 9am to 5pm". */
    hours: optionalText('the opening hours', 200),
    /** A web page with more about the contact or a form to use. */
    url: z.url({ protocol: /^https$/, error: 'Enter a web address that starts with https://' }).optional(),
    /** Anything else a practitioner needs to know, such as when to use another number. */
    notes: optionalText('the note'),
  },
  { error: 'Enter the contact' },
);

/**
 * How to reach a team or service: a name and any of a telephone number, an email address, opening
 * hours, a web address and a note.
 *
 * @example
 * ```ts
 * import type { Contact } from '@antislavery/pathways';
 *
 * const helpline: Contact = { name: 'Modern Slavery & Exploitation Helpline', phone: '08000 121 700' };
 * ```
 */
export type Contact = z.infer<typeof contactSchema>;

/**
 * A contact as a decision gives it: a {@link Contact} and where it came from, the council's local
 * pathway (`local`) or the SDK's national defaults (`national`).
 *
 * @example
 * ```ts
 * import type { PathwayContact } from '@antislavery/pathways';
 *
 * const police: PathwayContact = { name: 'Police (non-emergency)', phone: '101', from: 'national' };
 * ```
 */
export type PathwayContact = Contact & {
  /** `local` when the local pathway gave it, `national` for the SDK's national default. */
  readonly from: 'local' | 'national';
};
