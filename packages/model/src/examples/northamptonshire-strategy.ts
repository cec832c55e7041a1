import { type Strategy, strategyId } from '../partnership/index.js';

/**
 * The Northamptonshire Modern Slavery and Human Trafficking Strategy 2018 - 2020, owned by the
 * Modern Slavery Working Group: its vision, aims, the four Ps as key strategies each with its
 * "we will" actions, governance, partnership approach and annual review.
 *
 * Transcribed from the published strategy. Two of the key strategies lost their headings in the
 * published text; "Protection" and "Prepare" are restored from the contents page. The Prepare
 * introduction repeats the Pursue one in the original and is kept as published. "to bring
 * perpetrators are brought to justice" is corrected to "to bring perpetrators to justice", and the
 * partner logo "orby Borough Council" to "Corby Borough Council". The aims are the list that
 * follows "a prevention, protection, pursue and prepare strategy to:", each starting with a
 * capital. Only the partner logos that survive in the published text are listed.
 *
 * @example
 * ```ts
 * import { northamptonshireStrategy } from '@antislavery/model/examples';
 *
 * northamptonshireStrategy.objectives.map((objective) => objective.heading);
 * //=> ['Prevention', 'Protection', 'Pursue', 'Prepare']
 * ```
 */
export const northamptonshireStrategy: Strategy = {
  id: strategyId('northamptonshire-2018-2020'),
  title: 'Northamptonshire Modern Slavery and Human Trafficking Strategy 2018 - 2020',
  area: 'Northamptonshire',
  jurisdiction: 'england',
  period: { from: '2018', to: '2020', label: '2018 - 2020' },
  owner: 'Modern Slavery Working Group',
  replaces: {
    title: 'NSAB Modern Slavery Strategy 2015 – 2018',
    period: { from: '2015', to: '2018', label: '2015 – 2018' },
  },
  purpose:
    'To ensure that Modern Slavery and Human Trafficking is prevented, identified and challenged across the County.',
  introduction: [
    'This strategy sets out the commitment of the Modern Slavery Working Group to do everything possible to identify, counter and prevent Modern Slavery and Human Trafficking, to ensure a co-ordinated multi-agency response and to support victims of this abuse.',
    'This strategy replaces the previous NSAB Modern Slavery Strategy 2015 – 2018.',
    'An action plan to deliver the key target areas for each of those key strategies will be drafted, progressed and monitored by the Modern Slavery Working Group. It is essential that all partners own and take responsibility for the effectiveness of its outcomes and will measure the difference made in tackling Modern Slavery in Northamptonshire.',
    'The Modern Slavery Working Group acknowledges that its role is strategic rather than operational and partner agencies should develop and embed their own localised operational policies, using this strategy as a framework.',
  ],
  context: [
    'Modern slavery is a serious crime. It encompasses slavery, servitude, and forced or compulsory labour and human trafficking.',
    'The most robust current estimate of the scale of modern slavery in the UK was produced by the Home Office in 2014. The estimate suggested that there were between 10,000 and 13,000 potential victims of modern slavery in the UK in 2013.',
  ],
  vision: [
    'To understand the prevalence of Modern Slavery in Northamptonshire',
    'To ensure that there is clear data and evidence supporting effective responses to the risk to individuals as a result of Modern Slavery',
    'To ensure Northamptonshire has effective responses to tackling Modern Slavery by meeting the aims and objectives set out in this strategy',
  ],
  aims: [
    'Prevent individuals becoming vulnerable to Modern Slavery and Human Trafficking',
    'Identify those at risk of becoming victims',
    'Take action to safeguard and promote the welfare of individuals who are being, or may be, exploited through Modern Slavery and Human Trafficking',
    'Take action against those intent on abusing and exploiting individuals in this way',
  ],
  objectives: [
    {
      pillar: 'prevent',
      heading: 'Prevention',
      summary: 'Preventing people from engaging in Modern Slavery',
      introduction: 'The aim is to prevent individuals from becoming victims of Modern Slavery.',
      actions: [
        'Collect data to analyse prevalence and hot-spots',
        'Raise awareness with the public and professionals',
        'Increase activities to engage communities and partners',
        'Develop a multi-agency media/ communication strategy to ensure consistent and accurate messages are shared with all, in support of public awareness and improved confidence in delivery.',
      ],
    },
    {
      pillar: 'protect',
      heading: 'Protection',
      summary:
        'Strengthening safeguards against modern slavery by protecting vulnerable people from exploitation and increasing awareness of and resilience against this crime',
      introduction:
        'Safeguarding and promoting the welfare of victims and those at risk of modern slavery and human trafficking depends on an effective joint working between different agencies and professionals.',
      actions: [
        'Raise awareness with the workforce to be able to detect and respond to signs of Modern Slavery',
        'Develop a robust and effective information sharing process',
        'Ensure single and multi-agency processes and procedures are effective, efficient and fit for purpose to support the safeguarding of victims from the risks and impact of Modern Slavery',
        'Establish a programme of targeted preventative support for high risk groups of victims including building trust to report incidents of Modern Slavery',
      ],
    },
    {
      pillar: 'pursue',
      heading: 'Pursue',
      summary: 'Prosecuting and disrupting individuals and groups responsible for modern slavery',
      introduction:
        'Working together to bring offenders to justice and disrupt behaviour. Identifying them early, targeting them via multi-agency disruption plans and securing justice for victims by obtaining convictions.',
      actions: [
        'Pro-actively identify and disrupt places of Modern Slavery activity',
        'To develop regional investigative approaches to Modern Slavery',
        'To work in partnership to ensure robust investigations are conducted to bring perpetrators to justice',
      ],
    },
    {
      pillar: 'prepare',
      heading: 'Prepare',
      summary:
        'Reducing the harm caused by modern slavery through improved victim identification and enhanced support',
      introduction:
        'Identifying them early, targeting them via multi-agency disruption plans and securing justice for victims by obtaining convictions.',
      actions: [
        'Provide a framework enabling access to specialist advice to assist management of victims, witnesses, investigations and prosecutions',
      ],
    },
  ],
  governance: [
    'The Modern Slavery Working Group has a responsibility to monitor the incidence of Modern Slavery locally and oversee the response of agencies.',
    'The Modern Slavery Working Group is responsible for meeting the statutory responsibility to challenge and hold to account partners in monitoring and evaluating the effectiveness of the strategic and operational multi-agency response to Modern Slavery in Northamptonshire.',
  ],
  partnershipApproach: {
    introduction:
      'To achieve these aims, all agencies including the voluntary sector, will need to work in partnership with:',
    workWith: [
      'Victims of Modern Slavery to promote full participation and engagement',
      'Communities and organisations to engage in detection; protection; disruption and prevention',
    ],
    statements: [
      'The Modern Slavery Working Group will work in partnership regionally and nationally to share learning, and to ensure practice is in line with current research, including taking opportunities to share good practice.',
    ],
  },
  monitoring: {
    overseenBy: 'Modern Slavery Working Group',
    reviewCycle: 'annual',
    statements: [
      'The implementation of this strategy will be overseen by the Modern Slavery Working Group.',
      'The strategy will be reviewed annually by the Modern Slavery Working Group, or more frequently if required, to ensure it is making a difference to the victims of Modern Slavery in Northamptonshire.',
    ],
  },
  references: [
    {
      title: 'National guidance',
      url: 'https://www.gov.uk/government/uploads/system/uploads/attachment_data/file/383764/ModernSlaveryStrategyFINALDEC2015.pdf',
    },
    { title: 'Modern slavery and public health', published: '2017-12-07' },
    { title: 'A typology of modern slavery offences in the UK', published: '2017-10-17' },
    { title: '2017 UK annual report on modern slavery', published: '2017-10-16' },
    {
      title: 'Report of the inter-departmental ministerial group on modern slavery 2016',
      published: '2016-10-12',
    },
    { title: 'Modern Slavery: an application of multiple systems estimation', published: '2014-11-29' },
    { title: 'HM Government Modern slavery strategy', published: '2014-11-29' },
  ],
  partners: [
    { name: 'Nene Clinical Commissioning Group', sector: 'public' },
    { name: 'Department for Work & Pensions', sector: 'public' },
    { name: 'Corby Borough Council', sector: 'public' },
    { name: 'Borough Council of Wellingborough', sector: 'public' },
  ],
};
