import type { DutyToNotifyStatus, Jurisdiction, ResponderType, Under18Answer } from '@antislavery/model';
import type { ChildReferralRoute } from './child-referral-routes.js';
import type { Team } from './teams.js';

/**
 * The facts the responder status rules read: the responder's organisation type and, for an
 * organisation named from the official list, the nations it works in and its duty-to-notify
 * status (looked up with `classifyOrganisation` from `@antislavery/model/lists`), and the
 * assumptions in force.
 *
 * @example
 * ```ts
 * import type { ResponderStatusFacts } from '@antislavery/pathways';
 *
 * const facts: ResponderStatusFacts = {
 *   jurisdiction: 'england',
 *   responder: {
 *     organisationType: 'local-authority',
 *     organisation: 'Derby City Council',
 *     servesJurisdictions: ['england'],
 *     dutyToNotifyStatus: 'statutory',
 *   },
 *   assumptions: { unconfirmedDutyToNotify: 'has-duty' },
 * };
 * ```
 */
export type ResponderStatusFacts = {
  /** Where the person was encountered. */
  readonly jurisdiction: Jurisdiction;
  /** The responder's organisation. */
  readonly responder: {
    /** The type of organisation. */
    readonly organisationType: ResponderType;
    /** The organisation's name on the official list, if given. */
    readonly organisation?: string;
    /** The nations the named organisation works in as a first responder. */
    readonly servesJurisdictions?: readonly Jurisdiction[];
    /** The named organisation's duty-to-notify status. */
    readonly dutyToNotifyStatus?: DutyToNotifyStatus;
  };
  /** The assumptions in force (see `PathwayAssumptions`). */
  readonly assumptions: {
    /** Whether an organisation whose duty is unconfirmed is treated as having it. */
    readonly unconfirmedDutyToNotify: 'has-duty' | 'no-duty';
    /** The date from which the devolved duty to notify of the jurisdiction is applied, if any. */
    readonly devolvedDutyToNotifyFrom?: string;
  };
};

/**
 * What the responder status rules decide: that the responder works for a first responder
 * organisation in the jurisdiction, or that their organisation has the duty to notify there.
 *
 * @example
 * ```ts
 * import type { ResponderStatusOutcome } from '@antislavery/pathways';
 *
 * const outcome: ResponderStatusOutcome = { firstResponder: true };
 * ```
 */
export type ResponderStatusOutcome = {
  /** The responder works for a first responder organisation in the jurisdiction. */
  readonly firstResponder?: true;
  /** The responder's organisation has the duty to notify in the jurisdiction. */
  readonly dutyToNotify?: true;
};

/**
 * The facts the national pathway rules read: the {@link PathwayFacts} as given (with consent
 * `not-sought` left out, since it has not been asked for), the responder's status from the
 * responder status rules, and what the local pathway declares. A fact the local pathway does not
 * declare is missing, so a rule that needs it asks for it.
 *
 * @example
 * ```ts
 * import type { PathwayEngineFacts } from '@antislavery/pathways';
 *
 * const facts: PathwayEngineFacts = {
 *   jurisdiction: 'wales',
 *   responder: { organisationType: 'police', isFirstResponder: true, hasDutyToNotify: true },
 *   person: { under18: 'yes' },
 *   local: { ictgArea: true },
 * };
 * ```
 */
export type PathwayEngineFacts = {
  /** Where the person was encountered. */
  readonly jurisdiction: Jurisdiction;
  /** The responder. */
  readonly responder: {
    /** The type of organisation. */
    readonly organisationType: ResponderType;
    /** The organisation's name on the official list, if given. */
    readonly organisation?: string;
    /** The responder's team. */
    readonly team?: Team;
    /** Whether they work for a first responder organisation in the jurisdiction, on the date. */
    readonly isFirstResponder: boolean;
    /** Whether their organisation has the duty to notify in the jurisdiction, on the date. */
    readonly hasDutyToNotify: boolean;
  };
  /** The person. */
  readonly person: {
    /** "Is the potential victim under 18?" */
    readonly under18: Under18Answer;
    /** An adult's answer to the consent question, once asked. */
    readonly consent?: 'given' | 'refused';
    /** Whether they are in immediate danger. */
    readonly inImmediateDanger?: boolean;
    /** Whether they have care and support needs. */
    readonly hasCareAndSupportNeeds?: boolean;
    /** Whether they agree to co-operate with the authorities. */
    readonly cooperatingWithAuthorities?: boolean;
  };
  /** What the local pathway declares. */
  readonly local: {
    /** Whether the area has the Independent Child Trafficking Guardian service. */
    readonly ictgArea?: boolean;
    /** Whether the area is in the devolved child decision-making pilot. */
    readonly devolvedChildDecisionPilot?: boolean;
    /** Who in the council submits a child's NRM referral. */
    readonly childNrmReferralsBy?: ChildReferralRoute;
  };
};
