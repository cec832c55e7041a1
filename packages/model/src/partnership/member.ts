import type { z } from 'zod';
import { sectorSchema } from '../vocabulary/index.js';
import { date, list, strictObject, text, textList } from './fields.js';

/**
 * Zod schema for a {@link Member}.
 *
 * @example
 * ```ts
 * import { memberSchema } from '@antislavery/model';
 *
 * memberSchema.safeParse({ name: 'Cheshire Police', sector: 'public' }).success;
 * //=> true
 * ```
 */
export const memberSchema = strictObject(
  {
    /** The organisation's name. */
    name: text('the name of the organisation'),
    /** The sector it belongs to; statutory bodies are `public`. */
    sector: sectorSchema,
    /** The date it joined, if known. */
    joined: date('the date the organisation joined').optional(),
  },
  'Enter the organisation',
);

/**
 * An organisation taking part in a partnership, plan or strategy, with its sector and, where the
 * document gives it, the date it joined.
 *
 * @example
 * ```ts
 * import type { Member } from '@antislavery/model';
 *
 * const police: Member = { name: 'Cheshire Police', sector: 'public' };
 * ```
 */
export type Member = z.infer<typeof memberSchema>;

/**
 * Zod schema for a {@link Membership}.
 *
 * @example
 * ```ts
 * import { membershipSchema } from '@antislavery/model';
 *
 * membershipSchema.safeParse({ statement: 'Free and open to all', openTo: ['public', 'private'] }).success;
 * //=> true
 * ```
 */
export const membershipSchema = strictObject(
  {
    /** Who may join and on what terms, in the partnership's words. */
    statement: text('who can become a member'),
    /** The sectors membership is open to or drawn from. */
    openTo: list(sectorSchema, 'Select at least one sector').optional(),
    /** What members receive, for example communications and invitations to events. */
    benefits: textList('Enter at least one thing members receive', 'Enter what members receive').optional(),
  },
  'Enter the membership',
);

/**
 * Who may join a partnership, for example "free and open to all agencies in the public, private
 * and voluntary sectors and individuals", and what members receive.
 *
 * @example
 * ```ts
 * import type { Membership } from '@antislavery/model';
 *
 * const membership: Membership = { statement: 'Free and open to all', openTo: ['public', 'voluntary'] };
 * ```
 */
export type Membership = z.infer<typeof membershipSchema>;
