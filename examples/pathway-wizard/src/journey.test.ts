import { JURISDICTIONS, RESPONDER_TYPES, UNDER_18_ANSWERS } from '@antislavery/model';
import { CONSENT_ANSWERS } from '@antislavery/pathways';
import { describe, expect, it } from 'vitest';
import { type Answers, factsFrom, type Journey, planJourney } from './journey.js';
import { answerLabel, QUESTION_IDS, QUESTIONS } from './questions.js';

// The date of the package's case files (packages/pathways/cases), so the rules in force are theirs.
const AS_OF = '2026-04-01';

const pathOf = (journey: Journey) => journey.path;
const nextOf = (journey: Journey) => (journey.done ? 'check-answers' : journey.next);

const adult: Answers = { nation: 'england', 'organisation-type': 'local-authority', 'under-18': 'no' };

describe('planJourney', () => {
  it('asks where, who for and whether the person is under 18 first, in that order', () => {
    expect(nextOf(planJourney({}, AS_OF))).toBe('nation');
    expect(nextOf(planJourney({ nation: 'wales' }, AS_OF))).toBe('organisation-type');
    expect(nextOf(planJourney({ nation: 'wales', 'organisation-type': 'police' }, AS_OF))).toBe('under-18');
  });

  it('asks a child only whether they are in immediate danger, never for consent', () => {
    // A child is referred without consent (packages/pathways/cases/national-children.json): the
    // only person fact the child rules read is immediate danger.
    const child = { nation: 'england', 'organisation-type': 'police', 'under-18': 'yes' } as const;
    expect(nextOf(planJourney(child, AS_OF))).toBe('immediate-danger');
    const journey = planJourney({ ...child, 'immediate-danger': 'no' }, AS_OF);
    expect(journey.done).toBe(true);
    expect(pathOf(journey)).toEqual(['nation', 'organisation-type', 'under-18', 'immediate-danger']);
  });

  it('treats a person who may be under 18 as a child: no consent question', () => {
    const journey = planJourney(
      { nation: 'england', 'organisation-type': 'police', 'under-18': 'not-sure', 'immediate-danger': 'no' },
      AS_OF,
    );
    expect(journey.done).toBe(true);
    expect(pathOf(journey)).not.toContain('consent');
  });

  it('keeps ignoring a consent answer given before the person turned out to be a child', () => {
    const journey = planJourney(
      {
        nation: 'england',
        'organisation-type': 'police',
        'under-18': 'yes',
        'immediate-danger': 'no',
        consent: 'refused',
      },
      AS_OF,
    );
    expect(pathOf(journey)).toEqual(['nation', 'organisation-type', 'under-18', 'immediate-danger']);
    expect(
      journey.done && journey.result.ok && journey.result.decision.actions.map((action) => action.id),
    ).toEqual(['contact-childrens-services', 'submit-nrm-referral']);
  });

  it('asks an adult about danger, then consent, as the decision lists what is missing', () => {
    expect(nextOf(planJourney(adult, AS_OF))).toBe('immediate-danger');
    expect(nextOf(planJourney({ ...adult, 'immediate-danger': 'no' }, AS_OF))).toBe('consent');
  });

  it('asks an adult who refuses whether they co-operate with the authorities, then about care needs', () => {
    // S12: a non-consenting adult's notification may name them only if they agree to co-operate.
    const refused = { ...adult, 'immediate-danger': 'no', consent: 'refused' } as const;
    expect(nextOf(planJourney(refused, AS_OF))).toBe('co-operation');
    expect(nextOf(planJourney({ ...refused, 'co-operation': 'yes' }, AS_OF))).toBe('care-needs');
    const journey = planJourney({ ...refused, 'co-operation': 'yes', 'care-needs': 'no' }, AS_OF);
    expect(pathOf(journey)).toEqual([
      'nation',
      'organisation-type',
      'under-18',
      'immediate-danger',
      'consent',
      'co-operation',
      'care-needs',
    ]);
    expect(nextOf(journey)).toBe('check-answers');
  });

  it('does not ask an adult who consents about co-operation: it only shapes a notification', () => {
    const journey = planJourney(
      { ...adult, 'immediate-danger': 'no', consent: 'given', 'care-needs': 'no' },
      AS_OF,
    );
    expect(journey.done).toBe(true);
    expect(pathOf(journey)).not.toContain('co-operation');
  });

  it('asks an adult not asked for consent yet about co-operation, which the form asks first', () => {
    // packages/pathways/cases/national-adults.json: consent not sought leaves co-operation missing.
    const notSought = { ...adult, 'immediate-danger': 'no', consent: 'not-sought' } as const;
    expect(nextOf(planJourney(notSought, AS_OF))).toBe('co-operation');
  });

  it('does not ask again about care needs when the answer was not sure, and lists it as missing', () => {
    const journey = planJourney(
      { ...adult, 'immediate-danger': 'no', consent: 'given', 'care-needs': 'not-sure' },
      AS_OF,
    );
    expect(journey.done).toBe(true);
    const missing = journey.done && journey.result.ok ? journey.result.decision.explanation.missing : [];
    expect(missing.map((fact) => fact.fact)).toEqual(['person.hasCareAndSupportNeeds']);
  });

  it('returns issues, not an exception, for an answer that is not one of the options', () => {
    const journey = planJourney(
      { nation: 'england', 'organisation-type': 'police', 'under-18': 'maybe' },
      AS_OF,
    );
    expect(journey.done).toBe(true);
    expect(journey.done && !journey.result.ok && journey.result.issues.map((issue) => issue.code)).toEqual([
      'pathway.person.under18.invalid',
    ]);
  });

  it('returns issues for a date before the NRM began', () => {
    const journey = planJourney(
      { nation: 'england', 'organisation-type': 'police', 'under-18': 'yes' },
      '2009-03-31',
    );
    expect(journey.done && !journey.result.ok && journey.result.issues.map((issue) => issue.code)).toEqual([
      'pathway.as-of.before-nrm',
    ]);
  });
});

