import type { z } from 'zod';
import type { Issue } from '../issue.js';

// The field kit: each field of a referral, notification or case record is defined once, and that
// one definition gives the zod schema (for types, JSON Schema and zod users), a fast checker (for
// validation without zod's overhead), the issue codes and messages (for the registry and the
// docs), the form's field name (for payload conversion) and how sensitive it is (for redaction).
// Internal: the package's public face is the schemas and the validate functions.

/** The problems a field can have. Each gives the code `<document>.<field>.<problem>`. */
export type Problem =
  | 'required'
  | 'invalid-type'
  | 'invalid-option'
  | 'invalid-item'
  | 'too-long'
  | 'invalid-format'
  | 'invalid-date'
  | 'not-a-web-address'
  | 'too-small'
  | 'too-big'
  | 'too-many'
  | 'duplicate'
  | 'at-least-one'
  | 'not-allowed';

/** What a field holds, which decides how it is checked, converted and redacted. */
export type FieldKind = 'text' | 'option' | 'boolean' | 'date' | 'integer' | 'confirm' | 'list' | 'object';

/** How sensitive a field is: personal data is replaced when redacting, free text is removed. */
export type Sensitivity = 'personal' | 'free-text' | 'none';

/** A path being walked, as a linked list so that fields that pass allocate nothing. */
export type PathNode = { readonly up: PathNode; readonly key: string | number } | undefined;

/** The value a checker returns when the input is not valid. */
export const INVALID: unique symbol = Symbol('invalid');

/** Where checkers write their issues. */
export type CheckContext = {
  /** The document's code prefix, for example `referral`. */
  readonly document: string;
  readonly issues: Issue[];
};

/** Checks one value and returns the value to keep, or {@link INVALID} after reporting issues. */
export type Check = (value: unknown, at: PathNode, ctx: CheckContext) => unknown;

/** Everything the package knows about one field. */
export type Field<Z extends z.ZodType = z.ZodType> = {
  readonly kind: FieldKind;
  /** The zod schema for the field's value. */
  readonly zod: Z;
  /** A noun phrase naming the field in messages and docs, for example `their place of birth`. */
  readonly label: string;
  /** The official form's field name, where the form has one. */
  readonly form: string | undefined;
  /** The code segment to use instead of the path, for example `exploitation-types`. */
  readonly codeBase: string | undefined;
  readonly sensitivity: Sensitivity;
  /** Whether the field may be left out (it may still be required by a cross-field rule). */
  readonly optional: boolean;
  /** The message for each problem the field can have. */
  readonly messages: Readonly<Partial<Record<Problem, string>>>;
  /** The fields of an object. */
  readonly children: Readonly<Record<string, Field>> | undefined;
  /** The field of each item of a list. */
  readonly item: Field | undefined;
  /** The allowed values of an option field. */
  readonly options: readonly string[] | undefined;
  readonly check: Check;
};

/** A path as an array, built only when an issue needs it. */
export function pathOf(at: PathNode): (string | number)[] {
  const path: (string | number)[] = [];
  for (let node = at; node !== undefined; node = node.up) path.push(node.key);
  return path.reverse();
}

const UPPER = /[A-Z]/g;

/** `dateOfBirth` -> `date-of-birth`. */
export function kebab(name: string): string {
  return name.replace(UPPER, (letter) => `-${letter.toLowerCase()}`);
}

/** The code base of a field at a path: its override, or the path's names in kebab case. */
export function codeBaseOf(field: Field, path: readonly (string | number)[]): string {
  if (field.codeBase !== undefined) return field.codeBase;
  const names: string[] = [];
  for (const segment of path) if (typeof segment === 'string') names.push(kebab(segment));
  return names.join('.');
}

/** The full code of a field's problem, for example `referral.person.date-of-birth.invalid-date`. */
export function codeOf(document: string, field: Field, path: readonly (string | number)[], problem: Problem) {
  const base = codeBaseOf(field, path);
  return base === '' ? `${document}.${problem}` : `${document}.${base}.${problem}`;
}

/** Reports a field's problem. The message is the field's own, never built from the value. */
export function report(ctx: CheckContext, field: Field, at: PathNode, problem: Problem): typeof INVALID {
  const path = pathOf(at);
  ctx.issues.push({
    severity: 'error',
    path,
    code: codeOf(ctx.document, field, path, problem),
    message: field.messages[problem] ?? field.messages.required ?? 'Check this answer',
  });
  return INVALID;
}

/** Upper-cases the first letter, for a label at the start of a sentence. */
export function sentence(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Thousands with a comma, as GOV.UK writes them: 15,000. */
export function formatCount(count: number): string {
  // A loop rather than the usual lookahead regex, which takes time quadratic in the digits.
  const text = String(count);
  const start = text.startsWith('-') ? 1 : 0;
  let end = start;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  let grouped = '';
  for (let i = start; i < end; i++) {
    if (i > start && (end - i) % 3 === 0) grouped += ',';
    grouped += text[i];
  }
  return text.slice(0, start) + grouped + text.slice(end);
}

/**
 * How to name a field's answer in a sentence: `the answer to whether they ...` for a question
 * label (`if they ...`), `the answer for their place of birth` otherwise.
 */
export function answerOf(label: string): string {
  return label.startsWith('if ') ? `the answer to whether ${label.slice(3)}` : `the answer for ${label}`;
}

/** What to remove, in a message: the answer to a question, or the named field. */
export function removable(label: string): string {
  return label.startsWith('if ') ? `the answer to whether ${label.slice(3)}` : label;
}
