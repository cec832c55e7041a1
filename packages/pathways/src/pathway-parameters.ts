import { JURISDICTIONS, type Jurisdiction } from '@antislavery/model';
import type { IsoDate } from '@antislavery/model/calendar';
import { type Citation, formatCitation } from '@antislavery/rules';
import { resolveAsOf } from './as-of.js';
import { citationOf } from './cite.js';
import { InvalidJurisdictionError } from './errors.js';
import { PARAMETER_DEFINITIONS, type ParameterEntry } from './parameter-data.js';

/**
 * A parameter's value in force on a date, with the version's dates, its sources and any
 * assumption it rests on.
 *
 * @typeParam Value - the type of the value
 *
 * @example
 * ```ts
 * import type { PathwayParameter } from '@antislavery/pathways';
 *
 * const recovery: PathwayParameter<number> = {
 *   value: 30,
 *   unit: 'days',
 *   from: '2023-01-30',
 *   citation: { title: 'Hansard, Modern Slavery Statutory Guidance', version: '13 December 2022' },
 *   sources: [{ title: 'Hansard, Modern Slavery Statutory Guidance', version: '13 December 2022' }],
 *   citationText: 'Hansard, Modern Slavery Statutory Guidance, version 13 December 2022',
 * };
 * ```
 */
export type PathwayParameter<Value> = {
  /** The value in force. */
  readonly value: Value;
  /** The unit of the value, where it has one. */
  readonly unit?: string;
  /** The first day of the version in force. */
  readonly from: IsoDate;
  /** The last day of the version in force, if it has ended. */
  readonly to?: IsoDate;
  /** The main source of the version. */
  readonly citation: Citation;
  /** Every source of the version, main source first. */
  readonly sources: readonly Citation[];
  /** The sources as one line of text. */
  readonly citationText: string;
  /** An assumption the version rests on, where the sources leave something open. */
  readonly note?: string;
};

/**
 * The effective-dated values of the referral process in one nation on one date. Each is `null`
 * where no value is in force in that nation on that date (or the sources give none).
 *
 * @example
 * ```ts
 * import type { PathwayParameters } from '@antislavery/pathways';
 *
 * const recoveryDays = (parameters: PathwayParameters) => parameters.recoveryPeriodDays?.value ?? null;
 * ```
 */
export type PathwayParameters = {
  /** The nation. */
  readonly jurisdiction: Jurisdiction;
  /** The date. */
  readonly asOf: IsoDate;
  /**
   * The recovery period: in England and Wales 45 days to 29 January 2023 and at least 30 days from
   * 30 January 2023; in Scotland 90 days of adult support from 1 April 2018; in Northern Ireland
   * 45 days or longer.
   */
  readonly recoveryPeriodDays: PathwayParameter<number> | null;
  /** The target for the reasonable grounds decision: 5 working days after the referral, where possible. */
  readonly rgDecisionTargetWorkingDays: PathwayParameter<number> | null;
  /** The earliest the conclusive grounds decision comes after the reasonable grounds one: 45 days, then 30 from 30 January 2023. */
  readonly cgEarliestDaysAfterRg: PathwayParameter<number> | null;
  /** Move-on support after a positive conclusive grounds decision, in England and Wales: 14 days, then at least 45. */
  readonly moveOnSupportDays: PathwayParameter<number> | null;
  /** The time to ask for a negative decision to be reconsidered: 30 days from February 2024. */
  readonly reconsiderationWindowDays: PathwayParameter<number> | null;
  /** The reasonable grounds test in words; `null` from 28 June to 23 July 2023, which the sources do not settle. */
  readonly rgTest: PathwayParameter<string> | null;
};

function inForce<Value extends string | number>(
  entries: readonly ParameterEntry<Value>[],
  asOf: IsoDate,
  unit: string | undefined,
): PathwayParameter<Value> | null {
  const entry = entries.find(
    (candidate) => candidate.from <= asOf && (candidate.to === undefined || asOf <= candidate.to),
  );
  if (entry === undefined) return null;
  const sources = entry.sources.map(citationOf);
  const parameter: { -readonly [K in keyof PathwayParameter<Value>]: PathwayParameter<Value>[K] } = {
    value: entry.value,
    from: entry.from,
    citation: sources[0] as Citation,
    sources,
    citationText: [...new Set(sources.map(formatCitation))].join('; '),
  };
  if (unit !== undefined) parameter.unit = unit;
  if (entry.to !== undefined) parameter.to = entry.to;
  if (entry.note !== undefined) parameter.note = entry.note;
  return Object.freeze(parameter);
}

/**
 * The effective-dated values of the referral process in one nation on one date, each with its
 * citation: the recovery period, the target for the reasonable grounds decision, the earliest
 * conclusive grounds decision, move-on support, the reconsideration window and the reasonable
 * grounds test. A value is `null` where none is in force.
 *
 * @param options - `jurisdiction`, the nation; `asOf`, the date (`YYYY-MM-DD`, from 1 April 2009)
 * @throws {@link InvalidAsOfError} if `asOf` is not a real date, or is before 1 April 2009
 * @throws {@link InvalidJurisdictionError} if `jurisdiction` is not one of the four nations
 *
 * @example
 * ```ts
 * import { pathwayParameters } from '@antislavery/pathways';
 *
 * pathwayParameters({ jurisdiction: 'england', asOf: '2023-01-29' }).recoveryPeriodDays?.value;
 * //=> 45
 * pathwayParameters({ jurisdiction: 'england', asOf: '2023-01-30' }).recoveryPeriodDays?.value;
 * //=> 30
 * pathwayParameters({ jurisdiction: 'scotland', asOf: '2026-04-01' }).moveOnSupportDays;
 * //=> null
 * ```
 */
export function pathwayParameters(options: { jurisdiction: Jurisdiction; asOf: string }): PathwayParameters {
  const jurisdiction = options?.jurisdiction;
  if (!(JURISDICTIONS as readonly unknown[]).includes(jurisdiction)) {
    throw new InvalidJurisdictionError('pathwayParameters(options.jurisdiction)');
  }
  const asOf = resolveAsOf(options.asOf, 'pathwayParameters(options.asOf)');
  const definitions = PARAMETER_DEFINITIONS;
  const value = <Value extends string | number>(definition: {
    readonly unit?: string;
    readonly versions: Readonly<Record<Jurisdiction, readonly ParameterEntry<Value>[]>>;
  }) => inForce(definition.versions[jurisdiction], asOf, definition.unit);
  return Object.freeze({
    jurisdiction,
    asOf,
    recoveryPeriodDays: value<number>(definitions.recoveryPeriodDays),
    rgDecisionTargetWorkingDays: value<number>(definitions.rgDecisionTargetWorkingDays),
    cgEarliestDaysAfterRg: value<number>(definitions.cgEarliestDaysAfterRg),
    moveOnSupportDays: value<number>(definitions.moveOnSupportDays),
    reconsiderationWindowDays: value<number>(definitions.reconsiderationWindowDays),
    rgTest: value<string>(definitions.rgTest),
  });
}
