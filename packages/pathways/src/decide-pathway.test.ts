import { describe, expect, it, vi } from 'vitest';
import { ACTION_IDS } from './actions.js';
import { decidePathway, safeDecidePathway } from './decide-pathway.js';
import type {
  NotificationAction,
  NrmReferralAction,
  PassToFirstResponderAction,
  PathwayAction,
} from './decision.js';
import { InvalidAsOfError, InvalidLocalPathwayError, InvalidPathwayFactsError } from './errors.js';
import { defineLocalPathway, type LocalPathway } from './local-pathway.js';
import { derbyAndDerbyshireLocalPathway } from './local-pathways/derby-and-derbyshire.js';
import { wolverhamptonLocalPathway } from './local-pathways/wolverhampton.js';
import type { PathwayFacts } from './pathway-facts.js';

const AS_OF = '2026-04-01';
const ids = (actions: readonly PathwayAction[]) => actions.map((action) => action.id);
const find = <Id extends PathwayAction['id']>(actions: readonly PathwayAction[], id: Id) =>
  actions.find((action): action is Extract<PathwayAction, { id: Id }> => action.id === id);

const council = (person: PathwayFacts['person'], team?: PathwayFacts['responder']['team']): PathwayFacts => ({
  jurisdiction: 'england',
  responder: {
    organisationType: 'local-authority',
    organisation: 'Derby City Council',
    ...(team === undefined ? {} : { team }),
  },
  person,
});

describe('decidePathway for children', () => {
  it('safeguards a child through children’s services before the referral, and refers without consent', () => {
    const decision = decidePathway(council({ under18: 'yes', inImmediateDanger: false }), { asOf: AS_OF });
    expect(ids(decision.actions)).toEqual(['contact-childrens-services', 'submit-nrm-referral']);
    expect(decision.treatedAsChild).toBe(true);
    expect(decision.consentRequired).toBe(false);
    expect(decision.dutyToNotify).toEqual({ applies: true, dischargedBy: 'nrm-referral' });
    expect(find(decision.actions, 'submit-nrm-referral')).toMatchObject({
      by: 'responder',
      consentNeeded: false,
      decisionsBy: 'single-competent-authority',
      contact: { name: 'Single Competent Authority (Home Office)', from: 'national' },
    });
  });

  it('treats a person of uncertain age as a child and asks the local authority to assess their age', () => {
    const decision = decidePathway(council({ under18: 'not-sure', inImmediateDanger: false }), {
      asOf: AS_OF,
    });
    expect(decision.treatedAsChild).toBe(true);
    expect(ids(decision.actions)).toEqual([
      'contact-childrens-services',
      'request-age-assessment',
      'submit-nrm-referral',
    ]);
    expect(find(decision.actions, 'request-age-assessment')).toMatchObject({ by: 'local-authority' });
    expect(decision.explanation.rules.map((rule) => rule.id)).toContain('age.presumption');
  });

  it('never asks a child for consent nor notifies about a child, whatever the consent answer', () => {
    for (const consent of ['given', 'refused', 'not-sought'] as const) {
      const decision = decidePathway(council({ under18: 'yes', consent, inImmediateDanger: false }), {
        asOf: AS_OF,
      });
      expect(ids(decision.actions)).not.toContain('seek-consent');
      expect(ids(decision.actions)).not.toContain('submit-duty-to-notify');
      expect(ids(decision.actions)).toContain('submit-nrm-referral');
    }
  });

  it('asks what a local pathway would say when none is given', () => {
    const decision = decidePathway(council({ under18: 'yes', inImmediateDanger: false }), { asOf: AS_OF });
    expect(decision.explanation.missing).toEqual([
      {
        fact: 'local.ictgArea',
        question: 'Check if the area has the Independent Child Trafficking Guardian service',
      },
      {
        fact: 'local.devolvedChildDecisionPilot',
        question: 'Check if the area is in the devolved child decision-making pilot',
      },
    ]);
    expect(decision.explanation.undecided).toEqual(['child.refer-to-ictg', 'child.devolved-decision']);
  });

  it('refers a child to the ICTG service and notes the local panel where the local pathway says so', () => {
    const local = defineLocalPathway({
      name: 'Example Council',
      jurisdiction: 'wales',
      ictgArea: true,
      devolvedChildDecisionPilot: true,
      contacts: { childrensServices: { name: 'Example front door', phone: '01234 567890' } },
    });
    const decision = decidePathway(
      {
        jurisdiction: 'wales',
        responder: { organisationType: 'police' },
        person: { under18: 'yes', inImmediateDanger: false },
      },
      { asOf: AS_OF, local },
    );
    expect(ids(decision.actions)).toEqual([
      'contact-childrens-services',
      'refer-to-ictg',
      'submit-nrm-referral',
    ]);
    expect(find(decision.actions, 'refer-to-ictg')?.contact).toEqual({
      name: "Independent Child Trafficking Guardian service (Barnardo's)",
      phone: '0800 043 4303',
      from: 'national',
    });
    expect(find(decision.actions, 'contact-childrens-services')?.contact).toEqual({
      name: 'Example front door',
      phone: '01234 567890',
      from: 'local',
    });
    expect(find(decision.actions, 'submit-nrm-referral')?.decisionsBy).toBe('local-multi-agency-panel');
    expect(decision.explanation.missing).toEqual([]);
  });
});

