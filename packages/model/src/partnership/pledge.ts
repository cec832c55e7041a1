import type { z } from 'zod';
import { jurisdictionSchema, sectorSchema } from '../vocabulary/index.js';
import { date, list, maybeEmptyList, reportOutcomeRepeats, strictObject, text, textList } from './fields.js';
import { pledgeIdSchema } from './ids.js';
import { outcomeSchema } from './outcome.js';

/**
 * Zod schema for a {@link PledgeCommitments} heading.
 *
 * @example
 * ```ts
 * import { pledgeCommitmentsSchema } from '@antislavery/model';
 *
 * pledgeCommitmentsSchema.safeParse({ heading: 'Protection and Support', items: [] }).error?.issues[0]?.message;
 * //=> 'Enter at least one commitment under the heading'
 * ```
 */
export const pledgeCommitmentsSchema = strictObject(
  {
    /** The heading, for example "Prevention and Identification". */
    heading: text('the heading of the commitments'),
    /** What signing organisations commit to under the heading. */
    items: textList('Enter at least one commitment under the heading', 'Enter the commitment'),
  },
  'Enter the commitments under the heading',
);

/**
 * The commitments of a pledge under one heading.
 *
 * @example
 * ```ts
 * import type { PledgeCommitments } from '@antislavery/model';
 *
 * const detection: PledgeCommitments = {
 *   heading: 'Detection and Investigation',
 *   items: ['Strengthen the protective and preventative measures to combat the crime of trafficking and slavery'],
 * };
 * ```
 */
export type PledgeCommitments = z.infer<typeof pledgeCommitmentsSchema>;

/**
 * Zod schema for a {@link Signatory}.
 *
 * @example
 * ```ts
 * import { signatorySchema } from '@antislavery/model';
 *
 * signatorySchema.safeParse({ organisation: 'Example Housing Trust', signedOn: '2023-02-30' }).error
 *   ?.issues[0]?.message;
 * //=> 'Enter a real date in the format YYYY-MM-DD'
 * ```
 */
export const signatorySchema = strictObject(
  {
    /** The signing organisation. */
    organisation: text('the name of the signing organisation'),
    /** Its sector. */
    sector: sectorSchema.optional(),
    /** The date it signed. */
    signedOn: date('the date the organisation signed').optional(),
  },
  'Enter the signatory',
);

/**
 * An organisation that has signed a pledge, and when.
 *
 * @example
 * ```ts
 * import type { Signatory } from '@antislavery/model';
 *
 * const signed: Signatory = { organisation: 'Example Housing Trust', sector: 'voluntary', signedOn: '2019-10-18' };
 * ```
 */
export type Signatory = z.infer<typeof signatorySchema>;

/**
 * Zod schema for a {@link Pledge}. Outcome ids must differ from each other, and measure ids from
 * every other measure in the pledge.
 *
 * @example
 * ```ts
 * import { pledgeSchema } from '@antislavery/model';
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * pledgeSchema.safeParse(cheshirePledge).success;
 * //=> true
 * ```
 */
export const pledgeSchema = strictObject(
  {
    /** The pledge's id. */
    id: pledgeIdSchema,
    /** Its title, for example "To actively engage within Cheshire to prevent Modern Slavery and Trafficking". */
    title: text('the title of the pledge'),
    /** The area it covers. */
    area: text('the area the pledge covers'),
    /** The UK jurisdiction of the area. */
    jurisdiction: jurisdictionSchema.optional(),
    /** What the pledge is for. */
    purpose: text('the purpose of the pledge'),
    /** The commitments, under their headings. */
    commitments: list(pledgeCommitmentsSchema, 'Enter at least one heading of commitments'),
    /** What each signing organisation will do ("Individual organisations will: ..."). */
    signatoryCommitments: textList(
      'Enter at least one thing each signing organisation will do',
      'Enter what each signing organisation will do',
    ).optional(),
    /** The organisations that have signed. */
    signatories: maybeEmptyList(signatorySchema, 'Enter the signatories').optional(),
    /** The outcomes sought, each with its measures. */
    outcomes: list(outcomeSchema, 'Enter at least one outcome').optional(),
    /** The pledge's footnotes, in order (footnote 1 first). */
    footnotes: textList('Enter at least one footnote', 'Enter the footnote').optional(),
  },
  'Enter the pledge',
).superRefine((pledge, ctx) => {
  reportOutcomeRepeats(ctx, pledge.outcomes, ['outcomes']);
});

/**
 * A pledge that local organisations sign: its purpose, commitments under headings, what each
 * signing organisation will do, who has signed, and the outcomes it seeks with their measures.
 *
 * @example
 * ```ts
 * import type { Pledge } from '@antislavery/model';
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * const pledge: Pledge = cheshirePledge;
 * ```
 */
export type Pledge = z.infer<typeof pledgeSchema>;
