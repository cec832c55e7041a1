import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cheshireJointActionPlan,
  cheshirePledge,
  derbyAndDerbyshirePartnership,
  northamptonshireStrategy,
  wolverhamptonAntiSlaveryPartnership,
  wolverhamptonPactMeetings,
} from '../examples/index.js';
import type { ModelIssue, ParseResult } from './issues.js';
import {
  parseActionPlan,
  parseAnnualReport,
  parseCommunityMeeting,
  parsePartnership,
  parsePledge,
  parseStrategy,
} from './parse.js';
import { toModelIssues } from './parse-with.js';

const minimalPartnership = {
  id: 'example',
  name: 'Example Partnership',
  area: 'Exampleshire',
  jurisdiction: 'england',
};

function issuesOf<T>(result: ParseResult<T>): readonly ModelIssue[] {
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

describe('parsePartnership', () => {
  it('accepts a partnership with only its id, name, area and jurisdiction', () => {
    const result = parsePartnership(minimalPartnership);
    expect(result).toEqual({ ok: true, value: minimalPartnership });
  });

  it('trims surrounding spaces from text', () => {
    const result = parsePartnership({ ...minimalPartnership, name: '  Example Partnership ' });
    expect(result.ok && result.value.name).toBe('Example Partnership');
  });

  it('reports each missing required field with its path, a required code and a message', () => {
    expect(issuesOf(parsePartnership({}))).toEqual([
      {
        severity: 'error',
        path: ['id'],
        code: 'model.partnership.id.required',
        message: 'Enter the partnership id',
      },
      {
        severity: 'error',
        path: ['name'],
        code: 'model.partnership.name.required',
        message: 'Enter the partnership name',
      },
      {
        severity: 'error',
        path: ['area'],
        code: 'model.partnership.area.required',
        message: 'Enter the area the partnership covers',
      },
      {
        severity: 'error',
        path: ['jurisdiction'],
        code: 'model.partnership.jurisdiction.required',
        message: 'Select England, Wales, Scotland or Northern Ireland',
      },
    ]);
  });

  it('treats blank text as missing', () => {
    expect(issuesOf(parsePartnership({ ...minimalPartnership, name: '   ' }))).toEqual([
      {
        severity: 'error',
        path: ['name'],
        code: 'model.partnership.name.required',
        message: 'Enter the partnership name',
      },
    ]);
  });

  it('reports a value of the wrong type as invalid-type with the field’s message', () => {
    expect(issuesOf(parsePartnership({ ...minimalPartnership, area: 42 }))).toEqual([
      {
        severity: 'error',
        path: ['area'],
        code: 'model.partnership.area.invalid-type',
        message: 'Enter the area the partnership covers',
      },
    ]);
  });

  it('names nested paths in kebab case without list positions in the code', () => {
    const issues = issuesOf(
      parsePartnership({
        ...minimalPartnership,
        members: [
          { name: 'Example Council', sector: 'public' },
          { name: 'Example Charity', sector: 'charity' },
        ],
      }),
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        path: ['members', 1, 'sector'],
        code: 'model.partnership.members.sector.invalid-option',
        message: 'Select a sector',
      },
    ]);
  });

  it('reports an impossible date as invalid with the date message', () => {
    const issues = issuesOf(
      parsePartnership({
        ...minimalPartnership,
        members: [{ name: 'Example Council', sector: 'public', joined: '2023-02-30' }],
      }),
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        path: ['members', 0, 'joined'],
        code: 'model.partnership.members.joined.invalid',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
    ]);
  });

  it('reports each unknown field at its own path without repeating it in the code', () => {
    const issues = issuesOf(
      parsePartnership({
        ...minimalPartnership,
        vison: 'x',
        steeringGroup: { role: 'Lead', chair: 'Chair', chiar: 'x' },
      }),
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        path: ['steeringGroup', 'chiar'],
        code: 'model.partnership.steering-group.unknown-field',
        message: 'Remove this field: the model has no field with this name',
      },
      {
        severity: 'error',
        path: ['vison'],
        code: 'model.partnership.unknown-field',
        message: 'Remove this field: the model has no field with this name',
      },
    ]);
  });

  it('reports numbers out of range as too small or too big', () => {
    const priorities = (number: number) => ({
      ...minimalPartnership,
      priorities: {
        period: { from: '2017', to: '2020' },
        items: [{ number, text: 'Provide victim support' }],
      },
    });
    const tooSmall = issuesOf(parsePartnership(priorities(0)));
    expect(tooSmall.map((issue) => [issue.path, issue.code])).toContainEqual([
      ['priorities', 'items', 0, 'number'],
      'model.partnership.priorities.items.number.too-small',
    ]);
    const tooBig = issuesOf(parsePartnership(priorities(100)));
    expect(tooBig.map((issue) => issue.code)).toContain('model.partnership.priorities.items.number.too-big');
    expect(tooBig[0]?.message).toBe('Enter the priority number as a whole number from 1 to 99');
  });

  it('reports an overlong id as too big', () => {
    const issues = issuesOf(parsePartnership({ ...minimalPartnership, id: 'a'.repeat(101) }));
    expect(issues.map((issue) => issue.code)).toEqual(['model.partnership.id.too-big']);
  });

  it('asks for the whole partnership when the input is missing or not an object', () => {
    for (const input of [undefined, null, 'derby', 42, []]) {
      const [issue] = issuesOf(parsePartnership(input));
      expect(issue?.path).toEqual([]);
      expect(issue?.message).toBe('Enter the partnership');
      expect(issue?.code).toBe(
        input === undefined ? 'model.partnership.required' : 'model.partnership.invalid-type',
      );
    }
  });

  it('does not throw on input that throws when read, and says it could not be read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(parsePartnership(hostile)).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          path: [],
          code: 'model.partnership.unreadable',
          message: 'The partnership could not be read: check it is plain data, such as parsed JSON',
        },
      ],
    });
  });

  it('never repeats the value given in a message', () => {
    const issues = issuesOf(
      parsePartnership({
        id: 'Jane Doe',
        name: 7,
        area: 'Jane Doe',
        jurisdiction: 'Jane Doe',
        members: [{ name: 'x', sector: 'Jane Doe', joined: 'Jane Doe' }],
      }),
    );
    for (const issue of issues) expect(issue.message).not.toContain('Jane');
  });
});

