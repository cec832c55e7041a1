// Valid documents to break: a referral, a notification and a case record (with the personal values
// given, so that the leak tests can plant recognisable ones), pathway facts, a local pathway, a
// rule set, a case file and a GOV.UK bank holidays file.
import { bankHolidays, DIVISIONS } from '@antislavery/model';
import type { CaseRecord, DutyToNotifyNotification, NrmReferral } from '@antislavery/referrals';

/** The personal values of one potential victim, their contacts and their first responder. */
export type Person = {
  readonly firstName: string;
  readonly lastName: string;
  readonly nickname: string;
  readonly dateOfBirth: string;
  readonly email: string;
  readonly phone: string;
  readonly street: string;
  readonly town: string;
  readonly postcode: string;
  readonly homeOfficeReference: string;
  readonly responderFirstName: string;
  readonly responderLastName: string;
  readonly responderPhone: string;
  readonly responderEmail: string;
  readonly caseReference: string;
};

/** Ordinary values, for the tests that do not look for leaks. Phone numbers are Ofcom drama numbers. */
export const ORDINARY_PERSON: Person = {
  firstName: 'Ana',
  lastName: 'Doe',
  nickname: 'Annie',
  dateOfBirth: '1990-05-17',
  email: 'ana.doe@example.com',
  phone: '07700 900982',
  street: '1 High Street',
  town: 'Derby',
  postcode: 'DE1 1AA',
  homeOfficeReference: 'A1234567',
  responderFirstName: 'Sam',
  responderLastName: 'Patel',
  responderPhone: '01632 960002',
  responderEmail: 'sam.patel@example.org',
  caseReference: 'NRM-0000142',
};

/** The date the documents are valid on. */
export const AS_OF = '2026-03-31';

/** What a referral and a notification share: the account of the exploitation, free of personal values. */
function account() {
  return {
    firstResponder: {
      organisation: 'Derby City Council',
      email: 'modern.slavery@example.gov.uk',
      reference: 'DCC-2026-0142',
    },
    jurisdiction: 'england' as const,
    background: {
      birthplace: 'A village',
      family: 'Parents and two brothers.',
      education: 'Left school at 15.',
      employmentHistory: 'Farm work, then a promised job in a car wash.',
    },
    exploitation: {
      multipleSituations: 'no' as const,
      dates: 'From March 2025 until October 2025',
      howItStarted: 'A man offered well-paid work.',
      takenSomewhere: true,
      journeyDetails: 'By lorry, arriving at night.',
      periods: [{ from: '2025-03-01', to: '2025-10-31' }],
    },
    treatment: {
      averageDay: 'Washing cars for 14 hours.',
      livingConditions: 'Six people in one room.',
      treatment: 'Threatened with violence.',
    },
    currentSituation: { stillExploited: false, howTheyLeft: 'Went to a police station.' },
    lastContact: { when: 'within-the-last-month' as const },
    reportedBefore: { firstChance: 'yes' as const },
    assessment: {
      indicators: true,
      indicatorsDetails: 'No access to their passport.',
      interview: 'At the council offices with an interpreter.',
      professionalInsight: 'The account is consistent.',
      credibilityConcerns: false,
      othersInvolved: false,
    },
    locations: { where: 'uk' as const, ukCities: ['Derby'] },
    currentLocation: { city: 'Derby', region: 'Derbyshire' },
    exploiters: { details: 'Two men.', locationKnown: false },
    exploitationTypes: { types: ['forced-to-work' as const, 'wages-taken' as const] },
    otherVictims: { answer: 'no' as const },
    futureRisk: { concerns: false },
    police: { reported: true, force: 'Derbyshire Constabulary', crimeReference: 'CRN-20251031-77' },
    cooperation: { willing: true },
  };
}

/** A valid referral about an adult who consents, wants support and is sent the decision by post and email. */
export function adultReferral(person: Person = ORDINARY_PERSON): NrmReferral {
  return {
    ...account(),
    age: { under18: 'no', under18DuringExploitation: 'no' },
    consent: { given: true },
    support: {
      needed: true,
      phone: 'yes',
      phoneNumber: person.phone,
    },
    person: {
      name: { firstName: person.firstName, lastName: person.lastName, nickname: person.nickname },
      dateOfBirth: person.dateOfBirth,
      gender: 'female',
      children: { hasChildren: false },
      nationality: 'Albanian',
      interpreter: { needed: true, language: 'Albanian' },
      communicationAid: { needed: false },
      homeOfficeReference: { known: true, reference: person.homeOfficeReference },
    },
    decision: {
      sendTo: 'potential-victim',
      potentialVictim: {
        methods: ['email', 'post'],
        email: person.email,
        emailSafe: true,
        address: { street: person.street, town: person.town, postcode: person.postcode },
        postSafe: true,
      },
    },
    firstResponderContact: {
      firstName: person.responderFirstName,
      lastName: person.responderLastName,
      role: 'Modern slavery coordinator',
      phone: person.responderPhone,
      alternativeEmail: person.responderEmail,
    },
  };
}

/** A valid notification about an adult who did not consent and will not co-operate. */
export function anonymousNotification(): DutyToNotifyNotification {
  return {
    ...account(),
    age: { under18: 'no', under18DuringExploitation: 'no' },
    cooperation: { willing: false },
    refusalReason: 'Afraid of what will happen to their family.',
    person: { gender: 'female', nationality: 'Vietnamese' },
  };
}

