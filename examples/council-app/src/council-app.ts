import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Partnership, Pledge, Strategy } from '@antislavery/model';
import type { LocalPathway } from '@antislavery/pathways';
import { DEFAULT_MAX_BODY_BYTES, isJsonMediaType, readJsonBody } from './read-json-body.js';
import { errorReply, type Reply } from './reply.js';
import type { RequestErrorCode } from './request-errors.js';
import { pathwayRoute } from './routes/pathway-route.js';
import { reportRoute } from './routes/report-route.js';
import { validateRoute } from './routes/validate-route.js';

/**
 * What the council configures: its local pathway, its partnership, the largest body it accepts
 * and where one line per request is logged.
 *
 * @example
 * ```ts
 * import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
 * import { derbyAndDerbyshireLocalPathway } from '@antislavery/pathways';
 * import type { CouncilAppOptions } from './council-app.js';
 *
 * const options: CouncilAppOptions = {
 *   localPathway: derbyAndDerbyshireLocalPathway,
 *   partnership: derbyAndDerbyshirePartnership,
 *   maxBodyBytes: 2 * 1024 * 1024,
 *   log: (entry) => console.log(JSON.stringify(entry)),
 * };
 * ```
 */
export type CouncilAppOptions = {
  /** The council's local pathway, from `defineLocalPathway`: layered over the national rules. */
  readonly localPathway?: LocalPathway;
  /** The partnership, pledge or strategy whose area names reports and whose measures they evaluate. */
  readonly partnership?: Partnership | Pledge | Strategy;
  /** The most a request body may hold, in bytes. 1 MiB unless given. */
  readonly maxBodyBytes?: number;
  /** Called once for each request answered, with no personal data. Nothing is logged unless given. */
  readonly log?: (entry: RequestLogEntry) => void;
};

/**
 * One line of the request log. It holds no body, no query string and no unknown path, so it
 * never holds personal data.
 *
 * @example
 * ```ts
 * import type { RequestLogEntry } from './council-app.js';
 *
 * const entry: RequestLogEntry = { method: 'POST', route: '/pathway', status: 200, durationMs: 4 };
 * ```
 */
export type RequestLogEntry = {
  /** The request's method. */
  readonly method: string;
  /** The route asked for, or `unknown` for an address the service does not have. */
  readonly route: RoutePath | 'unknown';
  /** The status answered. */
  readonly status: number;
  /** The error code, for an error. */
  readonly code?: RequestErrorCode;
  /** How long the answer took, in whole milliseconds. */
  readonly durationMs: number;
};

/**
 * The service's addresses. Each takes `POST` with a JSON body.
 *
 * @example
 * ```ts
 * import { ROUTE_PATHS } from './council-app.js';
 *
 * ROUTE_PATHS;
 * //=> ['/pathway', '/referrals/validate', '/reports']
 * ```
 */
export const ROUTE_PATHS = ['/pathway', '/referrals/validate', '/reports'] as const;

/**
 * One of the {@link ROUTE_PATHS}.
 *
 * @example
 * ```ts
 * import type { RoutePath } from './council-app.js';
 *
 * const route: RoutePath = '/reports';
 * ```
 */
export type RoutePath = (typeof ROUTE_PATHS)[number];

type Route = (body: unknown, query: URLSearchParams, options: CouncilAppOptions) => Reply;

const ROUTES: Readonly<Record<RoutePath, Route>> = {
  '/pathway': (body, _query, options) =>
    pathwayRoute(body, options.localPathway === undefined ? {} : { local: options.localPathway }),
  '/referrals/validate': (body, query) => validateRoute(body, query),
  '/reports': (body, _query, options) =>
    reportRoute(body, options.partnership === undefined ? {} : { partnership: options.partnership }),
};

