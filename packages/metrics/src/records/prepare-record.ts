import {
  EXPLOITATION_TYPES,
  type ExploitationType,
  FIRST_RESPONDER_CATEGORIES,
  firstResponderCategoryOf,
  PUBLISHED_EXPLOITATION_TYPES,
  type PublishedExploitationOptions,
  publishedExploitationTypeOf,
  RESPONDER_TYPES,
} from '@antislavery/model';
import { NATIONALITIES } from '@antislavery/model/lists';
import { type CaseRecord, SUPPORT_CHECKPOINTS, SUPPORT_STATUSES } from '@antislavery/referrals';
import { dayNumberOrNaN } from './day-number.js';

/**
 * A case record with what metrics need worked out once: dates as day numbers and each category
 * as its position in the vocabulary the published tables use. A report prepares each record once
 * and hands the same prepared record to every metric, so a date is read once per record, not
 * once per metric, and no `Date` is made. Make one with {@link prepareRecord}.
 *
 * Every position field names the list it indexes. A value the record lacks, or one outside the
 * list (from unchecked input), takes the list's "not specified or unknown" position, so a metric
 * never fails on a bad record; a referral date that is not a real date is `NaN` and falls in no
 * period.
 *
 * @example
 * ```ts
 * import { type PreparedRecord, prepareRecord } from '@antislavery/metrics';
 *
 * const prepared: PreparedRecord = prepareRecord({
 *   reference: 'NRM-1',
 *   kind: 'nrm-referral',
 *   referralDate: '1970-01-11',
 *   ageGroupAtExploitation: 'child',
 *   exploitationTypes: ['forced-to-commit-crime'],
 *   firstResponderType: 'police',
 *   jurisdiction: 'wales',
 * });
 * prepared.referralDay;
 * //=> 10
 * ```
 */
export type PreparedRecord = {
  /** The record as given. */
  readonly record: CaseRecord;
  /** Position in `CASE_KINDS` (`@antislavery/referrals`): 0 an NRM referral, 1 a notification, -1 neither. */
  readonly kind: number;
  /** The referral date as a day number (days since 1970-01-01), or `NaN` if it is not a real date. */
  readonly referralDay: number;
  /** The reasonable grounds decision date as a day number, or `NaN` if there is none. */
  readonly rgDay: number;
  /** Position of the reasonable grounds outcome in `DECISION_OUTCOMES` (0 positive, 1 negative), or -1. */
  readonly rgOutcome: number;
  /** The conclusive grounds decision date as a day number, or `NaN` if there is none. */
  readonly cgDay: number;
  /** Position of the conclusive grounds outcome in `DECISION_OUTCOMES`, or -1. */
  readonly cgOutcome: number;
  /** Position in `AGE_GROUPS` (`@antislavery/model`); not specified or unknown when missing. */
  readonly ageGroup: number;
  /** Position in `PUBLISHED_GENDERS` (female, male, other), or 3 when the record has no gender. */
  readonly gender: number;
  /** Position in `NATIONALITIES` (`@antislavery/model/lists`); 0, the form's "Unknown", when missing. */
  readonly nationality: number;
  /**
   * The published exploitation types the record mentions, one bit each in the order of
   * `PUBLISHED_EXPLOITATION_TYPES` (bit 0 Labour to bit 4 Organ Harvesting). 0 means none is
   * known: the record counts as Not specified or unknown.
   */
  readonly exploitation: number;
  /** Position in `PUBLISHED_EXPLOITATION_LOCATIONS`; not specified or unknown when missing. */
  readonly location: number;
  /** Position in `FIRST_RESPONDER_CATEGORIES`, or 4 when the responder type has no published category. */
  readonly responderCategory: number;
  /** Position in `COMPETENT_AUTHORITIES` (SCA, IECA), or 2 when not recorded. */
  readonly competentAuthority: number;
  /** Position in `DIVISIONS` of the bank holiday division of the record's jurisdiction, or -1. */
  readonly division: number;
  /** The local authority area, or `undefined` when not recorded. */
  readonly area: string | undefined;
  /**
   * Position in `SUPPORT_STATUSES` of the support status at each of the checkpoints of
   * `SUPPORT_CHECKPOINTS` (45, 90, 180 and 365 days), or -1 where none is recorded.
   */
  readonly support: readonly [number, number, number, number];
};

