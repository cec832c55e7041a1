import { type Measure, measureId, metricId } from '@antislavery/model';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { period } from '../test-support/records.js';
import { evaluateMeasure, MEASURE_STATUS_LABELS, MEASURE_STATUSES } from './evaluate-measure.js';

const measure = (changes: Partial<Measure> = {}): Measure => ({
  id: measureId('referrals'),
  description: 'Increase referrals',
  metricId: metricId('referrals.nrm-and-dtn.count'),
  direction: 'increase',
  source: 'computed',
  ...changes,
});
const baseline = { value: 100, period: { from: '2023', to: '2023' } };
const target = { value: 140, period: { from: '2025', to: '2025' } };
const Y2024 = period('2024');

describe('evaluateMeasure', () => {
  it('has no data without a figure, or with one too small to publish', () => {
    expect(evaluateMeasure(measure(), { period: Y2024, actual: undefined, previous: 3 })).toMatchObject({
      status: 'no-data',
      suppressed: false,
      reason: 'There is no figure for 2024.',
      changeOnPrevious: undefined,
    });
    expect(
      evaluateMeasure(measure(), { period: Y2024, actual: undefined, previous: 3, suppressed: true }),
    ).toMatchObject({
      status: 'no-data',
      suppressed: true,
      reason: 'The figure for 2024 is too small to publish.',
    });
    expect(
      evaluateMeasure(measure(), {
        period: Y2024,
        actual: undefined,
        previous: undefined,
        missingReason: 'Nothing.',
      }).reason,
    ).toBe('Nothing.');
  });

  it('expects a straight line from the baseline to the target, and judges the figure against it', () => {
    // From the end of 2023 to the end of 2025 is 731 days; the end of 2024 is 366 days in, so
    // 100 + 40 * 366 / 731 = 120.03 is expected.
    const expected = 100 + (40 * 366) / 731;
    const short = evaluateMeasure(measure({ baseline, target }), {
      period: Y2024,
      actual: 118,
      previous: 100,
    });
    expect(short.expected).toBeCloseTo(expected, 10);
    expect(short.status).toBe('off-track');
    expect(short.reason).toBe(
      '118 in 2024 against 120, the value expected by now on the way from 100 to the target of 140.',
    );
    expect(short.changeFromBaseline).toEqual({ from: 100, to: 118, absolute: 18, percent: 18 });
    expect(short.changeOnPrevious).toEqual({ from: 100, to: 118, absolute: 18, percent: 18 });
    expect(
      evaluateMeasure(measure({ baseline, target }), { period: Y2024, actual: 121, previous: undefined })
        .status,
    ).toBe('on-track');
  });

  it('expects the target itself once its period has ended, and the baseline before the line starts', () => {
    const late = evaluateMeasure(measure({ baseline, target }), {
      period: period('2026'),
      actual: 139,
      previous: undefined,
    });
    expect(late).toMatchObject({ expected: 140, status: 'off-track' });
    expect(late.reason).toBe('139 in 2026 against the target of 140.');
    const early = evaluateMeasure(measure({ baseline, target }), {
      period: period('2023-Q2'),
      actual: 100,
      previous: undefined,
    });
    expect(early).toMatchObject({ expected: 100, status: 'on-track' });
  });

  it('judges a decrease and a target without a baseline', () => {
    const fewer = measure({
      direction: 'decrease',
      target: { value: 10, period: { from: '2024', to: '2024' } },
    });
    expect(evaluateMeasure(fewer, { period: Y2024, actual: 10, previous: undefined }).status).toBe(
      'on-track',
    );
    expect(evaluateMeasure(fewer, { period: Y2024, actual: 11, previous: undefined }).status).toBe(
      'off-track',
    );
  });

  it('keeps a measure to maintain on track within 5% of its target, or the tolerance given', () => {
    const steady = measure({
      direction: 'maintain',
      baseline,
      target: { value: 100, period: { from: '2025', to: '2025' } },
    });
    expect(evaluateMeasure(steady, { period: Y2024, actual: 95, previous: undefined })).toMatchObject({
      status: 'on-track',
      expected: 100,
    });
    expect(evaluateMeasure(steady, { period: Y2024, actual: 94, previous: undefined }).status).toBe(
      'off-track',
    );
    expect(
      evaluateMeasure(steady, { period: Y2024, actual: 91, previous: undefined }, { maintainTolerance: 0.1 })
        .status,
    ).toBe('on-track');
  });

  it('wants a move beyond the baseline when there is no target', () => {
    expect(
      evaluateMeasure(measure({ baseline }), { period: Y2024, actual: 101, previous: undefined }),
    ).toMatchObject({
      status: 'on-track',
      reason: '101 in 2024 against the baseline of 100; the measure should rise.',
    });
    expect(
      evaluateMeasure(measure({ baseline }), { period: Y2024, actual: 100, previous: undefined }).status,
    ).toBe('off-track');
    const down = measure({ baseline, direction: 'decrease' });
    expect(evaluateMeasure(down, { period: Y2024, actual: 99, previous: undefined }).status).toBe('on-track');
    expect(evaluateMeasure(down, { period: Y2024, actual: 100, previous: undefined }).status).toBe(
      'off-track',
    );
    const level = measure({ baseline, direction: 'maintain' });
    expect(evaluateMeasure(level, { period: Y2024, actual: 104, previous: undefined }).reason).toBe(
      '104 in 2024 against the baseline of 100; the measure should stay level.',
    );
  });

  it('compares with the period before when there is neither baseline nor target', () => {
    expect(evaluateMeasure(measure(), { period: Y2024, actual: 12, previous: 10 })).toMatchObject({
      status: 'on-track',
      reason: '12 in 2024 against 10 in the period before; the measure should rise.',
    });
    expect(
      evaluateMeasure(measure({ direction: 'decrease' }), { period: Y2024, actual: 12, previous: 10 }).status,
    ).toBe('off-track');
  });

  it('has no data when there is nothing to compare with', () => {
    expect(evaluateMeasure(measure(), { period: Y2024, actual: 12.25, previous: undefined })).toMatchObject({
      status: 'no-data',
      reason:
        '12.3 in 2024, but there is no baseline, target or figure for the period before to compare it with.',
    });
  });

  it('rejects a tolerance or period it cannot use', () => {
    expect(() =>
      evaluateMeasure(measure(), { period: Y2024, actual: 1, previous: 1 }, { maintainTolerance: -1 }),
    ).toThrow(InvalidMetricsArgumentError);
    expect(() => evaluateMeasure(measure(), { period: {} as never, actual: 1, previous: 1 })).toThrow(
      InvalidMetricsArgumentError,
    );
  });

  it('labels its statuses', () => {
    expect(MEASURE_STATUSES.map((status) => MEASURE_STATUS_LABELS[status])).toEqual([
      'On track',
      'Off track',
      'No data',
    ]);
  });
});
