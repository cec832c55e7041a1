import type { z } from 'zod';
import { list, reportRepeats, strictObject, text, textList } from './fields.js';
import { subGroupIdSchema } from './ids.js';
import { pillarStatementSchema } from './pillar-statement.js';

/**
 * Zod schema for a {@link SubGroup}. A sub-group lists each P it covers once.
 *
 * @example
 * ```ts
 * import { subGroupSchema } from '@antislavery/model';
 *
 * subGroupSchema.safeParse({
 *   id: 'protect-and-prepare',
 *   name: 'Protect and Prepare',
 *   pillars: [{ pillar: 'protect', wording: 'Protect' }, { pillar: 'protect', wording: 'Protect' }],
 * }).error?.issues[0]?.message;
 * //=> 'Give each P only once'
 * ```
 */
export const subGroupSchema = strictObject(
  {
    /** The sub-group's id, unique within its partnership. */
    id: subGroupIdSchema,
    /** Its name, for example "Pursue and Prevent". */
    name: text('the name of the sub-group'),
    /** The Ps it covers, each in the sub-group's own words. */
    pillars: list(pillarStatementSchema, 'Select at least one P the sub-group covers'),
    /** Its work plan. */
    workPlan: textList('Enter at least one work plan item', 'Enter the work plan item').optional(),
  },
  'Enter the sub-group',
).superRefine((subGroup, ctx) => {
  reportRepeats(
    ctx,
    subGroup.pillars,
    (statement) => statement.pillar,
    { path: ['pillars'], field: 'pillar' },
    'Give each P only once',
  );
});

/**
 * A partnership's sub-group: the Ps it covers in its own words and its work plan.
 *
 * @example
 * ```ts
 * import { subGroupId, type SubGroup } from '@antislavery/model';
 *
 * const awareness: SubGroup = {
 *   id: subGroupId('awareness-raising'),
 *   name: 'Awareness Raising',
 *   pillars: [{ pillar: 'protect', wording: 'Protect – increasing awareness of and resilience against this crime' }],
 *   workPlan: ['Improve public awareness of the signs of modern slavery'],
 * };
 * ```
 */
export type SubGroup = z.infer<typeof subGroupSchema>;
