import * as z from 'zod';
import {
  date,
  list,
  maybeEmptyList,
  pillar,
  reportNumbering,
  reportRepeats,
  strictObject,
  text,
  textList,
  wholeNumber,
} from './fields.js';
import { actionIdSchema, actionPlanIdSchema, measureIdSchema, strategyIdSchema } from './ids.js';
import { memberSchema } from './member.js';
import { periodSchema } from './period.js';
import { prioritySchema } from './priority.js';
import { reportingContactSchema } from './reporting-contact.js';

/**
 * The statuses an action can have. "Overdue" is not a status: it is worked out from the due date
 * on the day you ask (see {@link actionPlanProgress}), so it can never be stale. An action that is
 * `complete` or `cancelled` is never overdue.
 *
 * @example
 * ```ts
 * import { ACTION_STATUSES } from '@antislavery/model';
 *
 * ACTION_STATUSES;
 * //=> ['not-started', 'in-progress', 'complete', 'cancelled']
 * ```
 */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'complete', 'cancelled'] as const;

/**
 * One of the {@link ACTION_STATUSES}.
 *
 * @example
 * ```ts
 * import type { ActionStatus } from '@antislavery/model';
 *
 * const status: ActionStatus = 'in-progress';
 * ```
 */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Zod schema accepting exactly one of the {@link ACTION_STATUSES}.
 *
 * @example
 * ```ts
 * import { actionStatusSchema } from '@antislavery/model';
 *
 * actionStatusSchema.safeParse('overdue').error?.issues[0]?.message;
 * //=> 'Select the status: not started, in progress, complete or cancelled'
 * ```
 */
export const actionStatusSchema = z.enum(ACTION_STATUSES, {
  error: 'Select the status: not started, in progress, complete or cancelled',
});

/**
 * Display labels for the {@link ACTION_STATUSES}.
 *
 * @example
 * ```ts
 * import { ACTION_STATUS_LABELS } from '@antislavery/model';
 *
 * ACTION_STATUS_LABELS['not-started'];
 * //=> 'Not started'
 * ```
 */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

/**
 * Zod schema for a {@link ProgressNote}.
 *
 * @example
 * ```ts
 * import { progressNoteSchema } from '@antislavery/model';
 *
 * progressNoteSchema.safeParse({ date: '2018-03-31', note: 'Draft assessment shared with partners' }).success;
 * //=> true
 * ```
 */
export const progressNoteSchema = strictObject(
  {
    /** The date of the note. */
    date: date('the date of the progress note'),
    /** What progress was made. */
    note: text('the progress note'),
  },
  'Enter the progress note',
);

/**
 * A dated note of progress on an action.
 *
 * @example
 * ```ts
 * import type { ProgressNote } from '@antislavery/model';
 *
 * const note: ProgressNote = { date: '2018-03-31', note: 'Draft assessment shared with partners' };
 * ```
 */
export type ProgressNote = z.infer<typeof progressNoteSchema>;

/**
 * Zod schema for an {@link ActionItem}.
 *
 * @example
 * ```ts
 * import { actionItemSchema } from '@antislavery/model';
 *
 * actionItemSchema.safeParse({
 *   id: 'risk-and-threat-assessment',
 *   pillar: 'pursue',
 *   title: 'Produce a risk and threat assessment',
 *   owner: 'Partnership Co-ordinator',
 *   due: '2018-02-30',
 *   status: 'in-progress',
 * }).error?.issues[0]?.path;
 * //=> ['due']
 * ```
 */
export const actionItemSchema = strictObject(
  {
    /** The action's id, unique within its plan. */
    id: actionIdSchema,
    /** The P the action serves. */
    pillar: pillar(),
    /** What is to be done. */
    title: text('the title of the action'),
    /** Who is responsible for it. */
    owner: text('who owns the action'),
    /** When it is due. An action with no due date is never overdue. */
    due: date('the due date').optional(),
    /** Where it has got to. */
    status: actionStatusSchema,
    /** Dated notes of progress. */
    progress: maybeEmptyList(progressNoteSchema, 'Enter the progress notes').optional(),
    /** The measures the action contributes to. */
    measureIds: list(measureIdSchema, 'Select at least one measure').optional(),
  },
  'Enter the action',
);

/**
 * One action in an action plan: its P, owner, due date, status, progress notes and the measures
 * it contributes to.
 *
 * @example
 * ```ts
 * import { actionId, type ActionItem } from '@antislavery/model';
 *
 * const assessment: ActionItem = {
 *   id: actionId('risk-and-threat-assessment'),
 *   pillar: 'pursue',
 *   title: 'Produce a risk and threat assessment',
 *   owner: 'Partnership Co-ordinator',
 *   due: '2018-03-31',
 *   status: 'in-progress',
 * };
 * ```
 */
export type ActionItem = z.infer<typeof actionItemSchema>;

/**
 * Zod schema for an {@link ActionPlan}. Action ids must differ, and priorities are numbered 1, 2,
 * 3 and so on in order.
 *
 * @example
 * ```ts
 * import { actionPlanSchema } from '@antislavery/model';
 * import { cheshireJointActionPlan } from '@antislavery/model/examples';
 *
 * actionPlanSchema.safeParse(cheshireJointActionPlan).success;
 * //=> true
 * ```
 */
export const actionPlanSchema = strictObject(
  {
    /** The plan's id. */
    id: actionPlanIdSchema,
    /** Its title. */
    title: text('the title of the action plan'),
    /** The area it covers. */
    area: text('the area the action plan covers').optional(),
    /** The organisations that deliver it together. */
    partners: list(memberSchema, 'Enter at least one partner organisation'),
    /** The strategy it delivers, if any. */
    strategyId: strategyIdSchema.optional(),
    /** The years or dates it runs for, if published. */
    period: periodSchema.optional(),
    /** How long it runs, in years, where the document gives a length but no dates. */
    durationYears: wholeNumber(
      'Enter how many years the plan runs for, as a whole number from 1 to 10',
      1,
      10,
    ).optional(),
    /** The partners' shared vision for the plan. */
    vision: text('the vision of the action plan').optional(),
    /** What the plan aims to do. */
    aims: textList('Enter at least one aim', 'Enter the aim').optional(),
    /** Its numbered priorities. */
    priorities: list(prioritySchema, 'Enter at least one priority').optional(),
    /** Its actions. May be empty when the actions have not been published. */
    items: maybeEmptyList(actionItemSchema, 'Enter the actions'),
    /** Numbers the public can call to report modern slavery. */
    reportingContacts: list(reportingContactSchema, 'Enter at least one reporting contact').optional(),
  },
  'Enter the action plan',
).superRefine((plan, ctx) => {
  reportRepeats(
    ctx,
    plan.items,
    (item) => item.id,
    { path: ['items'], field: 'id' },
    'Give each action a different id',
  );
  reportNumbering(ctx, plan.priorities, ['priorities'], 'Number the priorities 1, 2, 3 and so on, in order');
});

/**
 * An action plan delivered by one or more partner organisations: its period, priorities and
 * actions, each with a P, owner, due date and status.
 *
 * @example
 * ```ts
 * import type { ActionPlan } from '@antislavery/model';
 * import { cheshireJointActionPlan } from '@antislavery/model/examples';
 *
 * const plan: ActionPlan = cheshireJointActionPlan;
 * ```
 */
export type ActionPlan = z.infer<typeof actionPlanSchema>;
