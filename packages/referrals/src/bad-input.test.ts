import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateCaseRecord,
  generateNotification,
  generateReferral,
  PERSONAL,
  seeded,
} from './fixtures/generate.js';
import { AS_OF } from './fixtures/records.js';
import { fromFormPayload, toFormPayload } from './form-payload.js';
import type { Issue } from './issue.js';
import { describeIssueCode } from './issue-codes.js';
import { redact } from './redact.js';
import { caseRecordSchema } from './schemas/case-record.js';
import { dutyToNotifyNotificationSchema } from './schemas/duty-to-notify-notification.js';
import { nrmReferralSchema } from './schemas/nrm-referral.js';
import { toNotification } from './to-notification.js';
import { validateCaseRecord } from './validate/validate-case-record.js';
import { validateNotification } from './validate/validate-notification.js';
import { validateReferral } from './validate/validate-referral.js';

// Bad input never crashes and never leaks: arbitrary JSON, deep nesting, very long strings,
// `__proto__` and `constructor` keys and a wrong type in every field give issues, never a throw,
// never a polluted prototype, and never a message with a personal value in it. Every issue's code
// is in the registry with the same message.

const VALIDATORS = [
  ['validateReferral', (input: unknown) => validateReferral(input, { asOf: AS_OF })],
  ['validateNotification', (input: unknown) => validateNotification(input, { asOf: AS_OF })],
  ['validateCaseRecord', (input: unknown) => validateCaseRecord(input, { asOf: AS_OF })],
  ['fromFormPayload', (input: unknown) => fromFormPayload(input, { asOf: AS_OF })],
  ['toNotification', (input: unknown) => toNotification(input as never, { asOf: AS_OF })],
] as const;

const issuesOf = (result: { ok: boolean; issues?: readonly Issue[]; warnings?: readonly Issue[] }) =>
  result.ok ? (result.warnings ?? []) : (result.issues ?? []);

function expectRegistered(issues: readonly Issue[]) {
  for (const issue of issues) {
    const entry = describeIssueCode(issue.code);
    expect(entry, issue.code).toBeDefined();
    expect(issue.message, issue.code).toBe(entry?.message);
    expect(issue.severity, issue.code).toBe(entry?.severity);
  }
}

function expectUnpolluted() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBe(undefined);
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Array.prototype).not.toHaveProperty('polluted');
}

/** Every path to a leaf of a JSON value, with the leaf. */
function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return [[path, value]];
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) as string | number] = value;
  return copy;
}

const FIELD_PROBLEM =
  /\.(invalid-type|invalid-option|invalid-item|too-long|invalid-format|invalid-date|not-a-web-address|too-small|too-big|too-many|duplicate|at-least-one|unknown-field)$/;

const WRONG_VALUES: readonly unknown[] = [
  null,
  0,
  -1.5,
  true,
  'Zephyrine Okonkwo-Vale',
  [],
  {},
  ['x'],
  { a: 1 },
  'x'.repeat(20_000),
];

