import type { z } from 'zod';
import { strictObject, text, textList } from './fields.js';

/**
 * Zod schema for a {@link SteeringGroup}.
 *
 * @example
 * ```ts
 * import { steeringGroupSchema } from '@antislavery/model';
 *
 * steeringGroupSchema.safeParse({ role: 'To provide strategic leadership to the Partnership' }).error?.issues[0]
 *   ?.message;
 * //=> 'Enter who chairs the steering group'
 * ```
 */
export const steeringGroupSchema = strictObject(
  {
    /** What the steering group is for. */
    role: text('the role of the steering group'),
    /** Who chairs it (a role, not a person's name). */
    chair: text('who chairs the steering group'),
    /** Where its members are drawn from, in the document's words. */
    drawnFrom: text('where the steering group members are drawn from').optional(),
    /** The agencies or sectors represented on it. */
    represented: textList(
      'Enter at least one agency or sector on the steering group',
      'Enter the agency or sector',
    ).optional(),
    /** How members are appointed, and the criteria for appointment. */
    appointment: strictObject(
      {
        /** How members are appointed. */
        method: text('how members are appointed'),
        /** What members should be. */
        criteria: textList('Enter at least one criterion for appointment', 'Enter the criterion').optional(),
      },
      'Enter how members are appointed',
    ).optional(),
    /** Its terms of reference, one item each. */
    termsOfReference: textList(
      'Enter at least one term of reference',
      'Enter the term of reference',
    ).optional(),
  },
  'Enter the steering group',
);

/**
 * A partnership's steering group: its role, chair, the agencies or sectors represented, how and on
 * what criteria members are appointed, and its terms of reference.
 *
 * @example
 * ```ts
 * import type { SteeringGroup } from '@antislavery/model';
 *
 * const steering: SteeringGroup = {
 *   role: 'To provide strategic leadership to the Partnership',
 *   chair: 'Local Authority Lead for Community Safety',
 * };
 * ```
 */
export type SteeringGroup = z.infer<typeof steeringGroupSchema>;