describe('decidePathway for adults', () => {
  it('asks an adult for consent when it has not been sought, and lists what to ask next', () => {
    const decision = decidePathway(
      council({
        under18: 'no',
        consent: 'not-sought',
        inImmediateDanger: false,
        hasCareAndSupportNeeds: false,
      }),
      { asOf: AS_OF },
    );
    expect(ids(decision.actions)).toEqual(['seek-consent']);
    expect(decision.consentRequired).toBe(true);
    expect(decision.dutyToNotify).toEqual({ applies: true, dischargedBy: null });
    expect(decision.explanation.missing.map((fact) => fact.question)).toEqual([
      'Ask if they consent to being referred to the NRM',
      'Ask if they agree to co-operate with the authorities',
    ]);
  });

  it('refers a consenting adult and refers them for Victim Care Contract support', () => {
    const decision = decidePathway(
      council({ under18: 'no', consent: 'given', inImmediateDanger: false, hasCareAndSupportNeeds: false }),
      { asOf: AS_OF },
    );
    expect(ids(decision.actions)).toEqual(['submit-nrm-referral', 'refer-for-victim-care-support']);
    expect(find(decision.actions, 'submit-nrm-referral')?.consentNeeded).toBe(true);
    expect(find(decision.actions, 'refer-for-victim-care-support')?.contact.phone).toBe('0800 808 3733');
    expect(decision.dutyToNotify).toEqual({ applies: true, dischargedBy: 'nrm-referral' });
  });

  it('notifies anonymously for an adult who refuses, saying what the notification may hold', () => {
    const decision = decidePathway(
      council({
        under18: 'no',
        consent: 'refused',
        cooperatingWithAuthorities: false,
        inImmediateDanger: false,
        hasCareAndSupportNeeds: false,
      }),
      { asOf: AS_OF },
    );
    expect(ids(decision.actions)).toEqual(['submit-duty-to-notify']);
    const notification = find(decision.actions, 'submit-duty-to-notify') as NotificationAction;
    expect(notification.mayContain).toEqual(['gender', 'nationality', 'exploitation-details']);
    expect(notification.mustNotContain).toEqual(['name', 'contact-details', 'date-of-birth']);
    expect(decision.dutyToNotify).toEqual({ applies: true, dischargedBy: 'notification' });
  });

  it('lets a notification name an adult who agrees to co-operate, but never give their date of birth', () => {
    const decision = decidePathway(
      council({
        under18: 'no',
        consent: 'refused',
        cooperatingWithAuthorities: true,
        inImmediateDanger: false,
      }),
      { asOf: AS_OF },
    );
    const notification = find(decision.actions, 'submit-duty-to-notify') as NotificationAction;
    expect(notification.mayContain).toContain('name');
    expect(notification.mayContain).toContain('contact-details');
    expect(notification.mustNotContain).toEqual(['date-of-birth']);
  });

  it('applies no duty to notify before 1 November 2015', () => {
    const facts = council({
      under18: 'no',
      consent: 'refused',
      cooperatingWithAuthorities: false,
      inImmediateDanger: false,
    });
    const before = decidePathway(facts, { asOf: '2015-10-31' });
    expect(ids(before.actions)).toEqual([]);
    expect(before.dutyToNotify).toEqual({ applies: false, dischargedBy: null });
    const after = decidePathway(facts, { asOf: '2015-11-01' });
    expect(after.dutyToNotify).toEqual({ applies: true, dischargedBy: 'notification' });
  });

  it('raises an adult safeguarding concern for an adult with care and support needs', () => {
    const decision = decidePathway(
      council({ under18: 'no', consent: 'given', hasCareAndSupportNeeds: true, inImmediateDanger: false }),
      { asOf: AS_OF },
    );
    expect(find(decision.actions, 'raise-adult-safeguarding-concern')?.contact).toEqual({
      name: "The relevant local authority's adult social care team",
      from: 'national',
    });
    expect(decision.explanation.rules.find((rule) => rule.id === 'adult.safeguarding')?.citation).toEqual({
      title: 'Care Act 2014',
      section: 's42',
      url: 'https://www.legislation.gov.uk/ukpga/2014/23/section/42',
      version:
        'in force from 1 April 2015: Care Act 2014 (Commencement No. 4) Order 2015 (SI 2015/993), art 2(m)',
    });
  });

  it('calls 999 first, whatever else applies', () => {
    const decision = decidePathway(
      council({ under18: 'no', consent: 'given', hasCareAndSupportNeeds: true, inImmediateDanger: true }),
      { asOf: AS_OF },
    );
    expect(decision.actions[0]).toMatchObject({ id: 'call-999', contact: { phone: '999' } });
    expect(decision.explanation.rules.find((rule) => rule.stage === 'pathway')?.id).toBe(
      'immediate-danger.call-999',
    );
  });
});

