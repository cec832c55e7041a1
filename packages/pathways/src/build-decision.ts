// Internal: assembling a decision from the two evaluations. Nothing here decides what the law
// requires: it gathers what the rules that fired contribute, orders it, and fills in contacts.

import {
  BASE_PROVENANCE,
  type Evaluation,
  type FiredRule,
  type Rule,
  type RuleSet,
} from '@antislavery/rules';
import { ACTION_LABELS, ACTION_ORDER, type ActionId } from './actions.js';
import { NRM_START } from './as-of.js';
import { citationText, sourcesOf } from './cite.js';
import type { CompiledPathway } from './compiled-rule-sets.js';
import type { Contact, PathwayContact } from './contact.js';
import type {
  ExplainedRule,
  LocalStepAction,
  MissingFact,
  PathwayAction,
  PathwayDecision,
} from './decision.js';
import type { ResponderStatusOutcome } from './engine-facts.js';
import type { LocalPathway } from './local-pathway.js';
import { NATIONAL_CONTACTS } from './national-contacts.js';
import type { NotificationContent } from './notification-fields.js';
import type { ActionRequest, ContactRef, PathwayOutcome } from './pathway-outcome.js';
import { type Prepared, statusOf } from './prepare.js';

const national = (contact: Contact): PathwayContact => Object.freeze({ ...contact, from: 'national' });
const NATIONAL: Readonly<Record<keyof typeof NATIONAL_CONTACTS, PathwayContact>> = {
  emergency: national(NATIONAL_CONTACTS.emergency),
  policeNonEmergency: national(NATIONAL_CONTACTS.policeNonEmergency),
  modernSlaveryHelpline: national(NATIONAL_CONTACTS.modernSlaveryHelpline),
  singleCompetentAuthority: national(NATIONAL_CONTACTS.singleCompetentAuthority),
  independentChildTraffickingGuardians: national(NATIONAL_CONTACTS.independentChildTraffickingGuardians),
  victimCareContract: national(NATIONAL_CONTACTS.victimCareContract),
  childrensServices: national(NATIONAL_CONTACTS.childrensServices),
  adultSocialCare: national(NATIONAL_CONTACTS.adultSocialCare),
};

const localContact = (contact: Contact | undefined): PathwayContact | undefined =>
  contact === undefined ? undefined : { ...contact, from: 'local' };

/**
 * The contacts to pass a case to a first responder: the council's community safety team, then the
 * police (the local pathway's number, else 101), then the local anti-slavery partnership for
 * advice, which is not itself a first responder.
 */
function firstResponderContacts(local: LocalPathway | undefined): PathwayContact[] {
  const contacts = local?.contacts;
  return [
    localContact(contacts?.communitySafety),
    localContact(contacts?.policeNonEmergency) ?? NATIONAL.policeNonEmergency,
    localContact(contacts?.antiSlaveryPartnership),
  ].filter((contact): contact is PathwayContact => contact !== undefined);
}

function contactFor(ref: ContactRef | undefined, local: LocalPathway | undefined): PathwayContact {
  switch (ref) {
    case 'childrensServices':
    case 'adultSocialCare':
    case 'policeNonEmergency':
      return localContact(local?.contacts?.[ref]) ?? NATIONAL[ref];
    case 'firstResponder':
      return firstResponderContacts(local)[0] ?? NATIONAL.policeNonEmergency;
    case undefined:
      return NATIONAL.singleCompetentAuthority;
    default:
      return NATIONAL[ref];
  }
}

type Gathered = { request: ActionRequest; rules: string[] };

const ANONYMOUS: NotificationContent = {
  mayContain: ['gender', 'nationality', 'exploitation-details'],
  mustNotContain: ['name', 'contact-details', 'date-of-birth'],
};

