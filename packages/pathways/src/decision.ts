import type { Jurisdiction } from '@antislavery/model';
import type { IsoDate } from '@antislavery/model/calendar';
import type { Citation, InForce } from '@antislavery/rules';
import type { ActionId } from './actions.js';
import type { PathwayContact } from './contact.js';
import type { NotificationField } from './notification-fields.js';

/**
 * What every action in a decision has: its instruction and the ids of the rules that asked for it.
 *
 * @typeParam Id - the action's id
 *
 * @example
 * ```ts
 * import type { ActionBase } from '@antislavery/pathways';
 *
 * const base: ActionBase<'seek-consent'> = {
 *   id: 'seek-consent',
 *   label: 'Ask if they consent to being referred to the NRM',
 *   rules: ['adult.seek-consent'],
 * };
 * ```
 */
export type ActionBase<Id extends ActionId> = {
  /** The action. */
  readonly id: Id;
  /** What to do, as a short instruction. */
  readonly label: string;
  /** The ids of the rules that asked for it, and of those that set its details. */
  readonly rules: readonly string[];
};

/**
 * An action with the contact to use: from the local pathway where it gives one, else the national
 * default.
 *
 * @typeParam Id - the action's id
 *
 * @example
 * ```ts
 * import type { ContactAction } from '@antislavery/pathways';
 *
 * const call: ContactAction<'call-999'> = {
 *   id: 'call-999',
 *   label: 'Call 999',
 *   rules: ['immediate-danger.call-999'],
 *   contact: { name: 'Police (emergency)', phone: '999', from: 'national' },
 * };
 * ```
 */
export type ContactAction<Id extends ActionId> = ActionBase<Id> & {
  /** Who to contact. */
  readonly contact: PathwayContact;
};

/**
 * Ask the local authority to assess the person's age.
 *
 * @example
 * ```ts
 * import type { AgeAssessmentAction } from '@antislavery/pathways';
 *
 * const by = (action: AgeAssessmentAction) => action.by;
 * ```
 */
export type AgeAssessmentAction = ContactAction<'request-age-assessment'> & {
  /** Who assesses the age: the local authority. */
  readonly by: 'local-authority';
};

/**
 * Submit an NRM referral: who submits it, whether the person's consent is needed, and who makes
 * the decisions on it.
 *
 * @example
 * ```ts
 * import type { NrmReferralAction } from '@antislavery/pathways';
 *
 * const viaMash = (action: NrmReferralAction) => action.by === 'childrens-services';
 * ```
 */
export type NrmReferralAction = ContactAction<'submit-nrm-referral'> & {
  /**
   * Who submits it: the responder, or children's services or the MASH where the local pathway
   * says only they refer a child (the contact is then theirs, and the responder contacts them).
   */
  readonly by: 'responder' | 'childrens-services';
  /** Whether the person's consent is needed: for an adult, not for a child. */
  readonly consentNeeded: boolean;
  /** Who makes the NRM decisions: the Home Office's Single Competent Authority, or a local panel. */
  readonly decisionsBy: 'single-competent-authority' | 'local-multi-agency-panel';
};

/**
 * Send an anonymous Duty to Notify notification, with what it may and must not hold.
 *
 * @example
 * ```ts
 * import type { NotificationAction } from '@antislavery/pathways';
 *
 * const mayName = (action: NotificationAction) => action.mayContain.includes('name');
 * ```
 */
export type NotificationAction = ContactAction<'submit-duty-to-notify'> & {
  /** What the notification may hold. */
  readonly mayContain: readonly NotificationField[];
  /** What it must not hold. */
  readonly mustNotContain: readonly NotificationField[];
};

/**
 * Pass the case to a first responder organisation: the contact, and others to try.
 *
 * @example
 * ```ts
 * import type { PassToFirstResponderAction } from '@antislavery/pathways';
 *
 * const everyone = (action: PassToFirstResponderAction) => [action.contact, ...action.alternatives];
 * ```
 */
export type PassToFirstResponderAction = ContactAction<'pass-to-first-responder'> & {
  /** Other first responder contacts, in the order to try them. */
  readonly alternatives: readonly PathwayContact[];
};

/**
 * One step of a decision, told apart by its `id`. Switch on `id` (or use ts-pattern's
 * `match(...).exhaustive()`) to handle each kind.
 *
 * @example
 * ```ts
 * import type { PathwayAction } from '@antislavery/pathways';
 *
 * const describe = (action: PathwayAction): string =>
 *   action.id === 'seek-consent' ? action.label : `${action.label}: ${action.contact.name}`;
 * ```
 */
export type PathwayAction =
  | ContactAction<'call-999'>
  | ContactAction<'contact-childrens-services'>
  | AgeAssessmentAction
  | ContactAction<'refer-to-ictg'>
  | ActionBase<'seek-consent'>
  | NrmReferralAction
  | NotificationAction
  | PassToFirstResponderAction
  | ContactAction<'call-modern-slavery-helpline'>
  | ContactAction<'raise-adult-safeguarding-concern'>
  | ContactAction<'refer-for-victim-care-support'>;