describe('decidePathway for someone who is not a first responder', () => {
  it('passes the case to a first responder and calls the helpline, and never submits', () => {
    const decision = decidePathway(
      {
        jurisdiction: 'england',
        responder: { organisationType: 'business' },
        person: { under18: 'no', consent: 'given', inImmediateDanger: false, hasCareAndSupportNeeds: false },
      },
      { asOf: AS_OF },
    );
    expect(ids(decision.actions)).toEqual(['pass-to-first-responder', 'call-modern-slavery-helpline']);
    expect(decision.responder).toEqual({ isFirstResponder: false, hasDutyToNotify: false });
    const pass = find(decision.actions, 'pass-to-first-responder') as PassToFirstResponderAction;
    expect(pass.contact).toEqual({ name: 'Police (non-emergency)', phone: '101', from: 'national' });
    expect(pass.alternatives).toEqual([]);
    expect(find(decision.actions, 'call-modern-slavery-helpline')?.contact.phone).toBe('08000 121 700');
  });

  it('passes the case to the local pathway’s contacts where it gives them, the police before the partnership', () => {
    const decision = decidePathway(
      {
        jurisdiction: 'england',
        responder: { organisationType: 'nhs' },
        person: { under18: 'no', inImmediateDanger: false, hasCareAndSupportNeeds: false },
      },
      { asOf: AS_OF, local: derbyAndDerbyshireLocalPathway },
    );
    const pass = find(decision.actions, 'pass-to-first-responder') as PassToFirstResponderAction;
    expect(pass.contact).toMatchObject({ phone: '101', from: 'national' });
    expect(pass.alternatives.map((contact) => contact.name)).toEqual([
      'Derby & Derbyshire Modern Slavery Partnership co-ordinator',
    ]);
    expect(decision.localSteps.map((step) => [step.id, step.contact?.from])).toEqual([
      ['contact-partnership-coordinator', 'local'],
      ['ask-about-pre-nrm-support', 'local'],
    ]);
  });

  it('treats an organisation that does not work in the nation as not a first responder there', () => {
    const decision = decidePathway(
      {
        jurisdiction: 'northern-ireland',
        responder: {
          organisationType: 'designated-charity',
          organisation: 'Trafficking Awareness Raising Alliance TARA',
        },
        person: { under18: 'yes', inImmediateDanger: false },
      },
      { asOf: AS_OF },
    );
    expect(decision.responder.isFirstResponder).toBe(false);
    expect(ids(decision.actions)).toEqual([
      'contact-childrens-services',
      'pass-to-first-responder',
      'call-modern-slavery-helpline',
    ]);
  });
});

