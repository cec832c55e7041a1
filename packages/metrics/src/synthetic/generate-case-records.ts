import {
  type ExploitationType,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  type Jurisdiction,
  type ResponderType,
  toDayNumber,
} from '@antislavery/model';
import {
  classifyOrganisation,
  FIRST_RESPONDER_ORGANISATIONS,
  isLocalAuthority,
  localAuthorityJurisdiction,
} from '@antislavery/model/lists';
import type { CaseRecord, SupportStatus } from '@antislavery/referrals';
import { InvalidMetricsArgumentError } from '../errors.js';
import { NATIONAL_PROPORTIONS } from './national-proportions.js';

/**
 * What to generate: how many records, over which dates, from which seed, and optionally in which
 * areas and with which national shares.
 *
 * @example
 * ```ts
 * import type { SyntheticOptions } from '@antislavery/metrics/synthetic';
 *
 * const options: SyntheticOptions = { seed: 1, count: 500, from: '2024-01-01', to: '2025-12-31' };
 * ```
 */
export type SyntheticOptions = {
  /** The seed: the same options always give the same records. A whole number. */
  readonly seed: number;
  /** How many records, a whole number of 0 or more. */
  readonly count: number;
  /** The earliest referral date. */
  readonly from: IsoDate;
  /** The latest referral date. */
  readonly to: IsoDate;
  /**
   * The date the data is as of: decisions and support statuses are only given on or before it,
   * as a real extract would have them. `to` unless given; it must not be before `to`.
   */
  readonly asOf?: IsoDate;
  /**
   * The local authority areas to spread records over, named exactly as on the form's list, each
   * with a weight (1 unless given). A mix of councils across the four nations unless given.
   */
  readonly areas?: readonly (string | { readonly name: string; readonly weight: number })[];
  /** The share of records that are Duty to Notify reports (England and Wales only). The 2024 national share unless given. */
  readonly notificationShare?: number;
  /** The share of NRM referrals exploited as children. The 2023 national share unless given. */
  readonly childShare?: number;
};

type MutableRecord = { -readonly [K in keyof CaseRecord]: CaseRecord[K] };

/** A small, fast, seeded generator of numbers from 0 (included) to 1 (excluded): mulberry32. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from weighted values by a uniform number from 0 to 1. */
function weighted<T>(entries: readonly (readonly [T, number])[]): (u: number) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let running = 0;
  for (const [, weight] of entries) {
    running += weight / total;
    cumulative.push(running);
  }
  return (u) => {
    for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return values[i] as T;
    return values[values.length - 1] as T;
  };
}

const DEFAULT_AREAS: readonly (readonly [string, number])[] = [
  ['Birmingham City Council', 14],
  ['Manchester City Council', 12],
  ['London Borough of Newham', 10],
  ['Leeds City Council', 9],
  ['Kent County Council', 9],
  ['Cheshire East Council', 5],
  ['Cheshire West and Chester Council', 5],
  ['Derbyshire County Council', 5],
  ['Derby City Council', 4],
  ['City of Wolverhampton Council', 4],
  ['City of Cardiff Council', 5],
  ['The Glasgow City Council', 6],
  ['The City of Edinburgh Council', 4],
  ['Belfast City Council', 4],
];

const P = NATIONAL_PROPORTIONS;
const REST = 1 - P.nationalityUk.value - P.nationalityAlbanian.value - P.nationalityVietnamese.value;
const OTHER_NATIONALITIES = [
  'Eritrean',
  'Sudanese',
  'Afghan',
  'Iranian',
  'Iraqi',
  'Romanian',
  'Indian',
  'Chinese',
  'Polish',
  'Nigerian',
  'Ethiopian',
  'Pakistani',
  'Bangladeshi',
  'Egyptian',
  'Syrian',
  'Unknown',
] as const;
const nationality = weighted<string>([
  ['British', P.nationalityUk.value],
  ['Albanian', P.nationalityAlbanian.value],
  ['Vietnamese', P.nationalityVietnamese.value],
  ...OTHER_NATIONALITIES.map((name, i) => [name, (REST * (OTHER_NATIONALITIES.length - i)) / 136] as const),
]);

