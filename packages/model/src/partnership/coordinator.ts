import type { z } from 'zod';
import { strictObject, text, textList } from './fields.js';

/**
 * Zod schema for a {@link Coordinator}.
 *
 * @example
 * ```ts
 * import { coordinatorSchema } from '@antislavery/model';
 *
 * coordinatorSchema.safeParse({ providedBy: 'Derby City and Derbyshire County Councils', responsibilities: [] })
 *   .error?.issues[0]?.message;
 * //=> 'Enter at least one responsibility of the coordinator'
 * ```
 */
export const coordinatorSchema = strictObject(
  {
    /** Who provides or funds the coordination. */
    providedBy: text('who provides the coordinator'),
    /** The document's statement of how coordination is provided. */
    statement: text('how coordination is provided').optional(),
    /** The coordinator's responsibilities. */
    responsibilities: textList(
      'Enter at least one responsibility of the coordinator',
      'Enter the responsibility',
    ),
  },
  'Enter the coordinator',
);

/**
 * Who coordinates a partnership's activity, and the coordinator's responsibilities.
 *
 * @example
 * ```ts
 * import type { Coordinator } from '@antislavery/model';
 *
 * const coordinator: Coordinator = {
 *   providedBy: 'Derby City and Derbyshire County Councils',
 *   responsibilities: ['Provide a single point of initial contact for local agencies on issues to do with slavery.'],
 * };
 * ```
 */
export type Coordinator = z.infer<typeof coordinatorSchema>;
