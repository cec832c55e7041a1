import { isIsoDate } from '@antislavery/model';
import * as z from 'zod';
import {
  type Check,
  type CheckContext,
  type Field,
  type FieldKind,
  formatCount,
  INVALID,
  type PathNode,
  type Problem,
  report,
  type Sensitivity,
  sentence,
} from './field.js';

// Builders for the field kit. Each returns a Field whose zod schema and fast checker accept
// exactly the same values and report the same messages.

/** The form's limit on text and textarea answers. */
export const FORM_TEXT_LIMIT = 15_000;

type Common = {
  /** Noun phrase for messages, for example `their place of birth`. */
  readonly label: string;
  /** The form's field name. */
  readonly form?: string;
  /** Overrides the path-derived code segment. */
  readonly codeBase?: string;
  readonly sensitivity?: Sensitivity;
};

type Messages = Partial<Record<Problem, string>>;

function field<Z extends z.ZodType>(
  kind: FieldKind,
  zod: Z,
  common: Common,
  messages: Messages,
  check: Check,
  extra: Partial<Pick<Field, 'children' | 'item' | 'options'>> = {},
): Field<Z> {
  return {
    kind,
    zod,
    label: common.label,
    form: common.form,
    codeBase: common.codeBase,
    sensitivity: common.sensitivity ?? 'none',
    optional: false,
    messages,
    children: extra.children,
    item: extra.item,
    options: extra.options,
    check,
  };
}

/** A zod error function that picks the field's message by what went wrong, never the input. */
function zodMessages(messages: Messages): (issue: z.core.$ZodRawIssue) => string {
  const fallback = messages.required ?? 'Check this answer';
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? fallback : (messages['invalid-type'] ?? fallback);
      case 'too_big':
        return messages['too-long'] ?? messages['too-big'] ?? messages['too-many'] ?? fallback;
      case 'too_small':
        return messages['too-small'] ?? messages['at-least-one'] ?? fallback;
      case 'invalid_value':
        return messages['invalid-option'] ?? fallback;
      case 'invalid_format':
        return messages['invalid-format'] ?? messages['invalid-date'] ?? fallback;
      default:
        return fallback;
    }
  };
}

const NOT_BLANK = /\S/;

type TextOptions = Common & {
  /** The message when the answer is missing, for example `Enter their place of birth`. */
  readonly required?: string;
  /** The most characters allowed; the form's limit unless stated. */
  readonly max?: number;
  /** Rejects text that looks like a web address, as the form's `notUrl` does. */
  readonly notUrl?: boolean;
};

const WEB_ADDRESS = /(?:\b(?:https?|ftp):\/\/|\bwww\.)\S/i;

/** Whether text looks like a web address, as the form's `notUrl` check rejects. */
export function looksLikeWebAddress(text: string): boolean {
  return WEB_ADDRESS.test(text);
}

function textMessages(options: TextOptions, max: number): Messages {
  const required = options.required ?? `Enter ${options.label}`;
  const messages: Messages = {
    required,
    'invalid-type': required,
    'too-long': `${sentence(options.label)} must be ${formatCount(max)} characters or less`,
  };
  if (options.notUrl)
    messages['not-a-web-address'] = `${sentence(options.label)} must not include a web address`;
  return messages;
}

/** Free text: required unless made optional, never blank, at most 15,000 characters. */
export function text(options: TextOptions) {
  const max = options.max ?? FORM_TEXT_LIMIT;
  const messages = textMessages(options, max);
  let schema = z
    .string({ error: zodMessages(messages) })
    .regex(NOT_BLANK, { error: messages.required })
    .max(max, { error: messages['too-long'] });
  if (options.notUrl) {
    schema = schema.refine((value) => !looksLikeWebAddress(value), { error: messages['not-a-web-address'] });
  }
  const notUrl = options.notUrl === true;
  const self: Field<typeof schema> = field(
    'text',
    schema,
    options,
    messages,
    (value: unknown, at: PathNode, ctx: CheckContext) => {
      if (typeof value !== 'string') return report(ctx, self, at, 'invalid-type');
      if (!NOT_BLANK.test(value)) return report(ctx, self, at, 'required');
      if (value.length > max) return report(ctx, self, at, 'too-long');
      if (notUrl && WEB_ADDRESS.test(value)) return report(ctx, self, at, 'not-a-web-address');
      return value;
    },
  );
  return self;
}