type Published = 'labour' | 'sexual' | 'criminal' | 'domestic' | 'organ-harvesting' | 'unknown';
const childTypes = weighted<Published>([
  ['criminal', 0.55],
  ['sexual', 0.17],
  ['labour', 0.13],
  ['domestic', 0.02],
  ['unknown', 0.13],
]);
const adultTypes = weighted<Published>([
  ['labour', 0.45],
  ['sexual', 0.2],
  ['criminal', 0.2],
  ['domestic', 0.06],
  ['organ-harvesting', 0.002],
  ['unknown', 0.088],
]);
const BOXES: Readonly<Record<Published, readonly ExploitationType[]>> = {
  labour: ['forced-to-work', 'wages-taken', 'forced-to-commit-fraud'],
  sexual: ['prostitution', 'taken-somewhere'],
  criminal: ['forced-to-commit-crime'],
  domestic: ['unpaid-household-work'],
  'organ-harvesting': ['organs-removed'],
  unknown: ['other'],
};
const nrmResponder = weighted<ResponderType>([
  ['home-office', 0.35],
  ['local-authority', 0.3],
  ['police', 0.25],
  ['designated-charity', 0.08],
  ['national-crime-agency', 0.01],
  ['glaa', 0.01],
]);
const dtnResponder = weighted<ResponderType>([
  ['home-office', 0.6],
  ['police', 0.3],
  ['local-authority', 0.07],
  ['national-crime-agency', 0.02],
  ['glaa', 0.01],
]);
const firstStatus = weighted<SupportStatus | undefined>([
  ['in-support', 0.78],
  ['exited', 0.08],
  ['lost-contact', 0.07],
  ['withdrew-consent', 0.03],
  ['returned-home', 0.02],
  [undefined, 0.02],
]);
const CHECKPOINTS = [
  [45, 'supportAt45Days'],
  [90, 'supportAt90Days'],
  [180, 'supportAt180Days'],
  [365, 'supportAt365Days'],
] as const;
const STAY_IN_SUPPORT = [0, 0.75, 0.65, 0.55] as const;

const IECA_FROM = toDayNumber('2021-11-01');
const RG_TEST_CHANGE = toDayNumber('2023-01-30');

let organisations: ReadonlyMap<string, readonly string[]> | undefined;

/** The form's first responder organisations by responder type and nation, worked out once. */
function organisationsFor(type: ResponderType, jurisdiction: Jurisdiction): readonly string[] {
  if (organisations === undefined) {
    const map = new Map<string, string[]>();
    for (const name of FIRST_RESPONDER_ORGANISATIONS) {
      const classified = classifyOrganisation(name);
      if (classified === undefined || name.trim() !== name) continue;
      for (const nation of classified.jurisdictions) {
        const key = `${classified.responderType}|${nation}`;
        const list = map.get(key) ?? [];
        list.push(name);
        map.set(key, list);
      }
    }
    organisations = map;
  }
  return organisations.get(`${type}|${jurisdiction}`) ?? [];
}

function checkedOptions(options: SyntheticOptions) {
  const fail = (argument: string, expected: string) =>
    new InvalidMetricsArgumentError(`generateCaseRecords(options.${argument})`, expected);
  if (typeof options !== 'object' || options === null) throw fail('seed', 'an object of options');
  if (!Number.isInteger(options.seed)) throw fail('seed', 'a whole number');
  if (!Number.isInteger(options.count) || options.count < 0)
    throw fail('count', 'a whole number of 0 or more');
  if (!isIsoDate(options.from)) throw fail('from', 'a real date written YYYY-MM-DD');
  if (!isIsoDate(options.to) || options.to < options.from) throw fail('to', 'a real date on or after from');
  const asOf = options.asOf ?? options.to;
  if (!isIsoDate(asOf) || asOf < options.to) throw fail('asOf', 'a real date on or after to');
  const share = (value: number | undefined, fallback: number, argument: string) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw fail(argument, 'a share from 0 to 1');
    return value;
  };
  const areas = (options.areas ?? DEFAULT_AREAS.map(([name, weight]) => ({ name, weight }))).map((area) =>
    typeof area === 'string' ? { name: area, weight: 1 } : area,
  );
  if (
    areas.length === 0 ||
    areas.some(
      (area) => !isLocalAuthority(area.name) || !(typeof area.weight === 'number' && area.weight > 0),
    )
  ) {
    throw fail('areas', "areas named as on the form's local authority list, with weights above 0");
  }
  return {
    from: toDayNumber(options.from),
    to: toDayNumber(options.to),
    asOf: toDayNumber(asOf),
    notificationShare: share(options.notificationShare, P.notificationShare.value, 'notificationShare'),
    childShare: share(options.childShare, P.childShare.value, 'childShare'),
    area: weighted(
      areas.map(
        (area) =>
          [
            { name: area.name, jurisdiction: localAuthorityJurisdiction(area.name) ?? 'england' },
            area.weight,
          ] as const,
      ),
    ),
  };
}

