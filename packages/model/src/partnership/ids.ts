import * as z from 'zod';
import { InvalidIdError } from './errors.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_FORMAT = 'lowercase letters and numbers in words joined by single hyphens';
const MAX_ID_LENGTH = 100;

/**
 * The pattern every partnership, strategy, plan, pledge, outcome, measure, action, sub-group and
 * meeting id follows: lowercase letters and numbers, in words joined by single hyphens, for
 * example `derby-and-derbyshire` or `pursue-and-prevent`. At most 100 characters.
 *
 * @example
 * ```ts
 * import { ID_PATTERN } from '@antislavery/model';
 *
 * ID_PATTERN.test('cheshire-pledge');
 * //=> true
 * ID_PATTERN.test('Cheshire Pledge');
 * //=> false
 * ```
 */
export const ID_PATTERN: RegExp = SLUG;

function slugId(label: string, example: string) {
  const required = `Enter the ${label} id`;
  return z
    .string({ error: required })
    .min(1, { error: required })
    .max(MAX_ID_LENGTH, { error: `The ${label} id must be ${MAX_ID_LENGTH} characters or fewer` })
    .regex(SLUG, {
      error: `Enter the ${label} id using lowercase letters, numbers and hyphens, like ${example}`,
    });
}

function make<S extends z.ZodType>(schema: S, kind: string, format: string, value: string): z.output<S> {
  // Checked first: zod throws a TypeError of its own for some objects, such as one whose `length` is a symbol.
  if (typeof value !== 'string') throw new InvalidIdError(kind, format);
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidIdError(kind, format);
  return result.data;
}

/**
 * Zod schema for a {@link PartnershipId}.
 *
 * @example
 * ```ts
 * import { partnershipIdSchema } from '@antislavery/model';
 *
 * partnershipIdSchema.safeParse('derby-and-derbyshire').success;
 * //=> true
 * ```
 */
export const partnershipIdSchema = slugId('partnership', 'derby-and-derbyshire').brand<'PartnershipId'>();
/**
 * The id of a partnership, for example `derby-and-derbyshire`.
 *
 * @example
 * ```ts
 * import { partnershipId, type PartnershipId } from '@antislavery/model';
 *
 * const id: PartnershipId = partnershipId('derby-and-derbyshire');
 * ```
 */
export type PartnershipId = z.infer<typeof partnershipIdSchema>;
/**
 * Makes a {@link PartnershipId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { partnershipId } from '@antislavery/model';
 *
 * partnershipId('derby-and-derbyshire');
 * //=> 'derby-and-derbyshire'
 * ```
 */
export function partnershipId(value: string): PartnershipId {
  return make(partnershipIdSchema, 'partnership', SLUG_FORMAT, value);
}

/**
 * Zod schema for a {@link StrategyId}.
 *
 * @example
 * ```ts
 * import { strategyIdSchema } from '@antislavery/model';
 *
 * strategyIdSchema.safeParse('northamptonshire-2018-2020').success;
 * //=> true
 * ```
 */
export const strategyIdSchema = slugId('strategy', 'northamptonshire-2018-2020').brand<'StrategyId'>();
/**
 * The id of a strategy, for example `northamptonshire-2018-2020`.
 *
 * @example
 * ```ts
 * import { strategyId, type StrategyId } from '@antislavery/model';
 *
 * const id: StrategyId = strategyId('northamptonshire-2018-2020');
 * ```
 */
export type StrategyId = z.infer<typeof strategyIdSchema>;
/**
 * Makes a {@link StrategyId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { strategyId } from '@antislavery/model';
 *
 * strategyId('northamptonshire-2018-2020');
 * //=> 'northamptonshire-2018-2020'
 * ```
 */
export function strategyId(value: string): StrategyId {
  return make(strategyIdSchema, 'strategy', SLUG_FORMAT, value);
}

/**
 * Zod schema for an {@link ActionPlanId}.
 *
 * @example
 * ```ts
 * import { actionPlanIdSchema } from '@antislavery/model';
 *
 * actionPlanIdSchema.safeParse('cheshire-joint-plan').success;
 * //=> true
 * ```
 */
export const actionPlanIdSchema = slugId('action plan', 'cheshire-joint-plan').brand<'ActionPlanId'>();
/**
 * The id of an action plan, for example `cheshire-joint-plan`.
 *
 * @example
 * ```ts
 * import { actionPlanId, type ActionPlanId } from '@antislavery/model';
 *
 * const id: ActionPlanId = actionPlanId('cheshire-joint-plan');
 * ```
 */
export type ActionPlanId = z.infer<typeof actionPlanIdSchema>;
/**
 * Makes an {@link ActionPlanId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { actionPlanId } from '@antislavery/model';
 *
 * actionPlanId('cheshire-joint-plan');
 * //=> 'cheshire-joint-plan'
 * ```
 */