function toAction(
  gathered: Gathered,
  local: LocalPathway | undefined,
  content: NotificationContent | undefined,
): PathwayAction {
  const { request, rules } = gathered;
  const base = { label: ACTION_LABELS[request.id], rules };
  const contact = contactFor(request.contact, local);
  switch (request.id) {
    case 'seek-consent':
      return { id: request.id, ...base };
    case 'request-age-assessment':
      return { id: request.id, ...base, contact, by: 'local-authority' };
    case 'submit-nrm-referral': {
      const byChildrensServices = request.by === 'childrens-services';
      return {
        id: request.id,
        ...base,
        label: byChildrensServices
          ? "Contact children's services or the MASH: they submit the child's NRM referral"
          : base.label,
        contact,
        by: byChildrensServices ? 'childrens-services' : 'responder',
        consentNeeded: request.consentNeeded === true,
        decisionsBy: request.childDecisionsBy ?? 'single-competent-authority',
      };
    }
    case 'submit-duty-to-notify': {
      // Every rule that asks for a notification is matched by a rule on its content; should none
      // have fired, the notification is kept anonymous, the stricter reading.
      const { mayContain, mustNotContain } = content ?? ANONYMOUS;
      return { id: request.id, ...base, contact, mayContain, mustNotContain };
    }
    case 'pass-to-first-responder': {
      const [first = NATIONAL.policeNonEmergency, ...alternatives] = firstResponderContacts(local);
      return { id: request.id, ...base, contact: first, alternatives };
    }
    case 'call-999':
    case 'contact-childrens-services':
    case 'refer-to-ictg':
    case 'call-modern-slavery-helpline':
    case 'raise-adult-safeguarding-concern':
    case 'refer-for-victim-care-support':
      return { id: request.id, ...base, contact };
  }
}

