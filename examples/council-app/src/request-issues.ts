import type { Issue } from '@antislavery/referrals';
import type { z } from 'zod';

const kebab = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof key === 'symbol' ||
      !Object.hasOwn(value, key)
    ) {
      return undefined;
    }
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The message for a request body that is not an object, or has a field the route does not use:
 * pass it as the `error` of the body's `z.strictObject`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { requestBodyError } from './request-issues.js';
 *
 * const schema = z.strictObject({ period: z.string() }, { error: requestBodyError });
 * schema.safeParse([]).error?.issues[0]?.message;
 * //=> 'Send a JSON object'
 * ```
 */
export function requestBodyError(issue: { readonly code: string }): string {
  return issue.code === 'unrecognized_keys'
    ? 'Remove this field: the service does not use it'
    : 'Send a JSON object';
}

/**
 * Turns the zod issues of a request body's envelope into issues shaped like the SDK's, with
 * codes `request.body.<field>.<problem>`: `required` for a field not sent, `invalid` for one sent
 * but wrong, and `request.body.unknown-field` for a field the route does not use. Messages come
 * from the schema and never repeat the value sent.
 *
 * @param issues - zod's issues
 * @param input - the body they are about, to tell a missing field from a wrong one
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { requestIssues } from './request-issues.js';
 *
 * const schema = z.strictObject({ period: z.string({ error: 'Enter the period' }) });
 * const input = { perod: '2025-Q1' };
 * requestIssues(schema.safeParse(input).error?.issues ?? [], input).map((issue) => issue.code);
 * //=> ['request.body.period.required', 'request.body.unknown-field']
 * ```
 */
export function requestIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error',
        path: [...path, key],
        code: 'request.body.unknown-field',
        message: issue.message,
      }));
    }
    const words = path.filter((key): key is string => typeof key === 'string').map(kebab);
    const problem = path.length > 0 && valueAt(input, path) === undefined ? 'required' : 'invalid';
    return [
      {
        severity: 'error',
        path,
        code: ['request.body', ...words, problem].join('.'),
        message: issue.message,
      },
    ];
  });
}