/**
 * One of the council's own steps from its local pathway.
 *
 * @example
 * ```ts
 * import type { LocalStepAction } from '@antislavery/pathways';
 *
 * const step: LocalStepAction = {
 *   id: 'keep-family-updated',
 *   label: 'Keep the child and their family updated',
 *   rule: 'local.keep-family-updated',
 * };
 * ```
 */
export type LocalStepAction = {
  /** The step's id in the local pathway. */
  readonly id: string;
  /** What to do. */
  readonly label: string;
  /** The id of the local rule behind it. */
  readonly rule: string;
  /** Who to contact, where the step names someone. */
  readonly contact?: PathwayContact;
};

/**
 * A rule that applied, for the explanation: its id, a plain-English sentence, where it comes from
 * (the main source structured, every source structured, and all of them as one line of text), the
 * dates it is in force, and whether it is national or from the local pathway.
 *
 * @example
 * ```ts
 * import type { ExplainedRule } from '@antislavery/pathways';
 *
 * const line = (rule: ExplainedRule) => `${rule.sentence} (${rule.citationText})`;
 * ```
 */
export type ExplainedRule = {
  /** The rule's id. */
  readonly id: string;
  /** What the rule says, as a sentence a practitioner would understand. */
  readonly sentence: string;
  /** The main source. */
  readonly citation: Citation;
  /** Every source, main source first. */
  readonly sources: readonly Citation[];
  /** The sources as one line of text. */
  readonly citationText: string;
  /** When the rule is in force. */
  readonly inForce: InForce;
  /** `national`, or the name of the local pathway the rule comes from. */
  readonly from: string;
  /** `responder-status` for the rules on who the responder is, `pathway` for the rest. */
  readonly stage: 'responder-status' | 'pathway';
};

/**
 * Something the decision could not settle because a fact was not given, with what to ask next.
 *
 * @example
 * ```ts
 * import type { MissingFact } from '@antislavery/pathways';
 *
 * const missing: MissingFact = { fact: 'person.consent', question: 'Ask if they consent to being referred to the NRM' };
 * ```
 */
export type MissingFact = {
  /** The fact's path, such as `person.consent`. */
  readonly fact: string;
  /** What to ask or find out, in plain English. */
  readonly question: string;
};

/**
 * Why a decision says what it says: the rules that applied, in order, each with its citation and
 * a plain-English sentence; what is still to be found out; and the rules that could not be
 * decided without it.
 *
 * @example
 * ```ts
 * import type { PathwayExplanation } from '@antislavery/pathways';
 *
 * const questions = (explanation: PathwayExplanation) => explanation.missing.map((fact) => fact.question);
 * ```
 */
export type PathwayExplanation = {
  /** The rules that applied: the responder status rules first, then the pathway's. */
  readonly rules: readonly ExplainedRule[];
  /** The facts to find out next, in the order the rules need them. */
  readonly missing: readonly MissingFact[];
  /** The ids of the rules that could not be decided until those facts are known. */
  readonly undecided: readonly string[];
};

/**
 * What to do next, in order, and why: the decision of `decidePathway`.
 *
 * - `actions`: the steps, in the order of `ACTION_IDS`, each with its contact and details;
 * - `localSteps`: the council's own steps from its local pathway;
 * - `treatedAsChild`, `consentRequired`, `dutyToNotify`: what the rules settle;
 * - `responder`: whether the responder works for a first responder organisation here, and whether
 *   their organisation has the duty to notify;
 * - `explanation`: the rules that applied with their citations, and the facts still missing;
 * - `asOf`, `ruleSet` (the name and version of the rules used) and `localPathway` (its name).
 *
 * @example
 * ```ts
 * import type { PathwayDecision } from '@antislavery/pathways';
 *
 * const nextStep = (decision: PathwayDecision) => decision.actions[0]?.label;
 * ```
 */
export type PathwayDecision = {
  /** The date the decision was made for. */
  readonly asOf: IsoDate;
  /** Where the person was encountered. */
  readonly jurisdiction: Jurisdiction;
  /** The rule set used. */
  readonly ruleSet: { readonly name: string; readonly version: string };
  /** The local pathway's name, or `null` when none was given. */
  readonly localPathway: string | null;
  /** What to do, in order. */
  readonly actions: readonly PathwayAction[];
  /** The council's own steps. */
  readonly localSteps: readonly LocalStepAction[];
  /** Whether the person is treated as a child: under 18, or possibly under 18 until their age is decided. */
  readonly treatedAsChild: boolean;
  /** Whether the person's consent is needed for an NRM referral (an adult's is; a child's is not). */
  readonly consentRequired: boolean;
  /**
   * Whether the duty to notify applies to the responder's organisation here and now, and how it
   * is met: by the NRM referral (a child, or an adult who consents), by a notification (an adult
   * who refuses), or `null` while that is not known or the duty does not apply.
   */
  readonly dutyToNotify: {
    readonly applies: boolean;
    readonly dischargedBy: 'nrm-referral' | 'notification' | null;
  };
  /** The responder's status, as the responder status rules decided it. */
  readonly responder: { readonly isFirstResponder: boolean; readonly hasDutyToNotify: boolean };
  /** Why. */
  readonly explanation: PathwayExplanation;
};
