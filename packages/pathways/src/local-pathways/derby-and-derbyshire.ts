import type { LocalPathway } from '../local-pathway.js';

/**
 * The Derby and Derbyshire local pathway, from the Derby & Derbyshire Modern Slavery
 * Partnership's terms of reference and work plans: the partnership co-ordinator, resourced by
 * Derby City and Derbyshire County Councils, is the single point of initial contact for local
 * agencies on slavery, and the partnership has contracted pre-NRM victim support. Referrals follow
 * the national pathway: the partnership's documents give no local routing of a child's referral.
 *
 * The documents give no telephone numbers and do not say whether the area has the Independent
 * Child Trafficking Guardian service or is in the devolved child decision-making pilot, so neither
 * is declared: a decision for a child asks.
 *
 * @example
 * ```ts
 * import { decidePathway, derbyAndDerbyshireLocalPathway } from '@antislavery/pathways';
 *
 * const decision = decidePathway(
 *   {
 *     jurisdiction: 'england',
 *     responder: { organisationType: 'nhs' },
 *     person: { under18: 'no', inImmediateDanger: false, hasCareAndSupportNeeds: false },
 *   },
 *   { asOf: '2026-04-01', local: derbyAndDerbyshireLocalPathway },
 * );
 * decision.localSteps.map((step) => step.id);
 * //=> ['contact-partnership-coordinator', 'ask-about-pre-nrm-support']
 * ```
 */
export const derbyAndDerbyshireLocalPathway: LocalPathway = {
  name: 'Derby and Derbyshire local pathway',
  jurisdiction: 'england',
  area: 'Derby and Derbyshire',
  source: {
    title: 'Derby & Derbyshire Modern Slavery Partnership, terms of reference and work plans',
    version: 'Priorities for 2017 to 2020',
  },
  contacts: {
    antiSlaveryPartnership: {
      name: 'Derby & Derbyshire Modern Slavery Partnership co-ordinator',
      notes: 'The single point of initial contact for local agencies on issues to do with slavery.',
    },
  },
  childNrmReferralsBy: 'any-first-responder',
  steps: [
    {
      id: 'contact-partnership-coordinator',
      description:
        'Tell the partnership co-ordinator, the single point of initial contact for local agencies on slavery.',
      for: 'everyone',
      contact: 'antiSlaveryPartnership',
    },
    {
      id: 'ask-about-pre-nrm-support',
      description:
        'Ask the partnership co-ordinator about the pre-NRM victim support the partnership has contracted.',
      for: 'adults',
      contact: 'antiSlaveryPartnership',
    },
  ],
};
