import type { MetricId } from '@antislavery/model';
import {
  dtnByExploitationType,
  dtnByExploitationTypeAnyMention,
  dtnByFirstResponder,
  dtnByGender,
  dtnByLocation,
  dtnByNationality,
  nrmByCompetentAuthority,
  nrmByExploitationType,
  nrmByExploitationTypeAnyMention,
  nrmByFirstResponder,
  nrmByGender,
  nrmByLocation,
  nrmByNationality,
  referralsByAgeGroup,
} from './breakdown-metrics.js';
import { dtnCount, nrmAndDtnCount, nrmCount } from './count-metrics.js';
import { conclusiveGroundsDecisions, reasonableGroundsDecisions } from './decision-metrics.js';
import {
  actionPlanComplete,
  awarenessLocalReportingAndSurveys,
  awarenessLocalReports,
  firstRespondersTrained,
  trainingSessionsDelivered,
} from './entered-metrics.js';
import type { ComputedMetric, MetricDefinition } from './metric-definition.js';
import { dtnByOrganisation, nrmByOrganisation } from './organisation-metrics.js';
import { outcomesAtCheckpoints } from './outcome-metrics.js';
import { prevalenceByArea } from './prevalence-metrics.js';
import { conclusiveGroundsTimeliness, reasonableGroundsTimeliness } from './timeliness-metrics.js';

/**
 * A metric with its state's type hidden: a calculator's state is used only with that calculator,
 * so the registry's types say nothing of it.
 */
function opaque<S, R>(metric: ComputedMetric<S, R>): ComputedMetric<unknown, R> {
  return metric;
}

/**
 * Every metric the package defines, by id: counts and changes, breakdowns as the national
 * statistics publish them, decisions, timeliness, outcomes at checkpoints, prevalence by area,
 * and the metrics whose figures a partnership enters itself. Each id is the `metricId` a
 * partnership's measure names. docs/metric-definitions.md lists them all.
 *
 * @example
 * ```ts
 * import { METRICS, parsePeriod, runMetric } from '@antislavery/metrics';
 *
 * const q1 = parsePeriod('2025-Q1');
 * q1.ok && runMetric(METRICS['referrals.nrm.count'], [], { period: q1.value }).count;
 * //=> 0
 * METRICS['outcomes.victims.at-45-days-and-beyond'].unit;
 * //=> 'percent'
 * ```
 */
export const METRICS = {
  'referrals.nrm-and-dtn.count': opaque(nrmAndDtnCount),
  'referrals.nrm.count': opaque(nrmCount),
  'referrals.dtn.count': opaque(dtnCount),
  'referrals.by-age-group': opaque(referralsByAgeGroup),
  'referrals.nrm.by-gender': opaque(nrmByGender),
  'referrals.nrm.by-nationality': opaque(nrmByNationality),
  'referrals.nrm.by-exploitation-type': opaque(nrmByExploitationType),
  'referrals.nrm.by-exploitation-type-any-mention': opaque(nrmByExploitationTypeAnyMention),
  'referrals.nrm.by-exploitation-location': opaque(nrmByLocation),
  'referrals.nrm.by-first-responder-type': opaque(nrmByFirstResponder),
  'referrals.nrm.by-first-responder-organisation': opaque(nrmByOrganisation),
  'referrals.nrm.by-competent-authority': opaque(nrmByCompetentAuthority),
  'referrals.dtn.by-gender': opaque(dtnByGender),
  'referrals.dtn.by-nationality': opaque(dtnByNationality),
  'referrals.dtn.by-exploitation-type': opaque(dtnByExploitationType),
  'referrals.dtn.by-exploitation-type-any-mention': opaque(dtnByExploitationTypeAnyMention),
  'referrals.dtn.by-exploitation-location': opaque(dtnByLocation),
  'referrals.dtn.by-first-responder-type': opaque(dtnByFirstResponder),
  'referrals.dtn.by-first-responder-organisation': opaque(dtnByOrganisation),
  'decisions.reasonable-grounds.by-outcome': opaque(reasonableGroundsDecisions),
  'decisions.conclusive-grounds.by-outcome': opaque(conclusiveGroundsDecisions),
  'timeliness.reasonable-grounds.working-days': opaque(reasonableGroundsTimeliness),
  'timeliness.conclusive-grounds.days': opaque(conclusiveGroundsTimeliness),
  'outcomes.victims.at-45-days-and-beyond': opaque(outcomesAtCheckpoints),
  'prevalence.by-area': opaque(prevalenceByArea),
  'awareness.local-reporting-and-surveys': awarenessLocalReportingAndSurveys,
  'awareness.local-reports.count': awarenessLocalReports,
  'training.first-responders.count': firstRespondersTrained,
  'training.sessions.count': trainingSessionsDelivered,
  'action-plan.complete.percent': actionPlanComplete,
} as const satisfies Readonly<Record<string, MetricDefinition>>;

/**
 * The id of a metric the package defines.
 *
 * @example
 * ```ts
 * import type { KnownMetricId } from '@antislavery/metrics';
 *
 * const id: KnownMetricId = 'referrals.nrm-and-dtn.count';
 * ```
 */
export type KnownMetricId = keyof typeof METRICS;

/**
 * The ids of every metric the package defines, in the order of {@link METRICS}.
 *
 * @example
 * ```ts
 * import { METRIC_IDS } from '@antislavery/metrics';
 *
 * METRIC_IDS.includes('awareness.local-reporting-and-surveys');
 * //=> true
 * ```
 */
export const METRIC_IDS = Object.keys(METRICS) as readonly KnownMetricId[];

/**
 * The metric with an id, or `undefined` if the package defines none. For a measure's `metricId`,
 * which may name a metric this package does not know.
 *
 * @example
 * ```ts
 * import { findMetric } from '@antislavery/metrics';
 *
 * findMetric('referrals.nrm-and-dtn.count')?.title;
 * //=> 'NRM referrals and Duty to Notify reports'
 * findMetric('referrals.unknown');
 * //=> undefined
 * ```
 */
export function findMetric(id: MetricId | string): MetricDefinition | undefined {
  return Object.hasOwn(METRICS, id) ? METRICS[id as KnownMetricId] : undefined;
}