function merge(into: ActionRequest, from: ActionRequest): ActionRequest {
  const merged: { -readonly [K in keyof ActionRequest]: ActionRequest[K] } = { ...into };
  for (const [key, value] of Object.entries(from) as [keyof ActionRequest, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

const rulesById = new WeakMap<object, ReadonlyMap<string, Rule<unknown>>>();

function ruleIndex(ruleSet: RuleSet<unknown, unknown>): ReadonlyMap<string, Rule<unknown>> {
  let index = rulesById.get(ruleSet);
  if (index === undefined) {
    index = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
    rulesById.set(ruleSet, index);
  }
  return index;
}

// A fired rule is the same frozen object every time its rule fires, so its explanation is worked
// out once.
const explanations = new WeakMap<FiredRule<unknown>, ExplainedRule>();

function explained(
  fired: FiredRule<unknown>,
  ruleSet: RuleSet<unknown, unknown>,
  stage: ExplainedRule['stage'],
): ExplainedRule {
  const known = explanations.get(fired);
  if (known !== undefined) return known;
  const rule = ruleIndex(ruleSet).get(fired.ruleId);
  const sources = sourcesOf(fired);
  const explanation: ExplainedRule = Object.freeze({
    id: fired.ruleId,
    sentence: fired.description,
    citation: fired.citation,
    sources: sources.length > 0 ? sources : [fired.citation],
    citationText: citationText(fired),
    inForce: rule?.inForce ?? { from: NRM_START },
    from: fired.provenance === BASE_PROVENANCE ? 'national' : fired.provenance,
    stage,
  });
  explanations.set(fired, explanation);
  return explanation;
}

const QUESTIONS: Readonly<Record<string, string>> = {
  'person.inImmediateDanger': 'Find out if they are in immediate danger',
  'person.consent': 'Ask if they consent to being referred to the NRM',
  'person.hasCareAndSupportNeeds': 'Find out if they have care and support needs',
  'person.cooperatingWithAuthorities': 'Ask if they agree to co-operate with the authorities',
  'local.ictgArea': 'Check if the area has the Independent Child Trafficking Guardian service',
  'local.devolvedChildDecisionPilot': 'Check if the area is in the devolved child decision-making pilot',
  'responder.team': 'Say which team you work in',
};

function missingFact(path: string, ruleSet: RuleSet<unknown, unknown>): MissingFact {
  const label = ruleSet.facts?.[path]?.label;
  return {
    fact: path,
    question: QUESTIONS[path] ?? (label === undefined ? `Find out ${path}` : `Find out ${label}`),
  };
}

/** Assembles the decision from the responder status and pathway evaluations. */
export function buildDecision(
  prepared: Prepared,
  statusRules: RuleSet<unknown, unknown>,
  status: Evaluation<ResponderStatusOutcome>,
  compiled: CompiledPathway,
  evaluation: Evaluation<PathwayOutcome>,
): PathwayDecision {
  const { local } = prepared;
  const gathered = new Map<ActionId, Gathered>();
  let treatedAsChild = false;
  let consentRequired = false;
  let applies = false;
  let dischargedBy: PathwayDecision['dutyToNotify']['dischargedBy'] = null;
  let content: NotificationContent | undefined;
  const stepRules: FiredRule<PathwayOutcome>[] = [];
  for (const fired of evaluation.outcomes) {
    const outcome = fired.outcome;
    for (const request of outcome.actions ?? []) {
      const existing = gathered.get(request.id);
      if (existing === undefined) gathered.set(request.id, { request, rules: [fired.ruleId] });
      else {
        existing.request = merge(existing.request, request);
        existing.rules.push(fired.ruleId);
      }
    }
    if (outcome.treatedAsChild === true) treatedAsChild = true;
    if (outcome.consentRequired === true) consentRequired = true;
    if (outcome.dutyToNotify?.applies === true) applies = true;
    if (outcome.dutyToNotify?.dischargedBy !== undefined) dischargedBy = outcome.dutyToNotify.dischargedBy;
    if (outcome.notificationContent !== undefined) content = outcome.notificationContent;
    if (outcome.localStep !== undefined) stepRules.push(fired);
  }
  // Amendments set details on steps other rules asked for; they never add a step.
  for (const fired of evaluation.outcomes) {
    for (const amendment of fired.outcome.amend ?? []) {
      const existing = gathered.get(amendment.id);
      if (existing === undefined) continue;
      existing.request = merge(existing.request, amendment);
      existing.rules.push(fired.ruleId);
    }
  }

  const actions = [...gathered.values()]
    .sort((a, b) => (ACTION_ORDER.get(a.request.id) ?? 0) - (ACTION_ORDER.get(b.request.id) ?? 0))
    .map((item) => toAction(item, local, content));

  const localSteps: LocalStepAction[] = stepRules.flatMap((fired) => {
    const request = fired.outcome.localStep;
    if (request === undefined) return [];
    const step = local?.steps?.find((candidate) => candidate.id === request.id);
    const contact =
      step?.contact === undefined
        ? undefined
        : typeof step.contact === 'string'
          ? localContact(local?.contacts?.[step.contact])
          : localContact(step.contact);
    return [
      contact === undefined
        ? { id: request.id, label: request.description, rule: fired.ruleId }
        : { id: request.id, label: request.description, rule: fired.ruleId, contact },
    ];
  });

  const ruleSet = compiled.ruleSet as RuleSet<unknown, unknown>;
  const missingPaths = [...new Set([...status.missing, ...evaluation.missing])];
  return {
    asOf: evaluation.asOf,
    jurisdiction: prepared.facts.jurisdiction,
    ruleSet: { name: evaluation.ruleSet.name, version: evaluation.ruleSet.version ?? '' },
    localPathway: local?.name ?? null,
    actions,
    localSteps,
    treatedAsChild,
    consentRequired,
    dutyToNotify: { applies, dischargedBy: applies ? dischargedBy : null },
    responder: statusOf(status),
    explanation: {
      rules: [
        ...status.outcomes.map((fired) => explained(fired, statusRules, 'responder-status')),
        ...evaluation.outcomes.map((fired) => explained(fired, ruleSet, 'pathway')),
      ],
      missing: missingPaths.map((path) => missingFact(path, ruleSet)),
      undecided: [...status.undecided, ...evaluation.undecided],
    },
  };
}
