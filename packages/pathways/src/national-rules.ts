import {
  JURISDICTION_LABELS,
  JURISDICTIONS,
  type Jurisdiction,
  RESPONDER_TYPES,
  UNDER_18_ANSWERS,
} from '@antislavery/model';
import { defineRuleSet, type Rule, type RuleSet } from '@antislavery/rules';
import { NRM_START } from './as-of.js';
import { cacheMap } from './caches.js';
import { CHILD_REFERRAL_ROUTES } from './child-referral-routes.js';
import { nationalRule, type SourceRef } from './cite.js';
import type { PathwayEngineFacts } from './engine-facts.js';
import { InvalidJurisdictionError } from './errors.js';
import { nationalParameters } from './parameter-data.js';
import type { PathwayOutcome } from './pathway-outcome.js';
import { TEAMS } from './teams.js';
import { PATHWAY_RULES_VERSION } from './version.js';

const b = defineRuleSet<PathwayEngineFacts, PathwayOutcome>();
const rule = nationalRule<PathwayOutcome>;

const DUTY_TO_NOTIFY_FROM = '2015-11-01';
const VICTIM_CARE_CONTRACT_FROM = '2021-01-04';
const DEVOLVED_CHILD_DECISIONS_FROM = '2021-06-01';

const child = b.in('person.under18', ['yes', 'not-sure'], 'the person is under 18, or may be');
const adult = b.eq('person.under18', 'no', 'the person is 18 or over');
const firstResponder = b.eq(
  'responder.isFirstResponder',
  true,
  'the responder works for a first responder organisation',
);
const hasDuty = b.eq(
  'responder.hasDutyToNotify',
  true,
  "the responder's organisation has the duty to notify here",
);
const consentGiven = b.eq('person.consent', 'given', 'they consent to the referral');
const consentRefused = b.eq('person.consent', 'refused', 'they do not consent to the referral');
const consentNotAsked = b.not(b.exists('person.consent'), 'they have not been asked for their consent yet');
const cooperating = b.eq(
  'person.cooperatingWithAuthorities',
  true,
  'they agree to co-operate with the authorities',
);
const notCooperating = b.labelled(
  'they have not agreed to co-operate with the authorities',
  b.any(
    b.not(b.exists('person.cooperatingWithAuthorities')),
    b.eq('person.cooperatingWithAuthorities', false),
  ),
);

const ANONYMOUS = {
  mayContain: ['gender', 'nationality', 'exploitation-details'],
  mustNotContain: ['name', 'contact-details', 'date-of-birth'],
} as const;
const WITH_CO_OPERATION = {
  mayContain: ['gender', 'nationality', 'exploitation-details', 'name', 'contact-details'],
  mustNotContain: ['date-of-birth'],
} as const;

type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** The law behind the duty to notify in each nation, and when it applies. */
const DUTY_SOURCES: Readonly<
  Record<
    Nation,
    { readonly sources: readonly [SourceRef, ...SourceRef[]]; readonly from: string; readonly where: string }
  >
> = {
  'england-and-wales': {
    sources: [{ tag: 'S1', section: 's52(1)' }, 'S4'],
    from: DUTY_TO_NOTIFY_FROM,
    where: 'England and Wales',
  },
  scotland: {
    sources: ['S34', 'S12'],
    from: NRM_START,
    where: 'Scotland, from the date given in the assumptions',
  },
  'northern-ireland': {
    sources: ['S35b', 'S12'],
    from: NRM_START,
    where: 'Northern Ireland, from the date given in the assumptions',
  },
};

