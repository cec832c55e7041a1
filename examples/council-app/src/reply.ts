import type { Issue } from '@antislavery/referrals';
import { type ErrorBody, REQUEST_ERRORS, type RequestErrorCode } from './request-errors.js';

/**
 * What a route answers, before it is written to the connection: the status, the media type, the
 * body as text, any extra headers, and the error code when it is an error (for the log).
 *
 * @example
 * ```ts
 * import type { Reply } from './reply.js';
 *
 * const reply: Reply = { status: 200, contentType: 'application/json', body: '{"valid":true}' };
 * ```
 */
export type Reply = {
  readonly status: number;
  readonly contentType: 'application/json' | 'text/html';
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly errorCode?: RequestErrorCode;
};

/**
 * A JSON answer.
 *
 * @param status - the HTTP status
 * @param value - what to send, as plain data
 *
 * @example
 * ```ts
 * import { jsonReply } from './reply.js';
 *
 * jsonReply(200, { valid: true }).body;
 * //=> '{"valid":true}'
 * ```
 */
export function jsonReply(status: number, value: unknown): Reply {
  return { status, contentType: 'application/json', body: JSON.stringify(value) };
}

/**
 * An HTML page, with status 200.
 *
 * @example
 * ```ts
 * import { htmlReply } from './reply.js';
 *
 * htmlReply('<!doctype html><title>Report</title>').contentType;
 * //=> 'text/html'
 * ```
 */
export function htmlReply(html: string): Reply {
  return { status: 200, contentType: 'text/html', body: html };
}

/**
 * An error answer, `{ error: { code, message } }` with the status of its code, and the issues
 * when the SDK rejected the input.
 *
 * @param code - one of the codes of {@link REQUEST_ERRORS}
 * @param detail - a more specific `message`, the `issues`, and extra `headers`
 *
 * @example
 * ```ts
 * import { errorReply } from './reply.js';
 *
 * const reply = errorReply('request.method_not_allowed', { headers: { allow: 'POST' } });
 * [reply.status, reply.body];
 * //=> [405, '{"error":{"code":"request.method_not_allowed","message":"Use POST for this address"}}']
 * ```
 */
export function errorReply(
  code: RequestErrorCode,
  detail: {
    readonly message?: string;
    readonly issues?: readonly Issue[];
    readonly headers?: Readonly<Record<string, string>>;
  } = {},
): Reply {
  const body: ErrorBody = {
    error: { code, message: detail.message ?? REQUEST_ERRORS[code].message },
    ...(detail.issues === undefined ? {} : { issues: detail.issues }),
  };
  return {
    status: REQUEST_ERRORS[code].status,
    contentType: 'application/json',
    body: JSON.stringify(body),
    errorCode: code,
    ...(detail.headers === undefined ? {} : { headers: detail.headers }),
  };
}