export function actionPlanId(value: string): ActionPlanId {
  return make(actionPlanIdSchema, 'action plan', SLUG_FORMAT, value);
}

/**
 * Zod schema for an {@link ActionId}.
 *
 * @example
 * ```ts
 * import { actionIdSchema } from '@antislavery/model';
 *
 * actionIdSchema.safeParse('risk-and-threat-assessment').success;
 * //=> true
 * ```
 */
export const actionIdSchema = slugId('action', 'risk-and-threat-assessment').brand<'ActionId'>();
/**
 * The id of an action in an action plan, for example `risk-and-threat-assessment`.
 *
 * @example
 * ```ts
 * import { actionId, type ActionId } from '@antislavery/model';
 *
 * const id: ActionId = actionId('risk-and-threat-assessment');
 * ```
 */
export type ActionId = z.infer<typeof actionIdSchema>;
/**
 * Makes an {@link ActionId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { actionId } from '@antislavery/model';
 *
 * actionId('risk-and-threat-assessment');
 * //=> 'risk-and-threat-assessment'
 * ```
 */
export function actionId(value: string): ActionId {
  return make(actionIdSchema, 'action', SLUG_FORMAT, value);
}

/**
 * Zod schema for a {@link PledgeId}.
 *
 * @example
 * ```ts
 * import { pledgeIdSchema } from '@antislavery/model';
 *
 * pledgeIdSchema.safeParse('cheshire-pledge').success;
 * //=> true
 * ```
 */
export const pledgeIdSchema = slugId('pledge', 'cheshire-pledge').brand<'PledgeId'>();
/**
 * The id of a pledge, for example `cheshire-pledge`.
 *
 * @example
 * ```ts
 * import { pledgeId, type PledgeId } from '@antislavery/model';
 *
 * const id: PledgeId = pledgeId('cheshire-pledge');
 * ```
 */
export type PledgeId = z.infer<typeof pledgeIdSchema>;
/**
 * Makes a {@link PledgeId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { pledgeId } from '@antislavery/model';
 *
 * pledgeId('cheshire-pledge');
 * //=> 'cheshire-pledge'
 * ```
 */
export function pledgeId(value: string): PledgeId {
  return make(pledgeIdSchema, 'pledge', SLUG_FORMAT, value);
}

/**
 * Zod schema for an {@link OutcomeId}.
 *
 * @example
 * ```ts
 * import { outcomeIdSchema } from '@antislavery/model';
 *
 * outcomeIdSchema.safeParse('increase-identification').success;
 * //=> true
 * ```
 */
export const outcomeIdSchema = slugId('outcome', 'increase-identification').brand<'OutcomeId'>();
/**
 * The id of an outcome, for example `increase-identification`.
 *
 * @example
 * ```ts
 * import { outcomeId, type OutcomeId } from '@antislavery/model';
 *
 * const id: OutcomeId = outcomeId('increase-identification');
 * ```
 */
export type OutcomeId = z.infer<typeof outcomeIdSchema>;
/**
 * Makes an {@link OutcomeId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { outcomeId } from '@antislavery/model';
 *
 * outcomeId('increase-identification');
 * //=> 'increase-identification'
 * ```
 */
export function outcomeId(value: string): OutcomeId {
  return make(outcomeIdSchema, 'outcome', SLUG_FORMAT, value);
}

/**
 * Zod schema for a {@link MeasureId}.
 *
 * @example
 * ```ts
 * import { measureIdSchema } from '@antislavery/model';
 *
 * measureIdSchema.safeParse('nrm-and-dtn-referrals').success;
 * //=> true
 * ```
 */
export const measureIdSchema = slugId('measure', 'nrm-and-dtn-referrals').brand<'MeasureId'>();
/**
 * The id of a measure, for example `nrm-and-dtn-referrals`.
 *
 * @example
 * ```ts
 * import { measureId, type MeasureId } from '@antislavery/model';
 *
 * const id: MeasureId = measureId('nrm-and-dtn-referrals');
 * ```
 */
export type MeasureId = z.infer<typeof measureIdSchema>;
/**
 * Makes a {@link MeasureId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { measureId } from '@antislavery/model';
 *
 * measureId('nrm-and-dtn-referrals');
 * //=> 'nrm-and-dtn-referrals'
 * ```
 */
export function measureId(value: string): MeasureId {
  return make(measureIdSchema, 'measure', SLUG_FORMAT, value);
}

/**
 * Zod schema for a {@link SubGroupId}.
 *
 * @example
 * ```ts
 * import { subGroupIdSchema } from '@antislavery/model';
 *
 * subGroupIdSchema.safeParse('pursue-and-prevent').success;
 * //=> true
 * ```
 */
