import { measureId, metricId, outcomeId, type Pledge, pledgeId } from '../partnership/index.js';

/**
 * The Cheshire pledge "To actively engage within Cheshire to prevent Modern Slavery and
 * Trafficking": commitments under three headings, what each signing organisation will do, and
 * three outcomes, each with its measure.
 *
 * Transcribed from the published pledge; "referral's" is corrected to "referrals", and the
 * purpose ("to engage local organisations within Cheshire to commit to:" the three headings) is
 * written as one sentence. The pledge names no signatories and no dates, so neither is recorded.
 * The metric ids name the metrics that will compute or hold each measure's figures. The third
 * measure only says "monitor"; its direction is `increase` because the outcome it serves is to
 * improve outcomes.
 *
 * @example
 * ```ts
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * cheshirePledge.commitments.map((heading) => heading.heading);
 * //=> ['Prevention and Identification', 'Detection and Investigation', 'Protection and Support']
 * ```
 */
export const cheshirePledge: Pledge = {
  id: pledgeId('cheshire-pledge'),
  title: 'To actively engage within Cheshire to prevent Modern Slavery and Trafficking',
  area: 'Cheshire',
  jurisdiction: 'england',
  purpose:
    'To engage local organisations within Cheshire to commit to prevention and identification, detection and investigation, and protection and support.',
  commitments: [
    {
      heading: 'Prevention and Identification',
      items: [
        'Equipping frontline practitioners with the knowledge and tools needed to identify and protect victims of trafficking and slavery',
        'Promote local community awareness of the signs of Modern Slavery and Human Trafficking',
      ],
    },
    {
      heading: 'Detection and Investigation',
      items: [
        'Strengthen the protective and preventative measures to combat the crime of trafficking and slavery',
        'Work in partnership with crime agencies when operational activity is required to protect and bring to justice perpetrators of Modern Slavery and Human Trafficking',
      ],
    },
    {
      heading: 'Protection and Support',
      items: [
        'Ensuring the national referral mechanism is being utilised by trained, competent staff. Local pathways for referrals are clearly identified in local processes/resources',
        'Work in partnership with agencies for immediate and ongoing support for the victims of Modern Slavery and Human Trafficking e.g. Salvation Army or Medaille Trust',
      ],
    },
  ],
  signatoryCommitments: [
    'Ensure staff have access to training.',
    'Promote commissioning and contracts that adhere to The Modern Slavery Act',
    'Work in partnership with the Cheshire Anti-Slavery Network',
    'Support pan Cheshire Modern Slavery events',
  ],
  outcomes: [
    {
      id: outcomeId('increase-identification'),
      description: 'Increase identification of victims of Modern Slavery and Human Trafficking',
      measures: [
        {
          id: measureId('nrm-and-dtn-referrals'),
          description: 'Increase referrals to NRM and Duty to Notify referrals to the Home Office',
          metricId: metricId('referrals.nrm-and-dtn.count'),
          direction: 'increase',
          source: 'computed',
        },
      ],
    },
    {
      id: outcomeId('raise-awareness'),
      description: 'Raise awareness of Modern Slavery to the local community',
      measures: [
        {
          id: measureId('local-reporting-and-survey-awareness'),
          description: 'Increased reporting locally & awareness reported in surveys',
          metricId: metricId('awareness.local-reporting-and-surveys'),
          direction: 'increase',
          source: 'entered',
        },
      ],
    },
    {
      id: outcomeId('improve-outcomes'),
      description: 'Improve outcomes for victims and for those found not to be trafficked but exploited',
      measures: [
        {
          id: measureId('outcomes-at-45-days-and-beyond'),
          description: 'Monitor outcomes for local victims both at the end of 45 days and beyond',
          metricId: metricId('outcomes.victims.at-45-days-and-beyond'),
          direction: 'increase',
          source: 'computed',
        },
      ],
    },
  ],
  footnotes: ['National Crime Agency - National Referral Mechanism', 'Modern Slavery Act 2015'],
};
