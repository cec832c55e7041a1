import { describe, expect, it } from 'vitest';
import { AS_OF, adultReferral, anonymousNotification, childReferral } from '../fixtures/records.js';
import type { DutyToNotifyNotification } from '../schemas/duty-to-notify-notification.js';
import type { NrmReferral } from '../schemas/nrm-referral.js';
import { NOTIFICATION_BRANCHES, REFERRAL_BRANCHES } from './form-branching.js';
import { validateNotification } from './validate-notification.js';
import { validateReferral } from './validate-referral.js';

// Every branch of the official form, tested both ways: a record where the form asks for the field
// and it is given (passes), where the form asks and it is missing (fails with the field's
// `required` code, unless the form leaves it optional), and where the form does not ask but it is
// given (fails with `not-allowed`). The cases follow the forks and HOF `dependent` fields of
// apps/nrm/index.js and apps/nrm/fields/index.js, as nrm-form.md lists them.

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
type Case<T> = {
  /** The branch's path, as `a.b.c`. */
  readonly path: string;
  /** A valid record in which the form asks for the field and it is given. */
  readonly shown: () => T;
  /** A valid record in which the form does not ask for the field (so it is absent). */
  readonly hidden: () => T;
  /** A value to give the field where the form does not ask for it. */
  readonly value: unknown;
};

const set = (record: object, path: string, value: unknown) => {
  const keys = path.split('.');
  let target = record as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return record;
};

const adult = (change: (r: Mutable<NrmReferral>) => void = () => {}) => {
  const record = adultReferral() as Mutable<NrmReferral>;
  change(record);
  return record as NrmReferral;
};
const child = (change: (r: Mutable<NrmReferral>) => void = () => {}) => {
  const record = childReferral() as Mutable<NrmReferral>;
  change(record);
  return record as NrmReferral;
};

const text = 'Some details';