describe('decidePathway with a local pathway', () => {
  it('routes a Wolverhampton council employee’s child referral through the MASH without removing it', () => {
    const facts = {
      jurisdiction: 'england',
      responder: {
        organisationType: 'local-authority',
        organisation: 'City of Wolverhampton Council',
        team: 'housing',
      },
      person: { under18: 'yes', inImmediateDanger: false },
    } as const;
    const national = decidePathway(facts, { asOf: AS_OF });
    const local = decidePathway(facts, { asOf: AS_OF, local: wolverhamptonLocalPathway });
    expect(ids(local.actions)).toEqual(ids(national.actions));
    const referral = find(local.actions, 'submit-nrm-referral') as NrmReferralAction;
    expect(referral.by).toBe('childrens-services');
    expect(referral.contact).toEqual({
      name: 'City of Wolverhampton Council Multi-Agency Safeguarding Hub (MASH)',
      from: 'local',
    });
    expect(local.localPathway).toBe('City of Wolverhampton Council local pathway');
    const routing = local.explanation.rules.find(
      (rule) => rule.id === 'local.child-nrm-referral-by-childrens-services',
    );
    expect(routing).toMatchObject({
      from: 'City of Wolverhampton Council local pathway',
      citation: { title: 'City of Wolverhampton Council, Modern Slavery (council web page)' },
    });
  });

  it('leaves a MASH worker to submit the referral themselves', () => {
    const decision = decidePathway(
      {
        jurisdiction: 'england',
        responder: {
          organisationType: 'local-authority',
          organisation: 'City of Wolverhampton Council',
          team: 'mash',
        },
        person: { under18: 'yes', inImmediateDanger: false },
      },
      { asOf: AS_OF, local: wolverhamptonLocalPathway },
    );
    expect(find(decision.actions, 'submit-nrm-referral')?.by).toBe('responder');
  });

  it('accepts a local pathway that was not checked with defineLocalPathway, checking it once', () => {
    const local = {
      name: 'Plain Council',
      jurisdiction: 'england',
      childNrmReferralsBy: 'childrens-services',
    } as const;
    const facts = council({ under18: 'yes', inImmediateDanger: false }, 'housing');
    expect(find(decidePathway(facts, { asOf: AS_OF, local }).actions, 'submit-nrm-referral')?.by).toBe(
      'childrens-services',
    );
    expect(find(decidePathway(facts, { asOf: AS_OF, local }).actions, 'submit-nrm-referral')?.by).toBe(
      'childrens-services',
    );
  });

  it('refuses a local pathway for another nation', () => {
    const result = safeDecidePathway(
      { jurisdiction: 'scotland', responder: { organisationType: 'police' }, person: { under18: 'no' } },
      { asOf: AS_OF, local: wolverhamptonLocalPathway },
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['pathway.jurisdiction.not-the-local-pathway-nation', ['jurisdiction']],
    ]);
  });
});

