import { describe, expect, it } from 'vitest';
import {
  MEASURE_DIRECTION_LABELS,
  MEASURE_DIRECTIONS,
  MEASURE_SOURCE_LABELS,
  MEASURE_SOURCES,
  measureSchema,
  measureValueSchema,
  REPORTING_PERIOD_LABELS,
  REPORTING_PERIODS,
} from './measure.js';
import { outcomeSchema } from './outcome.js';

const referrals = {
  id: 'nrm-and-dtn-referrals',
  description: 'Increase referrals to NRM and Duty to Notify referrals to the Home Office',
  metricId: 'referrals.nrm-and-dtn.count',
  direction: 'increase',
  source: 'computed',
};

describe('measure vocabularies', () => {
  it('label every direction, source and reporting period', () => {
    expect(Object.keys(MEASURE_DIRECTION_LABELS)).toEqual([...MEASURE_DIRECTIONS]);
    expect(Object.keys(MEASURE_SOURCE_LABELS)).toEqual([...MEASURE_SOURCES]);
    expect(Object.keys(REPORTING_PERIOD_LABELS)).toEqual([...REPORTING_PERIODS]);
  });
});

describe('measures', () => {
  it('accept a measure with a baseline, a target and a reporting period', () => {
    const measure = {
      ...referrals,
      baseline: { value: 12, period: { from: '2017', to: '2017' } },
      target: { value: 20, period: { from: '2019-04-01', to: '2020-03-31' } },
      reportingPeriod: 'quarter',
    };
    expect(measureSchema.parse(measure)).toEqual(measure);
  });

  it('reject an unknown direction or source with a message naming the choices', () => {
    const direction = measureSchema.safeParse({ ...referrals, direction: 'up' }).error?.issues[0];
    expect(direction?.path).toEqual(['direction']);
    expect(direction?.message).toBe('Select whether the measure should increase, decrease or be maintained');
    const source = measureSchema.safeParse({ ...referrals, source: 'survey' }).error?.issues[0];
    expect(source?.path).toEqual(['source']);
    expect(source?.message).toBe(
      'Select whether the measure is computed from records or entered by the partnership',
    );
  });

  it('need a metric id in the dotted form', () => {
    const issue = measureSchema.safeParse({ ...referrals, metricId: 'NRM referrals' }).error?.issues[0];
    expect(issue?.path).toEqual(['metricId']);
  });

  it('ask for a baseline or target value as a number, with a period', () => {
    expect(
      measureSchema.safeParse({ ...referrals, target: { value: '20', period: { from: '2019', to: '2019' } } })
        .error?.issues[0]?.message,
    ).toBe('Enter the target as a number');
    expect(measureSchema.safeParse({ ...referrals, baseline: { value: 12 } }).error?.issues[0]?.path).toEqual(
      ['baseline', 'period'],
    );
    expect(
      measureValueSchema.safeParse({ value: Number.NaN, period: { from: '2019', to: '2019' } }).error
        ?.issues[0]?.message,
    ).toBe('Enter the value as a number');
  });

  it('reject a reporting period that is not listed', () => {
    expect(measureSchema.safeParse({ ...referrals, reportingPeriod: 'week' }).error?.issues[0]?.message).toBe(
      'Select the reporting period: month, quarter, calendar year or financial year',
    );
  });
});

describe('outcomes', () => {
  it('need at least one measure', () => {
    const issue = outcomeSchema.safeParse({
      id: 'raise-awareness',
      description: 'Raise awareness',
      measures: [],
    }).error?.issues[0];
    expect(issue?.path).toEqual(['measures']);
    expect(issue?.message).toBe('Enter at least one measure for the outcome');
  });

  it('report a bad measure at its full path', () => {
    const issue = outcomeSchema.safeParse({
      id: 'raise-awareness',
      description: 'Raise awareness',
      measures: [referrals, { ...referrals, id: 'second', description: '' }],
    }).error?.issues[0];
    expect(issue?.path).toEqual(['measures', 1, 'description']);
    expect(issue?.message).toBe('Enter a description of the measure');
  });
});
