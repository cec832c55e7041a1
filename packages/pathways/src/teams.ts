import * as z from 'zod';

/**
 * The council teams a responder may work in. A local pathway can route a child's referral by team:
 * in some councils only children's services or the multi-agency safeguarding hub (MASH) submit a
 * child's NRM referral, and any other team contacts the MASH instead.
 *
 * @example
 * ```ts
 * import { TEAMS } from '@antislavery/pathways';
 *
 * TEAMS.includes('mash');
 * //=> true
 * ```
 */
export const TEAMS = [
  'childrens-services',
  'mash',
  'adult-social-care',
  'housing',
  'community-safety',
  'other',
] as const;

/**
 * One of the {@link TEAMS}.
 *
 * @example
 * ```ts
 * import type { Team } from '@antislavery/pathways';
 *
 * const team: Team = 'housing';
 * ```
 */
export type Team = (typeof TEAMS)[number];

/**
 * Zod schema accepting exactly one team.
 *
 * @example
 * ```ts
 * import { teamSchema } from '@antislavery/pathways';
 *
 * teamSchema.safeParse('social-work').error?.issues[0]?.message;
 * //=> 'Select your team'
 * ```
 */
export const teamSchema = z.enum(TEAMS, { error: 'Select your team' });

/**
 * Display labels for the teams.
 *
 * @example
 * ```ts
 * import { TEAM_LABELS } from '@antislavery/pathways';
 *
 * TEAM_LABELS.mash;
 * //=> 'Multi-agency safeguarding hub (MASH)'
 * ```
 */
export const TEAM_LABELS: Readonly<Record<Team, string>> = {
  'childrens-services': "Children's services",
  mash: 'Multi-agency safeguarding hub (MASH)',
  'adult-social-care': 'Adult social care',
  housing: 'Housing',
  'community-safety': 'Community safety',
  other: 'Another team',
};
