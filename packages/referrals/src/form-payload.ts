import { EXPLOITATION_TYPE_DETAILS, EXPLOITATION_TYPES } from '@antislavery/model';
import type { IssueCodeEntry } from './define-issue.js';
import { defineIssue, raise } from './define-issue.js';
import type { Field } from './fields/field.js';
import type { ValidationResult } from './issue.js';
import type { DutyToNotifyNotification } from './schemas/duty-to-notify-notification.js';
import { notificationField } from './schemas/duty-to-notify-notification.js';
import type { NrmReferral } from './schemas/nrm-referral.js';
import { nrmReferralField } from './schemas/nrm-referral.js';
import type { ValidateOptions } from './validate/run-validation.js';
import { validateNotification } from './validate/validate-notification.js';
import { validateReferral } from './validate/validate-referral.js';

/**
 * An uploaded file as the form's session holds it.
 *
 * @example
 * ```ts
 * import type { FormFile } from '@antislavery/referrals';
 *
 * const file: FormFile = { name: 'statement.pdf', mimetype: 'application/pdf' };
 * ```
 */
export type FormFile = { readonly name: string; readonly mimetype: string };

/**
 * The answers as the official form holds them: its own flat field names, with the values its pages
 * post. Radios are their option values (`'yes'`, `'not-sure'`), single check boxes are `'true'`,
 * check box groups are arrays (`['email', 'post']`), dates are `YYYY-MM-DD` (`pv-dob`), numbers
 * are digits, and uploaded files are in `files`.
 *
 * @example
 * ```ts
 * import type { FormPayload } from '@antislavery/referrals';
 *
 * const payload: FormPayload = {
 *   'pv-under-age': 'no',
 *   'types-of-exploitation-forced-to-work': 'true',
 *   'pv-contact-details': ['email'],
 * };
 * ```
 */
export type FormPayload = { readonly [field: string]: string | readonly string[] | readonly FormFile[] };

/**
 * What a form payload holds: an NRM referral, or a notification (an adult who did not consent).
 *
 * @example
 * ```ts
 * import type { FormSubmission } from '@antislavery/referrals';
 *
 * function label(submission: FormSubmission): string {
 *   return submission.kind === 'nrm-referral' ? 'NRM referral' : 'Duty to Notify';
 * }
 * ```
 */
export type FormSubmission =
  | { readonly kind: 'nrm-referral'; readonly referral: NrmReferral }
  | { readonly kind: 'notification'; readonly notification: DutyToNotifyNotification };

/** The issue for a payload that is not an object of the form's fields. */
export const FORM_PAYLOAD_ISSUES = {
  notAPayload: defineIssue({
    code: 'form-payload.invalid-type',
    severity: 'error',
    message: 'Enter the form answers as an object of field names and values',
    description: 'The payload given to fromFormPayload is not a plain object.',
  }),
} as const satisfies Record<string, IssueCodeEntry>;

/** Lists the form asks as numbered selects: `-1` to `-10`. */
const NUMBERED: ReadonlySet<string> = new Set([
  'where-exploitation-happened-uk-city',
  'where-exploitation-happened-overseas-country',
]);
const DATES_FIELD = 'when-did-the-exploitation-take-place';
const MULTIPLE_DATES_FIELD = 'when-did-the-exploitation-take-place-multiple';
const CONSENT_FIELD = 'pv-want-to-submit-nrm';
const FILES_FIELD = 'files';

