import { allMeasures, METRIC_ID_PATTERN, metricIdSchema } from '@antislavery/model';
import { cheshirePledge } from '@antislavery/model/examples';
import { caseRecordSchema } from '@antislavery/referrals';
import { describe, expect, it } from 'vitest';
import { findMetric, METRIC_IDS, METRICS } from './registry.js';

const PARAMETERS = [
  'trendLength',
  'division',
  'calendar',
  'rgTargetWorkingDays',
  'checkpoints',
  'asOf',
  'populations',
  'topNationalities',
  'otherAs',
];

describe('the metric registry', () => {
  it('keys every metric by its own id, a valid metric id, each once', () => {
    for (const [key, metric] of Object.entries(METRICS)) {
      expect(metric.id).toBe(key);
      expect(METRIC_ID_PATTERN.test(key)).toBe(true);
      expect(metricIdSchema.safeParse(key).success).toBe(true);
    }
    expect(new Set(METRIC_IDS).size).toBe(METRIC_IDS.length);
    expect(METRIC_IDS).toEqual(Object.keys(METRICS));
  });

  it('defines a metric for every measure of the Cheshire pledge', () => {
    for (const measure of allMeasures(cheshirePledge)) {
      const metric = findMetric(measure.metricId);
      expect(metric?.id).toBe(measure.metricId);
      expect(metric?.source).toBe(measure.source);
    }
  });

  it('gives every metric a title, a description and a unit, and every computed one its fields and parameters', () => {
    const fields = Object.keys(caseRecordSchema.shape);
    for (const metric of Object.values(METRICS)) {
      expect(metric.title.length).toBeGreaterThan(5);
      expect(metric.description.length).toBeGreaterThan(40);
      if (metric.source !== 'computed') continue;
      expect(metric.fields.length).toBeGreaterThan(0);
      for (const field of metric.fields) expect(fields).toContain(field);
      for (const parameter of metric.parameters) expect(PARAMETERS).toContain(parameter);
      expect(metric.headlineDescription.length).toBeGreaterThan(10);
    }
  });

  it('finds a metric by id and nothing for an id it does not define', () => {
    expect(findMetric('referrals.dtn.count')?.title).toBe('Duty to Notify reports');
    expect(findMetric('referrals.unknown')).toBeUndefined();
    expect(findMetric('toString')).toBeUndefined();
    expect(findMetric('__proto__')).toBeUndefined();
  });
});
