import { fromDayNumber, type IsoDate, toDayNumber, todayInUk } from '@antislavery/model';
import { defineIssue, raise } from '../define-issue.js';
import { SUPPORT_CHECKPOINTS } from '../form-options.js';
import type { Issue } from '../issue.js';
import type { CaseRecord } from '../schemas/case-record.js';
import type { NrmReferral } from '../schemas/nrm-referral.js';

// Date rules: dates are real (checked per field), not in the future, a date of birth after
// 1 January 1900 (the form's `after` check), and decisions in order. Dates are compared as
// `YYYY-MM-DD` strings, which sort as the dates they name, so no `Date` and no time zone is used.

/** The earliest date of birth the form accepts is the day after this one. */
export const EARLIEST_DATE_OF_BIRTH_EXCLUSIVE = '1900-01-01';

const FUTURE = 'must be today or in the past';

/** The issues the date rules can give. */
export const DATE_ISSUES = {
  dateOfBirthInFuture: defineIssue({
    code: 'referral.person.date-of-birth.in-future',
    severity: 'error',
    message: 'Date of birth must be in the past',
    description:
      'The date of birth is today or later. The form rejects a date of birth in the future; the SDK also rejects today, since a person is referred after they are born.',
    formField: 'pv-dob',
  }),
  dateOfBirthTooEarly: defineIssue({
    code: 'referral.person.date-of-birth.too-early',
    severity: 'error',
    message: 'Date of birth must be after 1 January 1900',
    description:
      'The date of birth is on or before 1 January 1900, which the form rejects as too far in the past.',
    formField: 'pv-dob',
  }),
  dateOfBirthUnder18: defineIssue({
    code: 'referral.person.date-of-birth.makes-them-under-18',
    severity: 'warning',
    message: 'Check the date of birth: it makes them under 18, but the answer says they are not',
    description:
      'The date of birth makes the person under 18 on the date of validation, but "Is the potential victim under 18?" is answered no. A child needs no consent and must be referred: check which answer is right.',
  }),
  dateOfBirthAdult: defineIssue({
    code: 'referral.person.date-of-birth.makes-them-an-adult',
    severity: 'warning',
    message: 'Check the date of birth: it makes them 18 or over, but the answer says they are under 18',
    description:
      'The date of birth makes the person 18 or over on the date of validation, but "Is the potential victim under 18?" is answered yes.',
  }),
  periodStartInFuture: defineIssue({
    code: 'referral.exploitation.periods.from.in-future',
    severity: 'error',
    message: `The date this period of exploitation started ${FUTURE}`,
    description: 'A period of exploitation starts after today.',
  }),
  periodEndInFuture: defineIssue({
    code: 'referral.exploitation.periods.to.in-future',
    severity: 'error',
    message: `The date this period of exploitation ended ${FUTURE}`,
    description: 'A period of exploitation ends after today; leave the end out while it goes on.',
  }),
  periodEndsBeforeStart: defineIssue({
    code: 'referral.exploitation.periods.to.before-start',
    severity: 'error',
    message: 'The date this period of exploitation ended must be the same as or after the date it started',
    description: 'A period of exploitation ends before it starts.',
  }),
  notificationPeriodStartInFuture: defineIssue({
    code: 'notification.exploitation.periods.from.in-future',
    severity: 'error',
    message: `The date this period of exploitation started ${FUTURE}`,
    description: 'A period of exploitation starts after today.',
  }),
  notificationPeriodEndInFuture: defineIssue({
    code: 'notification.exploitation.periods.to.in-future',
    severity: 'error',
    message: `The date this period of exploitation ended ${FUTURE}`,
    description: 'A period of exploitation ends after today; leave the end out while it goes on.',
  }),
  notificationPeriodEndsBeforeStart: defineIssue({
    code: 'notification.exploitation.periods.to.before-start',
    severity: 'error',
    message: 'The date this period of exploitation ended must be the same as or after the date it started',
    description: 'A period of exploitation ends before it starts.',
  }),
  referralDateInFuture: defineIssue({
    code: 'case-record.referral-date.in-future',
    severity: 'error',
    message: `The referral date ${FUTURE}`,
    description: 'The referral date is after today.',
  }),
  rgDateInFuture: defineIssue({
    code: 'case-record.rg-decision-date.in-future',
    severity: 'error',
    message: `The reasonable grounds decision date ${FUTURE}`,
    description: 'The reasonable grounds decision date is after today.',
  }),
  rgBeforeReferral: defineIssue({
    code: 'case-record.rg-decision-date.before-referral',
    severity: 'error',
    message: 'The reasonable grounds decision date must be the same as or after the referral date',
    description: 'The reasonable grounds decision is dated before the referral it decides.',
  }),
  cgDateInFuture: defineIssue({
    code: 'case-record.cg-decision-date.in-future',
    severity: 'error',
    message: `The conclusive grounds decision date ${FUTURE}`,
    description: 'The conclusive grounds decision date is after today.',
  }),
  cgBeforeReferral: defineIssue({
    code: 'case-record.cg-decision-date.before-referral',
    severity: 'error',
    message: 'The conclusive grounds decision date must be the same as or after the referral date',
    description: 'The conclusive grounds decision is dated before the referral.',
  }),
  cgWithoutRg: defineIssue({
    code: 'case-record.cg-decision-date.without-rg-decision',
    severity: 'error',
    message: 'Enter the reasonable grounds decision date: a conclusive grounds decision follows one',
    description:
      'The record has a conclusive grounds decision date but no reasonable grounds decision date, so the order of the decisions cannot be checked.',
  }),
  cgNotAfterRg: defineIssue({
    code: 'case-record.cg-decision-date.not-after-rg-decision',
    severity: 'error',
    message: 'The conclusive grounds decision date must be after the reasonable grounds decision date',
    description: 'The conclusive grounds decision is dated on or before the reasonable grounds decision.',
  }),
  reconsiderationRequestInFuture: defineIssue({
    code: 'case-record.reconsideration-request-date.in-future',
    severity: 'error',
    message: `The date reconsideration was requested ${FUTURE}`,
    description: 'The reconsideration request is dated after today.',
  }),
  reconsiderationRequestBeforeReferral: defineIssue({
    code: 'case-record.reconsideration-request-date.before-referral',
    severity: 'error',
    message: 'The date reconsideration was requested must be the same as or after the referral date',
    description: 'The reconsideration request is dated before the referral.',
  }),
  reconsiderationDecisionInFuture: defineIssue({
    code: 'case-record.reconsideration-decision-date.in-future',
    severity: 'error',
    message: `The reconsideration decision date ${FUTURE}`,
    description: 'The reconsideration decision is dated after today.',
  }),
  reconsiderationDecisionBeforeRequest: defineIssue({
    code: 'case-record.reconsideration-decision-date.before-request',
    severity: 'error',
    message: 'The reconsideration decision date must be the same as or after the date it was requested',
    description: 'The reconsideration decision is dated before the request, or the request date is missing.',
  }),
  checkpointNotReached: defineIssue({
    code: 'case-record.support.checkpoint-not-reached',
    severity: 'error',
    message: 'Remove this support status: the checkpoint is after today',
    description:
      'The record gives the support status at a checkpoint (45, 90, 180 or 365 days after the referral) that has not yet been reached.',
  }),
} as const;

