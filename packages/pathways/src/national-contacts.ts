import type { Contact } from './contact.js';

/**
 * The national contacts a decision uses where no local pathway gives one, from the sources' list
 * of contacts that local pathways usually publish:
 * - `emergency`: the police on 999, first, whatever else applies;
 * - `policeNonEmergency`: the police on 101;
 * - `modernSlaveryHelpline`: the Modern Slavery & Exploitation Helpline, 08000 121 700 (GOV.UK
 *   writes the same number as 0800 0121 700);
 * - `singleCompetentAuthority`: the Home Office's Single Competent Authority, which receives NRM
 *   referrals and notifications through the online form;
 * - `independentChildTraffickingGuardians`: the ICTG service run by Barnardo's;
 * - `victimCareContract`: The Salvation Army's referral line for the Modern Slavery Victim Care
 *   Contract;
 * - `childrensServices`, `adultSocialCare`: the local authority's teams, named only, because their
 *   numbers are local.
 *
 * @example
 * ```ts
 * import { NATIONAL_CONTACTS } from '@antislavery/pathways';
 *
 * NATIONAL_CONTACTS.independentChildTraffickingGuardians.phone;
 * //=> '0800 043 4303'
 * ```
 */
export const NATIONAL_CONTACTS = {
  emergency: { name: 'Police (emergency)', phone: '999' },
  policeNonEmergency: { name: 'Police (non-emergency)', phone: '101' },
  modernSlaveryHelpline: {
    name: 'Modern Slavery & Exploitation Helpline',
    phone: '08000 121 700',
    url: 'https://www.modernslaveryhelpline.org',
  },
  singleCompetentAuthority: {
    name: 'Single Competent Authority (Home Office)',
    phone: '0300 072 4345',
    email: 'nrm@modernslavery.gov.uk',
    url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
    notes: 'Submit referrals and notifications through the online form.',
  },
  independentChildTraffickingGuardians: {
    name: "Independent Child Trafficking Guardian service (Barnardo's)",
    phone: '0800 043 4303',
  },
  victimCareContract: {
    name: 'The Salvation Army (Modern Slavery Victim Care Contract)',
    phone: '0800 808 3733',
  },
  childrensServices: {
    name: "The relevant local authority's children's services",
    notes:
      "Use the local authority's multi-agency safeguarding hub (MASH) or children's front door where it has one.",
  },
  adultSocialCare: { name: "The relevant local authority's adult social care team" },
} as const satisfies Readonly<Record<string, Contact>>;
