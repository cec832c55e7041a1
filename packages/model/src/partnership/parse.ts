import { type ActionPlan, actionPlanSchema } from './action-plan.js';
import { type AnnualReport, annualReportSchema } from './annual-report.js';
import { type CommunityMeeting, communityMeetingSchema } from './community-meeting.js';
import type { ParseResult } from './issues.js';
import { parseWith } from './parse-with.js';
import { type Partnership, partnershipSchema } from './partnership.js';
import { type Pledge, pledgeSchema } from './pledge.js';
import { type Strategy, strategySchema } from './strategy.js';

/**
 * Checks outside input (parsed JSON, a form submission) against {@link partnershipSchema}.
 * Never throws, whatever the input.
 *
 * @returns the typed partnership, or the issues with their paths, codes such as
 * `model.partnership.name.required`, and plain-English messages
 *
 * @example
 * ```ts
 * import { parsePartnership } from '@antislavery/model';
 *
 * const result = parsePartnership({ id: 'example', name: ' ', area: 'Example', jurisdiction: 'england' });
 * result.ok ? [] : result.issues.map((issue) => issue.code);
 * //=> ['model.partnership.name.required']
 * ```
 */
export function parsePartnership(input: unknown): ParseResult<Partnership> {
  return parseWith(partnershipSchema, 'partnership', 'partnership', input);
}

/**
 * Checks outside input against {@link strategySchema}. Never throws, whatever the input.
 *
 * @returns the typed strategy, or the issues, with codes such as `model.strategy.period.to.before-start`
 *
 * @example
 * ```ts
 * import { parseStrategy } from '@antislavery/model';
 * import { northamptonshireStrategy } from '@antislavery/model/examples';
 *
 * parseStrategy(northamptonshireStrategy).ok;
 * //=> true
 * ```
 */
export function parseStrategy(input: unknown): ParseResult<Strategy> {
  return parseWith(strategySchema, 'strategy', 'strategy', input);
}

/**
 * Checks outside input against {@link pledgeSchema}. Never throws, whatever the input.
 *
 * @returns the typed pledge, or the issues, with codes such as
 * `model.pledge.outcomes.measures.direction.invalid-option`
 *
 * @example
 * ```ts
 * import { parsePledge } from '@antislavery/model';
 *
 * parsePledge(null).ok;
 * //=> false
 * ```
 */
export function parsePledge(input: unknown): ParseResult<Pledge> {
  return parseWith(pledgeSchema, 'pledge', 'pledge', input);
}

/**
 * Checks outside input against {@link actionPlanSchema}. Never throws, whatever the input.
 *
 * @returns the typed plan, or the issues, with codes such as `model.action-plan.items.status.invalid-option`
 *
 * @example
 * ```ts
 * import { parseActionPlan } from '@antislavery/model';
 * import { cheshireJointActionPlan } from '@antislavery/model/examples';
 *
 * parseActionPlan(cheshireJointActionPlan).ok;
 * //=> true
 * ```
 */
export function parseActionPlan(input: unknown): ParseResult<ActionPlan> {
  return parseWith(actionPlanSchema, 'action-plan', 'action plan', input);
}

/**
 * Checks outside input against {@link communityMeetingSchema}. Never throws, whatever the input.
 *
 * @returns the typed community meetings, or the issues, with codes such as
 * `model.community-meeting.priorities-set.set-on.invalid`
 *
 * @example
 * ```ts
 * import { parseCommunityMeeting } from '@antislavery/model';
 * import { wolverhamptonPactMeetings } from '@antislavery/model/examples';
 *
 * parseCommunityMeeting(wolverhamptonPactMeetings).ok;
 * //=> true
 * ```
 */
export function parseCommunityMeeting(input: unknown): ParseResult<CommunityMeeting> {
  return parseWith(communityMeetingSchema, 'community-meeting', 'community meeting', input);
}

/**
 * Checks outside input against {@link annualReportSchema}. Never throws, whatever the input.
 *
 * @returns the typed report, or the issues, with codes such as `model.annual-report.period.from.invalid`
 *
 * @example
 * ```ts
 * import { parseAnnualReport } from '@antislavery/model';
 *
 * const result = parseAnnualReport({
 *   period: { from: '2016', to: '2017' },
 *   achievements: [{ items: ['Forum established'] }],
 * });
 * result.ok;
 * //=> true
 * ```
 */
export function parseAnnualReport(input: unknown): ParseResult<AnnualReport> {
  return parseWith(annualReportSchema, 'annual-report', 'annual report', input);
}
