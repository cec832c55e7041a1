import * as z from 'zod';

/**
 * The steps a pathway decision can ask for, in the order they are taken: an emergency first, the
 * child's safeguarding before any referral, consent before a referral, then the referral or the
 * notification, then support. A decision lists its actions in this order.
 *
 * @example
 * ```ts
 * import { ACTION_IDS } from '@antislavery/pathways';
 *
 * ACTION_IDS[0];
 * //=> 'call-999'
 * ACTION_IDS.length;
 * //=> 11
 * ```
 */
export const ACTION_IDS = [
  'call-999',
  'contact-childrens-services',
  'request-age-assessment',
  'refer-to-ictg',
  'seek-consent',
  'submit-nrm-referral',
  'submit-duty-to-notify',
  'pass-to-first-responder',
  'call-modern-slavery-helpline',
  'raise-adult-safeguarding-concern',
  'refer-for-victim-care-support',
] as const;

/**
 * One of the {@link ACTION_IDS}.
 *
 * @example
 * ```ts
 * import type { ActionId } from '@antislavery/pathways';
 *
 * const next: ActionId = 'seek-consent';
 * ```
 */
export type ActionId = (typeof ACTION_IDS)[number];

/**
 * Zod schema accepting exactly one action id.
 *
 * @example
 * ```ts
 * import { actionIdSchema } from '@antislavery/pathways';
 *
 * actionIdSchema.safeParse('refer').error?.issues[0]?.message;
 * //=> 'Select an action'
 * ```
 */
export const actionIdSchema = z.enum(ACTION_IDS, { error: 'Select an action' });

/**
 * What each action asks the practitioner to do, as a short instruction.
 *
 * @example
 * ```ts
 * import { ACTION_LABELS } from '@antislavery/pathways';
 *
 * ACTION_LABELS['submit-duty-to-notify'];
 * //=> 'Send an anonymous Duty to Notify notification to the Home Office'
 * ```
 */
export const ACTION_LABELS: Readonly<Record<ActionId, string>> = {
  'call-999': 'Call 999',
  'contact-childrens-services': "Contact the local authority's children's services before the referral",
  'request-age-assessment': 'Ask the local authority to assess their age',
  'refer-to-ictg': 'Refer the child to the Independent Child Trafficking Guardian service',
  'seek-consent': 'Ask if they consent to being referred to the NRM',
  'submit-nrm-referral': 'Submit an NRM referral',
  'submit-duty-to-notify': 'Send an anonymous Duty to Notify notification to the Home Office',
  'pass-to-first-responder': 'Pass the case to a first responder organisation',
  'call-modern-slavery-helpline': 'Call the Modern Slavery & Exploitation Helpline',
  'raise-adult-safeguarding-concern': 'Raise an adult safeguarding concern with the local authority',
  'refer-for-victim-care-support': 'Refer them for emergency support under the Victim Care Contract',
};

/**
 * The position of an action in the order of {@link ACTION_IDS}. Internal.
 */
export const ACTION_ORDER: ReadonlyMap<ActionId, number> = new Map(
  ACTION_IDS.map((id, index) => [id, index]),
);
