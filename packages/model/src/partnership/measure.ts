import * as z from 'zod';
import { strictObject, text } from './fields.js';
import { measureIdSchema, metricIdSchema } from './ids.js';
import { periodSchema } from './period.js';

/**
 * Which way a measure should move for its outcome to be met.
 *
 * @example
 * ```ts
 * import { MEASURE_DIRECTIONS } from '@antislavery/model';
 *
 * MEASURE_DIRECTIONS;
 * //=> ['increase', 'decrease', 'maintain']
 * ```
 */
export const MEASURE_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;

/**
 * One of the {@link MEASURE_DIRECTIONS}.
 *
 * @example
 * ```ts
 * import type { MeasureDirection } from '@antislavery/model';
 *
 * const referrals: MeasureDirection = 'increase';
 * ```
 */
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

/**
 * Zod schema accepting exactly one of the {@link MEASURE_DIRECTIONS}.
 *
 * @example
 * ```ts
 * import { measureDirectionSchema } from '@antislavery/model';
 *
 * measureDirectionSchema.safeParse('maintain').success;
 * //=> true
 * ```
 */
export const measureDirectionSchema = z.enum(MEASURE_DIRECTIONS, {
  error: 'Select whether the measure should increase, decrease or be maintained',
});

/**
 * Display labels for the {@link MEASURE_DIRECTIONS}.
 *
 * @example
 * ```ts
 * import { MEASURE_DIRECTION_LABELS } from '@antislavery/model';
 *
 * MEASURE_DIRECTION_LABELS.maintain;
 * //=> 'Maintain'
 * ```
 */
export const MEASURE_DIRECTION_LABELS: Readonly<Record<MeasureDirection, string>> = {
  increase: 'Increase',
  decrease: 'Decrease',
  maintain: 'Maintain',
};

/**
 * Where a measure's figures come from: `computed` from case records (NRM referrals, duty to
 * notify reports, outcomes) or `entered` by the partnership (survey results, training delivered).
 *
 * @example
 * ```ts
 * import { MEASURE_SOURCES } from '@antislavery/model';
 *
 * MEASURE_SOURCES;
 * //=> ['computed', 'entered']
 * ```
 */
export const MEASURE_SOURCES = ['computed', 'entered'] as const;

/**
 * One of the {@link MEASURE_SOURCES}.
 *
 * @example
 * ```ts
 * import type { MeasureSource } from '@antislavery/model';
 *
 * const survey: MeasureSource = 'entered';
 * ```
 */
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/**
 * Zod schema accepting exactly one of the {@link MEASURE_SOURCES}.
 *
 * @example
 * ```ts
 * import { measureSourceSchema } from '@antislavery/model';
 *
 * measureSourceSchema.safeParse('computed').success;
 * //=> true
 * ```
 */
export const measureSourceSchema = z.enum(MEASURE_SOURCES, {
  error: 'Select whether the measure is computed from records or entered by the partnership',
});

/**
 * Display labels for the {@link MEASURE_SOURCES}.
 *
 * @example
 * ```ts
 * import { MEASURE_SOURCE_LABELS } from '@antislavery/model';
 *
 * MEASURE_SOURCE_LABELS.entered;
 * //=> 'Entered by the partnership'
 * ```
 */
export const MEASURE_SOURCE_LABELS: Readonly<Record<MeasureSource, string>> = {
  computed: 'Computed from records',
  entered: 'Entered by the partnership',
};

/**
 * How often a measure is reported. Quarters are calendar quarters (Q1 is January to March), as
 * the Home Office publishes the national statistics; the financial year runs April to March.
 *
 * @example
 * ```ts
 * import { REPORTING_PERIODS } from '@antislavery/model';
 *
 * REPORTING_PERIODS.includes('quarter');
 * //=> true
 * ```
 */
export const REPORTING_PERIODS = ['month', 'quarter', 'calendar-year', 'financial-year'] as const;

/**
 * One of the {@link REPORTING_PERIODS}.
 *
 * @example
 * ```ts
 * import type { ReportingPeriod } from '@antislavery/model';
 *
 * const every: ReportingPeriod = 'quarter';
 * ```
 */
export type ReportingPeriod = (typeof REPORTING_PERIODS)[number];

