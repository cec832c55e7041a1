import * as z from 'zod';
import { caseRecordSchema } from './schemas/case-record.js';
import { dutyToNotifyNotificationSchema } from './schemas/duty-to-notify-notification.js';
import { nrmReferralSchema } from './schemas/nrm-referral.js';

/**
 * The documents the package has JSON Schemas for.
 *
 * @example
 * ```ts
 * import type { JsonSchemaDocument } from '@antislavery/referrals';
 *
 * const document: JsonSchemaDocument = 'case-record';
 * ```
 */
export type JsonSchemaDocument = 'nrm-referral' | 'duty-to-notify-notification' | 'case-record';

/**
 * The JSON Schema (draft 2020-12) of a referral, notification or case record, generated from its
 * zod schema, so tools in other languages and editors can check the shape of a record. It
 * describes each field (types, options, lengths, formats); the cross-field rules are the validate
 * functions' and are not in it.
 *
 * @param document - Which schema.
 * @returns A new JSON Schema object.
 * @example
 * ```ts
 * import { jsonSchemaOf } from '@antislavery/referrals';
 *
 * jsonSchemaOf('case-record').type;
 * //=> 'object'
 * ```
 */
export function jsonSchemaOf(document: JsonSchemaDocument): Record<string, unknown> {
  const schema =
    document === 'nrm-referral'
      ? nrmReferralSchema
      : document === 'duty-to-notify-notification'
        ? dutyToNotifyNotificationSchema
        : caseRecordSchema;
  return z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
}