describe('decidePathway in Scotland and Northern Ireland', () => {
  it('applies no duty to notify by default, and the devolved duty from a date the caller assumes', () => {
    const facts: PathwayFacts = {
      jurisdiction: 'scotland',
      responder: { organisationType: 'local-authority', organisation: 'Glasgow City Council' },
      person: {
        under18: 'no',
        consent: 'refused',
        cooperatingWithAuthorities: false,
        inImmediateDanger: false,
      },
    };
    const byDefault = decidePathway(facts, { asOf: AS_OF });
    expect(byDefault.dutyToNotify).toEqual({ applies: false, dischargedBy: null });
    expect(ids(byDefault.actions)).toEqual([]);
    const assumed = decidePathway(facts, {
      asOf: AS_OF,
      assumptions: { devolvedDutyToNotifyFrom: { scotland: '2026-01-01' } },
    });
    expect(assumed.dutyToNotify).toEqual({ applies: true, dischargedBy: 'notification' });
    expect(ids(assumed.actions)).toEqual(['submit-duty-to-notify']);
    expect(assumed.explanation.rules.find((rule) => rule.id === 'dtn.applies')?.citation.title).toBe(
      'Human Trafficking and Exploitation (Scotland) Act 2015',
    );
  });

  it('treats an organisation whose duty is unconfirmed as having it, unless told otherwise', () => {
    const facts: PathwayFacts = {
      jurisdiction: 'england',
      responder: { organisationType: 'police', organisation: 'West Midlands Regional Organised Crime Unit' },
      person: {
        under18: 'no',
        consent: 'refused',
        cooperatingWithAuthorities: false,
        inImmediateDanger: false,
      },
    };
    expect(decidePathway(facts, { asOf: AS_OF }).dutyToNotify.applies).toBe(true);
    const noDuty = decidePathway(facts, { asOf: AS_OF, assumptions: { unconfirmedDutyToNotify: 'no-duty' } });
    expect(noDuty.dutyToNotify.applies).toBe(false);
    expect(ids(noDuty.actions)).toEqual([]);
  });
});

