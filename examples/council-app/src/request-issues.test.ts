import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestBodyError, requestIssues } from './request-issues.js';

const schema = z.strictObject(
  {
    period: z.string({ error: 'Enter the period' }),
    options: z.strictObject({ firstDay: z.string({ error: 'Enter the first day' }) }).optional(),
  },
  { error: requestBodyError },
);

const issuesOf = (input: unknown) => requestIssues(schema.safeParse(input).error?.issues ?? [], input);

describe('requestIssues', () => {
  it('tells a field not sent from a field sent wrong', () => {
    expect(issuesOf({})).toEqual([
      {
        severity: 'error',
        path: ['period'],
        code: 'request.body.period.required',
        message: 'Enter the period',
      },
    ]);
    expect(issuesOf({ period: 2025 })).toEqual([
      {
        severity: 'error',
        path: ['period'],
        code: 'request.body.period.invalid',
        message: 'Enter the period',
      },
    ]);
  });

  it('names nested fields in kebab case, with their full path', () => {
    expect(issuesOf({ period: '2025-Q1', options: {} })).toEqual([
      {
        severity: 'error',
        path: ['options', 'firstDay'],
        code: 'request.body.options.first-day.required',
        message: 'Enter the first day',
      },
    ]);
  });

  it('gives one issue for each field the route does not use', () => {
    expect(issuesOf({ perod: '2025-Q1', extra: true }).map((issue) => [issue.code, issue.path])).toEqual([
      ['request.body.period.required', ['period']],
      ['request.body.unknown-field', ['perod']],
      ['request.body.unknown-field', ['extra']],
    ]);
  });

  it('asks for an object when the body is not one', () => {
    for (const body of [[], null, 'text', 3]) {
      expect(issuesOf(body)).toEqual([
        { severity: 'error', path: [], code: 'request.body.invalid', message: 'Send a JSON object' },
      ]);
    }
  });

  it('never repeats a value sent, only the names of the fields at fault', () => {
    const secret = 'Quennell Oyelaran-Whitcombe';
    const text = JSON.stringify(issuesOf({ period: [secret], name: secret }));
    expect(text).not.toContain('Quennell');
    expect(text).toContain('"path":["name"]');
  });
});