/** The rules every nation has, before the duty to notify. */
function commonRules(): Rule<PathwayOutcome>[] {
  return [
    rule({
      id: 'immediate-danger.call-999',
      description: 'Call 999 first: the person is in immediate danger.',
      sources: ['S44'],
      from: NRM_START,
      priority: 100,
      when: b.eq('person.inImmediateDanger', true, 'the person is in immediate danger'),
      outcome: { actions: [{ id: 'call-999', contact: 'emergency' }] },
    }),
    rule({
      id: 'responder.not-first-responder',
      description:
        'Pass the case to a first responder organisation, such as the council or the police, and call the Modern Slavery & Exploitation Helpline for advice: only a first responder can make an NRM referral or a Duty to Notify notification.',
      sources: ['S11', 'S13', 'S54'],
      from: NRM_START,
      when: b.eq(
        'responder.isFirstResponder',
        false,
        'the responder does not work for a first responder organisation here',
      ),
      outcome: {
        actions: [
          { id: 'pass-to-first-responder', contact: 'firstResponder' },
          { id: 'call-modern-slavery-helpline', contact: 'modernSlaveryHelpline' },
        ],
      },
    }),
    rule({
      id: 'child.treated-as-child',
      description: 'Treat the person as a child: they are under 18.',
      sources: [{ tag: 'S12', section: 'pv-under-age' }, 'S13'],
      from: NRM_START,
      when: b.eq('person.under18', 'yes', 'the person is under 18'),
      outcome: { treatedAsChild: true },
    }),
    rule({
      id: 'age.presumption',
      description:
        'Treat the person as a child until their age is decided, and ask the local authority to assess their age: they may be under 18.',
      sources: [{ tag: 'S12', section: 'pv-under-age' }, 'S15', 'S16', 'S13'],
      from: NRM_START,
      when: b.eq('person.under18', 'not-sure', 'it is not certain whether the person is under 18'),
      outcome: {
        treatedAsChild: true,
        actions: [{ id: 'request-age-assessment', by: 'local-authority', contact: 'childrensServices' }],
      },
    }),
    rule({
      id: 'child.contact-childrens-services',
      description:
        "Contact the relevant local authority's children's services (often the MASH) to safeguard the child before the referral goes ahead, and record who you contacted.",
      sources: ['S11', { tag: 'S12', section: 'local-authority-contacted-about-child' }, 'S54'],
      from: NRM_START,
      when: child,
      outcome: { actions: [{ id: 'contact-childrens-services', contact: 'childrensServices' }] },
    }),
  ];
}

function ictgRule(): Rule<PathwayOutcome> {
  return rule({
    id: 'child.refer-to-ictg',
    description:
      'Refer the child to the Independent Child Trafficking Guardian service as well: the local pathway says the area has it.',
    sources: ['S13', 'S17', 'S18'],
    from: NRM_START,
    when: b.all(
      child,
      firstResponder,
      b.eq('local.ictgArea', true, 'the area has the Independent Child Trafficking Guardian service'),
    ),
    outcome: { actions: [{ id: 'refer-to-ictg', contact: 'independentChildTraffickingGuardians' }] },
  });
}

function childReferralRules(): Rule<PathwayOutcome>[] {
  return [
    rule({
      id: 'child.nrm-referral',
      description:
        "Refer the child to the NRM: a child's referral is mandatory and does not need their consent.",
      sources: ['S9', 'S13', 'S10'],
      from: NRM_START,
      when: b.all(child, firstResponder),
      outcome: {
        actions: [
          {
            id: 'submit-nrm-referral',
            by: 'responder',
            consentNeeded: false,
            contact: 'singleCompetentAuthority',
          },
        ],
      },
    }),
    rule({
      id: 'child.devolved-decision',
      description:
        "The child's NRM decisions will be made by the local multi-agency panel: the local pathway says the area is in the devolved child decision-making pilot.",
      sources: ['S19', 'S20', 'S21'],
      from: DEVOLVED_CHILD_DECISIONS_FROM,
      when: b.all(
        child,
        firstResponder,
        b.eq(
          'local.devolvedChildDecisionPilot',
          true,
          'the area is in the devolved child decision-making pilot',
        ),
      ),
      outcome: { amend: [{ id: 'submit-nrm-referral', childDecisionsBy: 'local-multi-agency-panel' }] },
    }),
  ];
}