describe('bad input', () => {
  it.each(VALIDATORS)(
    '%s never throws for arbitrary JSON, and every issue is registered',
    (_name, validate) => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
          expectRegistered(issuesOf(validate(input)));
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(VALIDATORS)('%s never throws for arbitrary values with hostile keys', (_name, validate) => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'person', 'age'),
      fc.string(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.anything({ maxDepth: 2 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (input) => {
        expectRegistered(issuesOf(validate(input)));
        expectUnpolluted();
      }),
      { numRuns: 300 },
    );
  });

  it('never pollutes a prototype through __proto__ or constructor keys in parsed JSON', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "person": {"__proto__": {"polluted": true}}}',
    );
    for (const [, validate] of VALIDATORS) {
      const issues = issuesOf(validate(hostile));
      expect(issues.length).toBeGreaterThan(0);
      expectUnpolluted();
    }
    expect(redact(hostile)).toEqual({ person: {} });
    expectUnpolluted();
  });

  it('handles very deep nesting without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { person: deep, background: [deep] };
    for (const [, validate] of VALIDATORS) expect(issuesOf(validate(deep)).length).toBeGreaterThan(0);
    expect(redact({ person: { name: deep } })).toEqual({ person: { name: {} } });
  });

  it('handles very long strings in every text field quickly', () => {
    const long = `${'a'.repeat(1_000_000)}@${'b.'.repeat(500_000)}`;
    const record = generateReferral(seeded(1), 'no');
    const started = performance.now();
    for (const [path] of leaves(record)) {
      const issues = issuesOf(validateReferral(setAt(record, path, long), { asOf: AS_OF }));
      expectRegistered(issues);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  describe.each([
    ['a referral', () => generateReferral(seeded(21), 'no'), validateReferral, nrmReferralSchema],
    ['a child referral', () => generateReferral(seeded(22), 'yes'), validateReferral, nrmReferralSchema],
    [
      'a notification',
      () => generateNotification(seeded(23)),
      validateNotification,
      dutyToNotifyNotificationSchema,
    ],
    ['a case record', () => generateCaseRecord(seeded(24), AS_OF, 1), validateCaseRecord, caseRecordSchema],
  ] as const)('a wrong type in every field of %s', (_label, make, validate, schema) => {
    const record = make();
    const fields = leaves(record);

    it('is rejected with a registered issue at that field’s path, never echoing the value', () => {
      for (const [path, original] of fields) {
        for (const wrong of WRONG_VALUES) {
          const input = setAt(record, path, wrong);
          const result = validate(input, { asOf: AS_OF });
          if (result.ok) {
            // Some "wrong" values are still right: `true` for a yes or no answer, or text for text.
            expect(typeof wrong).toBe(typeof original);
            continue;
          }
          expectRegistered(result.issues);
          const text = JSON.stringify(result.issues.map((issue) => issue.message));
          expect(text).not.toContain('Zephyrine');
          expect(text).not.toContain('xxxxxxxxxx');
          // A field-level problem is one zod reports too: the two checkers agree field by field.
          if (result.issues.some((issue) => FIELD_PROBLEM.test(issue.code))) {
            expect(
              schema.safeParse(input).success,
              `${path.join('.')} = ${JSON.stringify(wrong).slice(0, 20)}`,
            ).toBe(false);
          }
        }
      }
    });
  });

  it('never repeats a personal value in any message', () => {
    const random = seeded(31);
    const personal = Object.values(PERSONAL).flat();
    for (let i = 0; i < 100; i++) {
      const referral = generateReferral(random, 'no') as unknown as Record<string, unknown>;
      // Put personal values where they do not belong, so that every message is about them.
      const misplaced = {
        ...referral,
        jurisdiction: personal[i % personal.length],
        person: {
          ...(referral.person as object),
          gender: personal[(i + 1) % personal.length],
          dateOfBirth: personal[(i + 2) % personal.length],
        },
        age: { under18: personal[(i + 3) % personal.length] },
        exploitationTypes: { types: [personal[(i + 4) % personal.length]] },
        unexpected: personal[(i + 5) % personal.length],
      };
      for (const [, validate] of VALIDATORS) {
        const messages = JSON.stringify(issuesOf(validate(misplaced)).map((issue) => issue.message));
        for (const value of personal) expect(messages).not.toContain(value);
      }
      const zodMessages = JSON.stringify(
        nrmReferralSchema.safeParse(misplaced).error?.issues.map((issue) => issue.message),
      );
      for (const value of personal) expect(zodMessages).not.toContain(value);
      const payload = {
        ...toFormPayload({ kind: 'nrm-referral', referral: generateReferral(random, 'no') }),
        'pv-gender': 'Zephyrine',
      };
      expect(JSON.stringify(issuesOf(fromFormPayload(payload, { asOf: AS_OF })))).not.toContain('Zephyrine');
    }
  });
});