type MutablePayload = Record<string, string | readonly string[] | readonly FormFile[]>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodeLeaf(field: Field, value: unknown): string | undefined {
  switch (field.kind) {
    case 'boolean':
      return value === true ? 'yes' : value === false ? 'no' : undefined;
    case 'confirm':
      return value === true ? 'true' : undefined;
    case 'integer':
      return typeof value === 'number' ? String(value) : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}

function encode(
  field: Field,
  value: unknown,
  key: string,
  parent: Record<string, unknown>,
  out: MutablePayload,
) {
  if (value === undefined) return;
  if (field.kind === 'object') {
    if (!isObject(value)) return;
    for (const [childKey, child] of Object.entries(field.children ?? {})) {
      encode(child, value[childKey], childKey, value, out);
    }
    return;
  }
  if (field.kind === 'list') {
    if (!Array.isArray(value)) return;
    if (field.codeBase === 'exploitation-types') {
      for (const type of value) {
        if (typeof type === 'string' && Object.hasOwn(EXPLOITATION_TYPE_DETAILS, type)) {
          out[EXPLOITATION_TYPE_DETAILS[type as keyof typeof EXPLOITATION_TYPE_DETAILS].field] = 'true';
        }
      }
    } else if (field.form === 'upload-file') {
      out[FILES_FIELD] = value.filter(isObject).map((file) => ({
        name: String(file.name),
        mimetype: String(file.mediaType),
      }));
    } else if (field.form !== undefined && NUMBERED.has(field.form)) {
      value.forEach((entry, index) => {
        if (typeof entry === 'string') out[`${field.form}-${index + 1}`] = entry;
      });
    } else if (field.form !== undefined) {
      out[field.form] = value.filter((entry): entry is string => typeof entry === 'string');
    }
    return;
  }
  if (field.form === undefined) return;
  const encoded = encodeLeaf(field, value);
  if (encoded === undefined) return;
  const name =
    field.form === DATES_FIELD && key === 'dates' && parent.multipleSituations === 'yes'
      ? MULTIPLE_DATES_FIELD
      : field.form;
  out[name] = encoded;
}

/**
 * The answers of a referral or notification as the official form holds them, under its own field
 * names, so a council system can pre-fill the form or check what it would receive. A child's
 * referral gets `pv-want-to-submit-nrm: 'yes'`, as the form sets it for an automatic referral; a
 * notification gets `'no'`. The SDK's typed exploitation periods and evidence file sizes have no
 * form field and are left out.
 *
 * @param submission - A referral or notification, as {@link fromFormPayload} returns it.
 * @returns A new flat payload.
 * @example
 * ```ts
 * import { toFormPayload } from '@antislavery/referrals';
 * import type { NrmReferral } from '@antislavery/referrals';
 *
 * declare const referral: NrmReferral;
 * const payload = toFormPayload({ kind: 'nrm-referral', referral });
 * ```
 */
export function toFormPayload(submission: FormSubmission): FormPayload {
  const out: MutablePayload = {};
  if (submission.kind === 'nrm-referral') {
    const { referral } = submission;
    encode(nrmReferralField, referral, '', {}, out);
    if (referral.age.under18 !== 'no') out[CONSENT_FIELD] = 'yes';
  } else {
    encode(notificationField, submission.notification, '', {}, out);
    out[CONSENT_FIELD] = 'no';
  }
  return out;
}

function text(payload: Record<string, unknown>, name: string): unknown {
  const value = Object.hasOwn(payload, name) ? payload[name] : undefined;
  return value === '' ? undefined : value;
}

function decodeLeaf(field: Field, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  switch (field.kind) {
    case 'boolean':
      return raw === 'yes' ? true : raw === 'no' ? false : raw;
    case 'confirm':
      return raw === 'true' ? true : raw;
    case 'integer':
      return /^\d{1,15}$/.test(raw) ? Number(raw) : raw;
    default:
      return raw;
  }
}

function decode(
  field: Field,
  payload: Record<string, unknown>,
  key: string,
  siblings: Record<string, unknown>,
): unknown {
  if (field.kind === 'object') {
    const out: Record<string, unknown> = {};
    let any = false;
    for (const [childKey, child] of Object.entries(field.children ?? {})) {
      const value = decode(child, payload, childKey, out);
      if (value !== undefined) {
        out[childKey] = value;
        any = true;
      }
    }
    // A group the payload says nothing about is absent, so validation names the missing group.
    return any ? out : undefined;
  }
  if (field.kind === 'list') {
    if (field.codeBase === 'exploitation-types') {
      const types = EXPLOITATION_TYPES.filter(
        (type) => text(payload, EXPLOITATION_TYPE_DETAILS[type].field) === 'true',
      );
      return types;
    }
    if (field.form === 'upload-file') {
      const files = text(payload, FILES_FIELD);
      if (!Array.isArray(files) || files.length === 0) return undefined;
      return files.map((file: unknown) =>
        isObject(file) ? { name: file.name, mediaType: file.mimetype } : file,
      );
    }
    if (field.form !== undefined && NUMBERED.has(field.form)) {
      const values: unknown[] = [];
      for (let i = 1; i <= 10; i++) {
        const value = text(payload, `${field.form}-${i}`);
        if (value !== undefined) values.push(value);
      }
      return values.length === 0 ? undefined : values;
    }
    if (field.form === undefined) return undefined;
    const value = text(payload, field.form);
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value : [value];
  }
  if (field.form === undefined) return undefined;
  if (field.form === DATES_FIELD && key === 'dates') {
    const multiple = siblings.multipleSituations === 'yes';
    return (
      text(payload, multiple ? MULTIPLE_DATES_FIELD : DATES_FIELD) ??
      text(payload, multiple ? DATES_FIELD : MULTIPLE_DATES_FIELD)
    );
  }
  const raw = text(payload, field.form);
  return raw === undefined ? undefined : decodeLeaf(field, raw);
}

/**
 * Reads the official form's flat answers (for example a saved draft's `session`) into a typed
 * referral or notification and validates it. An adult (`pv-under-age` is `no`) who answered `no`
 * to `pv-want-to-submit-nrm` gives a notification, as the form sends a Duty to Notify then;
 * anything else gives a referral, and a child's forced consent answer is dropped. Fields the form
 * did not ask (empty strings) are absent. Never throws for any input.
 *
 * @param payload - The form's answers under its own field names; see {@link FormPayload}.
 * @param options - The date to check against; see {@link ValidateOptions}.
 * @returns The referral or notification and any warnings, or the issues, with paths in the SDK's
 *   field names.
 * @example
 * ```ts
 * import { fromFormPayload } from '@antislavery/referrals';
 *
 * const result = fromFormPayload({ 'pv-under-age': 'no', 'pv-want-to-submit-nrm': 'no' });
 * result.ok;
 * //=> false
 * fromFormPayload('not a payload').ok;
 * //=> false
 * ```
 */
export function fromFormPayload(
  payload: unknown,
  options?: ValidateOptions,
): ValidationResult<FormSubmission> {
  if (!isObject(payload)) return { ok: false, issues: [raise(FORM_PAYLOAD_ISSUES.notAPayload, [])] };
  try {
    const notification = text(payload, 'pv-under-age') === 'no' && text(payload, CONSENT_FIELD) === 'no';
    if (notification) {
      const result = validateNotification(decode(notificationField, payload, '', {}) ?? {}, options);
      return result.ok
        ? { ok: true, value: { kind: 'notification', notification: result.value }, warnings: result.warnings }
        : result;
    }
    const candidate = (decode(nrmReferralField, payload, '', {}) ?? {}) as Record<string, unknown>;
    if (text(payload, 'pv-under-age') !== 'no') delete candidate.consent;
    const result = validateReferral(candidate, options);
    return result.ok
      ? { ok: true, value: { kind: 'nrm-referral', referral: result.value }, warnings: result.warnings }
      : result;
  } catch {
    return { ok: false, issues: [raise(FORM_PAYLOAD_ISSUES.notAPayload, [])] };
  }
}