function adultConsentRules(): Rule<PathwayOutcome>[] {
  return [
    rule({
      id: 'adult.consent-required',
      description: 'An adult must give their informed consent before they are referred to the NRM.',
      sources: ['S9', 'S13', { tag: 'S12', section: 'pv-want-to-submit-nrm' }],
      from: NRM_START,
      when: adult,
      outcome: { consentRequired: true },
    }),
    rule({
      id: 'adult.seek-consent',
      description:
        'Ask the adult whether they consent to being referred to the NRM, explaining what it means with the Privacy Information Notice; they may withdraw consent at any time.',
      sources: ['S9', 'S13', { tag: 'S12', section: 'pv-want-to-submit-nrm' }],
      from: NRM_START,
      when: b.all(adult, firstResponder, consentNotAsked),
      outcome: { actions: [{ id: 'seek-consent' }] },
    }),
    rule({
      id: 'adult.consent-given.nrm-referral',
      description: 'Refer the adult to the NRM: they consent.',
      sources: ['S9', 'S13'],
      from: NRM_START,
      when: b.all(adult, firstResponder, consentGiven),
      outcome: {
        actions: [
          {
            id: 'submit-nrm-referral',
            by: 'responder',
            consentNeeded: true,
            contact: 'singleCompetentAuthority',
          },
        ],
      },
    }),
    rule({
      id: 'adult.consent-refused.no-referral',
      description: 'Do not refer the adult to the NRM: they do not consent.',
      sources: ['S9', 'S13', { tag: 'S12', section: 'refuse-nrm' }],
      from: NRM_START,
      when: b.all(adult, consentRefused),
      outcome: {},
    }),
  ];
}

function dutyToNotifyRules(nation: Nation): Rule<PathwayOutcome>[] {
  const { sources, from, where } = DUTY_SOURCES[nation];
  const anonymitySources: readonly [SourceRef, ...SourceRef[]] =
    nation === 'england-and-wales'
      ? [
          { tag: 'S1', section: 's52(3)' },
          { tag: 'S12', section: 'refuse-nrm' },
        ]
      : [{ tag: 'S12', section: 'refuse-nrm' }];
  return [
    rule({
      id: 'adult.consent-refused.notification',
      description: `Send an anonymous Duty to Notify notification instead: the adult does not consent, and the organisation has the duty to notify in ${where}.`,
      sources: [...sources, { tag: 'S12', section: 'refuse-nrm' }],
      from,
      when: b.all(adult, firstResponder, hasDuty, consentRefused),
      outcome: {
        actions: [{ id: 'submit-duty-to-notify', contact: 'singleCompetentAuthority' }],
        dutyToNotify: { dischargedBy: 'notification' },
      },
    }),
    rule({
      id: 'notification.anonymous',
      description:
        'A notification about an adult who does not consent must not identify them: it may give their gender, nationality and what happened to them, but not their name, contact details or date of birth.',
      sources: anonymitySources,
      from: nation === 'england-and-wales' ? DUTY_TO_NOTIFY_FROM : NRM_START,
      when: b.all(adult, firstResponder, consentRefused, notCooperating),
      outcome: { notificationContent: ANONYMOUS },
    }),
    rule({
      id: 'notification.identity-with-co-operation',
      description:
        'The adult agrees to co-operate with the authorities, so a notification may also give their name and contact details, but not their date of birth.',
      sources: [
        { tag: 'S12', section: 'pv-name-dtn' },
        ...(nation === 'england-and-wales' ? [{ tag: 'S1', section: 's52(3)' } as const] : []),
      ],
      from: nation === 'england-and-wales' ? DUTY_TO_NOTIFY_FROM : NRM_START,
      when: b.all(adult, firstResponder, consentRefused, cooperating),
      outcome: { notificationContent: WITH_CO_OPERATION },
    }),
    rule({
      id: 'dtn.applies',
      description: `The duty to notify applies: the organisation has it in ${where}.`,
      sources,
      from,
      when: b.all(firstResponder, hasDuty),
      outcome: { dutyToNotify: { applies: true } },
    }),
    rule({
      id: 'dtn.discharged-by-referral',
      description:
        'The NRM referral also meets the duty to notify: no separate notification is made for a child, or for an adult who consents.',
      sources: ['S9', 'S13', 'S55'],
      from,
      when: b.all(firstResponder, hasDuty, b.any(child, b.all(adult, consentGiven))),
      outcome: { dutyToNotify: { dischargedBy: 'nrm-referral' } },
    }),
  ];
}

