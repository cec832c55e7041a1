import {
  type CommunityMeeting,
  communityMeetingId,
  type Partnership,
  partnershipId,
} from '../partnership/index.js';

/**
 * PACT (Partners and Communities Together) meetings in Wolverhampton, where residents meet their
 * Neighbourhood Safety Coordinator, local policing staff and other local partners and help set
 * local policing priorities. Transcribed from the council's page; it lists no priorities or dates.
 *
 * @example
 * ```ts
 * import { wolverhamptonPactMeetings } from '@antislavery/model/examples';
 *
 * wolverhamptonPactMeetings.attendeesCan[0];
 * //=> 'Help determine local priorities in your area'
 * ```
 */
export const wolverhamptonPactMeetings: CommunityMeeting = {
  id: communityMeetingId('wolverhampton-pact'),
  name: 'Partners and Communities Together',
  shortName: 'PACT',
  area: 'Wolverhampton',
  description:
    'A partnership meeting which gives residents of Wolverhampton an opportunity to regularly meet with their Neighbourhood Safety Coordinator, local policing staff and other local partners with the aim to tackle crime locally within their community.',
  purpose:
    'The scheme provides local people with a practical way to influence what happens in their neighbourhood by working together to help determine local policing priorities.',
  participants: [
    'Residents',
    'Neighbourhood Safety Coordinator',
    'Local policing staff',
    'Other local partners',
  ],
  cadence: 'regular',
  attendeesCan: [
    'Help determine local priorities in your area',
    'Be informed on performance of local policing',
    'Meet representatives from the police and council',
    'Receive feedback on previous priorities',
    'Raise issues and seek help on individual or community wide problems',
  ],
};

/**
 * The Wolverhampton Anti-Slavery Partnership (WASP), which drives city-wide coordinated delivery,
 * with its aims, its seat on the West Midlands Modern Slavery and Human Trafficking Board, the
 * city's PACT meetings, and the council's own account of how it applies the National Referral
 * Mechanism and the duty to notify (adults by MS1 form with their permission, children via the
 * MASH, no consent needed for a child).
 *
 * Transcribed from the council's page. The sentence "Anyone local authority employee is, which
 * permission from the adult victim able to refer an into the NRM using an MS1 form" is corrected
 * to "Any local authority employee is, with permission from the adult victim, able to refer them
 * into the NRM using an MS1 form". The page does not print the council's name; it is recorded as
 * City of Wolverhampton Council. The local practice is the council's text as published, not a
 * statement of the law.
 *
 * @example
 * ```ts
 * import { wolverhamptonAntiSlaveryPartnership } from '@antislavery/model/examples';
 *
 * wolverhamptonAntiSlaveryPartnership.regionalLinks?.[0]?.name;
 * //=> 'West Midlands Modern Slavery and Human Trafficking Board'
 * ```
 */
export const wolverhamptonAntiSlaveryPartnership: Partnership = {
  id: partnershipId('wolverhampton-anti-slavery-partnership'),
  name: 'Wolverhampton Anti-Slavery Partnership',
  shortName: 'WASP',
  area: 'Wolverhampton',
  jurisdiction: 'england',
  description:
    'City wide coordinated delivery is currently driven by Wolverhampton Anti-Slavery Partnership (WASP), a multi-agency forum with representation across statutory, voluntary and faith sector.',
  aims: [
    'Promote awareness of Modern Slavery',
    'Provide training to frontline services',
    'Strengthen reporting and data capture',
    'Improve support for victims once they have exited from NRM support',
  ],
  membership: {
    statement: 'A multi-agency forum with representation across statutory, voluntary and faith sector.',
    openTo: ['public', 'voluntary', 'faith'],
  },
  regionalLinks: [
    {
      name: 'West Midlands Modern Slavery and Human Trafficking Board',
      description:
        'Wolverhampton are also actively involved in the wider West Midlands working and are represented on the West Midlands Modern Slavery and Human Trafficking Board.',
    },
  ],
  communityMeetings: [wolverhamptonPactMeetings],
  localPractice: [
    {
      topic: 'The National Referral Mechanism (NRM)',
      organisation: 'City of Wolverhampton Council',
      statements: [
        'The National Referral Mechanism (NRM) is a framework for signposting victims of human trafficking or modern slavery and ensuring they receive the appropriate protection and support. It is the method through which victims are referred/reported for support.',
        'Section 52 of the Act places a requirement on Local Authorities to identify potential victims of modern slavery and report identified cases to fulfil its ‘duty to notify’ requirements.',
        'Any local authority employee is, with permission from the adult victim, able to refer them into the NRM using an MS1 form.',
        'If a child is involved then a referral must still be made into the NRM, however this referral must be made by children’s social services / MASH.',
        'An employee not working within children’s services who identifies a child victim must therefore refer them via MASH so that a referral to the NRM can be made.',
        'Consent is not required for a child to be referred however it is best practice to keep them / the family updated.',
      ],
      references: [
        {
          title: 'MS1 Form and guidance',
          url: 'https://www.gov.uk/government/publications/duty-to-notify-the-home-office-of-potential-victims-of-modern-slavery',
        },
      ],
    },
    {
      topic: 'Training',
      organisation: 'City of Wolverhampton Council',
      statements: [
        'Local Authority employees can access training and awareness online learning on the learning hub.',
        'A training programme is currently in development which will be rolled out wider and made available to partner agencies, both statutory and non-statutory. Information will be made available once the training has been fully developed.',
      ],
    },
  ],
  references: [
    {
      title: 'Local Government Association: modern slavery',
      url: 'https://www.local.gov.uk/topics/community-safety/modern-slavery',
    },
  ],
};
