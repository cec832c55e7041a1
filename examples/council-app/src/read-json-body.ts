import type { IncomingMessage } from 'node:http';

/** 1 MiB: the default most a request body may hold. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * What reading a JSON body gave: the parsed value, or why there is none. A body over the limit is
 * not kept: the rest of it is read and thrown away, so the client still gets the answer.
 *
 * @example
 * ```ts
 * import type { JsonBody } from './read-json-body.js';
 *
 * const body: JsonBody = { ok: false, code: 'request.body_too_large' };
 * ```
 */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: 'request.body_too_large' | 'request.invalid_json' };

/**
 * Whether a `Content-Type` header names JSON (`application/json`, with any parameters such as
 * `charset=utf-8`).
 *
 * @example
 * ```ts
 * import { isJsonMediaType } from './read-json-body.js';
 *
 * [isJsonMediaType('application/json; charset=utf-8'), isJsonMediaType('text/plain'), isJsonMediaType(undefined)];
 * //=> [true, false, false]
 * ```
 */
export function isJsonMediaType(header: string | undefined): boolean {
  const type = header?.split(';', 1)[0]?.trim().toLowerCase();
  return type === 'application/json';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parse(bytes: Buffer): JsonBody {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) };
  } catch {
    return { ok: false, code: 'request.invalid_json' };
  }
}

/**
 * Reads a request's body as UTF-8 JSON, up to `maxBytes`. Never rejects: a body that is too
 * large, is not UTF-8, is empty or is not JSON is a result, not an error.
 *
 * @param request - the incoming request
 * @param maxBytes - the most the body may hold, in bytes
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { readJsonBody } from './read-json-body.js';
 *
 * createServer(async (request, response) => {
 *   const body = await readJsonBody(request, 1024);
 *   response.end(body.ok ? 'thank you' : body.code);
 * });
 * ```
 */
export function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      request.resume();
      resolve({ ok: false, code: 'request.body_too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      request.off('data', onData);
      request.resume();
      resolve({ ok: false, code: 'request.body_too_large' });
    };
    request.on('data', onData);
    request.once('end', () => resolve(parse(Buffer.concat(chunks))));
    request.once('error', () => resolve({ ok: false, code: 'request.invalid_json' }));
  });
}
