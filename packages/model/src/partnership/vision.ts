import type { z } from 'zod';
import { list, reportRepeats, strictObject, text } from './fields.js';
import { pillarStatementSchema } from './pillar-statement.js';

/**
 * Zod schema for a partnership's {@link Vision}. Each P appears at most once.
 *
 * @example
 * ```ts
 * import { visionSchema } from '@antislavery/model';
 *
 * visionSchema.safeParse({ statement: '' }).error?.issues[0]?.message;
 * //=> 'Enter the vision'
 * ```
 */
export const visionSchema = strictObject(
  {
    /** The vision, in the partnership's words. */
    statement: text('the vision'),
    /** How the partnership will achieve it. */
    achievedBy: text('how the vision will be achieved').optional(),
    /** The four Ps in the partnership's words. */
    pillars: list(pillarStatementSchema, 'Enter at least one P').optional(),
  },
  'Enter the vision',
).superRefine((vision, ctx) => {
  reportRepeats(
    ctx,
    vision.pillars,
    (statement) => statement.pillar,
    { path: ['pillars'], field: 'pillar' },
    'Give each P only once',
  );
});

/**
 * A partnership's vision, how it will be achieved, and the four Ps in its own words.
 *
 * @example
 * ```ts
 * import type { Vision } from '@antislavery/model';
 *
 * const vision: Vision = {
 *   statement: 'Working together to fight slavery and support victims of slavery in Derby & Derbyshire.',
 * };
 * ```
 */
export type Vision = z.infer<typeof visionSchema>;
