import * as z from 'zod';
import { isoDateSchema } from '../dates/iso-date-schema.js';
import { FOUR_PS } from '../vocabulary/index.js';

// Building blocks shared by the partnership schemas. This module is not re-exported: each schema
// built from these is, and its inferred type names only zod's own types.

/**
 * Required text: missing, not a string, empty or only spaces all give the message "Enter " and
 * `what`, for example "Enter the partnership name". Surrounding spaces are trimmed.
 */
export function text(what: string) {
  return requiredText(`Enter ${what}`);
}

function requiredText(message: string) {
  return z.string({ error: message }).trim().min(1, { error: message });
}

/** A list that must hold at least one item; missing and empty give the same message. */
export function list<T extends z.ZodType>(item: T, required: string) {
  return z.array(item, { error: required }).min(1, { error: required });
}

/** A list that may be empty (for example an action plan before its actions are published). */
export function maybeEmptyList<T extends z.ZodType>(item: T, required: string) {
  return z.array(item, { error: required });
}

/** A list of required text items: one message for the list, another for each item. */
export function textList(required: string, eachRequired: string) {
  return list(requiredText(eachRequired), required);
}

/**
 * An object that rejects fields it does not know, so a misspelt field in a hand-written or
 * imported document is reported rather than silently dropped.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(shape: S, required: string) {
  return z.strictObject(shape, { error: required });
}

/** A whole number within a range, with one message for every way it can be wrong. */
export function wholeNumber(message: string, min: number, max: number) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

/**
 * A real date written `YYYY-MM-DD`. Missing gives "Enter " and `what`, for example "Enter the due
 * date"; an impossible date gives the message of {@link isoDateSchema}.
 */
export function date(what: string) {
  const required = `Enter ${what}`;
  return z.string({ error: required }).min(1, { error: required }).pipe(isoDateSchema);
}

/** One of the four Ps, with a message that names them. */
export function pillar() {
  return z.enum(FOUR_PS, { error: 'Select Pursue, Prevent, Protect or Prepare' });
}

/** A web address starting `http://` or `https://`. */
export function webAddress() {
  return z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' });
}

/** The params of a refinement's issue: the last part of its stable code. */
export function issueCode(code: string): { params: { code: string } } {
  return { params: { code } };
}

/**
 * Reports every item that repeats an earlier item's key, at the later item (and its `field`, if
 * given), with the code `duplicate`.
 */
export function reportRepeats<T>(
  ctx: z.RefinementCtx,
  items: readonly T[] | undefined,
  key: (item: T) => unknown,
  where: { readonly path: readonly (string | number)[]; readonly field?: string },
  message: string,
): void {
  if (!items) return;
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      const path = where.field === undefined ? [...where.path, index] : [...where.path, index, where.field];
      ctx.addIssue({ code: 'custom', path, message, ...issueCode('duplicate') });
    }
    seen.add(value);
  });
}

/** Reports numbered items whose number is not their position (1, 2, 3 and so on). */
export function reportNumbering(
  ctx: z.RefinementCtx,
  items: readonly { readonly number: number }[] | undefined,
  path: readonly (string | number)[],
  message: string,
): void {
  items?.forEach((item, index) => {
    if (item.number !== index + 1) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'number'],
        message,
        ...issueCode('out-of-order'),
      });
    }
  });
}

/**
 * Reports repeated outcome ids, and measure ids repeated anywhere among the outcomes (action items
 * link to measures by id, so a measure id must be unique across all of a document's outcomes).
 */
export function reportOutcomeRepeats(
  ctx: z.RefinementCtx,
  outcomes:
    | readonly { readonly id: string; readonly measures: readonly { readonly id: string }[] }[]
    | undefined,
  path: readonly (string | number)[],
): void {
  reportRepeats(
    ctx,
    outcomes,
    (outcome) => outcome.id,
    { path, field: 'id' },
    'Give each outcome a different id',
  );
  const seen = new Set<string>();
  outcomes?.forEach((outcome, o) => {
    outcome.measures.forEach((measure, m) => {
      if (seen.has(measure.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, o, 'measures', m, 'id'],
          message: 'Give each measure a different id',
          ...issueCode('duplicate'),
        });
      }
      seen.add(measure.id);
    });
  });
}
