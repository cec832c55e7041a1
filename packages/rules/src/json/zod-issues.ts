// Internal: zod issues turned into plain-English issues with a rule id or parameter name.

import type { z } from 'zod';
import type { RuleSetIssue } from '../errors.js';

const FIELDS: Readonly<Record<string, string>> = {
  id: 'the id',
  name: 'the name',
  description: 'the description',
  title: 'the title of the source',
  citation: 'the citation',
  inForce: 'the dates it is in force',
  from: 'the date it comes into force',
  to: 'the last date it is in force',
  when: 'the condition',
  outcome: 'the outcome of the rule',
  op: 'the operator',
  fact: 'the fact path',
  value: 'the value',
  conditions: 'the list of conditions',
  condition: 'the condition',
  versions: 'the versions',
  rules: 'the list of rules',
  cases: 'the list of cases',
  asOf: 'the evaluation date',
  facts: 'the facts',
  expect: 'the expectations',
  reason: 'the reason',
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function lastKey(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function field(path: readonly PropertyKey[]): string {
  const key = lastKey(path);
  // Own names only: a key such as `valueOf` must not find Object.prototype's function.
  if (key !== undefined && Object.hasOwn(FIELDS, key)) return FIELDS[key] as string;
  return key === undefined ? 'the document' : `'${key}'`;
}

/**
 * The fallback error map for loading: plain-English messages for issues whose schema does not
 * give its own. Messages name fields, never the values given.
 */
export function plainError(issue: z.core.$ZodRawIssue): string {
  const what = field(issue.path ?? []);
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return `Enter ${what}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `'${key}'`).join(', ');
      return `Remove ${keys}: ${issue.keys.length === 1 ? 'it is not a field' : 'they are not fields'} here`;
    }
    case 'too_small':
      return issue.origin === 'number' ? `${what} is too small` : `Enter ${what}`;
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}`;
    default:
      return `Enter a valid value for ${what}`;
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

function at(value: unknown, key: PropertyKey | undefined): unknown {
  return typeof value === 'object' &&
    value !== null &&
    key !== undefined &&
    typeof key !== 'symbol' &&
    hasOwn.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Converts zod issues to rule-set issues, naming the rule, parameter or case they are in. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], json: unknown): RuleSetIssue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const result: { -readonly [K in keyof RuleSetIssue]: RuleSetIssue[K] } = {
      severity: 'error',
      code: `json.${issue.code.replaceAll('_', '-')}`,
      path,
      message: issue.message,
    };
    const [section, key] = path;
    const item = at(at(json, section), key);
    if (
      (section === 'rules' || section === 'add' || section === 'replace' || section === 'disable') &&
      typeof key === 'number'
    ) {
      const id = at(item, 'id');
      if (typeof id === 'string') result.ruleId = id;
    } else if (section === 'parameters' && typeof key === 'string') {
      result.parameter = key;
    } else if (section === 'cases' && typeof key === 'number') {
      const name = at(item, 'name');
      if (typeof name === 'string') result.caseName = name;
    }
    return result;
  });
}

/**
 * The issue for a document that could not even be read: nested so deeply that checking it would
 * overflow the stack, or holding a getter or proxy that throws. Parsed JSON of sensible depth never
 * gives it.
 */
export function unreadableIssue(): RuleSetIssue {
  return {
    severity: 'error',
    code: 'json.unreadable',
    path: [],
    message:
      'The document could not be read: check it is parsed JSON and not nested thousands of levels deep',
  };
}
