import type { CaseRecord } from '@antislavery/referrals';

// For the tests: counts worked out from the records themselves, never from a report, and
// hand-made records for small counts.

/** How many records were referred from `start` to `end` (both included), of one kind or all. */
export const countIn = (
  records: readonly CaseRecord[],
  start: string,
  end: string,
  kind?: CaseRecord['kind'],
): number =>
  records.filter(
    (record) =>
      (kind === undefined || record.kind === kind) &&
      record.referralDate >= start &&
      record.referralDate <= end,
  ).length;

/** An NRM referral about an adult, referred by the police in England on the date given. */
export const referral = (reference: string, referralDate: string): CaseRecord => ({
  reference,
  kind: 'nrm-referral',
  referralDate,
  ageGroupAtExploitation: 'adult',
  exploitationTypes: ['forced-to-work'],
  firstResponderType: 'police',
  jurisdiction: 'england',
});
