import type { z } from 'zod';
import { pillar, strictObject, text } from './fields.js';

/**
 * Zod schema for a {@link PillarStatement}.
 *
 * @example
 * ```ts
 * import { pillarStatementSchema } from '@antislavery/model';
 *
 * pillarStatementSchema.safeParse({ pillar: 'pursue', wording: 'Prosecute and disrupt' }).success;
 * //=> true
 * ```
 */
export const pillarStatementSchema = strictObject(
  {
    /** Which of the four Ps. */
    pillar: pillar(),
    /** The document's own wording for the P, for example "Prevent – Preventing people from engaging in modern slavery". */
    wording: text('the wording for the P'),
  },
  'Enter the P and its wording',
);

/**
 * One of the four Ps in a document's own words: partnerships and their sub-groups each phrase the
 * Ps a little differently.
 *
 * @example
 * ```ts
 * import type { PillarStatement } from '@antislavery/model';
 *
 * const prevent: PillarStatement = {
 *   pillar: 'prevent',
 *   wording: 'Preventing people from engaging in modern slavery',
 * };
 * ```
 */
export type PillarStatement = z.infer<typeof pillarStatementSchema>;
