import { classifyOrganisation } from '@antislavery/model/lists';
import { defineIssue, raise } from '../define-issue.js';
import { SUPPORT_CHECKPOINTS } from '../form-options.js';
import type { Issue } from '../issue.js';
import type { CaseRecord } from '../schemas/case-record.js';

// A case record's fields must tell one story: an outcome goes with its decision date, a
// notification is never decided and gets no support, and the first responder type matches the
// organisation. These are the package's own consistency checks, not legal rules.

/** The issues the case record consistency rules can give. */
export const CASE_RECORD_ISSUES = {
  rgOutcomeWithoutDate: defineIssue({
    code: 'case-record.rg-decision-date.required-with-outcome',
    severity: 'error',
    message: 'Enter the reasonable grounds decision date',
    description: 'The record gives a reasonable grounds outcome without the date of the decision.',
  }),
  rgDateWithoutOutcome: defineIssue({
    code: 'case-record.rg-outcome.required-with-date',
    severity: 'error',
    message: 'Select the reasonable grounds decision: positive or negative',
    description: 'The record gives a reasonable grounds decision date without its outcome.',
  }),
  cgOutcomeWithoutDate: defineIssue({
    code: 'case-record.cg-decision-date.required-with-outcome',
    severity: 'error',
    message: 'Enter the conclusive grounds decision date',
    description: 'The record gives a conclusive grounds outcome without the date of the decision.',
  }),
  cgDateWithoutOutcome: defineIssue({
    code: 'case-record.cg-outcome.required-with-date',
    severity: 'error',
    message: 'Select the conclusive grounds decision: positive or negative',
    description: 'The record gives a conclusive grounds decision date without its outcome.',
  }),
  reconsiderationOutcomeWithoutDate: defineIssue({
    code: 'case-record.reconsideration-decision-date.required-with-outcome',
    severity: 'error',
    message: 'Enter the reconsideration decision date',
    description: 'The record gives the outcome of a reconsideration without the date of the decision.',
  }),
  notificationDecided: defineIssue({
    code: 'case-record.notification.has-decision',
    severity: 'error',
    message: 'Remove the decisions and competent authority: a notification is not decided',
    description:
      'A Duty to Notify notification is about an adult who did not consent to the NRM, so no competent authority makes reasonable or conclusive grounds decisions on it.',
  }),
  notificationSupported: defineIssue({
    code: 'case-record.notification.has-support',
    severity: 'error',
    message: 'Remove the support status: a notification does not lead to NRM support',
    description: 'A Duty to Notify notification does not enter the person into NRM support.',
  }),
  organisationTypeMismatch: defineIssue({
    code: 'case-record.first-responder-type.does-not-match-organisation',
    severity: 'error',
    message: 'Select the type that matches the first responder organisation',
    description:
      "The first responder type differs from the type of the named organisation (for example a police force recorded as a local authority), as @antislavery/model's classifyOrganisation gives it.",
  }),
} as const;

const DECISION_FIELDS = [
  'rgDecisionDate',
  'rgOutcome',
  'cgDecisionDate',
  'cgOutcome',
  'reconsiderationRequestDate',
  'reconsiderationDecisionDate',
  'reconsiderationOutcome',
  'competentAuthority',
] as const;

/** Checks that a well-formed case record's fields agree with each other. */
export function checkCaseRecordConsistency(record: CaseRecord, issues: Issue[]): void {
  if ((record.rgOutcome === undefined) !== (record.rgDecisionDate === undefined)) {
    issues.push(
      record.rgOutcome === undefined
        ? raise(CASE_RECORD_ISSUES.rgDateWithoutOutcome, ['rgOutcome'])
        : raise(CASE_RECORD_ISSUES.rgOutcomeWithoutDate, ['rgDecisionDate']),
    );
  }
  if ((record.cgOutcome === undefined) !== (record.cgDecisionDate === undefined)) {
    issues.push(
      record.cgOutcome === undefined
        ? raise(CASE_RECORD_ISSUES.cgDateWithoutOutcome, ['cgOutcome'])
        : raise(CASE_RECORD_ISSUES.cgOutcomeWithoutDate, ['cgDecisionDate']),
    );
  }
  if (record.reconsiderationOutcome !== undefined && record.reconsiderationDecisionDate === undefined) {
    issues.push(raise(CASE_RECORD_ISSUES.reconsiderationOutcomeWithoutDate, ['reconsiderationDecisionDate']));
  }
  if (record.kind === 'notification') {
    const decided = DECISION_FIELDS.find((field) => record[field] !== undefined);
    if (decided !== undefined) issues.push(raise(CASE_RECORD_ISSUES.notificationDecided, [decided]));
    const supported = SUPPORT_CHECKPOINTS.find((checkpoint) => record[checkpoint.field] !== undefined);
    if (supported !== undefined)
      issues.push(raise(CASE_RECORD_ISSUES.notificationSupported, [supported.field]));
  }
  if (record.firstResponderOrganisation !== undefined) {
    const classified = classifyOrganisation(record.firstResponderOrganisation);
    if (classified !== undefined && classified.responderType !== record.firstResponderType) {
      issues.push(raise(CASE_RECORD_ISSUES.organisationTypeMismatch, ['firstResponderType']));
    }
  }
}
