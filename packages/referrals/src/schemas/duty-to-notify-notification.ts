import type { z } from 'zod';
import { object, optional, text } from '../fields/kit.js';
import {
  ageField,
  assessmentField,
  backgroundField,
  contactDetailsField,
  cooperationField,
  currentLocationField,
  currentSituationField,
  exploitationField,
  exploitationTypesField,
  exploitersField,
  firstResponderField,
  futureRiskField,
  genderField,
  jurisdictionField,
  lastContactField,
  locationsField,
  nameField,
  nationalityField,
  otherVictimsField,
  policeField,
  reportedBeforeField,
  secondNationalityField,
  treatmentField,
} from './case-fields.js';

/** The field tree of a notification. Internal: the zod schema is the public face. */
export const notificationField = object(
  {
    firstResponder: firstResponderField,
    jurisdiction: jurisdictionField,
    age: ageField,
    background: backgroundField,
    exploitation: exploitationField,
    treatment: treatmentField,
    currentSituation: currentSituationField,
    lastContact: lastContactField,
    reportedBefore: reportedBeforeField,
    assessment: assessmentField,
    locations: locationsField,
    currentLocation: currentLocationField,
    exploiters: exploitersField,
    exploitationTypes: exploitationTypesField,
    otherVictims: otherVictimsField,
    futureRisk: futureRiskField,
    police: policeField,
    cooperation: cooperationField,
    refusalReason: optional(
      text({ label: 'why they do not consent', form: 'refuse-nrm', sensitivity: 'free-text' }),
    ),
    person: object(
      {
        gender: genderField,
        nationality: nationalityField,
        secondNationality: optional(secondNationalityField),
      },
      { label: "the potential victim's gender and nationality" },
    ),
    identity: optional(
      object({ name: nameField, contact: contactDetailsField }, { label: 'their name and contact details' }),
    ),
  },
  { label: 'the notification' },
);

/**
 * Zod schema of a Duty to Notify notification: what the official form sends when an adult does
 * not consent to an NRM referral (the form's DtN branch, formerly the MS1 form).
 *
 * A notification holds the same account of the exploitation as a referral (first responder,
 * jurisdiction, age, background, exploitation, locations, exploiters, types, police and
 * co-operation), why they did not consent, and their gender and nationality. It never holds their
 * date of birth, interpreter or Home Office reference, a first responder contact, support answers
 * or evidence: the form does not ask for them. Their name and contact details (`identity`) are
 * given only if they agree to co-operate with the authorities: a notification about an adult must
 * not identify them unless they consent (Modern Slavery Act 2015 s52(3)).
 * {@link validateNotification} checks these rules.
 *
 * @example
 * ```ts
 * import { dutyToNotifyNotificationSchema } from '@antislavery/referrals';
 *
 * dutyToNotifyNotificationSchema.safeParse({ person: { gender: 'female' } }).success;
 * //=> false
 * ```
 */
export const dutyToNotifyNotificationSchema = notificationField.zod;

/**
 * A Duty to Notify notification, as {@link dutyToNotifyNotificationSchema} describes it.
 *
 * @example
 * ```ts
 * import type { DutyToNotifyNotification } from '@antislavery/referrals';
 *
 * const person: DutyToNotifyNotification['person'] = { gender: 'male', nationality: 'Albanian' };
 * ```
 */
export type DutyToNotifyNotification = z.infer<typeof dutyToNotifyNotificationSchema>;