describe('the decision', () => {
  it('lists actions in the order of ACTION_IDS', () => {
    const decision = decidePathway(
      {
        jurisdiction: 'england',
        responder: { organisationType: 'nhs' },
        person: { under18: 'not-sure', inImmediateDanger: true },
      },
      { asOf: AS_OF },
    );
    const positions = decision.actions.map((action) => ACTION_IDS.indexOf(action.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(ids(decision.actions)).toEqual([
      'call-999',
      'contact-childrens-services',
      'request-age-assessment',
      'pass-to-first-responder',
      'call-modern-slavery-helpline',
    ]);
  });

  it('explains each rule with its id, a sentence and its citation, structured and as text', () => {
    const decision = decidePathway(council({ under18: 'yes', inImmediateDanger: false }), { asOf: AS_OF });
    const referral = decision.explanation.rules.find((rule) => rule.id === 'child.nrm-referral');
    expect(referral).toEqual({
      id: 'child.nrm-referral',
      sentence:
        "Refer the child to the NRM: a child's referral is mandatory and does not need their consent.",
      citation: {
        title: 'Home Office, National Referral Mechanism guidance: adult (England and Wales)',
        url: 'https://gov.uk/government/publications/support-for-victims-of-human-trafficking',
      },
      sources: [
        {
          title: 'Home Office, National Referral Mechanism guidance: adult (England and Wales)',
          url: 'https://gov.uk/government/publications/support-for-victims-of-human-trafficking',
        },
        { title: 'Home Office, First Responder Toolkit, England and Wales', version: '2026' },
        {
          title: 'Home Office, National Referral Mechanism guidance for child first responders',
          url: 'https://gov.uk/government/publications/national-referral-mechanism-guidance-for-child-first-responders',
        },
      ],
      citationText:
        'Home Office, National Referral Mechanism guidance: adult (England and Wales) (https://gov.uk/government/publications/support-for-victims-of-human-trafficking); Home Office, First Responder Toolkit, England and Wales, version 2026; Home Office, National Referral Mechanism guidance for child first responders (https://gov.uk/government/publications/national-referral-mechanism-guidance-for-child-first-responders)',
      inForce: { from: '2009-04-01' },
      from: 'national',
      stage: 'pathway',
    });
    expect(decision.explanation.rules.slice(0, 2).map((rule) => [rule.id, rule.stage])).toEqual([
      ['responder.listed-organisation', 'responder-status'],
      ['responder.duty-to-notify.specified-public-authority', 'responder-status'],
    ]);
  });

  it('records the date, the rule set and its version', () => {
    const decision = decidePathway(council({ under18: 'no' }), { asOf: '2020-02-29' });
    expect([decision.asOf, decision.ruleSet.name, decision.ruleSet.version, decision.localPathway]).toEqual([
      '2020-02-29',
      'National referral pathway (England)',
      '2026.11.0',
      null,
    ]);
  });

  it('decides as of today in the UK when no date is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2015-10-31T23:30:00Z'));
    try {
      // 23:30 GMT on 31 October 2015 is still 31 October in the UK: no duty to notify yet.
      const decision = decidePathway(council({ under18: 'yes', inImmediateDanger: false }));
      expect(decision.asOf).toBe('2015-10-31');
      expect(decision.dutyToNotify.applies).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bad input', () => {
  it('throws a typed error listing every issue with the facts', () => {
    let error: unknown;
    try {
      decidePathway(
        { jurisdiction: 'England', responder: {}, person: { under18: 'no', extra: 1 } } as never,
        {
          asOf: AS_OF,
        },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidPathwayFactsError);
    expect((error as InvalidPathwayFactsError).issues).toEqual([
      {
        severity: 'error',
        code: 'pathway.jurisdiction.invalid',
        path: ['jurisdiction'],
        message: 'Select England, Wales, Scotland or Northern Ireland',
      },
      {
        severity: 'error',
        code: 'pathway.responder.organisation-type.required',
        path: ['responder', 'organisationType'],
        message: 'Select the type of organisation',
      },
      {
        severity: 'error',
        code: 'pathway.unknown-field',
        path: ['person', 'extra'],
        message: 'Remove this field: the pathway does not use it',
      },
    ]);
  });

  it('reports an organisation whose type is not the type given, without repeating it', () => {
    const result = safeDecidePathway(
      {
        jurisdiction: 'england',
        responder: { organisationType: 'police', organisation: 'Derby City Council' },
        person: { under18: 'no' },
      },
      { asOf: AS_OF },
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        severity: 'error',
        code: 'pathway.responder.organisation-type.does-not-match-organisation',
        path: ['responder', 'organisationType'],
        message: "Select 'Local authority' as the type of organisation, to match the organisation selected",
      },
    ]);
  });

  it('refuses an organisation that is not on the official list', () => {
    const result = safeDecidePathway(
      {
        jurisdiction: 'england',
        responder: { organisationType: 'local-authority', organisation: 'Derby Council' },
        person: { under18: 'no' },
      },
      { asOf: AS_OF },
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['pathway.responder.organisation.invalid', 'Select your organisation from the list'],
    ]);
  });

  it.each([
    ['not a date', '2026-02-30', 'not-a-date'],
    ['in the wrong form', '01/04/2026', 'not-a-date'],
    ['before the NRM began', '2009-03-31', 'before-nrm'],
  ] as const)('throws InvalidAsOfError for a date %s', (_what, asOf, problem) => {
    let error: unknown;
    try {
      decidePathway(council({ under18: 'no' }), { asOf });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidAsOfError);
    expect((error as InvalidAsOfError).problem).toBe(problem);
    expect((error as InvalidAsOfError).message).not.toContain(asOf);
  });

  it('accepts the first day of the NRM', () => {
    expect(decidePathway(council({ under18: 'no' }), { asOf: '2009-04-01' }).asOf).toBe('2009-04-01');
  });

  it('throws InvalidLocalPathwayError for a local pathway that is not valid', () => {
    expect(() =>
      decidePathway(council({ under18: 'no' }), {
        asOf: AS_OF,
        local: { name: '', jurisdiction: 'england' },
      }),
    ).toThrow(InvalidLocalPathwayError);
  });

  it('returns issues, never throwing, for input of any shape', () => {
    for (const facts of [
      undefined,
      null,
      42,
      'facts',
      [],
      { jurisdiction: 'england', responder: null, person: [] },
    ]) {
      const result = safeDecidePathway(facts, { asOf: AS_OF });
      expect(result.ok).toBe(false);
    }
    const everything = safeDecidePathway(null, {
      asOf: 'soon',
      local: { name: 'X' } as never,
      assumptions: { unconfirmedDutyToNotify: 'maybe' } as never,
    });
    expect(everything.ok ? [] : everything.issues.map((issue) => issue.path.join('.'))).toEqual([
      'asOf',
      'local.jurisdiction',
      '',
      'assumptions.unconfirmedDutyToNotify',
    ]);
  });

  it('never repeats a value it was given in a message', () => {
    const secret = 'Jane Doe 1990-01-01';
    const result = safeDecidePathway(
      {
        jurisdiction: secret,
        responder: { organisationType: secret, organisation: secret, team: secret },
        person: { under18: secret, consent: secret, inImmediateDanger: secret, name: secret },
      },
      { asOf: secret },
    );
    expect(result.ok).toBe(false);
    for (const issue of result.ok ? [] : result.issues) expect(issue.message).not.toContain('Jane');
  });
});

