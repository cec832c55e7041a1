import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { histogramPercentile, nearestRankPercentile } from './nearest-rank-percentile.js';

describe('nearestRankPercentile', () => {
  it('takes the value at rank ceil(p / 100 * n), counting from 1', () => {
    // Sorted: 1 2 3 3 4 5 8 13 15 40. Ranks: p50 -> 5th = 4, p90 -> 9th = 15, p95 -> 10th = 40,
    // p10 -> 1st = 1, p11 -> ceil(1.1) = 2nd = 2.
    const values = [13, 3, 40, 1, 5, 3, 8, 2, 15, 4];
    expect(nearestRankPercentile(values, 50)).toBe(4);
    expect(nearestRankPercentile(values, 90)).toBe(15);
    expect(nearestRankPercentile(values, 95)).toBe(40);
    expect(nearestRankPercentile(values, 10)).toBe(1);
    expect(nearestRankPercentile(values, 11)).toBe(2);
    expect(nearestRankPercentile(values, 100)).toBe(40);
    expect(nearestRankPercentile(values, 0)).toBe(1);
  });

  it('gives the lower middle value as the median of an even number of values', () => {
    expect(nearestRankPercentile([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRankPercentile([7], 50)).toBe(7);
  });

  it('leaves its argument unsorted and gives undefined for no values', () => {
    const values = [3, 1, 2];
    nearestRankPercentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
    expect(nearestRankPercentile([], 90)).toBeUndefined();
  });

  it('rejects a percentile outside 0 to 100', () => {
    for (const p of [-1, 101, Number.NaN]) {
      expect(() => nearestRankPercentile([1], p)).toThrow(InvalidMetricsArgumentError);
    }
  });

  it('gives the same as the histogram the metrics keep', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p) => {
          const bins = new Array<number>(61).fill(0);
          for (const v of values) bins[v] = (bins[v] as number) + 1;
          expect(histogramPercentile(bins, values.length, p)).toBe(nearestRankPercentile(values, p));
        },
      ),
    );
  });
});
