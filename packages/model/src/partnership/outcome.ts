import type { z } from 'zod';
import { list, strictObject, text } from './fields.js';
import { outcomeIdSchema } from './ids.js';
import { measureSchema } from './measure.js';

/**
 * Zod schema for an {@link Outcome}.
 *
 * @example
 * ```ts
 * import { outcomeSchema } from '@antislavery/model';
 *
 * outcomeSchema.safeParse({ id: 'raise-awareness', description: 'Raise awareness', measures: [] }).error
 *   ?.issues[0]?.message;
 * //=> 'Enter at least one measure for the outcome'
 * ```
 */
export const outcomeSchema = strictObject(
  {
    /** The outcome's id, unique within the pledge, partnership or strategy that holds it. */
    id: outcomeIdSchema,
    /** The outcome sought, in the document's words. */
    description: text('a description of the outcome'),
    /** How the outcome is measured: at least one measure. */
    measures: list(measureSchema, 'Enter at least one measure for the outcome'),
  },
  'Enter the outcome',
);

/**
 * An outcome a pledge or partnership seeks, for example "increase identification of victims",
 * with one or more measures.
 *
 * @example
 * ```ts
 * import { measureId, metricId, outcomeId, type Outcome } from '@antislavery/model';
 *
 * const identification: Outcome = {
 *   id: outcomeId('increase-identification'),
 *   description: 'Increase identification of victims of Modern Slavery and Human Trafficking',
 *   measures: [
 *     {
 *       id: measureId('nrm-and-dtn-referrals'),
 *       description: 'Increase referrals to the NRM and Duty to Notify referrals to the Home Office',
 *       metricId: metricId('referrals.nrm-and-dtn.count'),
 *       direction: 'increase',
 *       source: 'computed',
 *     },
 *   ],
 * };
 * ```
 */
export type Outcome = z.infer<typeof outcomeSchema>;
