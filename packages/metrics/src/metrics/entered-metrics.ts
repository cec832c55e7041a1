import { metricId } from '@antislavery/model';
import type { EnteredMetric } from './metric-definition.js';

export const awarenessLocalReportingAndSurveys: EnteredMetric = {
  id: metricId('awareness.local-reporting-and-surveys'),
  title: 'Awareness reported in surveys',
  description:
    'A figure the partnership enters for each period from its own awareness survey: the percentage of people surveyed who know the signs of modern slavery and how to report them. The awareness measure of the Cheshire pledge ("increased reporting locally and awareness reported in surveys"); local reports are entered under `awareness.local-reports.count`.',
  source: 'entered',
  unit: 'percent',
};

export const awarenessLocalReports: EnteredMetric = {
  id: metricId('awareness.local-reports.count'),
  title: 'Reports of modern slavery made locally',
  description:
    'Reports of suspected modern slavery made locally (to the council, the police, the partnership or a local helpline) that the partnership records in the period, whether or not they led to an NRM referral or a Duty to Notify report.',
  source: 'entered',
  unit: 'count',
};

export const firstRespondersTrained: EnteredMetric = {
  id: metricId('training.first-responders.count'),
  title: 'First responders trained',
  description:
    'Staff of first responder organisations trained in the period to identify and refer potential victims, as the partnership records it (Derby and Derbyshire: "training delivered to first responders").',
  source: 'entered',
  unit: 'count',
};

export const trainingSessionsDelivered: EnteredMetric = {
  id: metricId('training.sessions.count'),
  title: 'Training and awareness sessions delivered',
  description:
    'Training and awareness sessions the partnership and its members delivered in the period, to staff, businesses or the public.',
  source: 'entered',
  unit: 'count',
};

export const actionPlanComplete: EnteredMetric = {
  id: metricId('action-plan.complete.percent'),
  title: 'Action plan actions complete',
  description:
    "The percentage of the action plan's actions complete at the end of the period, as the partnership reports it; `actionPlanProgress` of `@antislavery/model` counts them from an action plan.",
  source: 'entered',
  unit: 'percent',
};
