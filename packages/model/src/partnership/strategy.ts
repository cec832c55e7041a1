import type { z } from 'zod';
import { jurisdictionSchema } from '../vocabulary/index.js';
import { cadenceSchema } from './cadence.js';
import {
  issueCode,
  list,
  pillar,
  reportOutcomeRepeats,
  reportRepeats,
  strictObject,
  text,
  textList,
} from './fields.js';
import { strategyIdSchema } from './ids.js';
import { memberSchema } from './member.js';
import { outcomeSchema } from './outcome.js';
import { periodSchema } from './period.js';
import { referenceSchema } from './reference.js';

/**
 * Zod schema for an {@link Objective}.
 *
 * @example
 * ```ts
 * import { objectiveSchema } from '@antislavery/model';
 *
 * objectiveSchema.safeParse({ pillar: 'prepare', heading: 'Prepare', actions: [] }).error?.issues[0]?.message;
 * //=> 'Enter at least one action for the P'
 * ```
 */
export const objectiveSchema = strictObject(
  {
    /** The P this objective is for. */
    pillar: pillar(),
    /** The strategy's heading for the P, for example "Prevention". */
    heading: text('the heading for the P'),
    /** The line under the heading, for example "Preventing people from engaging in Modern Slavery". */
    summary: text('the summary of the P').optional(),
    /** The paragraph before the actions. */
    introduction: text('the introduction to the P').optional(),
    /** What the strategy will do under this P ("We will: ..."). */
    actions: textList('Enter at least one action for the P', 'Enter the action'),
  },
  'Enter the objective for the P',
);

/**
 * A strategy's objective for one of the four Ps: its heading and the "we will" actions.
 *
 * @example
 * ```ts
 * import type { Objective } from '@antislavery/model';
 *
 * const prepare: Objective = {
 *   pillar: 'prepare',
 *   heading: 'Prepare',
 *   actions: ['Provide a framework enabling access to specialist advice'],
 * };
 * ```
 */
export type Objective = z.infer<typeof objectiveSchema>;

/**
 * Zod schema for a {@link Strategy}. Each P may have at most one objective.
 *
 * @example
 * ```ts
 * import { strategySchema } from '@antislavery/model';
 * import { northamptonshireStrategy } from '@antislavery/model/examples';
 *
 * strategySchema.safeParse(northamptonshireStrategy).success;
 * //=> true
 * ```
 */
export const strategySchema = strictObject(
  {
    /** The strategy's id. */
    id: strategyIdSchema,
    /** Its title. */
    title: text('the title of the strategy'),
    /** The area it covers. */
    area: text('the area the strategy covers'),
    /** The UK jurisdiction of the area. */
    jurisdiction: jurisdictionSchema.optional(),
    /** The years or dates it runs for. */
    period: periodSchema,
    /** Who owns and delivers it, for example a working group. */
    owner: text('who owns the strategy'),
    /** The strategy it replaces. */
    replaces: strictObject(
      {
        /** The title of the previous strategy. */
        title: text('the title of the strategy it replaces'),
        /** The period of the previous strategy. */
        period: periodSchema.optional(),
      },
      'Enter the strategy it replaces',
    ).optional(),
    /** What the strategy seeks, in one sentence. */
    purpose: text('the purpose of the strategy').optional(),
    /** The paragraphs of its introduction. */
    introduction: textList('Enter the introduction', 'Enter the paragraph').optional(),
    /** Context it sets out, for example national estimates. */
    context: textList('Enter the context', 'Enter the paragraph').optional(),
    /** The vision statements. */
    vision: textList('Enter at least one vision statement', 'Enter the vision statement'),
    /** The aims. */
    aims: textList('Enter at least one aim', 'Enter the aim'),
    /** The objectives for the four Ps, in the document's order. */
    objectives: list(objectiveSchema, 'Enter the objectives for the four Ps'),
    /** How the strategy is governed and who is accountable. */
    governance: textList('Enter the governance and accountability', 'Enter the paragraph'),
    /** How the partners work together. */
    partnershipApproach: strictObject(
      {
        /** The sentence introducing who agencies work with. */
        introduction: text('the introduction to the partnership approach').optional(),
        /** Who agencies work in partnership with, and why. */
        workWith: textList('Enter who agencies work with', 'Enter who agencies work with').optional(),
        /** Further statements of the approach. */
        statements: textList('Enter the partnership approach', 'Enter the statement').optional(),
      },
      'Enter the partnership approach',
    ).superRefine((approach, ctx) => {
      if (!approach.introduction && !approach.workWith && !approach.statements) {
        ctx.addIssue({ code: 'custom', message: 'Enter the partnership approach', ...issueCode('required') });
      }
    }),
    /** How the strategy is monitored and reviewed. */
    monitoring: strictObject(
      {
        /** Who oversees the strategy's implementation. */
        overseenBy: text('who oversees the strategy').optional(),
        /** How often the strategy is reviewed. */
        reviewCycle: cadenceSchema,
        /** The document's words on monitoring and review. */
        statements: textList('Enter the monitoring and review', 'Enter the statement').optional(),
      },
      'Enter how the strategy is monitored and reviewed',
    ),
    /** Outcomes the strategy seeks, with their measures. */
    outcomes: list(outcomeSchema, 'Enter at least one outcome').optional(),
    /** Reports and guidance it cites. */
    references: list(referenceSchema, 'Enter at least one reference').optional(),
    /** The partner organisations named on the document. */
    partners: list(memberSchema, 'Enter at least one partner organisation').optional(),
  },
  'Enter the strategy',
).superRefine((strategy, ctx) => {
  reportRepeats(
    ctx,
    strategy.objectives,
    (objective) => objective.pillar,
    { path: ['objectives'], field: 'pillar' },
    'Give each P only one objective',
  );
  reportOutcomeRepeats(ctx, strategy.outcomes, ['outcomes']);
});

/**
 * A strategy for a period, owned by a group, with its vision, aims, an objective for each of the
 * four Ps, governance, partnership approach and how it is monitored and reviewed.
 *
 * @example
 * ```ts
 * import type { Strategy } from '@antislavery/model';
 * import { northamptonshireStrategy } from '@antislavery/model/examples';
 *
 * const strategy: Strategy = northamptonshireStrategy;
 * ```
 */
export type Strategy = z.infer<typeof strategySchema>;