describe('every parse function', () => {
  const parsers: [string, (input: unknown) => ParseResult<unknown>, string][] = [
    ['parsePartnership', parsePartnership, 'partnership'],
    ['parseStrategy', parseStrategy, 'strategy'],
    ['parsePledge', parsePledge, 'pledge'],
    ['parseActionPlan', parseActionPlan, 'action-plan'],
    ['parseCommunityMeeting', parseCommunityMeeting, 'community-meeting'],
    ['parseAnnualReport', parseAnnualReport, 'annual-report'],
  ];

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
        (input) => {
          for (const [, parse] of parsers) {
            const result = parse(input);
            if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses its document’s name as the first part of each code', () => {
    for (const [, parse, document] of parsers) {
      const [issue] = issuesOf(parse(null));
      expect(issue?.code).toBe(`model.${document}.invalid-type`);
    }
  });

  it('never throws on documents with some fields of the wrong kind', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object());
    fc.assert(
      fc.property(
        fc.record(
          {
            id: field,
            name: field,
            area: field,
            jurisdiction: fc.oneof(field, fc.constant('england')),
            subGroups: fc.array(fc.record({ id: field, name: field, pillars: field })),
            annualReports: fc.array(
              fc.record({
                period: field,
                achievements: fc.array(fc.record({ subGroup: field, items: field })),
              }),
            ),
            priorities: fc.record({
              period: field,
              items: fc.array(fc.record({ number: field, text: field })),
            }),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const result = parsePartnership(input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...path, index], ...pathsOf(item, [...path, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...path, key], ...pathsOf(item, [...path, key])]);
  }
  return [];
}

function withChange(
  document: Json,
  path: Path,
  change: (parent: Json[] | { [key: string]: Json }, key: string | number) => void,
): Json {
  const copy = structuredClone(document);
  let parent = copy as Json[] | { [key: string]: Json };
  for (const segment of path.slice(0, -1))
    parent = (parent as Record<string | number, Json>)[segment] as typeof parent;
  const last = path[path.length - 1];
  if (last !== undefined) change(parent, last);
  return copy;
}

const PLAIN_ENGLISH = /^(Enter|Select|Give|Number|Remove|The) /;

describe('issues on every field of every example document', () => {
  const documents: [string, Json, (input: unknown) => ParseResult<unknown>][] = [
    ['Cheshire pledge', cheshirePledge as unknown as Json, parsePledge],
    ['Northamptonshire strategy', northamptonshireStrategy as unknown as Json, parseStrategy],
    ['Cheshire joint plan', cheshireJointActionPlan as unknown as Json, parseActionPlan],
    ['Wolverhampton PACT', wolverhamptonPactMeetings as unknown as Json, parseCommunityMeeting],
    ['Wolverhampton partnership', wolverhamptonAntiSlaveryPartnership as unknown as Json, parsePartnership],
    ['Derby and Derbyshire', derbyAndDerbyshirePartnership as unknown as Json, parsePartnership],
  ];

  it.each(documents)(
    '%s: a wrong kind of value anywhere is reported at that path in plain English',
    (_, document, parse) => {
      for (const path of pathsOf(document)) {
        const changed = withChange(document, path, (parent, key) => {
          (parent as Record<string | number, Json>)[key] =
            typeof (parent as Record<string | number, Json>)[key] === 'boolean' ? 'yes' : true;
        });
        const issues = issuesOf(parse(changed));
        const here = issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
        expect(here, `no issue at ${path.join('.')}`).toBeDefined();
        expect(here?.message).toMatch(PLAIN_ENGLISH);
        expect(here?.code).toMatch(/\.invalid-(type|option)$/);
      }
    },
  );

  it.each(documents)(
    '%s: a missing required field is reported as required in plain English',
    (_, document, parse) => {
      for (const path of pathsOf(document).filter((p) => typeof p[p.length - 1] === 'string')) {
        const changed = withChange(document, path, (parent, key) => {
          delete (parent as Record<string | number, Json>)[key];
        });
        const result = parse(changed);
        // An optional field, or one whose removal leaves a reference to it dangling (reported at the reference).
        if (result.ok || result.issues.every((issue) => issue.code.endsWith('.unknown'))) continue;
        const here = result.issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
        expect(here, `no issue at ${path.join('.')}`).toBeDefined();
        expect(here?.code).toMatch(/\.required$/);
        expect(here?.message).toMatch(/^(Enter|Select) /);
      }
    },
  );
});

describe('toModelIssues', () => {
  it('reports issues of kinds the schemas do not raise as invalid, and names symbol path segments', () => {
    const issues = toModelIssues('partnership', [
      {
        code: 'invalid_union',
        errors: [],
        path: ['vision', Symbol('extra')],
        message: 'Enter the vision',
        input: {},
      },
    ]);
    expect(issues).toEqual([
      {
        severity: 'error',
        path: ['vision', 'extra'],
        code: 'model.partnership.vision.extra.invalid',
        message: 'Enter the vision',
      },
    ]);
  });

  it('reports a custom issue without its own code as invalid', () => {
    const [issue] = toModelIssues('pledge', [
      {
        code: 'custom',
        path: ['signatories', 0, 'signedOn'],
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
    ]);
    expect(issue?.code).toBe('model.pledge.signatories.signed-on.invalid');
  });
});