/**
 * How to prepare records: where to count the form's "Other" exploitation box (see
 * `PublishedExploitationOptions` in `@antislavery/model`).
 *
 * @example
 * ```ts
 * import type { PrepareOptions } from '@antislavery/metrics';
 *
 * const options: PrepareOptions = { otherAs: 'criminal' };
 * ```
 */
export type PrepareOptions = PublishedExploitationOptions;

const positions = <T extends string>(values: readonly T[]): ReadonlyMap<unknown, number> =>
  new Map(values.map((value, index) => [value, index]));

// Lookups for the lists that are long; short lists are compared in code below, which is faster
// than a map for a handful of constant strings.
const NATIONALITY = positions(NATIONALITIES);
const CATEGORY: ReadonlyMap<unknown, number> = new Map(
  RESPONDER_TYPES.map((type) => {
    const category = firstResponderCategoryOf(type);
    return [
      type,
      category === undefined
        ? FIRST_RESPONDER_CATEGORIES.length
        : FIRST_RESPONDER_CATEGORIES.indexOf(category),
    ];
  }),
);
const STATUS = positions(SUPPORT_STATUSES);

const UNKNOWN_TYPE_BIT = 1 << PUBLISHED_EXPLOITATION_TYPES.indexOf('not-specified-or-unknown');

function exploitationBits(options: PrepareOptions): ReadonlyMap<unknown, number> {
  return new Map(
    EXPLOITATION_TYPES.map((type) => {
      const bit = 1 << PUBLISHED_EXPLOITATION_TYPES.indexOf(publishedExploitationTypeOf(type, options));
      return [type, bit === UNKNOWN_TYPE_BIT ? 0 : bit];
    }),
  );
}

const DEFAULT_BITS = exploitationBits({});
let lastOtherAs: PrepareOptions['otherAs'];
let lastBits = DEFAULT_BITS;

function bitsFor(options: PrepareOptions | undefined): ReadonlyMap<unknown, number> {
  const otherAs = options?.otherAs;
  if (otherAs === undefined) return DEFAULT_BITS;
  if (otherAs !== lastOtherAs) {
    lastBits = exploitationBits({ otherAs });
    lastOtherAs = otherAs;
  }
  return lastBits;
}

const NO_FIELDS: Partial<CaseRecord> = Object.freeze({});

type Writable = { -readonly [K in keyof PreparedRecord]: PreparedRecord[K] } & {
  support: [number, number, number, number];
};

const statusOf = (value: unknown) => (value === undefined ? -1 : (STATUS.get(value) ?? -1));

/** A prepared record to fill with {@link prepareInto}. Internal. */
export function emptyPreparedRecord(): Writable {
  return {
    record: undefined as unknown as CaseRecord,
    kind: -1,
    referralDay: Number.NaN,
    rgDay: Number.NaN,
    rgOutcome: -1,
    cgDay: Number.NaN,
    cgOutcome: -1,
    ageGroup: 2,
    gender: 3,
    nationality: 0,
    exploitation: 0,
    location: 3,
    responderCategory: FIRST_RESPONDER_CATEGORIES.length,
    competentAuthority: 2,
    division: -1,
    area: undefined,
    support: [-1, -1, -1, -1],
  };
}

/**
 * Fills `target` from `record`, reusing it, so a report over a million records makes no object
 * per record. Internal: calculators are told not to keep the records they are given.
 */