// One character class per part, so the pattern works as a JSON Schema `pattern` too: a local
// part of 1 to 64 characters, then a domain of at most 255 characters made of labels of 1 to 63
// letters, digits and hyphens, at least two of them.
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`^[^\\s@]{1,64}@(?=[^\\s@]{1,255}$)(?:${LABEL}\\.)+${LABEL}$`);

/** Whether text is an email address the form's `email` check accepts. */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

/** An email address, checked as the form's `email` validator does. */
export function email(options: Common & { readonly required?: string }) {
  const required = options.required ?? `Enter ${options.label}`;
  const messages: Messages = {
    required,
    'invalid-type': required,
    'too-long': `${sentence(options.label)} must be ${formatCount(FORM_TEXT_LIMIT)} characters or less`,
    'invalid-format': `Enter ${options.label} in the correct format, like name@example.com`,
  };
  const schema = z
    .string({ error: zodMessages(messages) })
    .regex(NOT_BLANK, { error: required })
    .max(FORM_TEXT_LIMIT, { error: messages['too-long'] })
    .regex(EMAIL, { error: messages['invalid-format'] });
  const self: Field<typeof schema> = field('text', schema, options, messages, (value, at, ctx) => {
    if (typeof value !== 'string') return report(ctx, self, at, 'invalid-type');
    if (!NOT_BLANK.test(value)) return report(ctx, self, at, 'required');
    if (value.length > FORM_TEXT_LIMIT) return report(ctx, self, at, 'too-long');
    if (!EMAIL.test(value)) return report(ctx, self, at, 'invalid-format');
    return value;
  });
  return self;
}

const PHONE_CHARACTERS = /^\+?[0-9 ()-]+$/;

/**
 * Whether text is a telephone number as the form's `internationalPhoneNumber` check accepts it:
 * a UK number of 10 or 11 digits starting with 0, or a number in international format (a `+` and
 * the country code) of 8 to 15 digits, with spaces, hyphens and brackets allowed. The form uses
 * libphonenumber-js; this is a deliberately small approximation of it that accepts every real UK
 * mobile and landline number and rejects the form's own failing example.
 */
export function isPhoneNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!PHONE_CHARACTERS.test(trimmed)) return false;
  let digits = 0;
  let first = -1;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0) first = c;
      digits++;
    }
  }
  if (trimmed.startsWith('+')) return digits >= 8 && digits <= 15;
  return first === 48 && digits >= 10 && digits <= 11;
}

/** A telephone number checked as the form's `internationalPhoneNumber` does. */
export function phone(options: Common & { readonly required?: string }) {
  const required = options.required ?? `Enter ${options.label}`;
  const messages: Messages = {
    required,
    'invalid-type': required,
    'invalid-format': `Enter ${options.label} in the correct format, like 01632 960 001, 07700 900 982 or +44 808 157 0192`,
  };
  const schema = z
    .string({ error: zodMessages(messages) })
    .refine(isPhoneNumber, { error: messages['invalid-format'] });
  const self: Field<typeof schema> = field('text', schema, options, messages, (value, at, ctx) => {
    if (typeof value !== 'string') return report(ctx, self, at, 'invalid-type');
    if (!NOT_BLANK.test(value)) return report(ctx, self, at, 'required');
    if (!isPhoneNumber(value)) return report(ctx, self, at, 'invalid-format');
    return value;
  });
  return self;
}

/**
 * One value from a list, such as the form's radios and select lists.
 *
 * @param values - The allowed values, exactly as the form posts them.
 * @param options.message - The message for a missing or unknown value, for example
 *   `Select the local authority from the list`.
 */
export function select<const T extends readonly [string, ...string[]]>(
  values: T,
  options: Common & { readonly message: string },
) {
  // A value of the wrong type is not one of the options either, so it is `invalid-option` too:
  // that keeps a list's own `invalid-type` code free for "not a list".
  const messages: Messages = { required: options.message, 'invalid-option': options.message };
  const allowed: ReadonlySet<string> = new Set(values);
  const schema = z.enum(values, {
    error: zodMessages(messages),
  });
  const self: Field<typeof schema> = field(
    'option',
    schema,
    options,
    messages,
    (value, at, ctx) => {
      if (typeof value !== 'string' || !allowed.has(value)) return report(ctx, self, at, 'invalid-option');
      return value;
    },
    { options: values },
  );
  return self;
}

