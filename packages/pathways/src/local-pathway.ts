import { isoDateSchema, jurisdictionSchema } from '@antislavery/model';
import * as z from 'zod';
import { childReferralRouteSchema } from './child-referral-routes.js';
import { contactSchema } from './contact.js';
import { InvalidLocalPathwayError } from './errors.js';
import { type PathwayIssue, parseOutside } from './issues.js';

const unknownField = (what: string) => (issue: { code: string }) =>
  issue.code === 'unrecognized_keys'
    ? 'Remove this field: a local pathway does not have it'
    : `Enter ${what}`;

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `${what[0]?.toUpperCase()}${what.slice(1)} must be ${max} characters or fewer` });

/**
 * The contacts a local pathway can give, by the role they play in a decision:
 * - `childrensServices`: the MASH or children's front door, used to safeguard a child, to ask for
 *   an age assessment and, where only children's services refer a child, for the referral;
 * - `adultSocialCare`: for an adult safeguarding concern;
 * - `communitySafety`, `policeNonEmergency`: where someone who is not a first responder passes a
 *   case (community safety first, then the police);
 * - `antiSlaveryPartnership`: the local partnership, offered for advice after them.
 *
 * A council's own steps can name any of them. A local pathway may also list `partnerCharities`,
 * for reference; a step that needs one gives it as its own contact.
 *
 * @example
 * ```ts
 * import { LOCAL_CONTACT_ROLES } from '@antislavery/pathways';
 *
 * LOCAL_CONTACT_ROLES.includes('childrensServices');
 * //=> true
 * ```
 */
export const LOCAL_CONTACT_ROLES = [
  'childrensServices',
  'adultSocialCare',
  'policeNonEmergency',
  'communitySafety',
  'antiSlaveryPartnership',
] as const;

/**
 * One of the {@link LOCAL_CONTACT_ROLES}.
 *
 * @example
 * ```ts
 * import type { LocalContactRole } from '@antislavery/pathways';
 *
 * const role: LocalContactRole = 'antiSlaveryPartnership';
 * ```
 */
export type LocalContactRole = (typeof LOCAL_CONTACT_ROLES)[number];

/**
 * Who a council's own step is for: `children` (a person under 18, or who may be), `adults`, or
 * `everyone`.
 *
 * @example
 * ```ts
 * import { LOCAL_STEP_AUDIENCES } from '@antislavery/pathways';
 *
 * LOCAL_STEP_AUDIENCES;
 * //=> ['children', 'adults', 'everyone']
 * ```
 */
export const LOCAL_STEP_AUDIENCES = ['children', 'adults', 'everyone'] as const;

/**
 * Zod schema for one of a council's own steps, which a decision lists after the national actions.
 *
 * @example
 * ```ts
 * import { localStepSchema } from '@antislavery/pathways';
 *
 * localStepSchema.safeParse({ id: 'Keep Family Updated', description: 'Keep the family updated', for: 'children' })
 *   .error?.issues[0]?.message;
 * //=> 'Enter an id of lower-case letters, digits and hyphens, like keep-family-updated'
 * ```
 */
export const localStepSchema = z.strictObject(
  {
    /** A short id, unique in the local pathway: lower-case letters, digits and hyphens. */
    id: z.string({ error: 'Enter an id for the step' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'Enter an id of lower-case letters, digits and hyphens, like keep-family-updated',
    }),
    /** What to do, as an instruction a practitioner would understand. */
    description: text('what to do', 300),
    /** Who the step is for. */
    for: z.enum(LOCAL_STEP_AUDIENCES, { error: 'Select who the step is for' }),
    /** Who to contact: one of the local pathway's contacts by role, or a contact. */
    contact: z
      .union([z.enum(LOCAL_CONTACT_ROLES), contactSchema], {
        error: 'Select one of the local pathway’s contacts, or enter a contact',
      })
      .optional(),
  },
  { error: unknownField('the step') },
);

/**
 * Zod schema for a {@link LocalPathway}.
 *
 * @example
 * ```ts
 * import { localPathwaySchema } from '@antislavery/pathways';
 *
 * localPathwaySchema.safeParse({ name: 'Example Council', jurisdiction: 'england' }).success;
 * //=> true
 * ```
 */
