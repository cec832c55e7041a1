import type { z } from 'zod';
import { list, strictObject, text, textList } from './fields.js';
import { referenceSchema } from './reference.js';

/**
 * Zod schema for a {@link LocalPractice} note.
 *
 * @example
 * ```ts
 * import { localPracticeSchema } from '@antislavery/model';
 *
 * localPracticeSchema.safeParse({ topic: 'The National Referral Mechanism (NRM)', statements: [] }).error
 *   ?.issues[0]?.message;
 * //=> 'Enter at least one statement of local practice'
 * ```
 */
export const localPracticeSchema = strictObject(
  {
    /** What the practice is about, for example "The National Referral Mechanism (NRM)". */
    topic: text('the topic'),
    /** The organisation that publishes it. */
    organisation: text('the organisation').optional(),
    /** The practice, in the organisation's words. */
    statements: textList('Enter at least one statement of local practice', 'Enter the statement'),
    /** Guidance and forms it points to. */
    references: list(referenceSchema, 'Enter at least one reference').optional(),
  },
  'Enter the local practice',
);

/**
 * How an organisation in a partnership's area says it applies a national process, kept as its own
 * text (for example, that a council employee who identifies a child victim refers them via the
 * MASH). It is a record of what the organisation publishes, not a statement of the law.
 *
 * @example
 * ```ts
 * import type { LocalPractice } from '@antislavery/model';
 *
 * const training: LocalPractice = {
 *   topic: 'Training',
 *   statements: ['Local Authority employees can access training and awareness online learning on the learning hub.'],
 * };
 * ```
 */
export type LocalPractice = z.infer<typeof localPracticeSchema>;