/** How many whole years old a person born on `birth` is on `on`, both `YYYY-MM-DD`. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

let cachedToday: { readonly at: number; readonly date: IsoDate } | undefined;

/**
 * Today in the UK, read at most once a second: a fresh `Intl.DateTimeFormat` per record would cost
 * more than the rest of the validation.
 */
export function todayCached(): IsoDate {
  const now = Date.now();
  if (cachedToday === undefined || now - cachedToday.at > 1000) {
    cachedToday = { at: now, date: todayInUk(new Date(now)) };
  }
  return cachedToday.date;
}

type Period = { readonly from: IsoDate; readonly to?: IsoDate | undefined };

/** Checks typed exploitation periods. */
export function checkPeriods(
  periods: readonly Period[] | undefined,
  asOf: IsoDate,
  issues: Issue[],
  document: 'referral' | 'notification',
): void {
  if (periods === undefined) return;
  const defs =
    document === 'referral'
      ? [DATE_ISSUES.periodStartInFuture, DATE_ISSUES.periodEndInFuture, DATE_ISSUES.periodEndsBeforeStart]
      : [
          DATE_ISSUES.notificationPeriodStartInFuture,
          DATE_ISSUES.notificationPeriodEndInFuture,
          DATE_ISSUES.notificationPeriodEndsBeforeStart,
        ];
  const [startFuture, endFuture, endsBefore] = defs as [(typeof defs)[0], (typeof defs)[0], (typeof defs)[0]];
  periods.forEach((period, index) => {
    if (period.from > asOf) issues.push(raise(startFuture, ['exploitation', 'periods', index, 'from']));
    if (period.to === undefined) return;
    if (period.to > asOf) issues.push(raise(endFuture, ['exploitation', 'periods', index, 'to']));
    else if (period.to < period.from)
      issues.push(raise(endsBefore, ['exploitation', 'periods', index, 'to']));
  });
}

