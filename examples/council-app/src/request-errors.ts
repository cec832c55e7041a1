import type { Issue } from '@antislavery/referrals';

/**
 * Every error the service answers with, by its stable code: the HTTP status and the message a
 * client sees unless a route gives a more specific one. Where the SDK rejected the input, the
 * answer is `request.invalid_input` and its `issues` carry the SDK's own codes.
 *
 * @example
 * ```ts
 * import { REQUEST_ERRORS } from './request-errors.js';
 *
 * REQUEST_ERRORS['request.body_too_large'].status;
 * //=> 413
 * ```
 */
export const REQUEST_ERRORS = {
  'request.invalid_json': {
    status: 400,
    message: 'Send the body as JSON: it could not be read',
  },
  'request.invalid_query': {
    status: 400,
    message: 'Correct the query string of the address',
  },
  'request.not_found': {
    status: 404,
    message: 'There is nothing at this address: use POST /pathway, POST /referrals/validate or POST /reports',
  },
  'request.method_not_allowed': {
    status: 405,
    message: 'Use POST for this address',
  },
  'request.body_too_large': {
    status: 413,
    message: 'The body is too large for this service: send fewer records at a time',
  },
  'request.unsupported_media_type': {
    status: 415,
    message: 'Send the body as JSON, with the header Content-Type: application/json',
  },
  'request.invalid_input': {
    status: 422,
    message: 'Correct the input: the issues say what is wrong and where',
  },
  'request.internal_error': {
    status: 500,
    message: 'Sorry, there is a problem with the service: try again later',
  },
} as const;

/**
 * One of the codes of {@link REQUEST_ERRORS}.
 *
 * @example
 * ```ts
 * import type { RequestErrorCode } from './request-errors.js';
 *
 * const code: RequestErrorCode = 'request.invalid_json';
 * ```
 */
export type RequestErrorCode = keyof typeof REQUEST_ERRORS;

/**
 * The JSON body of every error answer: the code and message, and for `request.invalid_input`
 * the issues, each with its SDK code, full path and plain-English message. Nothing in it repeats
 * a value that was sent.
 *
 * @example
 * ```ts
 * import type { ErrorBody } from './request-errors.js';
 *
 * const body: ErrorBody = { error: { code: 'request.not_found', message: 'There is nothing at this address' } };
 * ```
 */
export type ErrorBody = {
  readonly error: { readonly code: RequestErrorCode; readonly message: string };
  readonly issues?: readonly Issue[];
};
