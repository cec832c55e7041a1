import type { z } from 'zod';

/**
 * A problem with the facts, the date or the local pathway given to the pathway: its stable dotted
 * `code`, the full `path` to the value at fault and a plain-English `message` in the style of
 * GOV.UK forms. Messages never repeat the value given, which may be personal data.
 *
 * @example
 * ```ts
 * import type { PathwayIssue } from '@antislavery/pathways';
 *
 * const issue: PathwayIssue = {
 *   severity: 'error',
 *   code: 'pathway.person.under18.invalid',
 *   path: ['person', 'under18'],
 *   message: 'Select if the potential victim is under 18',
 * };
 * ```
 */
export type PathwayIssue = {
  /** Always `error`: the pathway cannot be decided until it is put right. */
  readonly severity: 'error';
  /** Stable, dotted code for programs, such as `pathway.person.under18.required`. */
  readonly code: string;
  /** Property names and list positions from the root of what was given. */
  readonly path: readonly (string | number)[];
  /** What to do about it, in plain English. */
  readonly message: string;
};

const kebab = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The value at a path in outside input, reading own properties only. */
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
 * Converts zod issues to pathway issues with codes `<prefix>.<path>.<problem>`, where the problem
 * is `required` for a value not given, `invalid` for one given but wrong, `unknown-field`, or a
 * custom check's own problem. Internal.
 */
export function issuesFromZod(
  prefix: string,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  basePath: readonly (string | number)[] = [],
): PathwayIssue[] {
  return issues.flatMap((issue): PathwayIssue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error',
        code: `${prefix}.unknown-field`,
        path: [...basePath, ...path, key],
        message: issue.message,
      }));
    }
    const words = path.filter((key): key is string => typeof key === 'string').map(kebab);
    const custom = issue.code === 'custom' ? issue.params?.problem : undefined;
    const problem =
      typeof custom === 'string' ? custom : valueAt(input, issue.path) === undefined ? 'required' : 'invalid';
    return [
      {
        severity: 'error',
        code: [prefix, ...words, problem].join('.'),
        path: [...basePath, ...path],
        message: issue.message,
      },
    ];
  });
}

/**
 * Parses outside input with a zod schema and converts its issues (see {@link issuesFromZod}). A
 * throw while parsing (zod throws for a few values no JSON holds, such as an object whose `length`
 * is a symbol; a getter or proxy may throw) becomes the one issue `<prefix>.unreadable` with the
 * message given. Internal.
 */
export function parseOutside<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: string,
  unreadable: string,
  basePath: readonly (string | number)[] = [],
):
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: PathwayIssue[] } {
  try {
    const parsed = schema.safeParse(input);
    if (parsed.success) return { success: true, data: parsed.data };
    return { success: false, issues: issuesFromZod(prefix, parsed.error.issues, input, basePath) };
  } catch {
    return {
      success: false,
      issues: [{ severity: 'error', code: `${prefix}.unreadable`, path: [...basePath], message: unreadable }],
    };
  }
}