/**
 * Zod schema accepting exactly one of the {@link REPORTING_PERIODS}.
 *
 * @example
 * ```ts
 * import { reportingPeriodSchema } from '@antislavery/model';
 *
 * reportingPeriodSchema.safeParse('financial-year').success;
 * //=> true
 * ```
 */
export const reportingPeriodSchema = z.enum(REPORTING_PERIODS, {
  error: 'Select the reporting period: month, quarter, calendar year or financial year',
});

/**
 * Display labels for the {@link REPORTING_PERIODS}.
 *
 * @example
 * ```ts
 * import { REPORTING_PERIOD_LABELS } from '@antislavery/model';
 *
 * REPORTING_PERIOD_LABELS['financial-year'];
 * //=> 'Financial year (April to March)'
 * ```
 */
export const REPORTING_PERIOD_LABELS: Readonly<Record<ReportingPeriod, string>> = {
  month: 'Month',
  quarter: 'Quarter (calendar)',
  'calendar-year': 'Calendar year',
  'financial-year': 'Financial year (April to March)',
};

function measureValue(what: 'baseline' | 'target' | 'value') {
  return strictObject(
    {
      /** The value, in the unit of the measure's metric. */
      value: z.number({ error: `Enter the ${what} as a number` }),
      /** The period the value is for. */
      period: periodSchema,
    },
    `Enter the ${what}`,
  );
}

/**
 * Zod schema for a {@link MeasureValue}: a measure's baseline or target.
 *
 * @example
 * ```ts
 * import { measureValueSchema } from '@antislavery/model';
 *
 * measureValueSchema.safeParse({ value: 120, period: { from: '2017', to: '2017' } }).success;
 * //=> true
 * ```
 */
export const measureValueSchema = measureValue('value');

/**
 * A value of a measure for a period: its baseline or its target.
 *
 * @example
 * ```ts
 * import type { MeasureValue } from '@antislavery/model';
 *
 * const baseline: MeasureValue = { value: 120, period: { from: '2017', to: '2017' } };
 * ```
 */
export type MeasureValue = z.infer<typeof measureValueSchema>;

/**
 * Zod schema for a {@link Measure}.
 *
 * @example
 * ```ts
 * import { measureSchema } from '@antislavery/model';
 *
 * measureSchema.safeParse({
 *   id: 'nrm-and-dtn-referrals',
 *   description: 'Increase referrals to the NRM and Duty to Notify referrals to the Home Office',
 *   metricId: 'referrals.nrm-and-dtn.count',
 *   direction: 'increase',
 *   source: 'computed',
 * }).success;
 * //=> true
 * ```
 */
export const measureSchema = strictObject(
  {
    /** The measure's id, unique within the pledge, partnership or strategy that holds it. */
    id: measureIdSchema,
    /** What is measured, in the document's words. */
    description: text('a description of the measure'),
    /**
     * The metric that gives the measure's figures, for example `referrals.nrm-and-dtn.count`. For
     * an entered measure it names the series the partnership enters figures under.
     */
    metricId: metricIdSchema,
    /** Which way the measure should move. */
    direction: measureDirectionSchema,
    /** Whether figures are computed from records or entered by the partnership. */
    source: measureSourceSchema,
    /** The starting value and the period it is for. */
    baseline: measureValue('baseline').optional(),
    /** The value aimed for and the period it should be reached in. */
    target: measureValue('target').optional(),
    /** How often the measure is reported. */
    reportingPeriod: reportingPeriodSchema.optional(),
  },
  'Enter the measure',
);

/**
 * How an outcome is measured: what is counted, by which metric, which way it should move, and
 * optionally from what baseline to what target.
 *
 * @example
 * ```ts
 * import { measureId, metricId, type Measure } from '@antislavery/model';
 *
 * const referrals: Measure = {
 *   id: measureId('nrm-and-dtn-referrals'),
 *   description: 'Increase referrals to the NRM and Duty to Notify referrals to the Home Office',
 *   metricId: metricId('referrals.nrm-and-dtn.count'),
 *   direction: 'increase',
 *   source: 'computed',
 * };
 * ```
 */
export type Measure = z.infer<typeof measureSchema>;