/**
 * One value from one of the form's long select lists (organisations, local authorities,
 * nationalities, countries, regions, towns). Checked against the list at run time but typed as
 * `string`: a union of hundreds of names would be spelt out in every declaration that mentions
 * the schema. `@antislavery/model/lists` has each list's type guard for code that wants the union.
 */
export function listSelect(
  values: readonly string[],
  is: (value: unknown) => boolean,
  options: Common & { readonly message: string },
): Field<z.ZodType<string>> {
  const messages: Messages = { required: options.message, 'invalid-option': options.message };
  const schema: z.ZodType<string> = z.enum(values as [string, ...string[]], { error: zodMessages(messages) });
  const self: Field<z.ZodType<string>> = field(
    'option',
    schema,
    options,
    messages,
    (value, at, ctx) => (is(value) ? value : report(ctx, self, at, 'invalid-option')),
    { options: values },
  );
  return self;
}

/**
 * A yes or no answer, typed as a boolean.
 *
 * @param options.question - What is asked, to follow "Select", for example `if they were taken
 *   somewhere by their exploiter`.
 */
export function yesNo(options: Omit<Common, 'label'> & { readonly question: string }) {
  const message = `Select ${options.question}`;
  const messages: Messages = { required: message, 'invalid-type': message };
  const schema = z.boolean({ error: zodMessages(messages) });
  const self: Field<typeof schema> = field(
    'boolean',
    schema,
    { ...options, label: options.question },
    messages,
    (value, at, ctx) => (typeof value === 'boolean' ? value : report(ctx, self, at, 'invalid-type')),
  );
  return self;
}

/** A box that must be ticked, typed as `true`. */
export function confirm(options: Common & { readonly message: string }) {
  const messages: Messages = { required: options.message, 'invalid-type': options.message };
  const schema = z.literal(true, { error: zodMessages(messages) });
  const self: Field<typeof schema> = field('confirm', schema, options, messages, (value, at, ctx) =>
    value === true ? true : report(ctx, self, at, 'invalid-type'),
  );
  return self;
}

/** A real calendar date written `YYYY-MM-DD`. Whether it may be in the future is a date rule. */
export function date(options: Common) {
  const messages: Messages = {
    required: `Enter ${options.label}`,
    'invalid-type': `Enter ${options.label}`,
    'invalid-date': `${sentence(options.label)} must be a real date, written YYYY-MM-DD`,
  };
  const schema = z.iso
    .date({ error: zodMessages(messages) })
    .refine(isIsoDate, { error: messages['invalid-date'] });
  const self: Field<typeof schema> = field('date', schema, options, messages, (value, at, ctx) => {
    if (typeof value !== 'string') return report(ctx, self, at, 'invalid-type');
    return isIsoDate(value) ? value : report(ctx, self, at, 'invalid-date');
  });
  return self;
}

/** A whole number from `min` to `max`. */
export function integer(options: Common & { readonly min: number; readonly max: number }) {
  const messages: Messages = {
    required: `Enter ${options.label}`,
    'invalid-type': `Enter ${options.label} as a whole number`,
    'too-small': `${sentence(options.label)} must be ${formatCount(options.min)} or more`,
    'too-big': `${sentence(options.label)} must be ${formatCount(options.max)} or less`,
  };
  const { min, max } = options;
  const schema = z
    .int({ error: zodMessages(messages) })
    .min(min, { error: messages['too-small'] })
    .max(max, { error: messages['too-big'] });
  const self: Field<typeof schema> = field('integer', schema, options, messages, (value, at, ctx) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      return report(ctx, self, at, 'invalid-type');
    if (value < min) return report(ctx, self, at, 'too-small');
    if (value > max) return report(ctx, self, at, 'too-big');
    return value;
  });
  return self;
}

type ListOptions = Common & {
  /** The message when the list is missing or empty. */
  readonly required: string;
  readonly min?: number;
  readonly max: number;
  /** Reject a value given twice. */
  readonly unique?: boolean;
  /** Report an empty list as `at-least-one` rather than `required`. */
  readonly atLeastOne?: boolean;
};

