import { isIsoDate } from '@antislavery/model';
import type { Field } from './fields/field.js';
import { caseRecordField } from './schemas/case-record.js';
import { notificationField } from './schemas/duty-to-notify-notification.js';
import { nrmReferralField } from './schemas/nrm-referral.js';

/**
 * The marker that stands in for a personal value in a redacted record.
 *
 * @example
 * ```ts
 * import { REDACTED } from '@antislavery/referrals';
 *
 * REDACTED;
 * //=> '[redacted]'
 * ```
 */
export const REDACTED = '[redacted]';

/**
 * A value in a redacted record: plain data only.
 *
 * @example
 * ```ts
 * import type { RedactedValue } from '@antislavery/referrals';
 *
 * const value: RedactedValue = ['forced-to-work'];
 * ```
 */
export type RedactedValue = string | number | boolean | readonly RedactedValue[] | RedactedRecord;

/**
 * A record made safe to log by {@link redact}.
 *
 * @example
 * ```ts
 * import type { RedactedRecord } from '@antislavery/referrals';
 *
 * const logged: RedactedRecord = { person: { name: { firstName: '[redacted]' } } };
 * ```
 */
export type RedactedRecord = { readonly [key: string]: RedactedValue };

/** The root fields of every document: a key is looked up in each, first match of the right shape wins. */
const ROOTS: readonly Field[] = [nrmReferralField, notificationField, caseRecordField];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fits(field: Field, value: unknown): boolean {
  if (field.kind === 'object') return isPlainObject(value);
  if (field.kind === 'list') return Array.isArray(value);
  return !isPlainObject(value) && !Array.isArray(value);
}

function redactLeaf(field: Field, value: unknown): RedactedValue | undefined {
  if (field.sensitivity === 'free-text') return undefined;
  if (field.sensitivity === 'personal') return REDACTED;
  // A value that is not what the field allows may be personal data typed in the wrong place.
  switch (field.kind) {
    case 'option':
      return typeof value === 'string' && field.options?.includes(value) ? value : REDACTED;
    case 'date':
      return isIsoDate(value) ? value : REDACTED;
    case 'boolean':
    case 'confirm':
      return typeof value === 'boolean' ? value : REDACTED;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : REDACTED;
    default:
      return typeof value === 'string' ? value : REDACTED;
  }
}

function redactValue(field: Field, value: unknown): RedactedValue | undefined {
  if (field.kind === 'object') return redactObject([field], value);
  if (field.kind === 'list') {
    if (!Array.isArray(value) || field.item === undefined) return undefined;
    const item = field.item;
    const items: RedactedValue[] = [];
    for (const entry of value) {
      const redacted = fits(item, entry) ? redactValue(item, entry) : REDACTED;
      if (redacted !== undefined) items.push(redacted);
    }
    return items;
  }
  return redactLeaf(field, value);
}

function redactObject(candidates: readonly Field[], value: unknown): RedactedRecord | undefined {
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, RedactedValue> = {};
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (entry === undefined) continue;
    let field: Field | undefined;
    for (const candidate of candidates) {
      const child = candidate.children?.[key];
      if (child !== undefined && Object.hasOwn(candidate.children ?? {}, key) && fits(child, entry)) {
        field = child;
        break;
      }
    }
    // A key no document has may hold anything: leave it out.
    if (field === undefined) continue;
    const redacted = redactValue(field, entry);
    if (redacted !== undefined) out[key] = redacted;
  }
  return out;
}

/**
 * A copy of a referral, notification or case record that is safe to write to a log: names, dates
 * of birth, contact details, phone numbers, addresses, references, file names and the current
 * town are replaced by {@link REDACTED}; free text (the account of what happened, reasons and
 * details) is removed; answers from the form's lists, yes or no answers and the other dates are
 * kept, so the log still shows the shape of the case. Fields no record has, and values a field
 * does not allow, are removed or replaced too, so even invalid input is safe. Never throws.
 *
 * @param record - A referral, notification or case record, valid or not.
 * @returns A new plain object.
 * @example
 * ```ts
 * import { redact } from '@antislavery/referrals';
 *
 * redact({ person: { name: { firstName: 'Ana', lastName: 'Doe' }, gender: 'female' } });
 * //=> { person: { name: { firstName: '[redacted]', lastName: '[redacted]' }, gender: 'female' } }
 * redact({ background: { birthplace: 'A village', family: 'Two sisters' } });
 * //=> { background: {} }
 * ```
 */
export function redact(record: unknown): RedactedRecord {
  try {
    return redactObject(ROOTS, record) ?? {};
  } catch {
    return {};
  }
}