/**
 * Generates realistic synthetic case records, one at a time, for demos, tests and benchmarks:
 * the same options always give the same records. Every record passes `caseRecordSchema` and
 * `validateCaseRecord` (as of `asOf`) of `@antislavery/referrals`.
 *
 * The mix follows the national statistics where they give a figure (see
 * {@link NATIONAL_PROPORTIONS}): about 23% Duty to Notify reports, 44% of NRM referrals exploited
 * as children, UK, Albanian and Vietnamese nationals leading, 77% of referrals to the SCA (the IECA
 * exists from November 2021), 53% of reasonable grounds and 56% of conclusive grounds decisions
 * positive. The rest (gender, exploitation types, locations, first responders, decision times,
 * support) is illustrative. Duty to Notify reports are made only in England and Wales, where the
 * duty is in force. Conclusive grounds decisions follow positive reasonable grounds decisions, no
 * earlier than 30 days after them (45 before 30 January 2023).
 *
 * @param options - See {@link SyntheticOptions}.
 * @returns An iterable of records; spread it, or pass it straight to `buildReport`.
 * @throws `InvalidMetricsArgumentError` (of `@antislavery/metrics`) if an option is not one the generator can use.
 * @example
 * ```ts
 * import { syntheticCaseRecords } from '@antislavery/metrics/synthetic';
 *
 * const records = syntheticCaseRecords({ seed: 7, count: 3, from: '2025-01-01', to: '2025-03-31' });
 * records.next().value?.reference;
 * //=> 'SYN-7-0000001'
 * [...records].length; // the two left
 * //=> 2
 * ```
 */