describe('factsFrom', () => {
  it('turns yes and no into true and false, and leaves out not sure and unanswered questions', () => {
    expect(
      factsFrom({
        nation: 'scotland',
        'organisation-type': 'nhs',
        'under-18': 'no',
        consent: 'given',
        'immediate-danger': 'yes',
        'co-operation': 'no',
        'care-needs': 'not-sure',
      }),
    ).toEqual({
      jurisdiction: 'scotland',
      responder: { organisationType: 'nhs' },
      person: { under18: 'no', consent: 'given', inImmediateDanger: true, cooperatingWithAuthorities: false },
    });
    expect(factsFrom({})).toEqual({ responder: {}, person: {} });
  });

  it('passes on an unexpected yes-or-no value for the decision to refuse', () => {
    expect(factsFrom({ 'immediate-danger': 'perhaps' })).toEqual({
      responder: {},
      person: { inImmediateDanger: 'perhaps' },
    });
  });
});

describe('the questions', () => {
  it('offer exactly the values the decision accepts', () => {
    const values = (id: (typeof QUESTION_IDS)[number]) => QUESTIONS[id].options.map((option) => option.value);
    expect(values('nation')).toEqual([...JURISDICTIONS]);
    expect(values('organisation-type')).toEqual([...RESPONDER_TYPES]);
    expect(values('under-18')).toEqual([...UNDER_18_ANSWERS]);
    expect(values('consent')).toEqual([...CONSENT_ANSWERS]);
    expect(values('immediate-danger')).toEqual(['yes', 'no']);
    expect(values('co-operation')).toEqual(['yes', 'no']);
    expect(values('care-needs')).toEqual(['yes', 'no', 'not-sure']);
  });

  it('each have an id matching their key, a question, and a GOV.UK-style error starting "Select"', () => {
    for (const id of QUESTION_IDS) {
      expect(QUESTIONS[id].id).toBe(id);
      expect(QUESTIONS[id].title).toMatch(/\?$/);
      expect(QUESTIONS[id].error).toMatch(/^Select /);
    }
  });

  it('label an answer for "Check your answers", and nothing for a value that is not an option', () => {
    expect(answerLabel('under-18', 'not-sure')).toBe('Not sure');
    expect(answerLabel('consent', 'refused')).toBe('No, they do not consent');
    expect(answerLabel('nation', 'france')).toBeUndefined();
  });
});
