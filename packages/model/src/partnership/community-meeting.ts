import type { z } from 'zod';
import { cadenceSchema } from './cadence.js';
import { date, list, strictObject, text, textList } from './fields.js';
import { communityMeetingIdSchema } from './ids.js';

/**
 * Zod schema for a {@link CommunityPriority}.
 *
 * @example
 * ```ts
 * import { communityPrioritySchema } from '@antislavery/model';
 *
 * communityPrioritySchema.safeParse({ priority: 'Nuisance parking near the school' }).error?.issues[0]?.message;
 * //=> 'Enter the date the priority was set'
 * ```
 */
export const communityPrioritySchema = strictObject(
  {
    /** The priority, in the meeting's words. */
    priority: text('the priority'),
    /** The date of the meeting that set it. */
    setOn: date('the date the priority was set'),
    /** The date it is due to be reviewed. */
    reviewOn: date('the date the priority will be reviewed').optional(),
  },
  'Enter the priority',
);

/**
 * A local priority set at a community meeting, with the date it was set.
 *
 * @example
 * ```ts
 * import type { CommunityPriority } from '@antislavery/model';
 *
 * const priority: CommunityPriority = { priority: 'Nuisance parking near the school', setOn: '2019-05-14' };
 * ```
 */
export type CommunityPriority = z.infer<typeof communityPrioritySchema>;

/**
 * Zod schema for a {@link CommunityMeeting}.
 *
 * @example
 * ```ts
 * import { communityMeetingSchema } from '@antislavery/model';
 * import { wolverhamptonPactMeetings } from '@antislavery/model/examples';
 *
 * communityMeetingSchema.safeParse(wolverhamptonPactMeetings).success;
 * //=> true
 * ```
 */
export const communityMeetingSchema = strictObject(
  {
    /** The scheme's id. */
    id: communityMeetingIdSchema,
    /** Its name, for example "Partners and Communities Together". */
    name: text('the name of the meetings'),
    /** Its short name, for example "PACT". */
    shortName: text('the short name of the meetings').optional(),
    /** Where the meetings are held. */
    area: text('the area the meetings cover'),
    /** What the meetings are. */
    description: text('a description of the meetings'),
    /** What the scheme is for. */
    purpose: text('the purpose of the meetings').optional(),
    /** Who residents meet there. */
    participants: textList('Enter at least one participant', 'Enter the participant').optional(),
    /** How often the meetings are held. */
    cadence: cadenceSchema.optional(),
    /** What people can do at a meeting. */
    attendeesCan: textList('Enter at least one thing people can do at a meeting', 'Enter what people can do'),
    /** The priorities the meetings have set, with dates. */
    prioritiesSet: list(communityPrioritySchema, 'Enter at least one priority').optional(),
  },
  'Enter the community meetings',
);

/**
 * Community meetings in the style of PACT (Partners and Communities Together), where residents
 * meet the police, the council and other partners and set local priorities.
 *
 * @example
 * ```ts
 * import type { CommunityMeeting } from '@antislavery/model';
 * import { wolverhamptonPactMeetings } from '@antislavery/model/examples';
 *
 * const pact: CommunityMeeting = wolverhamptonPactMeetings;
 * ```
 */
export type CommunityMeeting = z.infer<typeof communityMeetingSchema>;