/** Checks a referral's dates. */
export function checkReferralDates(referral: NrmReferral, asOf: IsoDate, issues: Issue[]): void {
  const birth = referral.person.dateOfBirth;
  if (birth !== undefined) {
    const path = ['person', 'dateOfBirth'];
    if (birth >= asOf) issues.push(raise(DATE_ISSUES.dateOfBirthInFuture, path));
    else if (birth <= EARLIEST_DATE_OF_BIRTH_EXCLUSIVE)
      issues.push(raise(DATE_ISSUES.dateOfBirthTooEarly, path));
    else {
      const age = ageOn(birth, asOf);
      if (age < 18 && referral.age.under18 === 'no') issues.push(raise(DATE_ISSUES.dateOfBirthUnder18, path));
      if (age >= 18 && referral.age.under18 === 'yes') issues.push(raise(DATE_ISSUES.dateOfBirthAdult, path));
    }
  }
  checkPeriods(referral.exploitation.periods, asOf, issues, 'referral');
}

/** Checks a case record's dates against each other and against today. */
export function checkCaseRecordDates(record: CaseRecord, asOf: IsoDate, issues: Issue[]): void {
  const referral = record.referralDate;
  if (referral > asOf) issues.push(raise(DATE_ISSUES.referralDateInFuture, ['referralDate']));
  const rg = record.rgDecisionDate;
  if (rg !== undefined) {
    if (rg > asOf) issues.push(raise(DATE_ISSUES.rgDateInFuture, ['rgDecisionDate']));
    if (rg < referral) issues.push(raise(DATE_ISSUES.rgBeforeReferral, ['rgDecisionDate']));
  }
  const cg = record.cgDecisionDate;
  if (cg !== undefined) {
    if (cg > asOf) issues.push(raise(DATE_ISSUES.cgDateInFuture, ['cgDecisionDate']));
    if (cg < referral) issues.push(raise(DATE_ISSUES.cgBeforeReferral, ['cgDecisionDate']));
    if (rg === undefined) issues.push(raise(DATE_ISSUES.cgWithoutRg, ['cgDecisionDate']));
    else if (cg <= rg) issues.push(raise(DATE_ISSUES.cgNotAfterRg, ['cgDecisionDate']));
  }
  const requested = record.reconsiderationRequestDate;
  if (requested !== undefined) {
    if (requested > asOf)
      issues.push(raise(DATE_ISSUES.reconsiderationRequestInFuture, ['reconsiderationRequestDate']));
    if (requested < referral) {
      issues.push(raise(DATE_ISSUES.reconsiderationRequestBeforeReferral, ['reconsiderationRequestDate']));
    }
  }
  const reconsidered = record.reconsiderationDecisionDate;
  if (reconsidered !== undefined) {
    if (reconsidered > asOf) {
      issues.push(raise(DATE_ISSUES.reconsiderationDecisionInFuture, ['reconsiderationDecisionDate']));
    }
    if (requested === undefined || reconsidered < requested) {
      issues.push(raise(DATE_ISSUES.reconsiderationDecisionBeforeRequest, ['reconsiderationDecisionDate']));
    }
  }
  for (const checkpoint of SUPPORT_CHECKPOINTS) {
    if (record[checkpoint.field] === undefined) continue;
    if (addDays(referral, checkpoint.days) > asOf) {
      issues.push(raise(DATE_ISSUES.checkpointNotReached, [checkpoint.field]));
    }
  }
}

function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
