import type { LocalPathway } from '../local-pathway.js';

/**
 * The City of Wolverhampton Council's local pathway, as its modern slavery page describes it: any
 * council employee may refer a consenting adult to the NRM, but only children's services or the
 * MASH refer a child, so an employee outside children's services who identifies a child refers
 * them via the MASH; consent is not needed for a child, but it is best practice to keep the child
 * and their family updated. The city's partnership is the Wolverhampton Anti-Slavery Partnership
 * (WASP).
 *
 * The page gives no telephone numbers and does not say whether the city has the Independent Child
 * Trafficking Guardian service or is in the devolved child decision-making pilot, so neither is
 * declared: a decision for a child asks.
 *
 * @example
 * ```ts
 * import { decidePathway, wolverhamptonLocalPathway } from '@antislavery/pathways';
 * import type { NrmReferralAction } from '@antislavery/pathways';
 *
 * const decision = decidePathway(
 *   {
 *     jurisdiction: 'england',
 *     responder: { organisationType: 'local-authority', organisation: 'City of Wolverhampton Council', team: 'housing' },
 *     person: { under18: 'yes', inImmediateDanger: false },
 *   },
 *   { asOf: '2026-04-01', local: wolverhamptonLocalPathway },
 * );
 * const referral = decision.actions.find(
 *   (action): action is NrmReferralAction => action.id === 'submit-nrm-referral',
 * );
 * [referral?.id, referral?.by, referral?.consentNeeded];
 * //=> ['submit-nrm-referral', 'childrens-services', false]
 * referral?.contact;
 * //=> { name: 'City of Wolverhampton Council Multi-Agency Safeguarding Hub (MASH)', from: 'local' }
 * decision.localSteps.map((step) => step.id);
 * //=> ['keep-child-and-family-updated']
 * ```
 */
export const wolverhamptonLocalPathway: LocalPathway = {
  name: 'City of Wolverhampton Council local pathway',
  jurisdiction: 'england',
  area: 'Wolverhampton',
  source: {
    title: 'City of Wolverhampton Council, Modern Slavery (council web page)',
    section: 'The National Referral Mechanism (NRM)',
  },
  contacts: {
    childrensServices: { name: 'City of Wolverhampton Council Multi-Agency Safeguarding Hub (MASH)' },
    antiSlaveryPartnership: {
      name: 'Wolverhampton Anti-Slavery Partnership (WASP)',
      notes: 'A multi-agency forum with representation across statutory, voluntary and faith sector.',
    },
  },
  childNrmReferralsBy: 'childrens-services',
  steps: [
    {
      id: 'keep-child-and-family-updated',
      description:
        'Keep the child and their family updated: their consent is not needed for the referral, but it is best practice.',
      for: 'children',
    },
  ],
};
