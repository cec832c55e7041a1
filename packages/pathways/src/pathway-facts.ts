import {
  jurisdictionSchema,
  RESPONDER_TYPE_LABELS,
  responderTypeSchema,
  under18AnswerSchema,
} from '@antislavery/model';
import { classifyOrganisation, firstResponderOrganisationSchema } from '@antislavery/model/lists';
import * as z from 'zod';
import { consentAnswerSchema } from './consent.js';
import { teamSchema } from './teams.js';

const unknownFields = (what: string) => (issue: { code: string }) =>
  issue.code === 'unrecognized_keys' ? 'Remove this field: the pathway does not use it' : `Enter ${what}`;

const yesNo = (message: string) => z.boolean({ error: message }).optional();

/**
 * Zod schema for {@link PathwayFacts}: what a practitioner knows about a case, checked field by
 * field with GOV.UK-style messages. An organisation named from the official list decides the
 * type: a type that does not match it is an issue at `responder.organisationType`. Unknown fields
 * are refused, so a misspelt field is not silently ignored.
 *
 * @example
 * ```ts
 * import { pathwayFactsSchema } from '@antislavery/pathways';
 *
 * const result = pathwayFactsSchema.safeParse({
 *   jurisdiction: 'england',
 *   responder: { organisationType: 'police', organisation: 'Derby City Council' },
 *   person: { under18: 'no' },
 * });
 * result.error?.issues.map((issue) => issue.message);
 * //=> ["Select 'Local authority' as the type of organisation, to match the organisation selected"]
 * ```
 */
export const pathwayFactsSchema = z
  .strictObject(
    {
      /** Where the person was encountered. */
      jurisdiction: jurisdictionSchema,
      /** Who is responding. */
      responder: z.strictObject(
        {
          /** The type of the responder's organisation. */
          organisationType: responderTypeSchema,
          /** The organisation, exactly as the official form's list names it. */
          organisation: firstResponderOrganisationSchema.optional(),
          /** The responder's team, where they work for a council. */
          team: teamSchema.optional(),
        },
        { error: unknownFields('who is responding') },
      ),
      /** What is known about the potential victim. */
      person: z.strictObject(
        {
          /** "Is the potential victim under 18?", asked as the official form asks it. */
          under18: under18AnswerSchema,
          /** Whether an adult consents to the NRM referral; only meaningful for adults. */
          consent: consentAnswerSchema.optional(),
          /** Whether they are in immediate danger. */
          inImmediateDanger: yesNo('Select if they are in immediate danger'),
          /** Whether an adult has care and support needs. */
          hasCareAndSupportNeeds: yesNo('Select if they have care and support needs'),
          /** Whether they agree to co-operate with the authorities. */
          cooperatingWithAuthorities: yesNo('Select if they agree to co-operate with the authorities'),
        },
        { error: unknownFields('what you know about the person') },
      ),
    },
    { error: unknownFields('the facts of the case') },
  )
  .superRefine((facts, ctx) => {
    const { organisation, organisationType } = facts.responder;
    if (organisation === undefined) return;
    const classified = classifyOrganisation(organisation)?.responderType;
    if (classified === undefined || classified === organisationType) return;
    ctx.addIssue({
      code: 'custom',
      path: ['responder', 'organisationType'],
      message: `Select '${RESPONDER_TYPE_LABELS[classified]}' as the type of organisation, to match the organisation selected`,
      params: { problem: 'does-not-match-organisation' },
    });
  });

/**
 * What a frontline practitioner knows about a case, JSON-friendly:
 * - `jurisdiction`: where the person was encountered;
 * - `responder`: the type of their organisation, and optionally the organisation (from the
 *   official form's list; it decides the type and must agree with it) and their team;
 * - `person`: the answer to "Is the potential victim under 18?" (`yes`, `no` or `not-sure`, as the
 *   form asks it), and, where known, an adult's consent, whether they are in immediate danger,
 *   whether they have care and support needs and whether they agree to co-operate with the
 *   authorities.
 *
 * Validated by {@link pathwayFactsSchema}.
 *
 * @example
 * ```ts
 * import type { PathwayFacts } from '@antislavery/pathways';
 *
 * const facts: PathwayFacts = {
 *   jurisdiction: 'england',
 *   responder: { organisationType: 'local-authority', organisation: 'Derby City Council', team: 'housing' },
 *   person: { under18: 'no', consent: 'not-sought' },
 * };
 * ```
 */
export type PathwayFacts = z.infer<typeof pathwayFactsSchema>;
