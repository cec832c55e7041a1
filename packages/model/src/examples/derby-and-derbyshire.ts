import { type Partnership, partnershipId, subGroupId } from '../partnership/index.js';

/**
 * The Derby & Derbyshire Modern Slavery Partnership, from its terms of reference: its vision and
 * the four Ps, open membership, a steering group of 15 agencies and sectors chaired by the Local
 * Authority Lead for Community Safety, the coordinator's responsibilities, quarterly meetings,
 * delegated responsibility, seven priorities for 2017 – 2020, three sub-groups with their work
 * plans (Appendix 1) and the achievements of 2016/2017 (Appendix 2).
 *
 * Transcribed from the terms of reference. Where the published text runs two list items together
 * (the steering group's second term of reference, which also begins "Promote awareness of
 * slavery"), they are kept as two items. The criteria for appointment are the four qualities the
 * one sentence lists. Sub-group names are written in title case rather than capitals. The terms of
 * reference give no dates for joining or for the sub-groups, so none are recorded.
 *
 * @example
 * ```ts
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 *
 * derbyAndDerbyshirePartnership.steeringGroup?.chair;
 * //=> 'Local Authority Lead for Community Safety'
 * ```
 */
export const derbyAndDerbyshirePartnership: Partnership = {
  id: partnershipId('derby-and-derbyshire'),
  name: 'Derby & Derbyshire Modern Slavery Partnership',
  area: 'Derby & Derbyshire',
  jurisdiction: 'england',
  vision: {
    statement: 'Working together to fight slavery and support victims of slavery in Derby & Derbyshire.',
    achievedBy: 'Implementing the Government’s Modern Slavery Strategy within Derby & Derbyshire',
    pillars: [
      {
        pillar: 'pursue',
        wording: 'Prosecute and disrupt individuals and groups responsible for modern slavery.',
      },
      { pillar: 'prevent', wording: 'Prevent people from engaging in and being a victim of modern slavery.' },
      {
        pillar: 'protect',
        wording:
          'Strengthen safeguards against modern slavery by protecting vulnerable people from exploitation and increasing awareness of and resilience against this crime.',
      },
      {
        pillar: 'prepare',
        wording:
          'Reduce the harm caused by modern slavery through improved victim identification and enhanced support.',
      },
    ],
  },
  membership: {
    statement:
      'Membership is free and open to all agencies in the public, private and voluntary sectors and individuals who make a commitment to work together to fight slavery and support victims of slavery in Derby & Derbyshire.',
    openTo: ['public', 'private', 'voluntary', 'individual'],
    benefits: ['Communications on the work of the Partnership', 'Invitations to Partnership events'],
  },
  priorities: {
    period: { from: '2017', to: '2020', label: '2017 – 2020' },
    items: [
      {
        number: 1,
        text: 'Produce a Risk & Threat Assessment of the nature and types of slavery across the city and county',
      },
      {
        number: 2,
        text: 'Develop and deliver a training and awareness package tailored to First Responders, faith, community and voluntary sector groups, homelessness charities/agencies',
      },
      {
        number: 3,
        text: 'Deliver a communications campaign to improve both public and private sector awareness of the signs of modern slavery.',
      },
      { number: 4, text: 'Provide victim support' },
      {
        number: 5,
        text: 'Review the multi-agency task force / tactical response group to facilitate investigations and prosecutions',
      },
      { number: 6, text: 'Undertake Proactive inspections' },
      { number: 7, text: 'Engage businesses to combat slavery and develop ethical practices' },
    ],
  },
  steeringGroup: {
    role: 'To provide strategic leadership to the Partnership.',
    chair: 'Local Authority Lead for Community Safety',
    drawnFrom: 'Agencies or sectors with a key role to play in achieving the Partnership Vision',
    represented: [
      'Adult Safeguarding',
      'British Red Cross',
      'Child Safeguarding',
      'Dept. Work & Pensions',
      'Derbyshire Constabulary',
      'Derbyshire Fire & Rescue',
      'Gangmasters and Labour Abuse Authority',
      'Health',
      'HMRC - Fraud Investigation Service',
      'Local Government',
      'Office of Police & Crime Commissioner',
      'Private Sector',
      'UKVI - Immigration Enforcement',
      'University of Derby',
      'Voluntary Sector',
    ],
    appointment: {
      method: 'Appointed by the Chair following nomination by partner agencies.',
      criteria: [
        'Operating at a senior level within their field',
        'Experienced in acting in a strategic leadership capacity',
        'Holding credibility and respect of others',
        'Able to influence policy and decision making within relevant networks',
      ],
    },
    termsOfReference: [
      'Adopt and keep under review an effective, over-arching plan for the implementation of the Modern Slavery Act, Statutory Duties and delivery of the Government’s Modern Slavery Strategy',
      'Advise, guide and oversee the work of the Partnership Co-ordinator in the delivery of the adopted plan, including the receipt of progress reports.',
      'Promote awareness of slavery and of the contribution that can be made by agencies in the public, private and voluntary sectors, and by the public, to reduce its incidence and impact and to support victims of slavery.',
      'Enable inter-action with other agencies and anti-slavery partnerships as necessary within the wider region in circumstances where dealing effectively with an issue requires a regional response.',
      'Establish and appoint sub-groups and/or task and finish groups to advise, guide and oversee particular aspects of the work of the Partnership.',
      'Provide reports on progress to relevant boards and publish an annual report of the work of the Partnership',
    ],
  },
  coordinator: {
    providedBy: 'Derby City and Derbyshire County Councils',
    statement:
      'Derby City and Derbyshire County Councils have made resources available to co-ordinate partnership activity.',
    responsibilities: [
      'Prepare a plan for the implementation of the Modern Slavery Act, Statutory Duties and delivery of the Government’s Modern Slavery Strategy',
      'Work together with member agencies to co-ordinate the delivery of the adopted plan',
      'Be a source of advice and guidance to member agencies on slavery and related issues, statutory responsibilities, overseeing the development of training materials, promoting the sharing of best practice and consistency of response.',
      'Identifying new ways of working collaboratively and ensuring that the efforts and resources of all member agencies are utilised to the best possible effect.',
      'Ensuring that victims are at the heart of the Partnership’s work and that a focus is placed on activity to identify and provide services to support victims of slavery and human trafficking',
      'Provide a single point of initial contact for local agencies on issues to do with slavery.',
      'Be aware of trends, new initiatives and best practice from around the country, including linking with other Anti-Slavery Partnerships and the Home Office.',
      'Being responsible for all support tasks – agendas, minutes, liaison with agencies involved, creation of products, reports and reviews.',
      'Co-ordinate and be responsible for organisation and delivery of events in relation to the Partnership',
      'To sustain and strengthen the engagement of current partners.',
    ],
  },
  meetings: {
    cadence: 'quarterly',
    subGroupCadence: 'as-required',
    arrangements: [
      'A meeting will be held quarterly',
      'Any sub groups/working groups formed in response to the development and delivery of actions will meet as required and update the partnership at its quarterly meeting.',
    ],
  },
  delegatedAuthority:
    'The Modern Slavery Partnership, the Steering Group and the Partnership Co-ordinator have no delegated authority to exercise functions on behalf of any member agencies. All executive functions remain with the respective member agencies. The aims of the Partnership are achieved through the voluntary commitment of the member agencies to work together effectively in support of the agreed Vision, to fight slavery and support victims of slavery in Derby & Derbyshire',
  subGroups: [
    {
      id: subGroupId('pursue-and-prevent'),
      name: 'Pursue and Prevent',
      pillars: [
        {
          pillar: 'pursue',
          wording:
            'Pursue – Prosecuting and disrupting individuals and groups responsible for modern slavery',
        },
        { pillar: 'prevent', wording: 'Prevent – Preventing people from engaging in modern slavery' },
      ],
      workPlan: [
        'Develop and utilise new and existing capabilities to detect, investigate, prosecute and otherwise disrupt modern slavery crime',
        'Attack criminal finances by making it harder for slave drivers and traffickers to move, hide and use the proceeds of crime',
        'improve our own capabilities and cooperation with statutory partners to better target organised criminal networks',
        'Improve our evidence base',
        'Develop toolkit of agency statutory powers',
        'Monitor NRM/MS1 outcomes',
        'Undertake Proactive inspections',
        'Review responses/investigation outcomes',
      ],
    },
    {
      id: subGroupId('protect-and-prepare'),
      name: 'Protect and Prepare',
      pillars: [
        {
          pillar: 'protect',
          wording:
            'Protect – Strengthening safeguards against modern slavery by protecting vulnerable people from exploitation and increasing resilience against this crime',
        },
        {
          pillar: 'prepare',
          wording: 'Prepare – Reducing the harm caused by modern slavery through enhanced support',
        },
      ],
      workPlan: [
        'Protect adults and children at risk of becoming victims of modern slavery',
        'Develop local NRM Process and referral pathways',
        'Improve Child victim identification and Care Plans',
      ],
    },
    {
      id: subGroupId('awareness-raising'),
      name: 'Awareness Raising',
      pillars: [
        {
          pillar: 'protect',
          wording:
            'Protect – Strengthening safeguards against modern slavery by increasing awareness of and resilience against this crime',
        },
        {
          pillar: 'prepare',
          wording:
            'Prepare – Reducing the harm caused by modern slavery through improved victim identification',
        },
      ],
      workPlan: [
        'Improve public awareness of the signs of modern slavery',
        'Improve both public and private sector awareness and resilience – Supply Chains; Procurement; Recruitment',
        'Development of Training Materials and delivery',
        'Publicity / Communications materials',
        'Vulnerable location engagement',
      ],
    },
  ],
  annualReports: [
    {
      period: { from: '2016', to: '2017', label: '2016/2017' },
      title: 'Achievements 2016/2017',
      achievements: [
        {
          subGroup: subGroupId('pursue-and-prevent'),
          items: [
            'Operation Wilberforce established',
            'Multi Agency Tactical Response Group established',
            'Information Sharing agreement implemented',
            'Enforcement balanced by victim support',
            'Database of and sharing of intelligence established',
          ],
        },
        {
          subGroup: subGroupId('protect-and-prepare'),
          items: [
            'Pre NRM Victim Support provision contracted',
            'Local NRM referral pathways established',
            'Child victim identification and safeguarding policies updated',
            'Care Plans and case management systems reviewed',
            'Potential victims referred to NRM and support agencies',
          ],
        },
        {
          subGroup: subGroupId('awareness-raising'),
          items: [
            'Business in Combat – Supply Chains Forum established',
            'First Responder Training developed and delivered for Local Authority Safeguarding Teams',
            'General Training and Awareness delivered to front line services, GP’s, schools, charities and voluntary sector',
            'Publicity / Communications materials delivered',
            'Vulnerable location engagement undertaken',
          ],
        },
      ],
    },
  ],
};