export const subGroupIdSchema = slugId('sub-group', 'pursue-and-prevent').brand<'SubGroupId'>();
/**
 * The id of a partnership's sub-group, for example `pursue-and-prevent`.
 *
 * @example
 * ```ts
 * import { subGroupId, type SubGroupId } from '@antislavery/model';
 *
 * const id: SubGroupId = subGroupId('pursue-and-prevent');
 * ```
 */
export type SubGroupId = z.infer<typeof subGroupIdSchema>;
/**
 * Makes a {@link SubGroupId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { subGroupId } from '@antislavery/model';
 *
 * subGroupId('pursue-and-prevent');
 * //=> 'pursue-and-prevent'
 * ```
 */
export function subGroupId(value: string): SubGroupId {
  return make(subGroupIdSchema, 'sub-group', SLUG_FORMAT, value);
}

/**
 * Zod schema for a {@link CommunityMeetingId}.
 *
 * @example
 * ```ts
 * import { communityMeetingIdSchema } from '@antislavery/model';
 *
 * communityMeetingIdSchema.safeParse('wolverhampton-pact').success;
 * //=> true
 * ```
 */
export const communityMeetingIdSchema = slugId(
  'community meeting',
  'wolverhampton-pact',
).brand<'CommunityMeetingId'>();
/**
 * The id of a community meeting scheme, for example `wolverhampton-pact`.
 *
 * @example
 * ```ts
 * import { communityMeetingId, type CommunityMeetingId } from '@antislavery/model';
 *
 * const id: CommunityMeetingId = communityMeetingId('wolverhampton-pact');
 * ```
 */
export type CommunityMeetingId = z.infer<typeof communityMeetingIdSchema>;
/**
 * Makes a {@link CommunityMeetingId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link ID_PATTERN} format
 *
 * @example
 * ```ts
 * import { communityMeetingId } from '@antislavery/model';
 *
 * communityMeetingId('wolverhampton-pact');
 * //=> 'wolverhampton-pact'
 * ```
 */
export function communityMeetingId(value: string): CommunityMeetingId {
  return make(communityMeetingIdSchema, 'community meeting', SLUG_FORMAT, value);
}

const METRIC_FORMAT = 'two or more dot-separated lowercase words, like referrals.nrm-and-dtn.count';

/**
 * The form of a metric id: two or more segments separated by dots, each segment lowercase letters
 * and numbers in words joined by single hyphens, starting with a letter. The first segment names
 * the subject area (`referrals`, `outcomes`, `awareness`), the next what is measured, and an
 * optional last one the statistic, for example `referrals.nrm-and-dtn.count`. Metrics themselves
 * are defined by the metrics package; the model only checks the form of the id.
 *
 * @example
 * ```ts
 * import { METRIC_ID_PATTERN } from '@antislavery/model';
 *
 * METRIC_ID_PATTERN.test('referrals.nrm-and-dtn.count');
 * //=> true
 * METRIC_ID_PATTERN.test('referrals');
 * //=> false
 * ```
 */
export const METRIC_ID_PATTERN: RegExp = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/**
 * Zod schema for a {@link MetricId}.
 *
 * @example
 * ```ts
 * import { metricIdSchema } from '@antislavery/model';
 *
 * metricIdSchema.safeParse('referrals.nrm-and-dtn.count').success;
 * //=> true
 * ```
 */
export const metricIdSchema = z
  .string({ error: 'Enter the metric id' })
  .min(1, { error: 'Enter the metric id' })
  .max(MAX_ID_LENGTH, { error: `The metric id must be ${MAX_ID_LENGTH} characters or fewer` })
  .regex(METRIC_ID_PATTERN, {
    error: 'Enter the metric id as dot-separated lowercase words, like referrals.nrm-and-dtn.count',
  })
  .brand<'MetricId'>();
/**
 * The id of the metric that computes a measure, in the {@link METRIC_ID_PATTERN} form, for
 * example `referrals.nrm-and-dtn.count`.
 *
 * @example
 * ```ts
 * import { metricId, type MetricId } from '@antislavery/model';
 *
 * const id: MetricId = metricId('referrals.nrm-and-dtn.count');
 * ```
 */
export type MetricId = z.infer<typeof metricIdSchema>;
/**
 * Makes a {@link MetricId} from a string written in code.
 *
 * @throws {@link InvalidIdError} if the value is not in the {@link METRIC_ID_PATTERN} form
 *
 * @example
 * ```ts
 * import { metricId } from '@antislavery/model';
 *
 * metricId('referrals.nrm-and-dtn.count');
 * //=> 'referrals.nrm-and-dtn.count'
 * ```
 */
export function metricId(value: string): MetricId {
  return make(metricIdSchema, 'metric', METRIC_FORMAT, value);
}
