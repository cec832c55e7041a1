import type { PathwayFacts } from '@antislavery/pathways';

/** A situation the demonstration decides the pathway for: who meets whom, and the facts. Internal. */
export type DemoSituation = {
  readonly title: string;
  readonly story: string;
  readonly facts: PathwayFacts;
};

/**
 * The four situations of the demonstration, in Derby and Derbyshire. The people are invented;
 * the organisations are on the official form's list. Internal.
 */
export const DEMO_SITUATIONS: readonly DemoSituation[] = [
  {
    title: 'A child found at a car wash',
    story:
      'A Derby City Council community safety officer finds a boy who looks about 15 working long hours at a hand car wash. He is not in immediate danger.',
    facts: {
      jurisdiction: 'england',
      responder: {
        organisationType: 'local-authority',
        organisation: 'Derby City Council',
        team: 'community-safety',
      },
      person: { under18: 'yes', inImmediateDanger: false },
    },
  },
  {
    title: 'An adult who refuses consent',
    story:
      'Derbyshire Constabulary officers meet a woman during a visit to a nail bar. She is an adult, safe now, does not want to be referred to the NRM and will not talk to the police.',
    facts: {
      jurisdiction: 'england',
      responder: { organisationType: 'police', organisation: 'Derbyshire Constabulary' },
      person: {
        under18: 'no',
        consent: 'refused',
        inImmediateDanger: false,
        hasCareAndSupportNeeds: false,
        cooperatingWithAuthorities: false,
      },
    },
  },
  {
    title: "A nurse's concern",
    story:
      'A nurse in a Derby hospital is worried about a patient, an adult, who says he works without pay to clear a debt. He has not been asked about a referral. The NHS is not a first responder.',
    facts: {
      jurisdiction: 'england',
      responder: { organisationType: 'nhs' },
      person: {
        under18: 'no',
        consent: 'not-sought',
        inImmediateDanger: false,
        hasCareAndSupportNeeds: false,
      },
    },
  },
  {
    title: 'A person of uncertain age',
    story:
      'A Derbyshire County Council housing officer meets a young man with no documents who says he is 19, but may be younger.',
    facts: {
      jurisdiction: 'england',
      responder: {
        organisationType: 'local-authority',
        organisation: 'Derbyshire County Council',
        team: 'housing',
      },
      person: { under18: 'not-sure', inImmediateDanger: false },
    },
  },
];