const REFERRAL_CASES: readonly Case<NrmReferral>[] = [
  {
    path: 'localAuthorityContact',
    shown: child,
    hidden: adult,
    value: childReferral().localAuthorityContact,
  },
  {
    path: 'age.under18DuringExploitation',
    shown: adult,
    hidden: child,
    value: 'no',
  },
  {
    path: 'exploitation.journeyDetails',
    shown: adult,
    hidden: () =>
      adult((r) => {
        r.exploitation.takenSomewhere = false;
        delete r.exploitation.journeyDetails;
      }),
    value: text,
  },
  {
    path: 'currentSituation.whatIsKeepingThem',
    shown: () =>
      adult((r) => Object.assign(r, { currentSituation: { stillExploited: true, whatIsKeepingThem: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'currentSituation.howTheyLeft',
    shown: adult,
    hidden: () =>
      adult((r) => Object.assign(r, { currentSituation: { stillExploited: true, whatIsKeepingThem: text } })),
    value: text,
  },
  {
    path: 'reportedBefore.yesDetails',
    shown: () => adult((r) => Object.assign(r, { reportedBefore: { firstChance: 'yes', yesDetails: text } })),
    hidden: () =>
      adult((r) => Object.assign(r, { reportedBefore: { firstChance: 'no', whyReportNow: text } })),
    value: text,
  },
  {
    path: 'reportedBefore.notSureDetails',
    shown: () =>
      adult((r) => Object.assign(r, { reportedBefore: { firstChance: 'not-sure', notSureDetails: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'reportedBefore.whyReportNow',
    shown: () =>
      adult((r) => Object.assign(r, { reportedBefore: { firstChance: 'no', whyReportNow: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'assessment.indicatorsDetails',
    shown: adult,
    hidden: () =>
      adult((r) => {
        r.assessment.indicators = false;
        delete r.assessment.indicatorsDetails;
      }),
    value: text,
  },
  {
    path: 'assessment.credibilityConcernsDetails',
    shown: () =>
      adult((r) =>
        Object.assign(r.assessment, { credibilityConcerns: true, credibilityConcernsDetails: text }),
      ),
    hidden: adult,
    value: text,
  },
  {
    path: 'assessment.othersInvolvedDetails',
    shown: () =>
      adult((r) => Object.assign(r.assessment, { othersInvolved: true, othersInvolvedDetails: text })),
    hidden: adult,
    value: text,
  },
  {
    path: 'locations.ukCities',
    shown: adult,
    hidden: () =>
      adult((r) => Object.assign(r, { locations: { where: 'overseas', overseasCountries: ['France'] } })),
    value: ['Derby'],
  },
  {
    path: 'locations.ukAddress',
    shown: () => adult((r) => Object.assign(r.locations, { ukAddress: text })),
    hidden: () =>
      adult((r) => Object.assign(r, { locations: { where: 'overseas', overseasCountries: ['France'] } })),
    value: text,
  },
  {
    path: 'locations.overseasCountries',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          locations: { where: 'uk-and-overseas', ukCities: ['Derby'], overseasCountries: ['France'] },
        }),
      ),
    hidden: adult,
    value: ['France'],
  },
  {
    path: 'locations.overseasAddress',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          locations: { where: 'overseas', overseasCountries: ['France'], overseasAddress: text },
        }),
      ),
    hidden: adult,
    value: text,
  },
  {
    path: 'exploiters.inUk',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          exploiters: { details: text, locationKnown: true, inUk: true, locationDetails: text },
        }),
      ),
    hidden: adult,
    value: false,
  },
  {
    path: 'exploiters.locationDetails',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          exploiters: { details: text, locationKnown: true, inUk: true, locationDetails: text },
        }),
      ),
    hidden: adult,
    value: text,
  },
  {
    path: 'exploitationTypes.otherDetails',
    shown: () =>
      adult((r) => Object.assign(r, { exploitationTypes: { types: ['other'], otherDetails: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'otherVictims.yesDetails',
    shown: () => adult((r) => Object.assign(r, { otherVictims: { answer: 'yes', yesDetails: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'otherVictims.notSureDetails',
    shown: () =>
      adult((r) => Object.assign(r, { otherVictims: { answer: 'not-sure', notSureDetails: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'futureRisk.reasons',
    shown: () => adult((r) => Object.assign(r, { futureRisk: { concerns: true, reasons: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'police.force',
    shown: adult,
    hidden: () => adult((r) => Object.assign(r, { police: { reported: false } })),
    value: 'Derbyshire Constabulary',
  },
  {
    path: 'police.crimeReference',
    shown: adult,
    hidden: () => adult((r) => Object.assign(r, { police: { reported: false } })),
    value: 'CRN-1',
  },
  {
    path: 'cooperation.details',
    shown: () => adult((r) => Object.assign(r, { cooperation: { willing: true, details: text } })),
    hidden: () => adult((r) => Object.assign(r, { cooperation: { willing: false } })),
    value: text,
  },
  { path: 'support', shown: adult, hidden: child, value: { needed: false } },
  {
    path: 'support.phone',
    shown: adult,
    hidden: () => adult((r) => Object.assign(r, { support: { needed: false } })),
    value: 'no',
  },
  {
    path: 'support.phoneNumber',
    shown: adult,
    hidden: () =>
      adult((r) => Object.assign(r, { support: { needed: true, phone: 'no', noPhoneReason: text } })),
    value: '07700 900982',
  },
  {
    path: 'support.alternativeNumber',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          support: {
            needed: true,
            phone: 'pv-alternative-number',
            alternativeNumber: '07700 900123',
            alternativeRelationship: 'Friend',
          },
        }),
      ),
    hidden: adult,
    value: '07700 900123',
  },
  {
    path: 'support.alternativeRelationship',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          support: {
            needed: true,
            phone: 'pv-alternative-number',
            alternativeNumber: '07700 900123',
            alternativeRelationship: 'Friend',
          },
        }),
      ),
    hidden: adult,
    value: 'Friend',
  },
  {
    path: 'support.noPhoneReason',
    shown: () =>
      adult((r) => Object.assign(r, { support: { needed: true, phone: 'no', noPhoneReason: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'consent.refusalReason',
    // A referral never holds a refusal (that is a notification), so the shown case is checked as
    // far as the form's branch goes: the refusal reason alone is not what fails it.
    shown: () => adult((r) => Object.assign(r, { consent: { given: false, refusalReason: text } })),
    hidden: adult,
    value: text,
  },
  {
    path: 'person.children.howMany',
    shown: () => adult((r) => Object.assign(r.person, { children: { hasChildren: true, howMany: 2 } })),
    hidden: adult,
    value: 2,
  },
  {
    path: 'person.interpreter.language',
    shown: adult,
    hidden: () => adult((r) => Object.assign(r.person, { interpreter: { needed: false } })),
    value: 'Albanian',
  },
  {
    path: 'person.communicationAid.aid',
    shown: () =>
      adult((r) => Object.assign(r.person, { communicationAid: { needed: true, aid: 'Easy read' } })),
    hidden: adult,
    value: 'Easy read',
  },
  {
    path: 'person.homeOfficeReference.reference',
    shown: () =>
      adult((r) => Object.assign(r.person, { homeOfficeReference: { known: true, reference: 'HO-1' } })),
    hidden: adult,
    value: 'HO-1',
  },
  { path: 'decision', shown: adult, hidden: child, value: adultReferral().decision },
  {
    path: 'decision.potentialVictim',
    shown: adult,
    hidden: () =>
      adult((r) =>
        Object.assign(r, {
          decision: {
            sendTo: 'someone-else',
            someoneElse: {
              methods: ['post'],
              address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
              permissionToSend: true,
            },
          },
        }),
      ),
    value: adultReferral().decision?.potentialVictim,
  },
  {
    path: 'decision.someoneElse',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          decision: {
            sendTo: 'someone-else',
            someoneElse: {
              methods: ['post'],
              address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
              permissionToSend: true,
            },
          },
        }),
      ),
    hidden: adult,
    value: { methods: ['email'], email: 'friend@example.com', permissionToSend: true },
  },
  {
    path: 'decision.potentialVictim.email',
    shown: adult,
    hidden: () =>
      adult((r) =>
        Object.assign(r.decision as object, {
          potentialVictim: {
            methods: ['post'],
            address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
            postSafe: true,
          },
        }),
      ),
    value: 'pv@example.com',
  },
  {
    path: 'decision.potentialVictim.emailSafe',
    shown: adult,
    hidden: () =>
      adult((r) =>
        Object.assign(r.decision as object, {
          potentialVictim: {
            methods: ['post'],
            address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
            postSafe: true,
          },
        }),
      ),
    value: true,
  },
  {
    path: 'decision.potentialVictim.address',
    shown: () =>
      adult((r) =>
        Object.assign(r.decision as object, {
          potentialVictim: {
            methods: ['post'],
            address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
            postSafe: true,
          },
        }),
      ),
    hidden: adult,
    value: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
  },
  {
    path: 'decision.potentialVictim.postSafe',
    shown: () =>
      adult((r) =>
        Object.assign(r.decision as object, {
          potentialVictim: {
            methods: ['post'],
            address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
            postSafe: true,
          },
        }),
      ),
    hidden: adult,
    value: true,
  },
  {
    path: 'decision.someoneElse.email',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          decision: {
            sendTo: 'someone-else',
            someoneElse: { methods: ['email'], email: 'f@example.com', permissionToSend: true },
          },
        }),
      ),
    hidden: () =>
      adult((r) =>
        Object.assign(r, {
          decision: {
            sendTo: 'someone-else',
            someoneElse: {
              methods: ['post'],
              address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
              permissionToSend: true,
            },
          },
        }),
      ),
    value: 'f@example.com',
  },
  {
    path: 'decision.someoneElse.address',
    shown: () =>
      adult((r) =>
        Object.assign(r, {
          decision: {
            sendTo: 'someone-else',
            someoneElse: {
              methods: ['post'],
              address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
              permissionToSend: true,
            },
          },
        }),
      ),
    hidden: () =>
      adult((r) =>
        Object.assign(r, {
          decision: {
            sendTo: 'someone-else',
            someoneElse: { methods: ['email'], email: 'f@example.com', permissionToSend: true },
          },
        }),
      ),
    value: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
  },
];

const codeOf = (document: string, path: string, problem: string) =>
  `${document}.${path
    .split('.')
    .map((name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`))
    .join('.')}.${problem}`;

const codes = (result: { ok: boolean; issues?: readonly { code: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);

describe('the form branching of an NRM referral', () => {
  it('has a case for every branch', () => {
    expect(REFERRAL_CASES.map((c) => c.path).sort()).toEqual(
      REFERRAL_BRANCHES.map((b) => b.path.join('.')).sort(),
    );
  });

  for (const branch of REFERRAL_BRANCHES) {
    const path = branch.path.join('.');
    const testCase = REFERRAL_CASES.find((c) => c.path === path);
    if (testCase === undefined) continue;
    const refusal = path === 'consent.refusalReason';

    it(`accepts ${path} where the form asks for it`, () => {
      const result = validateReferral(testCase.shown(), { asOf: AS_OF });
      // A refusal makes the record a notification, which the pathway rule reports; the branch does not.
      if (refusal) expect(codes(result)).toEqual(['referral.consent.refused-means-notification']);
      else expect(codes(result)).toEqual([]);
    });

    it(`accepts a record without ${path} where the form does not ask for it`, () => {
      expect(codes(validateReferral(testCase.hidden(), { asOf: AS_OF }))).toEqual([]);
    });

    if (branch.required) {
      it(`rejects a record without ${path} where the form asks for it`, () => {
        const record = set(testCase.shown(), path, undefined);
        expect(codes(validateReferral(record, { asOf: AS_OF }))).toContain(
          codeOf('referral', path, 'required'),
        );
      });
    } else {
      it(`accepts a record without the optional ${path} where the form asks for it`, () => {
        const record = set(testCase.shown(), path, undefined);
        const expected = refusal ? ['referral.consent.refused-means-notification'] : [];
        expect(codes(validateReferral(record, { asOf: AS_OF }))).toEqual(expected);
      });
    }

    it(`rejects ${path} where the form does not ask for it`, () => {
      const record = set(testCase.hidden(), path, testCase.value);
      const result = validateReferral(record, { asOf: AS_OF });
      expect(codes(result)).toContain(codeOf('referral', path, 'not-allowed'));
      const issue = result.ok ? undefined : result.issues.find((i) => i.code.endsWith('.not-allowed'));
      expect(issue?.path).toEqual(path.split('.'));
      expect(issue?.message).toMatch(/^Remove .+: the form asks for this only if /);
    });
  }
});

const notification = (change: (n: Mutable<DutyToNotifyNotification>) => void = () => {}) => {
  const record = anonymousNotification() as Mutable<DutyToNotifyNotification>;
  change(record);
  return record as DutyToNotifyNotification;
};
const identified = () =>
  notification((n) =>
    Object.assign(n, {
      cooperation: { willing: true },
      identity: {
        name: { firstName: 'Linh', lastName: 'Tran' },
        contact: { methods: ['email'], email: 'linh@example.com', emailSafe: true },
      },
    }),
  );
const byPost = () =>
  notification((n) =>
    Object.assign(n, {
      cooperation: { willing: true },
      identity: {
        name: { firstName: 'Linh', lastName: 'Tran' },
        contact: {
          methods: ['post'],
          address: { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
          postSafe: true,
        },
      },
    }),
  );

describe('the form branching of a notification', () => {
  it('asks for their name and contact details when they will co-operate', () => {
    expect(codes(validateNotification(identified(), { asOf: AS_OF }))).toEqual([]);
    const record = set(identified(), 'identity', undefined);
    expect(codes(validateNotification(record, { asOf: AS_OF }))).toEqual(['notification.identity.required']);
  });

  it('leaves the shared branches as the referral has them', () => {
    const record = notification((n) => {
      n.exploitation.takenSomewhere = false;
    });
    expect(codes(validateNotification(record, { asOf: AS_OF }))).toEqual([
      'notification.exploitation.journey-details.not-allowed',
    ]);
  });

  it.each([
    ['identity.contact.email', identified, byPost, 'linh@example.com'],
    ['identity.contact.emailSafe', identified, byPost, true],
    [
      'identity.contact.address',
      byPost,
      identified,
      { street: '1 High St', town: 'Derby', postcode: 'DE1 1AA' },
    ],
    ['identity.contact.postSafe', byPost, identified, true],
  ] as const)('asks for %s only for the contact method chosen', (path, shown, hidden, value) => {
    expect(codes(validateNotification(set(shown(), path, undefined), { asOf: AS_OF }))).toContain(
      codeOf('notification', path, 'required'),
    );
    expect(codes(validateNotification(set(hidden(), path, value), { asOf: AS_OF }))).toContain(
      codeOf('notification', path, 'not-allowed'),
    );
  });

  it('has a test for every branch of its own', () => {
    const own = NOTIFICATION_BRANCHES.map((b) => b.path.join('.')).filter((p) => p.startsWith('identity'));
    expect(own.sort()).toEqual(
      [
        'identity',
        'identity.contact.address',
        'identity.contact.email',
        'identity.contact.emailSafe',
        'identity.contact.postSafe',
      ].sort(),
    );
  });
});