const isRoutePath = (path: string): path is RoutePath => (ROUTE_PATHS as readonly string[]).includes(path);

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    'content-type': `${reply.contentType}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...reply.headers,
  });
  response.end(reply.body);
}

async function answer(
  request: IncomingMessage,
  path: string,
  query: string,
  options: CouncilAppOptions,
  maxBodyBytes: number,
): Promise<Reply> {
  if (!isRoutePath(path)) return errorReply('request.not_found');
  if (request.method !== 'POST')
    return errorReply('request.method_not_allowed', { headers: { allow: 'POST' } });
  if (!isJsonMediaType(request.headers['content-type'])) return errorReply('request.unsupported_media_type');
  const body = await readJsonBody(request, maxBodyBytes);
  if (!body.ok) {
    // The rest of a body that is too large is read and thrown away; the connection then closes.
    return body.code === 'request.body_too_large'
      ? errorReply(body.code, { headers: { connection: 'close' } })
      : errorReply(body.code);
  }
  return ROUTES[path](body.value, new URLSearchParams(query), options);
}

/**
 * The service as a request handler for `node:http` (or anything that takes one): routes each
 * request, checks its method, media type and size, and answers JSON or, for a report, HTML.
 * It never answers with a stack trace: an unexpected failure is `request.internal_error`.
 *
 * @param options - see {@link CouncilAppOptions}
 * @throws RangeError if `options.maxBodyBytes` is not a whole number of 1 or more
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { councilRequestHandler } from './council-app.js';
 *
 * const server = createServer(councilRequestHandler({ maxBodyBytes: 256 * 1024 }));
 * ```
 */
export function councilRequestHandler(
  options: CouncilAppOptions = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new RangeError(
      'councilRequestHandler(options.maxBodyBytes): give a whole number of bytes, 1 or more',
    );
  }
  return (request, response) => {
    const started = performance.now();
    const url = request.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = mark === -1 ? '' : url.slice(mark + 1);
    const finish = (reply: Reply) => {
      send(response, reply);
      options.log?.({
        method: request.method ?? 'UNKNOWN',
        route: isRoutePath(path) ? path : 'unknown',
        status: reply.status,
        ...(reply.errorCode === undefined ? {} : { code: reply.errorCode }),
        durationMs: Math.round(performance.now() - started),
      });
    };
    answer(request, path, query, options, maxBodyBytes)
      .catch(() => errorReply('request.internal_error'))
      .then(finish)
      .catch(() => response.destroy());
  };
}

/**
 * Creates the council's HTTP service: a `node:http` server with {@link councilRequestHandler},
 * not yet listening. Routes:
 *
 * - `POST /pathway`: `{ facts, asOf? }` gives the pathway decision;
 * - `POST /referrals/validate?kind=referral|notification|case-record`: one record or an array
 *   gives whether each is valid, and its issues;
 * - `POST /reports`: `{ period, records, suppress?, asOf? }` gives the quarterly report as HTML.
 *
 * It has no authentication, TLS or access log policy of its own: a council adds them in front of
 * it before production.
 *
 * @param options - see {@link CouncilAppOptions}
 * @returns the server; call `listen` on it
 * @throws RangeError if `options.maxBodyBytes` is not a whole number of 1 or more
 *
 * @example
 * ```ts
 * import { once } from 'node:events';
 * import type { AddressInfo } from 'node:net';
 * import { createCouncilApp } from './council-app.js';
 *
 * const server = createCouncilApp();
 * server.listen(0, '127.0.0.1');
 * await once(server, 'listening');
 * const { port } = server.address() as AddressInfo;
 * const response = await fetch(`http://127.0.0.1:${port}/nowhere`);
 * [response.status, await response.json()];
 * //=> [404, { error: { code: 'request.not_found', message: 'There is nothing at this address: use POST /pathway, POST /referrals/validate or POST /reports' } }]
 * server.close();
 * ```
 */
export function createCouncilApp(options: CouncilAppOptions = {}): Server {
  return createServer(councilRequestHandler(options));
}
