import type { ActionId } from './actions.js';
import type { NotificationContent } from './notification-fields.js';

/**
 * The contacts a rule can name for an action: a national contact, a local contact by role (the
 * local pathway's where it gives one, else the national default), or `firstResponder`, the
 * local pathway's community safety team, anti-slavery partnership or police (else the police's
 * non-emergency number), for passing a case to a first responder.
 *
 * @example
 * ```ts
 * import type { ContactRef } from '@antislavery/pathways';
 *
 * const ref: ContactRef = 'childrensServices';
 * ```
 */
export type ContactRef =
  | 'emergency'
  | 'policeNonEmergency'
  | 'modernSlaveryHelpline'
  | 'singleCompetentAuthority'
  | 'independentChildTraffickingGuardians'
  | 'victimCareContract'
  | 'childrensServices'
  | 'adultSocialCare'
  | 'firstResponder';

/**
 * Who carries out an action: the responder, the local authority (an age assessment) or, where a
 * local pathway says only they refer a child, children's services or the MASH.
 *
 * @example
 * ```ts
 * import type { ActionBy } from '@antislavery/pathways';
 *
 * const by: ActionBy = 'childrens-services';
 * ```
 */
export type ActionBy = 'responder' | 'local-authority' | 'childrens-services';

/**
 * An action a rule asks for, with the details it sets.
 *
 * @example
 * ```ts
 * import type { ActionRequest } from '@antislavery/pathways';
 *
 * const request: ActionRequest = { id: 'submit-nrm-referral', by: 'responder', consentNeeded: false, contact: 'singleCompetentAuthority' };
 * ```
 */
export type ActionRequest = {
  /** The action. */
  readonly id: ActionId;
  /** Who to contact. */
  readonly contact?: ContactRef;
  /** Who carries it out. */
  readonly by?: ActionBy;
  /** For a referral: whether the person's consent is needed. */
  readonly consentNeeded?: boolean;
  /** For a child's referral: who makes the child's NRM decisions, where it is not the Home Office. */
  readonly childDecisionsBy?: 'local-multi-agency-panel';
};

/**
 * A council's own step, as a local pathway's rule contributes it.
 *
 * @example
 * ```ts
 * import type { LocalStepRequest } from '@antislavery/pathways';
 *
 * const step: LocalStepRequest = { id: 'keep-family-updated', description: 'Keep the child and their family updated' };
 * ```
 */
export type LocalStepRequest = {
  /** The step's id in the local pathway. */
  readonly id: string;
  /** What to do. */
  readonly description: string;
};

/**
 * What one rule of the pathway contributes when it fires. A decision is the sum of these:
 * - `actions`: the steps it asks for;
 * - `amend`: details it sets on steps other rules ask for (it never adds a step of its own);
 * - `treatedAsChild`, `consentRequired`, `dutyToNotify`: what it settles;
 * - `notificationContent`: what a notification may and must not hold;
 * - `localStep`: a council's own step.
 *
 * @example
 * ```ts
 * import type { PathwayOutcome } from '@antislavery/pathways';
 *
 * const outcome: PathwayOutcome = { treatedAsChild: true, actions: [{ id: 'request-age-assessment', by: 'local-authority' }] };
 * ```
 */
export type PathwayOutcome = {
  /** The steps this rule asks for. */
  readonly actions?: readonly ActionRequest[];
  /** Details this rule sets on steps that other rules ask for. */
  readonly amend?: readonly ActionRequest[];
  /** The person is treated as a child. */
  readonly treatedAsChild?: true;
  /** The person's consent is needed for an NRM referral. */
  readonly consentRequired?: true;
  /** The duty to notify applies, or how it is met. */
  readonly dutyToNotify?: {
    readonly applies?: true;
    readonly dischargedBy?: 'nrm-referral' | 'notification';
  };
  /** What a notification may and must not hold. */
  readonly notificationContent?: NotificationContent;
  /** A council's own step, with its contact. */
  readonly localStep?: LocalStepRequest;
};
