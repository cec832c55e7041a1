import {
  AGE_GROUPS,
  COMPETENT_AUTHORITIES,
  EXPLOITATION_LOCATIONS,
  EXPLOITATION_TYPES,
  GENDERS,
  JURISDICTIONS,
  RESPONDER_TYPES,
} from '@antislavery/model';
import {
  FIRST_RESPONDER_ORGANISATIONS,
  isFirstResponderOrganisation,
  isLocalAuthority,
  isNationality,
  LOCAL_AUTHORITIES,
  NATIONALITIES,
} from '@antislavery/model/lists';
import type { z } from 'zod';
import { date, list, listSelect, object, optional, select, text } from '../fields/kit.js';
import { CASE_KINDS, DECISION_OUTCOMES, SUPPORT_STATUSES } from '../form-options.js';

const outcome = (label: string) =>
  optional(select(DECISION_OUTCOMES, { label, message: `Select ${label}: positive or negative` }));

const support = (days: number) =>
  optional(
    select(SUPPORT_STATUSES, {
      label: `the support status ${days} days after the referral`,
      message: `Select the support status ${days} days after the referral from the list`,
    }),
  );

/** The field tree of a case record. Internal: the zod schema is the public face. */
export const caseRecordField = object(
  {
    reference: text({ label: 'the case reference', max: 100 }),
    kind: select(CASE_KINDS, {
      label: 'if the case is an NRM referral or a notification',
      message: 'Select if the case is an NRM referral or a notification',
    }),
    referralDate: date({ label: 'the referral date' }),
    rgDecisionDate: optional(date({ label: 'the reasonable grounds decision date' })),
    rgOutcome: outcome('the reasonable grounds decision'),
    cgDecisionDate: optional(date({ label: 'the conclusive grounds decision date' })),
    cgOutcome: outcome('the conclusive grounds decision'),
    reconsiderationRequestDate: optional(date({ label: 'the date reconsideration was requested' })),
    reconsiderationDecisionDate: optional(date({ label: 'the reconsideration decision date' })),
    reconsiderationOutcome: outcome('the reconsidered decision'),
    competentAuthority: optional(
      select(COMPETENT_AUTHORITIES, {
        label: 'the competent authority',
        message: 'Select the competent authority: SCA or IECA',
      }),
    ),
    ageGroupAtExploitation: select(AGE_GROUPS, {
      label: 'the age group at the time of exploitation',
      message: 'Select the age group at the time of exploitation',
    }),
    exploitationTypes: list(
      select(EXPLOITATION_TYPES, {
        label: 'the type of exploitation',
        message: 'Select a type of exploitation from the list',
      }),
      {
        label: 'the types of exploitation',
        required: 'Select at least one type of exploitation',
        max: EXPLOITATION_TYPES.length,
        unique: true,
        atLeastOne: true,
      },
    ),
    exploitationLocation: optional(
      select(EXPLOITATION_LOCATIONS, {
        label: 'where they were exploited',
        message: 'Select where they were exploited',
      }),
    ),
    nationality: optional(
      listSelect(NATIONALITIES, isNationality, {
        label: 'their nationality',
        message: 'Select their nationality from the list',
      }),
    ),
    gender: optional(select(GENDERS, { label: 'their gender', message: 'Select their gender' })),
    firstResponderType: select(RESPONDER_TYPES, {
      label: 'the type of first responder organisation',
      message: 'Select the type of first responder organisation',
    }),
    firstResponderOrganisation: optional(
      listSelect(FIRST_RESPONDER_ORGANISATIONS, isFirstResponderOrganisation, {
        label: 'the first responder organisation',
        message: 'Select the first responder organisation from the list',
      }),
    ),
    jurisdiction: select(JURISDICTIONS, {
      label: 'the jurisdiction',
      message: 'Select England, Wales, Scotland or Northern Ireland',
    }),
    localAuthorityArea: optional(
      listSelect(LOCAL_AUTHORITIES, isLocalAuthority, {
        label: 'the local authority area',
        message: 'Select the local authority area from the list',
      }),
    ),
    supportAt45Days: support(45),
    supportAt90Days: support(90),
    supportAt180Days: support(180),
    supportAt365Days: support(365),
  },
  { label: 'the case record' },
);

/**
 * Zod schema of a case record: one referral or notification and what happened next, flat enough to
 * come from one row of a spreadsheet or case-management export. It is what the metrics count: the
 * kind, the dates of the referral and of the reasonable grounds (RG), conclusive grounds (CG) and
 * reconsideration decisions with their outcomes, the competent authority (SCA or IECA), the age
 * group at the time of exploitation, the exploitation types and location, nationality, gender,
 * the first responder's type and organisation, the jurisdiction, the local authority area, and
 * the support status 45, 90, 180 and 365 days after the referral.
 *
 * The schema checks each field; {@link validateCaseRecord} also checks the dates against each
 * other and against today, and that a notification has no decisions or support.
 *
 * @example
 * ```ts
 * import { caseRecordSchema } from '@antislavery/referrals';
 *
 * caseRecordSchema.safeParse({
 *   reference: 'NRM-0001',
 *   kind: 'nrm-referral',
 *   referralDate: '2025-01-06',
 *   ageGroupAtExploitation: 'adult',
 *   exploitationTypes: ['forced-to-work'],
 *   firstResponderType: 'local-authority',
 *   jurisdiction: 'england',
 * }).success;
 * //=> true
 * ```
 */
export const caseRecordSchema = caseRecordField.zod;

/**
 * A case record, as {@link caseRecordSchema} describes it.
 *
 * @example
 * ```ts
 * import type { CaseRecord } from '@antislavery/referrals';
 *
 * const outcome: CaseRecord['rgOutcome'] = 'positive';
 * ```
 */
export type CaseRecord = z.infer<typeof caseRecordSchema>;