/** A valid case record: a referral with a positive reasonable grounds decision. */
export function caseRecord(person: Person = ORDINARY_PERSON): CaseRecord {
  return {
    reference: person.caseReference,
    kind: 'nrm-referral',
    referralDate: '2025-11-03',
    rgDecisionDate: '2025-11-10',
    rgOutcome: 'positive',
    competentAuthority: 'sca',
    ageGroupAtExploitation: 'adult',
    exploitationTypes: ['forced-to-work', 'wages-taken'],
    exploitationLocation: 'uk',
    nationality: 'Albanian',
    gender: 'male',
    firstResponderType: 'local-authority',
    firstResponderOrganisation: 'Derby City Council',
    jurisdiction: 'england',
    localAuthorityArea: 'Derby City Council',
    supportAt45Days: 'in-support',
  };
}

/** The columns of {@link caseRecordCsvLine}, in order. */
export const CASE_RECORD_COLUMNS = Object.keys(caseRecord()) as (keyof CaseRecord)[];

/** A case record as one CSV line, in the order of {@link CASE_RECORD_COLUMNS}. */
export function caseRecordCsvLine(record: Record<string, unknown>): string {
  return CASE_RECORD_COLUMNS.map((column) => {
    const value = record[column];
    const text = Array.isArray(value) ? value.join(';') : value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(',');
}

/** Valid pathway facts: an adult who refused consent, met by a council's housing team. */
export function pathwayFacts() {
  return {
    jurisdiction: 'england',
    responder: { organisationType: 'local-authority', organisation: 'Derby City Council', team: 'housing' },
    person: {
      under18: 'no',
      consent: 'refused',
      inImmediateDanger: false,
      hasCareAndSupportNeeds: false,
      cooperatingWithAuthorities: false,
    },
  };
}

/** A valid local pathway with contacts and steps. */
export function localPathway() {
  return {
    name: 'Example Council local pathway',
    jurisdiction: 'england',
    contacts: {
      childrensServices: { name: 'Example MASH', phone: '01632 960100' },
      adultSocialCare: { name: 'Example adult social care', phone: '01632 960101' },
      partnerCharities: [{ name: 'Example charity', phone: '01632 960102' }],
    },
    ictgArea: true,
    childNrmReferralsBy: 'childrens-services',
    steps: [
      {
        id: 'tell-partnership',
        description: 'Tell the partnership coordinator',
        for: 'everyone',
        contact: 'childrensServices',
      },
    ],
  };
}

/** A rule set in JSON using every kind of condition, with parameters and declared facts. */
export function ruleSetJson() {
  const citation = { title: 'Example guidance', section: 'para 1' };
  const inForce = { from: '2020-01-01' };
  return {
    name: 'reliability',
    version: '1',
    facts: {
      'person.age': { type: 'number', label: 'their age' },
      'person.under18': { type: 'string' },
      'referral.date': { type: 'date' },
    },
    parameters: {
      adultAge: {
        description: 'the age of an adult',
        unit: 'years',
        versions: [{ from: '2020-01-01', value: 18, citation }],
      },
      windowDays: { description: 'the window', versions: [{ from: '2020-01-01', value: 45, citation }] },
    },
    rules: [
      {
        id: 'adult',
        description: 'Treat the person as an adult',
        citation,
        inForce,
        when: { op: 'gte', fact: 'person.age', value: { param: 'adultAge' } },
        outcome: { action: 'adult' },
      },
      {
        id: 'answered',
        description: 'The age question is answered',
        citation,
        inForce,
        when: {
          op: 'any',
          conditions: [
            { op: 'in', fact: 'person.under18', value: ['yes', 'no', 'not-sure'] },
            { op: 'exists', fact: 'person.name' },
            { op: 'includes', fact: 'person.types', value: 'forced-to-work' },
          ],
        },
        outcome: { action: 'answered' },
        priority: 2,
      },
      {
        id: 'recent',
        description: 'The referral is recent',
        citation,
        inForce: { from: '2020-01-01', to: '2030-12-31' },
        when: {
          op: 'all',
          conditions: [
            { op: 'onOrAfter', fact: 'referral.date', value: '2015-07-31' },
            { op: 'before', fact: 'referral.date', value: { asOf: true } },
            {
              op: 'withinDaysBefore',
              fact: 'referral.date',
              days: { param: 'windowDays' },
              of: { asOf: true },
            },
            {
              op: 'withinWorkingDaysAfter',
              fact: 'decision.date',
              days: 5,
              of: { fact: 'referral.date' },
              division: { fact: 'referral.jurisdiction' },
            },
            { op: 'not', condition: { op: 'eq', fact: 'person.under18', value: 'yes' } },
            { op: 'ne', fact: 'person.age', value: { fact: 'person.otherAge' } },
            { op: 'lt', fact: 'person.age', value: 200 },
          ],
        },
        outcome: { action: 'recent' },
      },
    ],
  };
}

/** A case file for {@link ruleSetJson}. */
export function caseFileJson() {
  return {
    ruleSet: 'reliability',
    cases: [
      {
        name: 'an adult is an adult',
        asOf: '2025-06-01',
        facts: { person: { age: 30 } },
        expect: { outcomes: [{ action: 'adult' }], fired: { includes: ['adult'], excludes: ['recent'] } },
      },
      {
        name: 'an unknown age is missing',
        asOf: '2025-06-01',
        facts: {},
        expect: { missing: ['person.age'], undecided: { includes: ['adult'] } },
      },
    ],
  };
}

/** GOV.UK's bank holidays file, as the built-in calendar would publish it. */
export function bankHolidaysJson() {
  return Object.fromEntries(
    DIVISIONS.map((division) => [
      division,
      {
        division,
        events: bankHolidays(division, { from: '2024-01-01', to: '2026-12-31' }).map((event) => ({
          title: event.title,
          date: event.date,
          notes: event.notes,
          bunting: event.bunting,
        })),
      },
    ]),
  );
}
