import { isLocalAuthority, LOCAL_AUTHORITIES } from '@antislavery/model/lists';
import type { z } from 'zod';
import {
  date,
  email,
  integer,
  list,
  listSelect,
  object,
  optional,
  phone,
  select,
  text,
  yesNo,
} from '../fields/kit.js';
import {
  DECISION_RECIPIENTS,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  EVIDENCE_MEDIA_TYPES,
  PHONE_ANSWERS,
} from '../form-options.js';
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
  someoneElseField,
  treatmentField,
} from './case-fields.js';

const localAuthorityContactField = object(
  {
    localAuthority: listSelect(LOCAL_AUTHORITIES, isLocalAuthority, {
      label: 'the local authority',
      form: 'local-authority-contacted-about-child-local-authority-name',
      message: 'Select the local authority from the list',
    }),
    phone: text({
      label: "the local authority's phone number",
      form: 'local-authority-contacted-about-child-local-authority-phone',
      sensitivity: 'personal',
    }),
    email: email({
      label: "the local authority's email address",
      form: 'local-authority-contacted-about-child-local-authority-email',
      sensitivity: 'personal',
    }),
    firstName: optional(
      text({
        label: "the local authority contact's first name",
        form: 'local-authority-contacted-about-child-local-authority-first-name',
        sensitivity: 'personal',
      }),
    ),
    lastName: optional(
      text({
        label: "the local authority contact's last name",
        form: 'local-authority-contacted-about-child-local-authority-last-name',
        sensitivity: 'personal',
      }),
    ),
  },
  { label: 'the local authority you contacted about the child' },
);

const consentField = object(
  {
    given: yesNo({
      question: 'if the potential victim consents to being referred to the NRM',
      form: 'pv-want-to-submit-nrm',
    }),
    refusalReason: optional(
      text({ label: 'why they do not consent', form: 'refuse-nrm', sensitivity: 'free-text' }),
    ),
  },
  { label: 'their consent' },
);

const supportField = object(
  {
    needed: yesNo({ question: 'if they need support', form: 'does-pv-need-support' }),
    phone: optional(
      select(PHONE_ANSWERS, {
        label: 'if they have a phone number we can contact them on',
        form: 'pv-phone-number',
        message: 'Select if they have a phone number we can contact them on',
      }),
    ),
    phoneNumber: optional(
      phone({ label: 'their phone number', form: 'pv-phone-number-yes', sensitivity: 'personal' }),
    ),
    alternativeNumber: optional(
      phone({
        label: 'the alternative phone number',
        form: 'pv-phone-number-alternative',
        sensitivity: 'personal',
      }),
    ),
    alternativeRelationship: optional(
      text({
        label: "the alternative contact's relationship to them",
        form: 'alternative-number-relation-to-pv',
        sensitivity: 'free-text',
        max: 250,
      }),
    ),
    noPhoneReason: optional(
      text({
        label: 'why you cannot provide contact details',
        form: 'no-contact-details',
        sensitivity: 'free-text',
        required: 'Explain why you cannot provide contact details',
      }),
    ),
  },
  { label: 'their support needs' },
);

const personField = object(
  {
    name: nameField,
    dateOfBirth: optional(date({ label: 'the date of birth', form: 'pv-dob', sensitivity: 'personal' })),
    gender: genderField,
    children: object(
      {
        hasChildren: yesNo({ question: 'if they have children', form: 'does-pv-have-children' }),
        howMany: optional(
          integer({
            label: 'how many children they have',
            form: 'does-pv-have-children-yes-amount',
            min: 0,
            max: 99,
          }),
        ),
      },
      { label: 'whether they have children' },
    ),
    nationality: nationalityField,
    secondNationality: optional(secondNationalityField),
    interpreter: object(
      {
        needed: yesNo({ question: 'if they need an interpreter', form: 'pv-interpreter-requirements' }),
        language: optional(
          text({
            label: 'the language they need',
            form: 'pv-interpreter-requirements-language',
            sensitivity: 'free-text',
          }),
        ),
      },
      { label: 'their interpreter needs' },
    ),
    communicationAid: object(
      {
        needed: yesNo({
          question: 'if they need any other help with communication',
          form: 'pv-other-help-with-communication',
        }),
        aid: optional(
          text({
            label: 'the help they need with communication',
            form: 'pv-other-help-with-communication-aid',
            sensitivity: 'free-text',
          }),
        ),
      },
      { label: 'their communication needs' },
    ),
    homeOfficeReference: object(
      {
        known: yesNo({ question: 'if they have a Home Office reference number', form: 'pv-ho-reference' }),
        reference: optional(
          text({
            label: 'their Home Office reference number',
            form: 'pv-ho-reference-type',
            sensitivity: 'personal',
          }),
        ),
      },
      { label: 'their Home Office reference' },
    ),
  },
  { label: "the potential victim's details" },
);

