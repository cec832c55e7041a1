/**
 * NRM referral and Duty to Notify data, validated as the official online form validates it:
 * zod schemas of a referral, a notification and a case record, with the form's fields, options and
 * limits; validation that never throws and gives issues with stable codes and plain-English
 * messages that never repeat personal data; the form's branching, the date rules and the national
 * pathway's rules; conversion to and from the form's own field names; anonymising a referral into
 * a notification; and redaction for logs. Reading CSV and JSON lines exports row by row is in
 * `@antislavery/referrals/read-exports`.
 *
 * @packageDocumentation
 */

export type { IssueCodeEntry } from './define-issue.js';
export * from './form-options.js';
export {
  type FormFile,
  type FormPayload,
  type FormSubmission,
  fromFormPayload,
  toFormPayload,
} from './form-payload.js';
// Validating: results, issues and the registry of every issue code
export type * from './issue.js';
export * from './issue-codes.js';
export * from './json-schemas.js';
// The national pathway's rules, as the cross-field checks use them
export { checkPathway, type PathwayFacts, type PathwaySubmission } from './pathway-checks.js';
export * from './redact.js';
// Schemas and types: referral, notification, case record
export { type CaseRecord, caseRecordSchema } from './schemas/case-record.js';
export {
  type DutyToNotifyNotification,
  dutyToNotifyNotificationSchema,
} from './schemas/duty-to-notify-notification.js';
export { type NrmReferral, nrmReferralSchema } from './schemas/nrm-referral.js';
// Turning one record into another: a notification, a log-safe copy, the form's own fields
export * from './to-notification.js';
export type { ValidateOptions } from './validate/run-validation.js';
export { validateCaseRecord } from './validate/validate-case-record.js';
export { notificationPathwayFacts, validateNotification } from './validate/validate-notification.js';
export { referralPathwayFacts, validateReferral } from './validate/validate-referral.js';