/** A list of values. Items share the list's code segment; an item's own problems keep their names. */
export function list<I extends Field>(item: I, options: ListOptions) {
  const min = options.min ?? 1;
  const emptyProblem: Problem = options.atLeastOne ? 'at-least-one' : 'required';
  const messages: Messages = {
    [emptyProblem]: options.required,
    required: options.required,
    'invalid-type': options.required,
    'too-many': `${sentence(options.label)} must have ${formatCount(options.max)} entries or fewer`,
  };
  if (options.unique) messages.duplicate = `Remove the repeated entry from ${options.label}`;
  if (item.kind === 'object') messages['invalid-item'] = item.messages.required ?? options.required;
  const unique = options.unique === true;
  let schema = z
    .array(item.zod as I['zod'], { error: zodMessages(messages) })
    .min(min, { error: messages[emptyProblem] })
    .max(options.max, { error: messages['too-many'] });
  if (unique) {
    schema = schema.refine((values) => new Set(values).size === values.length, { error: messages.duplicate });
  }
  const objectItems = item.kind === 'object';
  const self: Field<typeof schema> = field(
    'list',
    schema,
    options,
    messages,
    (value, at, ctx) => {
      if (!Array.isArray(value)) return report(ctx, self, at, 'invalid-type');
      if (value.length < min) return report(ctx, self, at, emptyProblem);
      if (value.length > options.max) return report(ctx, self, at, 'too-many');
      const out: unknown[] = new Array(value.length);
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        const entry: unknown = value[i];
        const node: PathNode = { up: at, key: i };
        if (objectItems && (typeof entry !== 'object' || entry === null || Array.isArray(entry))) {
          report(ctx, self, node, 'invalid-item');
          ok = false;
          continue;
        }
        const checked = item.check(entry, node, ctx);
        if (checked === INVALID) ok = false;
        else out[i] = checked;
      }
      if (!ok) return INVALID;
      if (unique && new Set(out).size !== out.length) return report(ctx, self, at, 'duplicate');
      return out;
    },
    { item },
  );
  return self;
}

/** The zod shape of an object's fields. */
type ZodShape<S extends Readonly<Record<string, Field>>> = { -readonly [K in keyof S]: S[K]['zod'] };

/** Messages and the like for an object of fields. */
type ObjectOptions = Common & { readonly required?: string };

const UNKNOWN_FIELD = 'Remove this field: the record has no field with this name';

/**
 * An object of fields. Unknown fields are reported (`<document>.unknown-field`), so a misspelt
 * field is never dropped in silence. The value kept is a fresh plain object with only the known
 * fields, so keys such as `__proto__` in the input can never reach a prototype.
 */
export function object<const S extends Readonly<Record<string, Field>>>(shape: S, options: ObjectOptions) {
  const required = options.required ?? `Enter ${options.label}`;
  const messages: Messages = { required, 'invalid-type': required };
  const keys = Object.keys(shape);
  const children: Readonly<Record<string, Field>> = shape;
  const zodShape = Object.fromEntries(keys.map((key) => [key, shape[key]?.zod])) as ZodShape<S>;
  const schema = z.strictObject(zodShape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? UNKNOWN_FIELD : required),
  });
  const entries = keys.map((key) => [key, shape[key] as Field] as const);
  const self: Field<typeof schema> = field(
    'object',
    schema,
    options,
    messages,
    (value, at, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return report(ctx, self, at, 'invalid-type');
      }
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let ok = true;
      let seen = 0;
      for (const [key, child] of entries) {
        const entry = input[key];
        if (entry === undefined) {
          if (!child.optional) {
            report(ctx, child, { up: at, key }, 'required');
            ok = false;
          }
          continue;
        }
        if (Object.hasOwn(input, key)) seen++;
        const checked = child.check(entry, { up: at, key }, ctx);
        if (checked === INVALID) ok = false;
        else out[key] = checked;
      }
      const own = Object.keys(input);
      if (own.length !== seen) {
        for (const key of own) {
          if (Object.hasOwn(children, key)) continue;
          const path: (string | number)[] = [];
          for (let node: PathNode = at; node !== undefined; node = node.up) path.push(node.key);
          path.reverse();
          path.push(key);
          ctx.issues.push({
            severity: 'error',
            path,
            code: `${ctx.document}.unknown-field`,
            message: UNKNOWN_FIELD,
          });
          ok = false;
        }
      }
      return ok ? out : INVALID;
    },
    { children },
  );
  return self;
}

/** The message for a field the record has no place for. */
export const UNKNOWN_FIELD_MESSAGE = UNKNOWN_FIELD;

/** The same field, allowed to be left out. */
export function optional<Z extends z.ZodType>(inner: Field<Z>): Field<z.ZodOptional<Z>> {
  return { ...inner, zod: inner.zod.optional(), optional: true };
}
