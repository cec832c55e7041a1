import { type ActionPlan, actionPlanId } from '../partnership/index.js';

/**
 * The two-year action plan of Cheshire Police and four neighbouring councils (Cheshire East,
 * Halton, Cheshire West and Chester, and Warrington), from the news item "Police and councils join
 * forces to fight modern slavery": its aim, vision, four priorities and the numbers the public can
 * call.
 *
 * Transcribed from the news item, which gives no title, dates or actions: the title describes the
 * plan, the period is recorded only as two years, and the list of actions is empty. The councils
 * are given their full names (the item says "Cheshire East, Halton and Chester West and Chester
 * and Warrington"; "Chester West and Chester" is Cheshire West and Chester). The four priorities
 * are the four sentences that follow "deliver four priorities", in the item's words without their
 * connecting phrases ("This will involve it being essential", "Authorities also want"); the fourth is kept
 * exactly as published.
 *
 * @example
 * ```ts
 * import { cheshireJointActionPlan } from '@antislavery/model/examples';
 *
 * cheshireJointActionPlan.reportingContacts?.map((contact) => contact.telephone);
 * //=> ['101', '0800 555 111', '0800 0121 700']
 * ```
 */
export const cheshireJointActionPlan: ActionPlan = {
  id: actionPlanId('cheshire-police-and-councils-joint-plan'),
  title: 'Cheshire Police and councils two-year action plan on modern slavery',
  area: 'Cheshire',
  partners: [
    { name: 'Cheshire Police', sector: 'public' },
    { name: 'Cheshire East Council', sector: 'public' },
    { name: 'Halton Borough Council', sector: 'public' },
    { name: 'Cheshire West and Chester Council', sector: 'public' },
    { name: 'Warrington Borough Council', sector: 'public' },
  ],
  durationYears: 2,
  vision:
    'To prevent modern slavery across the county and provide greater protection and support to victims.',
  aims: ['Identify, prevent, disrupt and stop modern slavery', 'Highlight the issue in Cheshire'],
  priorities: [
    {
      number: 1,
      text: 'For people across the public sector to recognise that protecting people from slavery and exploitation is everybody’s responsibility.',
    },
    {
      number: 2,
      text: 'To create a system which enables an effective but sustainable support for everyone affected and understanding the long term risks associated with them.',
    },
    {
      number: 3,
      text: 'Police and partners will ensure offenders are held to account and promote appropriate prosecutions.',
    },
    {
      number: 4,
      text: 'It is not just about educating police and partners on how to understand the impact modern slavery has on victims, how to recognise the signs of someone who is a victim and what people can do when they see them recognise but it is also important local communities understand it too.',
    },
  ],
  items: [],
  reportingContacts: [
    { name: 'Cheshire Police', telephone: '101' },
    { name: 'Crimestoppers', telephone: '0800 555 111', anonymous: true },
    { name: 'National modern slavery helpline', telephone: '0800 0121 700' },
  ],
};
