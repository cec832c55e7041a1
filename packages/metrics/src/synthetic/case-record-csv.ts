import type { CaseRecord } from '@antislavery/referrals';

/**
 * The columns of {@link caseRecordsToCsv}: every case record field, named as the field, which is
 * the column mapping `readCaseRecords` of `@antislavery/referrals/read-exports` uses by default.
 *
 * @example
 * ```ts
 * import { CASE_RECORD_COLUMNS } from '@antislavery/metrics/synthetic';
 *
 * CASE_RECORD_COLUMNS.slice(0, 3);
 * //=> ['reference', 'kind', 'referralDate']
 * ```
 */
export const CASE_RECORD_COLUMNS = [
  'reference',
  'kind',
  'referralDate',
  'rgDecisionDate',
  'rgOutcome',
  'cgDecisionDate',
  'cgOutcome',
  'reconsiderationRequestDate',
  'reconsiderationDecisionDate',
  'reconsiderationOutcome',
  'competentAuthority',
  'ageGroupAtExploitation',
  'exploitationTypes',
  'exploitationLocation',
  'nationality',
  'gender',
  'firstResponderType',
  'firstResponderOrganisation',
  'jurisdiction',
  'localAuthorityArea',
  'supportAt45Days',
  'supportAt90Days',
  'supportAt180Days',
  'supportAt365Days',
] as const satisfies readonly (keyof CaseRecord)[];

const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return NEEDS_QUOTES.test(text) && !Array.isArray(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes case records as CSV, line by line: a header of {@link CASE_RECORD_COLUMNS}, then one line
 * per record, each ending in a line feed. Lists (the exploitation types) are joined with `;`;
 * cells with commas, quotes or line breaks are quoted. `readCaseRecords` reads it back with its
 * default options. Lazy, so a million records can be written to a file without holding them all.
 *
 * @param records - Any iterable of case records, for example {@link syntheticCaseRecords}.
 * @returns An iterable of lines.
 * @example
 * ```ts
 * import { caseRecordsToCsv, generateCaseRecords } from '@antislavery/metrics/synthetic';
 *
 * const lines = [...caseRecordsToCsv(generateCaseRecords({ seed: 1, count: 2, from: '2025-01-01', to: '2025-01-31' }))];
 * lines.length;
 * //=> 3
 * lines[0]?.startsWith('reference,kind,referralDate,');
 * //=> true
 * ```
 */
export function* caseRecordsToCsv(records: Iterable<CaseRecord>): Generator<string, void, undefined> {
  yield `${CASE_RECORD_COLUMNS.join(',')}\n`;
  for (const record of records) {
    let line = '';
    for (let i = 0; i < CASE_RECORD_COLUMNS.length; i++) {
      if (i > 0) line += ',';
      line += cell(record[CASE_RECORD_COLUMNS[i] as keyof CaseRecord]);
    }
    yield `${line}\n`;
  }
}
