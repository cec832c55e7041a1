import type { Citation } from '@antislavery/rules';

/**
 * The sources the national pathway rules cite, by the tag the SDK's legal notes give each one
 * (`S1` is the Modern Slavery Act 2015 s52, `S12` the official online referral form). A rule lists
 * its sources' tags in its `tags`; its `citation` is the first of them, with the section or
 * paragraph that says it.
 *
 * Links are given where the source list gives one. For legislation without one, the link is the
 * section's page on legislation.gov.uk. Sources that are not public web pages (the First Responder
 * Toolkit, which is published with the form) have no link.
 *
 * @example
 * ```ts
 * import { PATHWAY_SOURCES } from '@antislavery/pathways';
 *
 * PATHWAY_SOURCES.S4.title;
 * //=> 'Home Office circular 025/2015: duty to notify the Home Office of suspected victims of modern slavery'
 * ```
 */
export const PATHWAY_SOURCES = {
  S1: {
    title: 'Modern Slavery Act 2015',
    section: 's52',
    url: 'http://legislation.gov.uk/id/ukpga/2015/30/section/52/1',
  },
  S2: {
    title: 'Modern Slavery Helpline: duty to notify',
    url: 'https://www.modernslaveryhelpline.org/learn-more/frontline-professionals/duty-to-notify',
  },
  S3: {
    title: 'Lancashire Safeguarding: modern slavery duty to notify',
    url: 'https://lancashiresafeguarding.org.uk/lancashire-safeguarding-adults/news/modern-slavery-duty-to-notify',
    version: '2016',
  },
  S4: {
    title:
      'Home Office circular 025/2015: duty to notify the Home Office of suspected victims of modern slavery',
    url: 'https://www.gov.uk/government/publications/circular-025-2015-duty-to-notify-the-home-office-of-suspected-victims-of-modern-slavery',
  },
  S5: {
    title: 'College of Policing, Authorised Professional Practice: National Referral Mechanism',
    url: 'https://www.app.college.police.uk/app-content/major-investigation-and-public-protection/modern-slavery/national-referral-mechanism/',
  },
  S7: {
    title: 'Modern Slavery Helpline: statutory framework',
    url: 'https://www.modernslaveryhelpline.org/information/statutory',
  },
  S9: {
    title: 'Home Office, National Referral Mechanism guidance: adult (England and Wales)',
    url: 'https://gov.uk/government/publications/support-for-victims-of-human-trafficking',
  },
  S10: {
    title: 'Home Office, National Referral Mechanism guidance for child first responders',
    url: 'https://gov.uk/government/publications/national-referral-mechanism-guidance-for-child-first-responders',
  },
  S11: {
    title: 'GOV.UK, Report modern slavery as a first responder',
    url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
  },
  S12: {
    title: 'Home Office, the NRM and Duty to Notify online referral form',
    url: 'https://github.com/UKHomeOffice/modern-slavery',
    version: 'April 2026',
  },
  S13: {
    title: 'Home Office, First Responder Toolkit, England and Wales',
    version: '2026',
  },
  S15: {
    title: 'Modern Slavery Act 2015',
    section: 's51',
    url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/51/enacted',
    version: 'as enacted',
  },
  S16: {
    title: 'Nationality and Borders Act 2022',
    section: 's60',
    url: 'https://www.legislation.gov.uk/ukpga/2022/36/section/60',
  },
  S17: {
    title:
      'Home Office, National Referral Mechanism statistics annex: Independent Child Trafficking Guardians',
    version: 'year ending March 2024',
  },
  S18: {
    title:
      'Parliamentary question on Independent Child Trafficking Guardian coverage; ECPAT UK, guardianship expanded',
    version: '2021',
  },
  S19: { title: 'Home Office, Devolving child decision-making pilot: general guidance' },
  S20: { title: 'Home Office, Devolving child decision-making pilot: page history', version: '2023' },
  S21: { title: "Birmingham Children's Trust, news on the expanded pilot", version: '2025' },
  S22: { title: 'Hansard, Modern Slavery Statutory Guidance', version: '13 December 2022' },
  S23: { title: 'Youth Justice Legal Centre, Nationality and Borders Act 2022 and modern slavery victims' },
  S24: { title: 'Garden Court Chambers, withdrawal of the objective-evidence reasonable grounds test' },
  S25: {
    title: 'Right to Remain, the Home Office abandons the new reasonable grounds test',
    version: 'June 2023',
  },
  S26: { title: 'ATHub knowledge base, NRM decisions and challenges' },
  S28: { title: 'Home Office, Nationality and Borders Act factsheet: abuse of modern slavery protections' },
  S29: { title: 'GOV.UK, Support after a positive conclusive grounds decision' },
  S30: { title: 'Home Office announcement of longer support for victims', version: '26 October 2017' },
  S31: {
    title: 'Home Office, National Referral Mechanism statistics annex: reconsideration requests',
    version: '2025',
  },
  S31b: { title: 'After Exploitation briefing on reconsideration requests', version: '2025' },
  S32: { title: 'The Salvation Army, Modern Slavery Victim Care Contract' },
  S33: {
    title: 'Scottish Government circular on the Human Trafficking and Exploitation (Scotland) Act 2015',
    version: 'March 2018',
  },
  S34: {
    title: 'Human Trafficking and Exploitation (Scotland) Act 2015',
    section: 's38',
    url: 'https://www.legislation.gov.uk/asp/2015/12/section/38',
  },
  S35: {
    title:
      'Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015',
    section: 's18',
    url: 'https://www.legislation.gov.uk/nia/2015/2/section/18',
  },
  S35b: {
    title:
      'Explanatory notes to the Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015',
    section: 'notes on s13',
  },
  S44: { title: 'Council and partner pages listing 999, 101, Crimestoppers and the GLAA' },
  S54: { title: 'Bexley and Plymouth council modern slavery toolkits' },
  S55: { title: 'West Midlands Anti-Slavery Network: first responders' },
  'S-council': { title: 'Colchester City Council, modern slavery statement' },
} as const satisfies Readonly<Record<string, Citation>>;

/**
 * The tag of one of the {@link PATHWAY_SOURCES}.
 *
 * @example
 * ```ts
 * import type { SourceTag } from '@antislavery/pathways';
 *
 * const duty: SourceTag = 'S1';
 * ```
 */
export type SourceTag = keyof typeof PATHWAY_SOURCES;

/**
 * Whether a value is the tag of one of the {@link PATHWAY_SOURCES}.
 *
 * @example
 * ```ts
 * import { isSourceTag } from '@antislavery/pathways';
 *
 * [isSourceTag('S12'), isSourceTag('S99')];
 * //=> [true, false]
 * ```
 */
export function isSourceTag(value: unknown): value is SourceTag {
  return typeof value === 'string' && Object.hasOwn(PATHWAY_SOURCES, value);
}
