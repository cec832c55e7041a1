import { JURISDICTIONS, RESPONDER_TYPES, UNDER_18_ANSWERS } from '@antislavery/model';
import { fromDayNumber, toDayNumber } from '@antislavery/model/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from './actions.js';
import { CHILD_REFERRAL_ROUTES } from './child-referral-routes.js';
import { CONSENT_ANSWERS } from './consent.js';
import { decidePathway, safeDecidePathway } from './decide-pathway.js';
import { defineLocalPathway, LOCAL_STEP_AUDIENCES } from './local-pathway.js';
import type { PathwayFacts } from './pathway-facts.js';
import { TEAMS } from './teams.js';

// Invariants that hold for every case, checked on generated facts, dates and local pathways.

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const omitUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;

const date = fc
  .integer({ min: toDayNumber('2009-04-01'), max: toDayNumber('2027-12-31') })
  .map((day) => fromDayNumber(day));

const facts: fc.Arbitrary<PathwayFacts> = fc
  .record({
    jurisdiction: fc.constantFrom(...JURISDICTIONS),
    organisationType: fc.constantFrom(...RESPONDER_TYPES),
    team: optional(fc.constantFrom(...TEAMS)),
    under18: fc.constantFrom(...UNDER_18_ANSWERS),
    consent: optional(fc.constantFrom(...CONSENT_ANSWERS)),
    inImmediateDanger: optional(fc.boolean()),
    hasCareAndSupportNeeds: optional(fc.boolean()),
    cooperatingWithAuthorities: optional(fc.boolean()),
  })
  .map(({ jurisdiction, organisationType, team, ...person }) => ({
    jurisdiction,
    responder: omitUndefined({ organisationType, team }),
    person: omitUndefined(person),
  }));

const localFor = (jurisdiction: PathwayFacts['jurisdiction']) =>
  fc
    .record({
      ictgArea: optional(fc.boolean()),
      devolvedChildDecisionPilot: optional(fc.boolean()),
      childNrmReferralsBy: optional(fc.constantFrom(...CHILD_REFERRAL_ROUTES)),
      steps: fc.array(fc.constantFrom(...LOCAL_STEP_AUDIENCES), { maxLength: 3 }),
    })
    .map(({ steps, ...rest }) =>
      defineLocalPathway({
        name: 'Generated Council',
        jurisdiction,
        ...omitUndefined(rest),
        steps: steps.map((audience, index) => ({
          id: `step-${index}`,
          description: 'Do a local step',
          for: audience,
        })),
      }),
    );

const ids = (facts: PathwayFacts, asOf: string) =>
  decidePathway(facts, { asOf }).actions.map((action) => action.id);

describe('every decision', () => {
  it('never has someone who is not a first responder submit a referral or a notification', () => {
    fc.assert(
      fc.property(facts, date, (caseFacts, asOf) => {
        const decision = decidePathway(caseFacts, { asOf });
        if (decision.responder.isFirstResponder) return;
        const actions = decision.actions.map((action) => action.id);
        expect(actions).not.toContain('submit-nrm-referral');
        expect(actions).not.toContain('submit-duty-to-notify');
        expect(actions).toContain('pass-to-first-responder');
        expect(actions).toContain('call-modern-slavery-helpline');
      }),
    );
  });

  it('treats a person as a child exactly when they are, or may be, under 18, and never asks a child to consent', () => {
    fc.assert(
      fc.property(facts, date, (caseFacts, asOf) => {
        const decision = decidePathway(caseFacts, { asOf });
        expect(decision.treatedAsChild).toBe(caseFacts.person.under18 !== 'no');
        expect(decision.consentRequired).toBe(caseFacts.person.under18 === 'no');
        if (decision.treatedAsChild) {
          const actions = decision.actions.map((action) => action.id);
          expect(actions).not.toContain('seek-consent');
          expect(actions).not.toContain('submit-duty-to-notify');
          expect(actions).toContain('contact-childrens-services');
        }
      }),
    );
  });

  it('calls 999 first exactly when the person is in immediate danger', () => {
    fc.assert(
      fc.property(facts, date, (caseFacts, asOf) => {
        expect(ids(caseFacts, asOf)[0] === 'call-999').toBe(caseFacts.person.inImmediateDanger === true);
      }),
    );
  });

  it('lists actions once each, in the order of ACTION_IDS', () => {
    fc.assert(
      fc.property(facts, date, (caseFacts, asOf) => {
        const positions = ids(caseFacts, asOf).map((id) => ACTION_IDS.indexOf(id));
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
      }),
    );
  });

  it('applies the duty to notify only in England and Wales from 1 November 2015 (by default)', () => {
    fc.assert(
      fc.property(facts, date, (caseFacts, asOf) => {
        const { dutyToNotify } = decidePathway(caseFacts, { asOf });
        if (
          asOf < '2015-11-01' ||
          caseFacts.jurisdiction === 'scotland' ||
          caseFacts.jurisdiction === 'northern-ireland'
        ) {
          expect(dutyToNotify).toEqual({ applies: false, dischargedBy: null });
        }
        if (!dutyToNotify.applies) expect(dutyToNotify.dischargedBy).toBeNull();
      }),
    );
  });

  it('keeps every national step when a local pathway is added: a local pathway only adds', () => {
    fc.assert(
      fc.property(
        facts.chain((caseFacts) => fc.tuple(fc.constant(caseFacts), localFor(caseFacts.jurisdiction))),
        date,
        ([caseFacts, local], asOf) => {
          const national = decidePathway(caseFacts, { asOf });
          const withLocal = decidePathway(caseFacts, { asOf, local });
          for (const action of national.actions) {
            expect(withLocal.actions.map((item) => item.id)).toContain(action.id);
          }
          expect(withLocal.treatedAsChild).toBe(national.treatedAsChild);
          expect(withLocal.consentRequired).toBe(national.consentRequired);
          expect(withLocal.dutyToNotify).toEqual(national.dutyToNotify);
        },
      ),
    );
  });

  it('never throws from safeDecidePathway, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, asOf) => {
        const result = safeDecidePathway(input, { asOf: asOf as string });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