export const localPathwaySchema = z
  .strictObject(
    {
      /** The local pathway's name, shown as the provenance of its steps. */
      name: text('the name of the local pathway', 200),
      /** The nation the council is in; the pathway is used for people encountered there. */
      jurisdiction: jurisdictionSchema,
      /** The area it covers, for example "Derby and Derbyshire". */
      area: text('the area', 200).optional(),
      /** The council's document that sets the local pathway out, cited by its steps. */
      source: z
        .strictObject(
          {
            title: text('the title of the source', 300),
            section: text('the section', 100).optional(),
            url: z
              .url({ protocol: /^https?$/, error: 'Enter a web address that starts with https://' })
              .optional(),
            version: text('the version', 100).optional(),
          },
          { error: unknownField('the source') },
        )
        .optional(),
      /** The first day the local pathway applies (1 April 2009 when not given). */
      from: isoDateSchema.optional(),
      /** The council's contacts by role. */
      contacts: z
        .strictObject(
          {
            childrensServices: contactSchema.optional(),
            adultSocialCare: contactSchema.optional(),
            policeNonEmergency: contactSchema.optional(),
            communitySafety: contactSchema.optional(),
            antiSlaveryPartnership: contactSchema.optional(),
            partnerCharities: z
              .array(contactSchema, { error: 'Enter the partner charities as a list' })
              .optional(),
          },
          { error: unknownField('the contacts') },
        )
        .optional(),
      /**
       * Whether the area has the Independent Child Trafficking Guardian service. The national
       * list of areas is not in the sources, so the council declares it; when absent, a decision
       * for a child asks.
       */
      ictgArea: z
        .boolean({ error: 'Select if the area has the Independent Child Trafficking Guardian service' })
        .optional(),
      /** Whether the area is in the devolved child decision-making pilot (declared, as above). */
      devolvedChildDecisionPilot: z
        .boolean({ error: 'Select if the area is in the devolved child decision-making pilot' })
        .optional(),
      /** Who in the council submits a child's NRM referral (`any-first-responder` when not given). */
      childNrmReferralsBy: childReferralRouteSchema.optional(),
      /** The council's own steps, added after the national actions. */
      steps: z
        .array(localStepSchema, { error: 'Enter the steps as a list' })
        .max(50, { error: 'Enter no more than 50 steps' })
        .optional(),
    },
    { error: unknownField('the local pathway') },
  )
  .superRefine((local, ctx) => {
    const seen = new Set<string>();
    (local.steps ?? []).forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: 'Enter a different id: each step needs its own',
          params: { problem: 'duplicate' },
        });
      }
      seen.add(step.id);
      if (typeof step.contact === 'string' && local.contacts?.[step.contact] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'contact'],
          message: 'Enter the contact in contacts, or give the contact here',
          params: { problem: 'unknown-contact' },
        });
      }
    });
  });

/**
 * A council's local referral pathway, layered over the national rules: its contacts (the MASH or
 * children's front door, adult social care, the police's non-emergency number, community safety,
 * the local anti-slavery partnership, partner charities), whether its area has the Independent
 * Child Trafficking Guardian service or the devolved child decision-making pilot, who in the
 * council submits a child's NRM referral, and its own steps.
 *
 * A local pathway can add steps and contacts and say who makes a referral; it can never remove a
 * step the law requires. Check one with {@link defineLocalPathway}.
 *
 * @example
 * ```ts
 * import type { LocalPathway } from '@antislavery/pathways';
 *
 * const local: LocalPathway = {
 *   name: 'Example Council local pathway',
 *   jurisdiction: 'england',
 *   contacts: { childrensServices: { name: 'Example MASH', phone: '01234 567890' } },
 *   childNrmReferralsBy: 'childrens-services',
 * };
 * ```
 */
export type LocalPathway = z.infer<typeof localPathwaySchema>;

/**
 * One of a council's own steps; see {@link localStepSchema}.
 *
 * @example
 * ```ts
 * import type { LocalStep } from '@antislavery/pathways';
 *
 * const step: LocalStep = { id: 'tell-partnership', description: 'Tell the partnership coordinator', for: 'everyone' };
 * ```
 */
export type LocalStep = z.infer<typeof localStepSchema>;

/**
 * What {@link validateLocalPathway} returns: the checked local pathway, or every issue.
 *
 * @example
 * ```ts
 * import type { LocalPathwayResult } from '@antislavery/pathways';
 *
 * const name = (result: LocalPathwayResult) => (result.ok ? result.value.name : undefined);
 * ```
 */
export type LocalPathwayResult =
  | { readonly ok: true; readonly value: LocalPathway }
  | { readonly ok: false; readonly issues: readonly PathwayIssue[] };

const checked = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * Checks a local pathway from outside (a database, a JSON file) without throwing: the checked,
 * frozen copy, or every issue with its path and a plain-English message.
 *
 * @param input - the local pathway, for example parsed JSON
 *
 * @example
 * ```ts
 * import { validateLocalPathway } from '@antislavery/pathways';
 *
 * const result = validateLocalPathway({ name: 'Example Council', jurisdiction: 'England' });
 * result.ok ? [] : result.issues.map((issue) => [issue.path.join('.'), issue.message]);
 * //=> [['jurisdiction', 'Select England, Wales, Scotland or Northern Ireland']]
 * ```
 */
export function validateLocalPathway(input: unknown): LocalPathwayResult {
  const parsed = parseOutside(
    localPathwaySchema,
    input,
    'local-pathway',
    'The local pathway could not be read: check it is plain data, such as parsed JSON',
  );
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const value = deepFreeze(parsed.data);
  checked.add(value);
  return { ok: true, value };
}

/**
 * Checks a council's local pathway and returns it, frozen, ready to pass to `decidePathway` as
 * `options.local`. Layered over the national rules, it can add steps and contacts and say who in
 * the council submits a child's referral, but never remove a step the law requires: the schema has
 * no way to say so, and the national rules are locked.
 *
 * @param input - the local pathway, for example parsed JSON
 * @throws {@link InvalidLocalPathwayError} listing every issue, if it is not valid
 *
 * @example
 * ```ts
 * import { defineLocalPathway } from '@antislavery/pathways';
 *
 * const local = defineLocalPathway({
 *   name: 'Example Council local pathway',
 *   jurisdiction: 'england',
 *   contacts: { childrensServices: { name: 'Example MASH', phone: '01234 567890' } },
 *   childNrmReferralsBy: 'childrens-services',
 * });
 * Object.isFrozen(local);
 * //=> true
 * ```
 */
export function defineLocalPathway(input: unknown): LocalPathway {
  const result = validateLocalPathway(input);
  if (!result.ok) throw new InvalidLocalPathwayError(result.issues);
  return result.value;
}

/** Whether a value came from {@link defineLocalPathway} or {@link validateLocalPathway}. Internal. */
export function isCheckedLocalPathway(value: unknown): value is LocalPathway {
  return typeof value === 'object' && value !== null && checked.has(value);
}
