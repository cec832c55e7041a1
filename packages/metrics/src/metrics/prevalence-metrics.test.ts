import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { caseRecord, many, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';

const metric = METRICS['prevalence.by-area'];
const Q1 = period('2025-Q1');
const records = [
  ...many(3, { localAuthorityArea: 'Derby City Council' }),
  caseRecord({ kind: 'notification', localAuthorityArea: 'Derby City Council' }),
  ...many(2, { localAuthorityArea: 'Derbyshire County Council' }),
  ...many(5, { localAuthorityArea: 'Cheshire East Council' }),
  caseRecord({ localAuthorityArea: 'Kent County Council' }),
  ...many(2, { localAuthorityArea: 'Leeds City Council' }),
  caseRecord({}),
  caseRecord({ kind: 'notification' }),
  caseRecord({ localAuthorityArea: 'Derby City Council', referralDate: '2024-12-31' }),
];
const populations = {
  'Derby City Council': 260_000,
  'Derbyshire County Council': 800_000,
  'Cheshire East Council': 400_000,
  'Cheshire West and Chester Council': 400_000,
  'Kent County Council': 80_000,
};

describe('prevalence.by-area', () => {
  it('ranks areas by rate per 100,000, ties sharing a rank, areas without a population last', () => {
    const result = runMetric(metric, records, { period: Q1, populations });
    // Rates: Derby 4 / 260,000 = 1.538; Cheshire East 5 / 400,000 = 1.25; Kent 1 / 80,000 = 1.25;
    // Derbyshire 2 / 800,000 = 0.25; Cheshire West 0.
    expect(result.areas.map((a) => [a.area, a.count, a.rank])).toEqual([
      ['Derby City Council', 4, 1],
      ['Cheshire East Council', 5, 2],
      ['Kent County Council', 1, 2],
      ['Derbyshire County Council', 2, 4],
      ['Cheshire West and Chester Council', 0, 5],
      ['Leeds City Council', 2, undefined],
    ]);
    expect(result.areas[0]?.ratePer100000).toBeCloseTo((4 / 260_000) * 100_000, 10);
    expect(result.areas[0]).toMatchObject({ nrm: 3, dtn: 1, population: 260_000 });
    expect(result.areas[5]?.ratePer100000).toBeUndefined();
    expect(result.notRecorded).toEqual({ nrm: 1, dtn: 1 });
    // 12 records in areas with a population, of 1,940,000 people.
    expect(result.overallRatePer100000).toBeCloseTo((12 / 1_940_000) * 100_000, 10);
    expect(metric.headline(result)).toBeCloseTo(0.6186, 4);
    expect(metric.disclosureCounts(result)).toEqual([12]);
  });

  it('lays the counts out by area and kind, with records without an area as Not recorded', () => {
    const { table } = runMetric(metric, records, { period: Q1, populations });
    expect(table.rows.at(-1)?.label).toBe('Not recorded');
    expect(table.cells[0]).toEqual([3, 1]);
    expect(table.cells.at(-1)).toEqual([1, 1]);
    expect(table.columnTotals).toEqual([14, 2]);
    expect(table.grandTotal).toBe(16);
  });

  it('lists areas by count without populations, with no overall rate', () => {
    const result = runMetric(metric, records, { period: Q1 });
    expect(result.areas.map((a) => a.area)).toEqual([
      'Cheshire East Council',
      'Derby City Council',
      'Derbyshire County Council',
      'Leeds City Council',
      'Kent County Council',
    ]);
    expect(result.overallRatePer100000).toBeUndefined();
  });

  it('rejects populations that are not numbers above 0', () => {
    for (const populations of [
      { Derby: 0 },
      { Derby: -5 },
      { Derby: Number.NaN },
      { Derby: '100' },
      'Derby',
    ]) {
      expect(() => runMetric(metric, [], { period: Q1, populations: populations as never })).toThrow(
        InvalidMetricsArgumentError,
      );
    }
  });
});
