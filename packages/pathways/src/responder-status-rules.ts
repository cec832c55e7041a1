import { DUTY_TO_NOTIFY_STATUSES, JURISDICTIONS, RESPONDER_TYPES } from '@antislavery/model';
import { defineRuleSet, type RuleSet } from '@antislavery/rules';
import { NRM_START } from './as-of.js';
import { nationalRule } from './cite.js';
import type { ResponderStatusFacts, ResponderStatusOutcome } from './engine-facts.js';
import { PATHWAY_RULES_VERSION } from './version.js';

const b = defineRuleSet<ResponderStatusFacts, ResponderStatusOutcome>();
const rule = nationalRule<ResponderStatusOutcome>;

const DUTY_TO_NOTIFY_FROM = '2015-11-01';
const REFUGEE_COUNCIL = 'Refugee Council';
const YOUTH_WORK_ALLIANCE = 'Youth Work Alliance';
const FAIR_WORK_AGENCY = 'Fair Work Agency';

const FIRST_RESPONDER = { firstResponder: true } as const;
const DUTY = { dutyToNotify: true } as const;

const named = b.exists('responder.organisation', 'an organisation from the official list is named');
const notNamed = b.not(named, 'no organisation from the official list is named');
const servesHere = b.includes(
  'responder.servesJurisdictions',
  b.fact('jurisdiction'),
  'the organisation works as a first responder in the nation where the person was encountered',
);
const inEnglandOrWales = b.in(
  'jurisdiction',
  ['england', 'wales'],
  'the person was encountered in England or Wales',
);
const status = (value: 'statutory' | 'policy' | 'unconfirmed', label: string) =>
  b.all(named, b.eq('responder.dutyToNotifyStatus', value, label));
const devolvedDutyApplied = b.all(
  b.exists('assumptions.devolvedDutyToNotifyFrom', 'a date is given from which to apply the duty'),
  b.onOrBefore(
    'assumptions.devolvedDutyToNotifyFrom',
    b.asOf(),
    'the duty is applied from that date, which has come',
  ),
);

/**
 * The responder status rules: whether the responder works for a designated first responder
 * organisation in the nation where the person was encountered, on the date, and whether their
 * organisation has the duty to notify there. `decidePathway` evaluates them first and gives their
 * results to the national rules as `responder.isFirstResponder` and `responder.hasDutyToNotify`.
 *
 * A type of organisation alone decides when no organisation is named. An organisation named from
 * the official list must work in the nation (an HSC Trust in Northern Ireland only, TARA in
 * Scotland only), and the Refugee Council, the Youth Work Alliance and the Fair Work Agency count
 * only from the dates they were added. Every rule is locked.
 *
 * @example
 * ```ts
 * import { RESPONDER_STATUS_RULE_SET } from '@antislavery/pathways';
 *
 * RESPONDER_STATUS_RULE_SET.rules.map((rule) => rule.id).includes('responder.refugee-council');
 * //=> true
 * ```
 */
