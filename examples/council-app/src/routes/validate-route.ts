import { isIsoDate } from '@antislavery/model';
import {
  type Issue,
  type ValidateOptions,
  type ValidationResult,
  validateCaseRecord,
  validateNotification,
  validateReferral,
} from '@antislavery/referrals';
import { errorReply, jsonReply, type Reply } from '../reply.js';

/**
 * What `POST /referrals/validate` checks, named by `?kind=` in the address: an NRM referral, a
 * Duty to Notify notification or a case record. (A query parameter, not a field of the body,
 * because a case record has a `kind` field of its own.)
 *
 * @example
 * ```ts
 * import { RECORD_KINDS } from './routes/validate-route.js';
 *
 * RECORD_KINDS;
 * //=> ['referral', 'notification', 'case-record']
 * ```
 */
export const RECORD_KINDS = ['referral', 'notification', 'case-record'] as const;

/**
 * One of the {@link RECORD_KINDS}.
 *
 * @example
 * ```ts
 * import type { RecordKind } from './routes/validate-route.js';
 *
 * const kind: RecordKind = 'case-record';
 * ```
 */
export type RecordKind = (typeof RECORD_KINDS)[number];

const VALIDATORS: Readonly<
  Record<RecordKind, (input: unknown, options?: ValidateOptions) => ValidationResult<unknown>>
> = {
  referral: validateReferral,
  notification: validateNotification,
  'case-record': validateCaseRecord,
};

const isRecordKind = (value: string | null): value is RecordKind =>
  (RECORD_KINDS as readonly (string | null)[]).includes(value);

/**
 * Whether one record is valid, and its issues: the errors that stop it, or the warnings of a
 * valid one. The record itself is never sent back.
 *
 * @example
 * ```ts
 * import type { RecordVerdict } from './routes/validate-route.js';
 *
 * const verdict: RecordVerdict = { valid: true, issues: [] };
 * ```
 */
export type RecordVerdict = { readonly valid: boolean; readonly issues: readonly Issue[] };

/**
 * The answer for one record: its kind, whether it is valid, and its issues.
 *
 * @example
 * ```ts
 * import type { OneRecordAnswer } from './routes/validate-route.js';
 *
 * const answer: OneRecordAnswer = { kind: 'referral', valid: true, issues: [] };
 * ```
 */
export type OneRecordAnswer = { readonly kind: RecordKind } & RecordVerdict;

/**
 * The answer for an array of records: whether every one is valid, how many there are and how
 * many are not valid, and each one's verdict with its position in the array.
 *
 * @example
 * ```ts
 * import type { ManyRecordsAnswer } from './routes/validate-route.js';
 *
 * const answer: ManyRecordsAnswer = {
 *   kind: 'case-record',
 *   valid: true,
 *   records: 1,
 *   invalid: 0,
 *   results: [{ index: 0, valid: true, issues: [] }],
 * };
 * ```
 */
export type ManyRecordsAnswer = {
  readonly kind: RecordKind;
  readonly valid: boolean;
  readonly records: number;
  readonly invalid: number;
  readonly results: readonly ({ readonly index: number } & RecordVerdict)[];
};

function verdictOf(result: ValidationResult<unknown>): RecordVerdict {
  return result.ok ? { valid: true, issues: result.warnings } : { valid: false, issues: result.issues };
}

/**
 * `POST /referrals/validate?kind=referral|notification|case-record[&asOf=YYYY-MM-DD]`: checks one
 * record, or an array of them, with the SDK's validate functions. Answers 200 with a
 * {@link OneRecordAnswer} for one record, or a {@link ManyRecordsAnswer} for an array. An invalid record is a valid request: it is the answer,
 * not an error. `asOf` is the date that "not in the future" is checked against (today in the UK
 * unless given).
 *
 * @param body - the parsed JSON body, unchecked
 * @param query - the query string of the address
 *
 * @example
 * ```ts
 * import { validateRoute } from './routes/validate-route.js';
 *
 * const reply = validateRoute({ jurisdiction: 'England' }, new URLSearchParams('kind=referral'));
 * JSON.parse(reply.body).issues.find((issue: { path: string[] }) => issue.path[0] === 'jurisdiction').code;
 * //=> 'referral.jurisdiction.invalid-option'
 * ```
 */
export function validateRoute(body: unknown, query: URLSearchParams): Reply {
  const kind = query.get('kind');
  if (!isRecordKind(kind)) {
    return errorReply('request.invalid_query', {
      message: 'Add ?kind=referral, ?kind=notification or ?kind=case-record to the address',
    });
  }
  const asOf = query.get('asOf');
  if (asOf !== null && !isIsoDate(asOf)) {
    return errorReply('request.invalid_query', {
      message: 'Enter asOf as a real date in the format YYYY-MM-DD',
    });
  }
  const validate = VALIDATORS[kind];
  const options: ValidateOptions = asOf === null ? {} : { asOf };
  if (!Array.isArray(body)) {
    const answer: OneRecordAnswer = { kind, ...verdictOf(validate(body, options)) };
    return jsonReply(200, answer);
  }
  const results = body.map((record: unknown, index) => ({ index, ...verdictOf(validate(record, options)) }));
  const invalid = results.filter((result) => !result.valid).length;
  const answer: ManyRecordsAnswer = { kind, valid: invalid === 0, records: results.length, invalid, results };
  return jsonReply(200, answer);
}
