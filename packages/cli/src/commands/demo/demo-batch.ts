import { caseRecordsToCsv, generateCaseRecords } from '@antislavery/metrics/synthetic';
import { fromDayNumber, type IsoDate, toDayNumber } from '@antislavery/model';
import type { CaseRecord } from '@antislavery/referrals';

/** A fault the demonstration puts into a record, to show what the checks find. Internal. */
type Fault = { readonly what: string; readonly apply: (record: Record<string, unknown>) => void };

const FAULTS: readonly Fault[] = [
  {
    what: 'a referral date that does not exist (30 February)',
    apply: (record) => {
      record.referralDate = `${String(record.referralDate).slice(0, 4)}-02-30`;
    },
  },
  {
    what: 'no type of exploitation',
    apply: (record) => {
      record.exploitationTypes = [];
    },
  },
  {
    what: 'a reasonable grounds decision three days before the referral',
    apply: (record) => {
      record.rgDecisionDate = fromDayNumber(toDayNumber(record.referralDate as IsoDate) - 3);
      record.rgOutcome = 'positive';
    },
  },
  {
    what: "the jurisdiction written as 'England' rather than the SDK's 'england'",
    apply: (record) => {
      record.jurisdiction = 'England';
    },
  },
  {
    what: 'a referral by the NHS, which is not a first responder',
    apply: (record) => {
      record.firstResponderType = 'nhs';
      delete record.firstResponderOrganisation;
    },
  },
];

/** Where the faults go: the first NRM referral at or after each of these positions. */
const POSITIONS = [37, 211, 498, 777, 1003];

/** A generated batch of case records as CSV, with a few broken on purpose. Internal. */
export type DemoBatch = {
  /** The CSV text: a header, then one line per record. */
  readonly csv: string;
  /** How many records. */
  readonly count: number;
  /** What was broken, by CSV row (1 for the first record after the header). */
  readonly faults: ReadonlyMap<number, string>;
};

/**
 * Generates a seeded batch of synthetic case records for Derby and Derbyshire over the three
 * years up to `to`, as data is on `asOf`, breaks five of them in five different ways, and writes
 * the batch as CSV, as a case-management system would export it. Internal.
 */
export function demoBatch(to: IsoDate, asOf: IsoDate, count = 1200): DemoBatch {
  const from = fromDayNumber(toDayNumber(to) - 3 * 365 + 1);
  const records: Record<string, unknown>[] = generateCaseRecords({
    seed: 2026,
    count,
    from,
    to,
    asOf,
    areas: [
      { name: 'Derby City Council', weight: 1 },
      { name: 'Derbyshire County Council', weight: 3 },
    ],
  }).map((record) => ({ ...record }));
  const faults = new Map<number, string>();
  FAULTS.forEach((fault, index) => {
    let at = Math.min(POSITIONS[index] ?? 0, count - 1);
    while (at < count - 1 && (records[at]?.kind !== 'nrm-referral' || faults.has(at + 1))) at++;
    const record = records[at];
    if (record === undefined) return;
    fault.apply(record);
    faults.set(at + 1, fault.what);
  });
  // The broken records are deliberately not valid case records: that is what the demonstration shows.
  const csv = [...caseRecordsToCsv(records as unknown as CaseRecord[])].join('');
  return { csv, count: records.length, faults };
}