export const RESPONDER_STATUS_RULE_SET: RuleSet<ResponderStatusFacts, ResponderStatusOutcome> = b.ruleSet({
  name: 'Responder status',
  version: PATHWAY_RULES_VERSION,
  description:
    'Whether the responder works for a designated first responder organisation in the nation where the person was encountered, and whether their organisation has the duty to notify there.',
  facts: {
    jurisdiction: { label: 'where the person was encountered', type: 'string', values: JURISDICTIONS },
    'responder.organisationType': {
      label: "the type of the responder's organisation",
      type: 'string',
      values: RESPONDER_TYPES,
    },
    'responder.organisation': { label: "the responder's organisation", type: 'string' },
    'responder.servesJurisdictions': {
      label: 'the nations the organisation works in as a first responder',
      type: 'string-list',
    },
    'responder.dutyToNotifyStatus': {
      label: "the organisation's duty to notify",
      type: 'string',
      values: DUTY_TO_NOTIFY_STATUSES,
    },
    'assumptions.unconfirmedDutyToNotify': {
      label: 'the assumption for an organisation whose duty to notify is unconfirmed',
      type: 'string',
      values: ['has-duty', 'no-duty'],
    },
    'assumptions.devolvedDutyToNotifyFrom': {
      label: 'the date from which the devolved duty to notify is applied',
      type: 'date',
    },
  },
  rules: [
    rule({
      id: 'responder.first-responder-type',
      description:
        'The responder works for a designated first responder organisation, so can refer to the NRM: police, a local authority, the Home Office, the National Crime Agency, the GLAA or a designated charity.',
      sources: ['S10', 'S5', 'S12', 'S11'],
      from: NRM_START,
      when: b.all(
        notNamed,
        b.in(
          'responder.organisationType',
          ['local-authority', 'police', 'national-crime-agency', 'glaa', 'home-office', 'designated-charity'],
          'the type of organisation is a type of first responder organisation',
        ),
      ),
      outcome: FIRST_RESPONDER,
    }),
    rule({
      id: 'responder.hsc-trust',
      description:
        'The responder works for a Health and Social Care Trust, a first responder organisation in Northern Ireland.',
      sources: ['S10', 'S12'],
      from: NRM_START,
      when: b.all(
        notNamed,
        b.eq('responder.organisationType', 'hsc-trust', 'the organisation is a Health and Social Care Trust'),
        b.eq('jurisdiction', 'northern-ireland', 'the person was encountered in Northern Ireland'),
      ),
      outcome: FIRST_RESPONDER,
    }),
    rule({
      id: 'responder.listed-organisation',
      description:
        'The responder works for an organisation on the official list of first responder organisations, which works in the nation where the person was encountered.',
      sources: ['S12', 'S10', 'S5'],
      from: NRM_START,
      when: b.all(
        named,
        b.not(
          b.in('responder.organisation', [REFUGEE_COUNCIL, YOUTH_WORK_ALLIANCE, FAIR_WORK_AGENCY]),
          'the organisation is not one added to the list on a later date',
        ),
        servesHere,
      ),
      outcome: FIRST_RESPONDER,
    }),
    rule({
      id: 'responder.refugee-council',
      description:
        'The Refugee Council is a designated first responder organisation from June 2022 (taken as 1 June 2022).',
      sources: [{ tag: 'S12', section: 'user-organisation' }, 'S10'],
      from: '2022-06-01',
      when: b.all(
        named,
        b.eq('responder.organisation', REFUGEE_COUNCIL, 'the organisation is the Refugee Council'),
        servesHere,
      ),
      outcome: FIRST_RESPONDER,
    }),
    rule({
      id: 'responder.youth-work-alliance',
      description:
        'The Youth Work Alliance is a designated first responder organisation in Northern Ireland from 1 July 2023.',
      sources: [{ tag: 'S12', section: 'user-organisation' }, 'S10'],
      from: '2023-07-01',
      when: b.all(
        named,
        b.eq('responder.organisation', YOUTH_WORK_ALLIANCE, 'the organisation is the Youth Work Alliance'),
        servesHere,
      ),
      outcome: FIRST_RESPONDER,
    }),
    rule({
      id: 'responder.fair-work-agency',
      description:
        "The Fair Work Agency, which takes over the GLAA's work, is on the official list of first responder organisations from March 2026 (taken as 1 March 2026).",
      sources: [{ tag: 'S12', section: 'user-organisation' }],
      from: '2026-03-01',
      when: b.all(
        named,
        b.eq('responder.organisation', FAIR_WORK_AGENCY, 'the organisation is the Fair Work Agency'),
        servesHere,
      ),
      outcome: FIRST_RESPONDER,
    }),
    rule({
      id: 'responder.duty-to-notify.specified-public-authority',
      description:
        "The responder's organisation is a specified public authority with the duty to notify the Home Office of a potential victim in England and Wales: a police force, a council, the National Crime Agency or the GLAA.",
      sources: [{ tag: 'S1', section: 's52(5)' }, 'S4', 'S2', 'S3'],
      from: DUTY_TO_NOTIFY_FROM,
      when: b.all(
        inEnglandOrWales,
        b.any(
          status('statutory', 'the organisation is named in section 52(5)'),
          b.all(
            notNamed,
            b.in(
              'responder.organisationType',
              ['police', 'local-authority', 'national-crime-agency', 'glaa'],
              'the type of organisation is one section 52(5) names',
            ),
          ),
        ),
      ),
      outcome: DUTY,
    }),
    rule({
      id: 'responder.duty-to-notify.home-office-policy',
      description:
        "The responder's organisation notifies the Home Office of a potential victim by Home Office policy: UK Visas and Immigration, Border Force or Immigration Enforcement.",
      sources: ['S5', 'S2', 'S1'],
      from: DUTY_TO_NOTIFY_FROM,
      when: b.all(
        inEnglandOrWales,
        b.any(
          status('policy', 'the organisation notifies by Home Office policy'),
          b.all(
            notNamed,
            b.eq('responder.organisationType', 'home-office', 'the organisation is part of the Home Office'),
          ),
        ),
      ),
      outcome: DUTY,
    }),
    rule({
      id: 'responder.duty-to-notify.unconfirmed',
      description:
        "The sources do not settle whether the responder's organisation has the duty to notify in England and Wales; it is treated as having it (an assumption that can be changed).",
      sources: [{ tag: 'S1', section: 's52(5)' }],
      from: DUTY_TO_NOTIFY_FROM,
      when: b.all(
        inEnglandOrWales,
        status('unconfirmed', "the sources do not settle the organisation's duty to notify"),
        b.eq(
          'assumptions.unconfirmedDutyToNotify',
          'has-duty',
          'such an organisation is treated as having the duty',
        ),
      ),
      outcome: DUTY,
    }),
    rule({
      id: 'responder.duty-to-notify.scotland',
      description:
        "Scotland's duty to notify Police Scotland is applied to the responder's public authority, from the date given in the assumptions (the sources do not confirm that it is in force).",
      sources: ['S34', 'S12'],
      from: NRM_START,
      when: b.all(
        b.eq('jurisdiction', 'scotland', 'the person was encountered in Scotland'),
        b.in(
          'responder.organisationType',
          ['police', 'local-authority', 'national-crime-agency', 'glaa', 'home-office'],
          'the organisation is a public authority',
        ),
        devolvedDutyApplied,
      ),
      outcome: DUTY,
    }),
    rule({
      id: 'responder.duty-to-notify.northern-ireland',
      description:
        "Northern Ireland's duty to notify the National Crime Agency is applied to the responder's public authority, from the date given in the assumptions (the sources do not confirm that it is in force).",
      sources: ['S35b', 'S12'],
      from: NRM_START,
      when: b.all(
        b.eq('jurisdiction', 'northern-ireland', 'the person was encountered in Northern Ireland'),
        b.in(
          'responder.organisationType',
          ['police', 'local-authority', 'national-crime-agency', 'glaa', 'home-office', 'hsc-trust'],
          'the organisation is a public authority',
        ),
        devolvedDutyApplied,
      ),
      outcome: DUTY,
    }),
  ],
});
