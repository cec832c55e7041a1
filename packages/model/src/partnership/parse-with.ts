import type { z } from 'zod';
import type { ModelIssue, ParseResult } from './issues.js';

// Turns zod's issues into model issues. Not re-exported: the parse functions are the public face.

const UNKNOWN_FIELD_MESSAGE = 'Remove this field: the model has no field with this name';

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function codeFor(document: string, path: readonly (string | number)[], problem: string): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string').map(kebab);
  return ['model', document, ...names, problem].join('.');
}

function problemOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid-type';
    case 'too_small':
      return (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1
        ? 'required'
        : 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_format':
      return 'invalid-format';
    case 'invalid_value':
      return issue.input === undefined ? 'required' : 'invalid-option';
    case 'custom': {
      const code: unknown = issue.params?.code;
      return typeof code === 'string' ? code : 'invalid';
    }
    default:
      return 'invalid';
  }
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === 'symbol' ? String(segment.description) : segment));
}

/** Turns zod issues (parsed with `reportInput`) into model issues for a document. */
export function toModelIssues(document: string, issues: readonly z.core.$ZodIssue[]): ModelIssue[] {
  const result: ModelIssue[] = [];
  for (const issue of issues) {
    const path = pathOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        result.push({
          severity: 'error',
          path: [...path, key],
          code: codeFor(document, path, 'unknown-field'),
          message: UNKNOWN_FIELD_MESSAGE,
        });
      }
      continue;
    }
    result.push({
      severity: 'error',
      path,
      code: codeFor(document, path, problemOf(issue)),
      message: issue.message,
    });
  }
  return result;
}

/**
 * Parses outside input with a schema and never throws: input that cannot even be read (for
 * example an object whose properties throw when read) gives a single `unreadable` issue.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  document: string,
  label: string,
  input: unknown,
): ParseResult<T> {
  try {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: toModelIssues(document, result.error.issues) };
  } catch {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          path: [],
          code: `model.${document}.unreadable`,
          message: `The ${label} could not be read: check it is plain data, such as parsed JSON`,
        },
      ],
    };
  }
}