/** The day Care Act 2014 s42 came into force (SI 2015/993 art 2(m)). */
const CARE_ACT_S42_FROM = '2015-04-01';

function adultSafeguardingRule(jurisdiction: Jurisdiction): Rule<PathwayOutcome> {
  const when = b.all(adult, b.eq('person.hasCareAndSupportNeeds', true, 'they have care and support needs'));
  const outcome: PathwayOutcome = {
    actions: [{ id: 'raise-adult-safeguarding-concern', contact: 'adultSocialCare' }],
  };
  if (jurisdiction === 'england') {
    return rule({
      id: 'adult.safeguarding',
      description:
        "Raise an adult safeguarding concern with the local authority: the adult has care and support needs, so the council's adult safeguarding duties apply.",
      citation: {
        title: 'Care Act 2014',
        section: 's42',
        url: 'https://www.legislation.gov.uk/ukpga/2014/23/section/42',
        version:
          'in force from 1 April 2015: Care Act 2014 (Commencement No. 4) Order 2015 (SI 2015/993), art 2(m)',
      },
      sources: ['S-council'],
      // Section 42 came into force on 1 April 2015; adult safeguarding in England before then rested
      // on guidance the SDK's sources do not cover, so no rule applies before that date.
      from: CARE_ACT_S42_FROM,
      when,
      outcome,
    });
  }
  return rule({
    id: 'adult.safeguarding',
    description: `Raise an adult safeguarding concern with the local authority: the adult has care and support needs. ${JURISDICTION_LABELS[jurisdiction]} has its own adult safeguarding law, which the SDK's sources do not set out.`,
    sources: ['S-council'],
    from: NRM_START,
    when,
    outcome,
  });
}

function victimCareRule(): Rule<PathwayOutcome> {
  return rule({
    id: 'adult.victim-care',
    description:
      'Refer the adult for emergency support through the Modern Slavery Victim Care Contract: they consent to the referral.',
    sources: ['S32', { tag: 'S12', section: 'does-pv-need-support' }],
    from: VICTIM_CARE_CONTRACT_FROM,
    when: b.all(adult, firstResponder, consentGiven),
    outcome: { actions: [{ id: 'refer-for-victim-care-support', contact: 'victimCareContract' }] },
  });
}

function nationOf(jurisdiction: Jurisdiction): Nation {
  return jurisdiction === 'england' || jurisdiction === 'wales' ? 'england-and-wales' : jurisdiction;
}

