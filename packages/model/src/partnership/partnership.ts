import type { z } from 'zod';
import { jurisdictionSchema } from '../vocabulary/index.js';
import { annualReportSchema } from './annual-report.js';
import { communityMeetingSchema } from './community-meeting.js';
import { coordinatorSchema } from './coordinator.js';
import {
  issueCode,
  list,
  maybeEmptyList,
  reportNumbering,
  reportOutcomeRepeats,
  reportRepeats,
  strictObject,
  text,
  textList,
} from './fields.js';
import { partnershipIdSchema } from './ids.js';
import { localPracticeSchema } from './local-practice.js';
import { meetingsSchema } from './meetings.js';
import { memberSchema, membershipSchema } from './member.js';
import { outcomeSchema } from './outcome.js';
import { periodSchema } from './period.js';
import { prioritySchema } from './priority.js';
import { referenceSchema } from './reference.js';
import { regionalLinkSchema } from './regional-link.js';
import { reportingContactSchema } from './reporting-contact.js';
import { steeringGroupSchema } from './steering-group.js';
import { subGroupSchema } from './sub-group.js';
import { visionSchema } from './vision.js';

/**
 * Zod schema for a partnership's {@link Priorities}: numbered 1, 2, 3 and so on in order, for a
 * period.
 *
 * @example
 * ```ts
 * import { prioritiesSchema } from '@antislavery/model';
 *
 * prioritiesSchema.safeParse({
 *   period: { from: '2017', to: '2020' },
 *   items: [{ number: 2, text: 'Provide victim support' }],
 * }).error?.issues[0]?.path;
 * //=> ['items', 0, 'number']
 * ```
 */
export const prioritiesSchema = strictObject(
  {
    /** The period the priorities are for. */
    period: periodSchema,
    /** The priorities, numbered from 1. */
    items: list(prioritySchema, 'Enter at least one priority'),
  },
  'Enter the priorities',
).superRefine((priorities, ctx) => {
  reportNumbering(ctx, priorities.items, ['items'], 'Number the priorities 1, 2, 3 and so on, in order');
});

/**
 * A partnership's numbered priorities for a period.
 *
 * @example
 * ```ts
 * import type { Priorities } from '@antislavery/model';
 *
 * const priorities: Priorities = {
 *   period: { from: '2017', to: '2020' },
 *   items: [{ number: 1, text: 'Produce a Risk & Threat Assessment' }],
 * };
 * ```
 */
export type Priorities = z.infer<typeof prioritiesSchema>;

/**
 * Zod schema for a {@link Partnership}. Beyond each field's own checks: sub-group and community
 * meeting ids must differ, every sub-group an annual report names must be one of the
 * partnership's sub-groups, and outcome and measure ids must differ.
 *
 * @example
 * ```ts
 * import { partnershipSchema } from '@antislavery/model';
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 *
 * partnershipSchema.safeParse(derbyAndDerbyshirePartnership).success;
 * //=> true
 * ```
 */
export const partnershipSchema = strictObject(
  {
    /** The partnership's id. */
    id: partnershipIdSchema,
    /** Its name. */
    name: text('the partnership name'),
    /** Its short name or acronym, for example "WASP". */
    shortName: text('the short name').optional(),
    /** The area it covers, for example "Derby & Derbyshire". */
    area: text('the area the partnership covers'),
    /** The UK jurisdiction of the area. */
    jurisdiction: jurisdictionSchema,
    /** What the partnership is, in its own words. */
    description: text('a description of the partnership').optional(),
    /** Its vision, and the four Ps in its own words. */
    vision: visionSchema.optional(),
    /** What it works to do. */
    aims: textList('Enter at least one aim', 'Enter the aim').optional(),
    /** Its named member organisations. */
    members: maybeEmptyList(memberSchema, 'Enter the members').optional(),
    /** Who may join, on what terms. */
    membership: membershipSchema.optional(),
    /** Its steering group. */
    steeringGroup: steeringGroupSchema.optional(),
    /** Who coordinates its activity. */
    coordinator: coordinatorSchema.optional(),
    /** Its sub-groups. */
    subGroups: list(subGroupSchema, 'Enter at least one sub-group').optional(),
    /** How often it meets. */
    meetings: meetingsSchema.optional(),
    /** What authority, if any, it has to act for its members, in its own words. */
    delegatedAuthority: text('the statement of delegated authority').optional(),
    /** Its numbered priorities for a period. */
    priorities: prioritiesSchema.optional(),
    /** Numbers the public can call to report modern slavery. */
    reportingContacts: list(reportingContactSchema, 'Enter at least one reporting contact').optional(),
    /** Regional and national bodies it is linked to. */
    regionalLinks: list(regionalLinkSchema, 'Enter at least one regional link').optional(),
    /** Community meetings in its area that set local priorities. */
    communityMeetings: list(communityMeetingSchema, 'Enter at least one community meeting').optional(),
    /** How organisations in its area apply national processes, in their own words. */
    localPractice: list(localPracticeSchema, 'Enter at least one note of local practice').optional(),
    /** Outcomes it seeks, with their measures. */
    outcomes: list(outcomeSchema, 'Enter at least one outcome').optional(),
    /** Its reports of achievements, one for each period. */
    annualReports: list(annualReportSchema, 'Enter at least one annual report').optional(),
    /** Guidance and pages it points to. */
    references: list(referenceSchema, 'Enter at least one reference').optional(),
  },
  'Enter the partnership',
).superRefine((partnership, ctx) => {
  reportRepeats(
    ctx,
    partnership.subGroups,
    (subGroup) => subGroup.id,
    { path: ['subGroups'], field: 'id' },
    'Give each sub-group a different id',
  );
  reportRepeats(
    ctx,
    partnership.communityMeetings,
    (meeting) => meeting.id,
    { path: ['communityMeetings'], field: 'id' },
    'Give each community meeting a different id',
  );
  reportOutcomeRepeats(ctx, partnership.outcomes, ['outcomes']);
  const subGroupIds = new Set<string>(partnership.subGroups?.map((subGroup) => subGroup.id));
  partnership.annualReports?.forEach((report, r) => {
    report.achievements.forEach((group, g) => {
      if (group.subGroup !== undefined && !subGroupIds.has(group.subGroup)) {
        ctx.addIssue({
          code: 'custom',
          path: ['annualReports', r, 'achievements', g, 'subGroup'],
          message: 'Select one of the partnership’s sub-groups',
          ...issueCode('unknown'),
        });
      }
    });
  });
});

/**
 * A modern slavery partnership: its area, vision, members and membership, steering group,
 * coordinator, sub-groups and the Ps they cover, meetings, delegated authority, priorities,
 * reporting contacts, regional links, community meetings, local practice, outcomes and annual
 * reports. Only the id, name, area and jurisdiction are required, because partnerships publish
 * very different amounts.
 *
 * @example
 * ```ts
 * import { partnershipId, type Partnership } from '@antislavery/model';
 *
 * const partnership: Partnership = {
 *   id: partnershipId('example-anti-slavery-partnership'),
 *   name: 'Example Anti-Slavery Partnership',
 *   area: 'Exampleshire',
 *   jurisdiction: 'england',
 * };
 * ```
 */
export type Partnership = z.infer<typeof partnershipSchema>;
