import type { ValidationResult } from '../issue.js';
import { checkPathway } from '../pathway-checks.js';
import { type CaseRecord, caseRecordField } from '../schemas/case-record.js';
import { checkCaseRecordConsistency } from './case-record-rules.js';
import { checkCaseRecordDates } from './date-rules.js';
import { asOfDate, runValidation, type ValidateOptions } from './run-validation.js';

/**
 * Validates a case record: every field, then its dates (not in the future; decisions on or after
 * the referral; the conclusive grounds decision after the reasonable grounds decision; a support
 * checkpoint only once it is reached), its consistency (an outcome with each decision date, no
 * decisions or support for a notification, a first responder type that matches the organisation)
 * and that the first responder type is one that may refer. Never throws for any input; messages
 * never repeat the values given.
 *
 * @param input - Outside input, for example one row of an export; see `readCaseRecords` in `@antislavery/referrals/read-exports`.
 * @param options - The date to check against; see {@link ValidateOptions}.
 * @returns The typed case record and any warnings, or the issues.
 * @example
 * ```ts
 * import { validateCaseRecord } from '@antislavery/referrals';
 *
 * const result = validateCaseRecord(
 *   {
 *     reference: 'NRM-0001',
 *     kind: 'nrm-referral',
 *     referralDate: '2025-01-06',
 *     rgDecisionDate: '2025-01-03',
 *     rgOutcome: 'positive',
 *     ageGroupAtExploitation: 'adult',
 *     exploitationTypes: ['forced-to-work'],
 *     firstResponderType: 'local-authority',
 *     jurisdiction: 'england',
 *   },
 *   { asOf: '2025-06-30' },
 * );
 * result.ok ? [] : result.issues.map((issue) => issue.code);
 * //=> ['case-record.rg-decision-date.before-referral']
 * ```
 */
export function validateCaseRecord(input: unknown, options?: ValidateOptions): ValidationResult<CaseRecord> {
  const asOf = asOfDate(options, 'validateCaseRecord');
  return runValidation<CaseRecord>('case-record', caseRecordField, input, (record, issues) => {
    checkCaseRecordDates(record, asOf, issues);
    checkCaseRecordConsistency(record, issues);
    issues.push(
      ...checkPathway(
        {
          jurisdiction: record.jurisdiction,
          responder: {
            organisationType: record.firstResponderType,
            ...(record.firstResponderOrganisation === undefined
              ? {}
              : { organisation: record.firstResponderOrganisation }),
          },
          // A case record does not say whether the person is under 18 now (only at the time of
          // exploitation), so its facts leave the age open and only the first responder rule,
          // which does not depend on age, is checked for case records.
          person: { under18: record.kind === 'notification' ? 'no' : 'not-sure' },
        },
        { document: 'case-record', kind: record.kind, consentAnswered: true, identifiesPerson: false },
      ),
    );
  });
}