function buildRuleSet(jurisdiction: Jurisdiction): RuleSet<PathwayEngineFacts, PathwayOutcome> {
  const nation = nationOf(jurisdiction);
  const englandAndWales = nation === 'england-and-wales';
  const ruleSet = b.ruleSet({
    name: `National referral pathway (${JURISDICTION_LABELS[jurisdiction]})`,
    version: PATHWAY_RULES_VERSION,
    description: `What a practitioner who meets a potential victim of modern slavery in ${JURISDICTION_LABELS[jurisdiction]} does next, in order, and why.`,
    facts: {
      jurisdiction: { label: 'where the person was encountered', type: 'string', values: JURISDICTIONS },
      'responder.organisationType': {
        label: "the type of the responder's organisation",
        type: 'string',
        values: RESPONDER_TYPES,
      },
      'responder.team': { label: "the responder's team", type: 'string', values: TEAMS },
      'responder.isFirstResponder': {
        label: 'whether the responder works for a first responder organisation',
        type: 'boolean',
      },
      'responder.hasDutyToNotify': {
        label: "whether the responder's organisation has the duty to notify",
        type: 'boolean',
      },
      'person.under18': { label: 'whether the person is under 18', type: 'string', values: UNDER_18_ANSWERS },
      'person.consent': {
        label: 'whether they consent to being referred to the NRM',
        type: 'string',
        values: ['given', 'refused'],
      },
      'person.inImmediateDanger': { label: 'whether they are in immediate danger', type: 'boolean' },
      'person.hasCareAndSupportNeeds': { label: 'whether they have care and support needs', type: 'boolean' },
      'person.cooperatingWithAuthorities': {
        label: 'whether they agree to co-operate with the authorities',
        type: 'boolean',
      },
      'local.ictgArea': {
        label: 'whether the area has the Independent Child Trafficking Guardian service',
        type: 'boolean',
      },
      'local.devolvedChildDecisionPilot': {
        label: 'whether the area is in the devolved child decision-making pilot',
        type: 'boolean',
      },
      'local.childNrmReferralsBy': {
        label: "who submits a child's NRM referral in the council",
        type: 'string',
        values: CHILD_REFERRAL_ROUTES,
      },
    },
    rules: [
      ...commonRules(),
      ...(englandAndWales ? [ictgRule()] : []),
      ...childReferralRules(),
      ...adultConsentRules(),
      ...dutyToNotifyRules(nation),
      adultSafeguardingRule(jurisdiction),
      ...(englandAndWales ? [victimCareRule()] : []),
    ],
  });
  return { ...ruleSet, parameters: nationalParameters(jurisdiction) };
}

const built = cacheMap<Jurisdiction, RuleSet<PathwayEngineFacts, PathwayOutcome>>();

/**
 * The national referral pathway rules for one nation, as a rule set of `@antislavery/rules`:
 * immediate danger first; who may refer; children (treated as a child when under 18 or when their
 * age is uncertain, safeguarded through children's services before the referral, referred without
 * consent, and referred to the ICTG service where the area has it); adults (consent, a referral
 * when they consent, an anonymous notification when they refuse and the organisation has the duty
 * to notify); the duty to notify; adult safeguarding; and emergency support.
 *
 * Scotland and Northern Ireland leave out what applies only in England and Wales (the ICTG
 * service, the Victim Care Contract, the duty to notify under the Modern Slavery Act 2015 s52),
 * and use their own parameters. Every rule is locked, so an overlay can add to the rules but never
 * replace or disable one. The rule set is data, built once.
 *
 * @param jurisdiction - the nation where the person was encountered
 * @throws {@link InvalidJurisdictionError} if `jurisdiction` is not one of the four nations
 *
 * @example
 * ```ts
 * import { nationalRuleSet } from '@antislavery/pathways';
 *
 * nationalRuleSet('scotland').rules.some((rule) => rule.id === 'adult.victim-care');
 * //=> false
 * nationalRuleSet('wales').rules.every((rule) => rule.locked === true);
 * //=> true
 * ```
 */
export function nationalRuleSet(jurisdiction: Jurisdiction): RuleSet<PathwayEngineFacts, PathwayOutcome> {
  if (!(JURISDICTIONS as readonly unknown[]).includes(jurisdiction)) {
    throw new InvalidJurisdictionError('nationalRuleSet(jurisdiction)');
  }
  let ruleSet = built.get(jurisdiction);
  if (ruleSet === undefined) {
    ruleSet = buildRuleSet(jurisdiction);
    built.set(jurisdiction, ruleSet);
  }
  return ruleSet;
}
