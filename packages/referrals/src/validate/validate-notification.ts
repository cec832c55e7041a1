import { classifyOrganisation } from '@antislavery/model/lists';
import type { ValidationResult } from '../issue.js';
import { checkPathway, type PathwayFacts } from '../pathway-checks.js';
import { type DutyToNotifyNotification, notificationField } from '../schemas/duty-to-notify-notification.js';
import { checkPeriods } from './date-rules.js';
import { checkBranches, compileBranches, NOTIFICATION_BRANCHES } from './form-branching.js';
import { asOfDate, runValidation, type ValidateOptions } from './run-validation.js';

/** The notification's branches, compiled once. Internal. */
export const COMPILED_NOTIFICATION_BRANCHES = compileBranches(
  'notification',
  notificationField,
  NOTIFICATION_BRANCHES,
);

/**
 * The pathway facts of a well-formed notification: an adult (or so the record says) who refused
 * consent, with their co-operation answer.
 *
 * @example
 * ```ts
 * import { notificationPathwayFacts } from '@antislavery/referrals';
 * import type { DutyToNotifyNotification } from '@antislavery/referrals';
 *
 * declare const notification: DutyToNotifyNotification;
 * notificationPathwayFacts(notification).person.consent;
 * //=> 'refused'
 * ```
 */
export function notificationPathwayFacts(notification: DutyToNotifyNotification): PathwayFacts {
  const organisation = notification.firstResponder.organisation;
  return {
    jurisdiction: notification.jurisdiction,
    responder: { organisationType: classifyOrganisation(organisation)?.responderType, organisation },
    person: {
      under18: notification.age.under18,
      consent: 'refused',
      cooperatingWithAuthorities: notification.cooperation.willing,
    },
  };
}

/**
 * Validates a Duty to Notify notification: every field, the form's branching, the dates, and the
 * national pathway's rules: a notification is only for an adult, and it holds their name and
 * contact details only if they agree to co-operate with the authorities (Modern Slavery Act 2015
 * s52(3)). Never throws for any input; messages never repeat the values given.
 *
 * @param input - Outside input, for example parsed JSON.
 * @param options - The date to check against; see {@link ValidateOptions}.
 * @returns The typed notification and any warnings, or the issues.
 * @example
 * ```ts
 * import { validateNotification } from '@antislavery/referrals';
 *
 * validateNotification('not a notification').ok;
 * //=> false
 * ```
 */
export function validateNotification(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<DutyToNotifyNotification> {
  const asOf = asOfDate(options, 'validateNotification');
  return runValidation<DutyToNotifyNotification>(
    'notification',
    notificationField,
    input,
    (notification, issues) => {
      checkBranches(COMPILED_NOTIFICATION_BRANCHES, notification, issues);
      checkPeriods(notification.exploitation.periods, asOf, issues, 'notification');
      issues.push(
        ...checkPathway(notificationPathwayFacts(notification), {
          document: 'notification',
          kind: 'notification',
          consentAnswered: true,
          identifiesPerson: notification.identity !== undefined,
        }),
      );
    },
  );
}
