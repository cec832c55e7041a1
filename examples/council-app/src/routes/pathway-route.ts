import { type LocalPathway, type PathwayIssue, safeDecidePathway } from '@antislavery/pathways';
import { z } from 'zod';
import { errorReply, jsonReply, type Reply } from '../reply.js';
import { requestBodyError, requestIssues } from '../request-issues.js';

// The SDK checks the facts, and whether `asOf` is a real date in its range.
const pathwayRequestSchema = z.strictObject(
  {
    facts: z.unknown(),
    asOf: z.string({ error: 'Enter the date as a real date in the format YYYY-MM-DD' }).optional(),
  },
  { error: requestBodyError },
);

/**
 * The body `POST /pathway` takes: the facts `decidePathway` takes (see `PathwayFacts` of
 * `@antislavery/pathways`), and optionally the date to decide for, `YYYY-MM-DD` (today in the UK
 * when not given).
 *
 * @example
 * ```ts
 * import type { PathwayRequest } from './routes/pathway-route.js';
 *
 * const request: PathwayRequest = {
 *   facts: { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'yes' } },
 *   asOf: '2026-04-01',
 * };
 * ```
 */
export type PathwayRequest = z.infer<typeof pathwayRequestSchema>;

/** The SDK's paths are from the facts; the client's are from the body, where the facts are under `facts`. */
const fromBody = (issue: PathwayIssue): PathwayIssue =>
  issue.path[0] === 'asOf' || issue.path[0] === 'local'
    ? issue
    : { ...issue, path: ['facts', ...issue.path] };

/**
 * `POST /pathway`: decides what to do next with `safeDecidePathway`, under the council's local
 * pathway if it has one. Answers 200 with the decision (the actions in order with their contacts,
 * and the explanation with every rule's citation), or 422 with the SDK's issues, their paths
 * from the root of the body.
 *
 * @param body - the parsed JSON body, unchecked
 * @param options - `local`: the council's local pathway
 *
 * @example
 * ```ts
 * import { pathwayRoute } from './routes/pathway-route.js';
 *
 * const reply = pathwayRoute(
 *   {
 *     facts: { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'yes', inImmediateDanger: false } },
 *     asOf: '2026-04-01',
 *   },
 *   {},
 * );
 * JSON.parse(reply.body).actions.map((action: { id: string }) => action.id);
 * //=> ['contact-childrens-services', 'submit-nrm-referral']
 * ```
 */
export function pathwayRoute(body: unknown, options: { readonly local?: LocalPathway }): Reply {
  const request = pathwayRequestSchema.safeParse(body);
  if (!request.success) {
    return errorReply('request.invalid_input', { issues: requestIssues(request.error.issues, body) });
  }
  const { facts, asOf } = request.data;
  const result = safeDecidePathway(facts, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(options.local === undefined ? {} : { local: options.local }),
  });
  if (!result.ok) {
    return errorReply('request.invalid_input', {
      message: 'The pathway cannot be decided until the facts are put right',
      issues: result.issues.map(fromBody),
    });
  }
  return jsonReply(200, result.decision);
}