const decisionField = object(
  {
    sendTo: select(DECISION_RECIPIENTS, {
      label: 'who should receive the decision',
      form: 'who-contact',
      message: 'Select who should receive the decision',
    }),
    potentialVictim: optional(contactDetailsField),
    someoneElse: optional(someoneElseField),
  },
  { label: 'who should receive the decision and how' },
);

const firstResponderContactField = object(
  {
    firstName: text({ label: 'your first name', form: 'fr-details-first-name', sensitivity: 'personal' }),
    lastName: text({ label: 'your last name', form: 'fr-details-last-name', sensitivity: 'personal' }),
    role: text({ label: 'your role', form: 'fr-details-role', sensitivity: 'personal' }),
    phone: text({ label: 'your phone number', form: 'fr-details-phone', sensitivity: 'personal' }),
    alternativeEmail: email({
      label: 'an alternative email address',
      form: 'fr-alternative-contact',
      sensitivity: 'personal',
    }),
  },
  { label: 'your contact details' },
);

const evidenceFileField = object(
  {
    name: text({ label: 'the file name', max: 255, sensitivity: 'personal' }),
    mediaType: select(EVIDENCE_MEDIA_TYPES, {
      label: 'the file type',
      message: 'The selected file must be a JPEG, JPG, PDF, PNG, DOC or DOCX',
    }),
    sizeBytes: optional(integer({ label: 'the file size in bytes', min: 1, max: EVIDENCE_MAX_BYTES })),
  },
  { label: 'the evidence file' },
);

const evidenceField = object(
  {
    files: list(evidenceFileField, {
      label: 'the evidence files',
      form: 'upload-file',
      required: 'Add at least one file, or leave the evidence out',
      max: EVIDENCE_MAX_FILES,
    }),
    description: text({
      label: 'the list of documents or evidence you will submit',
      form: 'what-evidence-you-will-submit',
      sensitivity: 'free-text',
    }),
  },
  { label: 'the evidence' },
);

/** The field tree of an NRM referral. Internal: the zod schema is the public face. */
export const nrmReferralField = object(
  {
    firstResponder: firstResponderField,
    jurisdiction: jurisdictionField,
    age: ageField,
    localAuthorityContact: optional(localAuthorityContactField),
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
    consent: optional(consentField),
    support: optional(supportField),
    person: personField,
    decision: optional(decisionField),
    firstResponderContact: firstResponderContactField,
    evidence: optional(evidenceField),
  },
  { label: 'the referral' },
);

/**
 * Zod schema of an NRM referral: every answer the official online form captures for a referral,
 * grouped as the form groups its pages, with the form's option values and limits (15,000
 * characters for text, 250 for the alternative contact's relationship). It is typed better than
 * the form where that helps: yes or no answers are booleans, dates are `YYYY-MM-DD`, lists of
 * places and exploitation types are arrays, and exploitation periods may be given as dates beside
 * the form's free text.
 *
 * The schema checks each field. The form's branching (which answers are asked, given earlier
 * answers), the date rules and the pathway rules (consent for adults, none for children) are
 * cross-field checks made by {@link validateReferral}; use that to validate a referral. The groups:
 *
 * - `firstResponder`: your organisation (from the form's list of 526), work email and reference.
 * - `jurisdiction`: where you are making the report.
 * - `age`: whether they are under 18 now, and (adults only) whether they were during the
 *   exploitation.
 * - `localAuthorityContact`: the local authority contacted about a child (child or not sure only).
 * - `background`, `exploitation`, `treatment`, `currentSituation`, `lastContact`,
 *   `reportedBefore`, `assessment`: what happened, in the form's free text, with yes or no answers.
 * - `locations`, `currentLocation`, `exploiters`: where they were exploited (up to ten UK towns and
 *   ten countries), where they are now, and who exploited them.
 * - `exploitationTypes`: at least one of the form's ten types, with details for "Other".
 * - `otherVictims`, `futureRisk`, `police`, `cooperation`: other victims, the risk of further
 *   exploitation, the police report and crime reference, and co-operation with the authorities.
 * - `consent` (adults only), `support` and its phone answers (adults only).
 * - `person`: name, date of birth, gender, children, nationalities, interpreter, communication
 *   aid, Home Office reference.
 * - `decision` (adults only): who receives the decision and how.
 * - `firstResponderContact`: your name, role, phone and an alternative email.
 * - `evidence`: the files to upload and the list of evidence to follow.
 *
 * @example
 * ```ts
 * import { nrmReferralSchema } from '@antislavery/referrals';
 *
 * nrmReferralSchema.safeParse({}).success;
 * //=> false
 * ```
 */
export const nrmReferralSchema = nrmReferralField.zod;

/**
 * An NRM referral, as {@link nrmReferralSchema} describes it.
 *
 * @example
 * ```ts
 * import type { NrmReferral } from '@antislavery/referrals';
 *
 * const types: NrmReferral['exploitationTypes'] = { types: ['forced-to-work'] };
 * ```
 */
export type NrmReferral = z.infer<typeof nrmReferralSchema>;