const plain: LocalPathway = {
  name: 'Plain Council local pathway',
  jurisdiction: 'england',
  source: { title: 'Plain Council, modern slavery procedure' },
  contacts: { adultSocialCare: { name: 'Plain Council adult social care' } },
  steps: [
    {
      id: 'tell-safeguarding-lead',
      description: 'Tell the safeguarding lead',
      for: 'everyone',
      contact: 'adultSocialCare',
    },
    {
      id: 'ring-charity',
      description: 'Ring the partner charity',
      for: 'adults',
      contact: { name: 'Example Charity' },
    },
    { id: 'note-file', description: 'Note it on the child’s file', for: 'children' },
    { id: 'record', description: 'Record the referral', for: 'adults' },
  ],
};

describe('decidePathway, a council’s own steps and rules', () => {
  it('lists the steps for the person, each with its rule and its contact from the local pathway', () => {
    const decision = decidePathway(council({ under18: 'no', consent: 'given' }), {
      asOf: AS_OF,
      local: plain,
    });
    expect(decision.localSteps).toEqual([
      {
        id: 'tell-safeguarding-lead',
        label: 'Tell the safeguarding lead',
        rule: 'local.tell-safeguarding-lead',
        contact: { name: 'Plain Council adult social care', from: 'local' },
      },
      {
        id: 'ring-charity',
        label: 'Ring the partner charity',
        rule: 'local.ring-charity',
        contact: { name: 'Example Charity', from: 'local' },
      },
      { id: 'record', label: 'Record the referral', rule: 'local.record' },
    ]);
  });

  it('explains a national rule as national, citing its sources, and a local one by the local pathway', () => {
    const decision = decidePathway(council({ under18: 'no', consent: 'given' }), {
      asOf: AS_OF,
      local: plain,
    });
    const local = decision.explanation.rules.find((rule) => rule.id === 'local.record');
    expect(local).toMatchObject({
      from: 'Plain Council local pathway',
      sources: [{ title: 'Plain Council, modern slavery procedure' }],
      inForce: { from: '2009-04-01' },
      stage: 'pathway',
    });
    const national = decision.explanation.rules.filter((rule) => !rule.id.startsWith('local.'));
    expect(national.length).toBeGreaterThan(0);
    for (const rule of national) {
      expect(rule.from).toBe('national');
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.inForce.from >= '2009-04-01').toBe(true);
    }
  });
});

describe('decidePathway, bad options', () => {
  const facts = council({ under18: 'no' });

  it('names the option at fault in the error it throws', () => {
    expect(() => decidePathway(facts, { asOf: '2009-03-31' })).toThrow(
      'decidePathway(options.asOf): the date must be on or after 1 April 2009, when the National Referral Mechanism began',
    );
  });

  it('gives the issue for a bad date and for a local pathway that is not an object', () => {
    const result = safeDecidePathway(facts, { asOf: 'soon', local: 'Derby' as never });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path[0]])).toEqual([
      ['pathway.as-of.not-a-date', 'asOf'],
      [expect.any(String), 'local'],
    ]);
  });

  it('treats null options as none', () => {
    const result = safeDecidePathway(facts, null as never);
    expect(result.ok).toBe(true);
  });

  it('says in plain English that a local pathway is for another nation', () => {
    const result = safeDecidePathway(
      { jurisdiction: 'wales', responder: { organisationType: 'police' }, person: { under18: 'no' } },
      { asOf: AS_OF, local: plain },
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        severity: 'error',
        code: 'pathway.jurisdiction.not-the-local-pathway-nation',
        path: ['jurisdiction'],
        message:
          'Use a local pathway for the nation where the person was encountered: this local pathway is for another nation',
      },
    ]);
  });
});