export function prepareInto(target: Writable, record: CaseRecord, options?: PrepareOptions): PreparedRecord {
  const bits = bitsFor(options);
  target.record = record;
  // A record that is not an object (unchecked input) is read as one with no fields: its referral
  // date is not a real date, so it is counted as unreadable and nowhere else.
  const fields: Partial<CaseRecord> = typeof record === 'object' && record !== null ? record : NO_FIELDS;
  const kind = fields.kind;
  target.kind = kind === 'nrm-referral' ? 0 : kind === 'notification' ? 1 : -1;
  target.referralDay = dayNumberOrNaN(fields.referralDate);
  const rg = fields.rgDecisionDate;
  target.rgDay = rg === undefined ? Number.NaN : dayNumberOrNaN(rg);
  const rgOutcome = fields.rgOutcome;
  target.rgOutcome = rgOutcome === 'positive' ? 0 : rgOutcome === 'negative' ? 1 : -1;
  const cg = fields.cgDecisionDate;
  target.cgDay = cg === undefined ? Number.NaN : dayNumberOrNaN(cg);
  const cgOutcome = fields.cgOutcome;
  target.cgOutcome = cgOutcome === 'positive' ? 0 : cgOutcome === 'negative' ? 1 : -1;
  const age = fields.ageGroupAtExploitation;
  target.ageGroup = age === 'adult' ? 0 : age === 'child' ? 1 : 2;
  const gender = fields.gender;
  target.gender = gender === 'female' ? 0 : gender === 'male' ? 1 : gender === 'unknown' ? 2 : 3;
  const nationality = fields.nationality;
  target.nationality = nationality === undefined ? 0 : (NATIONALITY.get(nationality) ?? 0);
  let exploitation = 0;
  const types: readonly ExploitationType[] | undefined = fields.exploitationTypes;
  if (Array.isArray(types)) for (let i = 0; i < types.length; i++) exploitation |= bits.get(types[i]) ?? 0;
  target.exploitation = exploitation;
  const location = fields.exploitationLocation;
  target.location =
    location === 'uk' ? 0 : location === 'overseas' ? 1 : location === 'uk-and-overseas' ? 2 : 3;
  target.responderCategory = CATEGORY.get(fields.firstResponderType) ?? FIRST_RESPONDER_CATEGORIES.length;
  const authority = fields.competentAuthority;
  target.competentAuthority = authority === 'sca' ? 0 : authority === 'ieca' ? 1 : 2;
  const jurisdiction = fields.jurisdiction;
  target.division =
    jurisdiction === 'england' || jurisdiction === 'wales'
      ? 0
      : jurisdiction === 'scotland'
        ? 1
        : jurisdiction === 'northern-ireland'
          ? 2
          : -1;
  const area = fields.localAuthorityArea;
  target.area = typeof area === 'string' ? area : undefined;
  const support = target.support;
  support[0] = statusOf(fields.supportAt45Days);
  support[1] = statusOf(fields.supportAt90Days);
  support[2] = statusOf(fields.supportAt180Days);
  support[3] = statusOf(fields.supportAt365Days);
  return target;
}

/**
 * Works out, once, what every metric needs from a case record; see {@link PreparedRecord}. Never
 * throws for a bad record: what cannot be read counts as not specified, and an unreadable referral
 * date puts the record in no period.
 *
 * @param record - A case record, as `caseRecordSchema` of `@antislavery/referrals` describes it.
 * @param options - Where to count "Other" exploitation; see {@link PrepareOptions}.
 * @throws `UnknownVocabularyValueError` (from `@antislavery/model`) if `options.otherAs` is not
 *   a published exploitation type.
 * @example
 * ```ts
 * import { prepareRecord } from '@antislavery/metrics';
 *
 * const prepared = prepareRecord({
 *   reference: 'NRM-1',
 *   kind: 'nrm-referral',
 *   referralDate: '2025-01-06',
 *   ageGroupAtExploitation: 'adult',
 *   exploitationTypes: ['forced-to-work', 'forced-to-commit-crime'],
 *   firstResponderType: 'designated-charity',
 *   jurisdiction: 'scotland',
 * });
 * prepared.exploitation; // Labour (bit 0) and Criminal (bit 2)
 * //=> 5
 * prepared.responderCategory; // NGO and third sector
 * //=> 1
 * ```
 */
export function prepareRecord(record: CaseRecord, options?: PrepareOptions): PreparedRecord {
  return prepareInto(emptyPreparedRecord(), record, options);
}

/** The position in `SUPPORT_CHECKPOINTS` of a checkpoint in days, or -1. */
export function checkpointPosition(days: number): number {
  return SUPPORT_CHECKPOINTS.findIndex((checkpoint) => checkpoint.days === days);
}
