import type { CaseRecord } from '@antislavery/referrals';
import type { CalendarPeriod } from '../periods/calendar-period.js';
import { parsePeriod } from '../periods/parse-period.js';

// Test support, not published with the package: small hand-made records and periods.

let next = 0;

/** An adult's NRM referral in England on 6 January 2025, with `changes` applied. */
export function caseRecord(changes: Partial<CaseRecord> = {}): CaseRecord {
  next++;
  return {
    reference: `T-${next}`,
    kind: 'nrm-referral',
    referralDate: '2025-01-06',
    ageGroupAtExploitation: 'adult',
    exploitationTypes: ['forced-to-work'],
    firstResponderType: 'local-authority',
    jurisdiction: 'england',
    ...changes,
  };
}

/** `count` copies of a record with `changes`. */
export const many = (count: number, changes: Partial<CaseRecord> = {}): CaseRecord[] =>
  Array.from({ length: count }, () => caseRecord(changes));

/** A period from its label, for tests. */
export function period(label: string): CalendarPeriod {
  const result = parsePeriod(label);
  if (!result.ok) throw new Error(`not a period: ${label}`);
  return result.value;
}