export function* syntheticCaseRecords(options: SyntheticOptions): Generator<CaseRecord, void, undefined> {
  const o = checkedOptions(options);
  const random = seeded(options.seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const span = o.to - o.from + 1;
  // Records share each date's string, as records read from a file would share nothing but this
  // keeps a million records small.
  const dates = new Map<number, IsoDate>();
  const dateOf = (day: number): IsoDate => {
    let date = dates.get(day);
    if (date === undefined) {
      date = fromDayNumber(day);
      dates.set(day, date);
    }
    return date;
  };
  for (let index = 0; index < options.count; index++) {
    const referralDay = o.from + Math.floor(random() * span);
    const place = o.area(random());
    const englandOrWales = place.jurisdiction === 'england' || place.jurisdiction === 'wales';
    const notification = englandOrWales && chance(o.notificationShare);
    // Every field is set, in one order (absent ones as undefined), so that all records share one
    // shape and code reading them stays fast.
    const record: MutableRecord = {
      reference: `SYN-${options.seed}-${String(index + 1).padStart(7, '0')}`,
      kind: notification ? 'notification' : 'nrm-referral',
      referralDate: dateOf(referralDay),
      rgDecisionDate: undefined,
      rgOutcome: undefined,
      cgDecisionDate: undefined,
      cgOutcome: undefined,
      reconsiderationRequestDate: undefined,
      reconsiderationDecisionDate: undefined,
      reconsiderationOutcome: undefined,
      competentAuthority: undefined,
      ageGroupAtExploitation: 'adult',
      exploitationTypes: [],
      exploitationLocation: undefined,
      nationality: undefined,
      gender: undefined,
      firstResponderType: 'police',
      firstResponderOrganisation: undefined,
      jurisdiction: place.jurisdiction,
      localAuthorityArea: undefined,
      supportAt45Days: undefined,
      supportAt90Days: undefined,
      supportAt180Days: undefined,
      supportAt365Days: undefined,
    };

    const u = random();
    if (notification)
      record.ageGroupAtExploitation = u < 0.92 ? 'adult' : u < 0.97 ? 'child' : 'not-specified-or-unknown';
    else if (u < P.ageNotSpecified.value) record.ageGroupAtExploitation = 'not-specified-or-unknown';
    else if (u < P.ageNotSpecified.value + o.childShare * (1 - P.ageNotSpecified.value)) {
      record.ageGroupAtExploitation = 'child';
    }
    const child = record.ageGroupAtExploitation === 'child';

    const types = child ? childTypes : adultTypes;
    const first = types(random());
    const chosen = new Set<ExploitationType>([pick(BOXES[first])]);
    if (child && first === 'sexual' && chance(0.5)) chosen.add('child-exploitation');
    if (chance(P.secondExploitationType.value)) {
      const second = types(random());
      if (second !== first) chosen.add(pick(BOXES[second]));
    }
    record.exploitationTypes = [...chosen];

    const where = random();
    const uk = child ? 0.85 : 0.45;
    const overseas = child ? 0.08 : 0.4;
    if (where < uk) record.exploitationLocation = 'uk';
    else if (where < uk + overseas) record.exploitationLocation = 'overseas';
    else if (where < 0.98) record.exploitationLocation = 'uk-and-overseas';

    if (chance(0.99)) record.nationality = nationality(random());
    const g = random();
    if (g < P.male.value) record.gender = 'male';
    else if (g < 0.99) record.gender = 'female';
    else if (g < 0.995) record.gender = 'unknown';

    let responder = (notification ? dtnResponder : nrmResponder)(random());
    if (place.jurisdiction === 'northern-ireland' && responder === 'local-authority') responder = 'hsc-trust';
    record.firstResponderType = responder;
    if (chance(0.7)) {
      const named =
        responder === 'local-authority' &&
        organisationsFor(responder, place.jurisdiction).includes(place.name)
          ? [place.name]
          : organisationsFor(responder, place.jurisdiction);
      if (named.length > 0) record.firstResponderOrganisation = pick(named);
    }
    if (chance(0.98)) record.localAuthorityArea = place.name;

    if (!notification) {
      record.competentAuthority =
        referralDay >= IECA_FROM && !chance(P.competentAuthoritySca.value) ? 'ieca' : 'sca';
      // Reasonable grounds: some within a week, the rest after a long tail of weeks and months.
      const delay = chance(P.rgWithinAWeek.value)
        ? Math.floor(random() * 8)
        : 8 + Math.floor(Math.exp(random() * Math.log(400)));
      const rgDay = referralDay + delay;
      if (rgDay <= o.asOf) {
        const positive = chance(P.rgPositive.value);
        record.rgDecisionDate = dateOf(rgDay);
        record.rgOutcome = positive ? 'positive' : 'negative';
        if (positive) {
          const minimum = rgDay < RG_TEST_CHANGE ? 45 : 30;
          const cgDay = rgDay + minimum + Math.floor(-300 * Math.log(1 - random()));
          if (cgDay <= o.asOf) {
            record.cgDecisionDate = dateOf(cgDay);
            record.cgOutcome = chance(P.cgPositive.value) ? 'positive' : 'negative';
          }
          supportStatuses(record, referralDay, o.asOf, random);
        } else if (chance(0.1)) {
          const requested = rgDay + 1 + Math.floor(random() * 30);
          if (requested <= o.asOf) {
            record.reconsiderationRequestDate = dateOf(requested);
            const decided = requested + 10 + Math.floor(random() * 110);
            if (decided <= o.asOf) {
              record.reconsiderationDecisionDate = dateOf(decided);
              record.reconsiderationOutcome = chance(0.3) ? 'positive' : 'negative';
            }
          }
        }
      }
    }
    yield record;
  }
}

/** Support statuses at the checkpoints reached by `asOf`: a person who has left support stays left. */
function supportStatuses(
  record: MutableRecord,
  referralDay: number,
  asOf: number,
  random: () => number,
): void {
  let previous: SupportStatus | undefined;
  CHECKPOINTS.forEach(([days, field], i) => {
    if (referralDay + days > asOf) return;
    let status: SupportStatus | undefined;
    if (i === 0 || previous === undefined) status = firstStatus(random());
    else if (previous === 'in-support') {
      const u = random();
      const stay = STAY_IN_SUPPORT[i] ?? 0;
      status = u < stay ? 'in-support' : u < stay + 0.25 ? 'exited' : 'lost-contact';
    } else if (previous === 'lost-contact') status = random() < 0.2 ? 'in-support' : 'lost-contact';
    else status = previous;
    if (status !== undefined) record[field] = status;
    previous = status;
  });
}

/**
 * Generates realistic synthetic case records as an array; see {@link syntheticCaseRecords} for
 * what they hold. The same options always give the same records.
 *
 * @param options - See {@link SyntheticOptions}.
 * @throws `InvalidMetricsArgumentError` (of `@antislavery/metrics`) if an option is not one the generator can use.
 * @example
 * ```ts
 * import { generateCaseRecords } from '@antislavery/metrics/synthetic';
 *
 * const records = generateCaseRecords({ seed: 42, count: 1000, from: '2024-01-01', to: '2025-12-31' });
 * records.length;
 * //=> 1000
 * records.every((record) => record.referralDate >= '2024-01-01' && record.referralDate <= '2025-12-31');
 * //=> true
 * ```
 */
export function generateCaseRecords(options: SyntheticOptions): CaseRecord[] {
  return [...syntheticCaseRecords(options)];
}
