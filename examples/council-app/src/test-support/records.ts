import type { CaseRecord, NrmReferral } from '@antislavery/referrals';

// Invented records for the tests. The personal values are unusual on purpose, so a test can check
// that no answer ever repeats one.

/** The personal values in {@link childReferral}, to look for in answers. */
export const PERSONAL_VALUES = ['Quennell', 'Oyelaran-Whitcombe', '2011-07-19', '07700 900417'] as const;

/**
 * A complete, valid NRM referral about a child, made by Derby City Council's MASH: the child's
 * local authority is contacted and nobody asks for consent.
 */
export function childReferral(): NrmReferral {
  return {
    firstResponder: {
      organisation: 'Derby City Council',
      email: 'mash@derby.example.gov.uk',
      reference: 'MASH-2026-0031',
    },
    jurisdiction: 'england',
    age: { under18: 'yes' },
    localAuthorityContact: {
      localAuthority: 'Derby City Council',
      phone: '01332 000000',
      email: 'mash@derby.example.gov.uk',
    },
    background: {
      birthplace: 'A town in the north of the country',
      family: 'Lives with an aunt.',
      education: 'Stopped going to school last year.',
      employmentHistory: 'None before this.',
    },
    exploitation: {
      multipleSituations: 'no',
      dates: 'From September 2025 until January 2026',
      howItStarted: 'An older boy offered money for carrying bags.',
      takenSomewhere: true,
      journeyDetails: 'Driven between two cities at weekends.',
    },
    treatment: {
      averageDay: 'Waiting at a flat to be sent out with packages.',
      livingConditions: 'Slept at the flat on weekend nights.',
      treatment: 'Told they owed money and would be hurt if they stopped.',
    },
    currentSituation: { stillExploited: false, howTheyLeft: 'Found by police during a search.' },
    lastContact: { when: 'within-the-last-month' },
    reportedBefore: { firstChance: 'yes' },
    assessment: {
      indicators: true,
      indicatorsDetails: 'Debt bondage and going missing from home.',
      interview: 'At the MASH offices with their aunt present.',
      professionalInsight: 'The account matches what the police found.',
      credibilityConcerns: false,
      othersInvolved: false,
    },
    locations: { where: 'uk', ukCities: ['Derby'] },
    currentLocation: { city: 'Derby', region: 'Derbyshire' },
    exploiters: { details: 'An older boy and two adult men.', locationKnown: false },
    exploitationTypes: { types: ['forced-to-commit-crime'] },
    otherVictims: { answer: 'no' },
    futureRisk: { concerns: false },
    police: { reported: true, force: 'Derbyshire Constabulary', crimeReference: 'CRN-20260115-04' },
    cooperation: { willing: true },
    person: {
      name: { firstName: 'Quennell', lastName: 'Oyelaran-Whitcombe' },
      dateOfBirth: '2011-07-19',
      gender: 'male',
      children: { hasChildren: false },
      nationality: 'British',
      interpreter: { needed: false },
      communicationAid: { needed: false },
      homeOfficeReference: { known: false },
    },
    firstResponderContact: {
      firstName: 'Robin',
      lastName: 'Ashdown',
      role: 'MASH social worker',
      phone: '07700 900417',
      alternativeEmail: 'safeguarding@derby.example.gov.uk',
    },
  };
}

/** A valid case record: an NRM referral with a positive reasonable grounds decision. */
export function caseRecord(): CaseRecord {
  return {
    reference: 'DCC-2025-0007',
    kind: 'nrm-referral',
    referralDate: '2025-02-03',
    rgDecisionDate: '2025-02-10',
    rgOutcome: 'positive',
    competentAuthority: 'sca',
    ageGroupAtExploitation: 'adult',
    exploitationTypes: ['forced-to-work'],
    exploitationLocation: 'uk',
    nationality: 'Romanian',
    gender: 'male',
    firstResponderType: 'local-authority',
    firstResponderOrganisation: 'Derby City Council',
    jurisdiction: 'england',
    localAuthorityArea: 'Derby City Council',
  };
}
