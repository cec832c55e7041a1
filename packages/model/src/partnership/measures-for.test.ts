import { describe, expect, it } from 'vitest';
import { measureId, metricId, outcomeId } from './ids.js';
import type { Measure } from './measure.js';
import { allMeasures, findMeasure, measuresFor } from './measures-for.js';
import type { Outcome } from './outcome.js';

const measure = (id: string): Measure => ({
  id: measureId(id),
  description: id,
  metricId: metricId(`example.${id}`),
  direction: 'increase',
  source: 'computed',
});
const outcome = (id: string, measures: Measure[]): Outcome => ({
  id: outcomeId(id),
  description: id,
  measures,
});

describe('measuresFor, allMeasures and findMeasure', () => {
  const document = {
    outcomes: [outcome('first', [measure('a'), measure('b')]), outcome('second', [measure('c')])],
  };

  it('give an outcome’s measures', () => {
    expect(measuresFor(outcome('first', [measure('a')])).map((m) => m.id)).toEqual(['a']);
  });

  it('give every measure of every outcome in order', () => {
    expect(allMeasures(document).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('give no measures for a document without outcomes', () => {
    expect(allMeasures({})).toEqual([]);
  });

  it('find a measure by id, or undefined', () => {
    expect(findMeasure(document, measureId('c'))?.metricId).toBe('example.c');
    expect(findMeasure(document, measureId('z'))).toBeUndefined();
  });
});
