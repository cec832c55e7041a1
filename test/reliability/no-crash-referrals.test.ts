// No input crashes @antislavery/referrals: the validate functions, toNotification, fromFormPayload,
// redact and checkPathway, given hostile values, valid documents broken in one to three places,
// and hostile options. Each returns its typed result, or throws only the error it documents.
import { InvalidIsoDateError, isIsoDate } from '@antislavery/model';
import { InvalidAsOfError, InvalidPathwayFactsError } from '@antislavery/pathways';
import {
  checkPathway,
  describeIssueCode,
  fromFormPayload,
  REDACTED,
  redact,
  toFormPayload,
  toNotification,
  validateCaseRecord,
  validateNotification,
  validateReferral,
} from '@antislavery/referrals';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AS_OF,
  adultReferral,
  anonymousNotification,
  caseRecord,
  pathwayFacts,
} from './support/documents.js';
import {
  assertIssues,
  assertValidationResult,
  callDocumented,
  type DocumentedError,
  expectPrototypesUntouched,
  isPlainObject,
} from './support/guards.js';
import { hostileString, hostileValue } from './support/hostile.js';
import { mutated } from './support/mutate.js';
import { timeout } from './support/runs.js';
import { tally } from './support/tally.js';

afterEach(expectPrototypesUntouched);

const cases = tally();

const BAD_AS_OF: DocumentedError = { type: InvalidIsoDateError, code: 'model.date.invalid' };

/** Every code and message an issue carries is the registry's, word for word. */
const registered = (issues: readonly { code: string; message: string }[]) =>
  issues.every((issue) => describeIssueCode(issue.code)?.message === issue.message);

function checkResult(result: unknown): void {
  assertValidationResult(result);
  const { ok, issues, warnings } = result as { ok: boolean; issues?: never[]; warnings?: never[] };
  const list = (ok ? warnings : issues) ?? [];
  if (!registered(list)) throw new Error('an issue code or message is not in the registry');
}

/** Options as a JavaScript caller might get them wrong, or a real date from 0001 to 9999. */
const options = fc.oneof(
  hostileValue(['asOf']),
  fc.record({ asOf: hostileValue() }),
  fc.record({ asOf: hostileString }),
  fc.record({
    asOf: fc
      .date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
  }),
);

/** The `asOf` of options, as the functions read it. */
const asOfOf = (given: unknown): unknown =>
  typeof given === 'object' && given !== null ? (given as { asOf?: unknown }).asOf : undefined;

type Validate = (input: unknown, options?: { asOf?: string }) => unknown;

const VALIDATORS: readonly (readonly [string, Validate, () => unknown])[] = [
  ['validateReferral', validateReferral, adultReferral],
  ['validateNotification', validateNotification, anonymousNotification],
  ['validateCaseRecord', validateCaseRecord, caseRecord],
];

for (const [name, validate, valid] of VALIDATORS) {
  const fields = Object.keys(valid() as object);
  describe(name, () => {
    it(
      'returns issues for any value, never throwing',
      () => {
        fc.assert(
          fc.property(hostileValue(fields), (input) => {
            const called = callDocumented(() => validate(input, { asOf: AS_OF }));
            if (called.ok) checkResult(called.value);
          }),
          { numRuns: cases.plan(name, 3_000) },
        );
      },
      timeout(60_000),
    );

    it(
      'returns the record or its issues for a valid record broken in one to three places',
      () => {
        fc.assert(
          fc.property(mutated(valid(), fields), (input) => {
            const called = callDocumented(() => validate(input, { asOf: AS_OF }));
            if (called.ok) checkResult(called.value);
          }),
          { numRuns: cases.plan(name, 5_000) },
        );
      },
      timeout(60_000),
    );

    it(
      'throws only InvalidIsoDateError for options it cannot use, and never for a real date',
      () => {
        fc.assert(
          fc.property(options, (given) => {
            const called = callDocumented(() => validate(valid(), given as { asOf?: string }), [BAD_AS_OF]);
            if (called.ok) checkResult(called.value);
            else expect(isIsoDate(asOfOf(given))).toBe(false);
          }),
          { numRuns: cases.plan(name, 2_000) },
        );
      },
      timeout(60_000),
    );
  });
}

describe('toNotification', () => {
  const refused = { ...adultReferral(), consent: { given: false }, cooperation: { willing: false } };
  const fields = Object.keys(refused);

  it(
    'returns issues for any draft, never throwing',
    () => {
      fc.assert(
        fc.property(hostileValue(fields), (draft) => {
          const called = callDocumented(() => toNotification(draft as never, { asOf: AS_OF }));
          if (called.ok) checkResult(called.value);
        }),
        { numRuns: cases.plan('toNotification', 3_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'returns a notification or its issues for a refused referral broken in one to three places',
    () => {
      fc.assert(
        fc.property(mutated(refused, fields), (draft) => {
          const called = callDocumented(() => toNotification(draft as never, { asOf: AS_OF }));
          if (called.ok) checkResult(called.value);
        }),
        { numRuns: cases.plan('toNotification', 5_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'throws only InvalidIsoDateError for options it cannot use',
    () => {
      fc.assert(
        fc.property(options, (given) => {
          const called = callDocumented(() => toNotification(refused, given as never), [BAD_AS_OF]);
          if (called.ok) checkResult(called.value);
        }),
        { numRuns: cases.plan('toNotification', 2_000) },
      );
    },
    timeout(60_000),
  );
});

describe('fromFormPayload', () => {
  const payload = { ...toFormPayload({ kind: 'nrm-referral', referral: adultReferral() }) };
  const fields = Object.keys(payload);

  it(
    'returns issues for any payload, never throwing',
    () => {
      fc.assert(
        fc.property(hostileValue(fields), (input) => {
          const called = callDocumented(() => fromFormPayload(input, { asOf: AS_OF }));
          if (called.ok) checkResult(called.value);
        }),
        { numRuns: cases.plan('fromFormPayload', 3_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'returns the submission or its issues for a payload broken in one to three places',
    () => {
      fc.assert(
        fc.property(mutated(payload, fields), (input) => {
          const called = callDocumented(() => fromFormPayload(input, { asOf: AS_OF }));
          if (called.ok) {
            assertValidationResult(
              called.value,
              (value) => isPlainObject(value) && typeof value.kind === 'string',
            );
          }
        }),
        { numRuns: cases.plan('fromFormPayload', 5_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'never throws for options it cannot use',
    () => {
      fc.assert(
        fc.property(options, (given) => {
          const called = callDocumented(() => fromFormPayload(payload, given as never), [BAD_AS_OF]);
          if (called.ok) assertValidationResult(called.value);
        }),
        { numRuns: cases.plan('fromFormPayload', 2_000) },
      );
    },
    timeout(60_000),
  );
});

/** Whether a value is what redact promises: plain data, objects with the plain prototype. */
function isRedactedValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isRedactedValue(item, depth + 1));
  return isPlainObject(value) && Object.values(value).every((item) => isRedactedValue(item, depth + 1));
}

describe('redact', () => {
  const documents = [adultReferral(), anonymousNotification(), caseRecord()];
  const fields = [...new Set(documents.flatMap((document) => Object.keys(document)))];
  const check = (record: unknown) => {
    const called = callDocumented(() => redact(record));
    if (!called.ok || !isPlainObject(called.value) || !isRedactedValue(called.value)) {
      throw new Error('redact did not return plain data');
    }
    // A redacted record survives a round trip through JSON unchanged: it is plain data.
    expect(JSON.parse(JSON.stringify(called.value))).toEqual(called.value);
  };

  it(
    'returns plain data for any value, never throwing',
    () => {
      fc.assert(fc.property(hostileValue(fields), check), { numRuns: cases.plan('redact', 4_000) });
    },
    timeout(60_000),
  );

  it(
    'returns plain data for a referral, notification or case record broken in one to three places',
    () => {
      fc.assert(fc.property(fc.oneof(...documents.map((document) => mutated(document, fields))), check), {
        numRuns: cases.plan('redact', 6_000),
      });
    },
    timeout(60_000),
  );

  it('keeps the marker for a personal value given as any type', () => {
    expect(redact({ person: { name: { firstName: 42 } } })).toEqual({
      person: { name: { firstName: REDACTED } },
    });
  });
});

describe('checkPathway', () => {
  const PATHWAY_ERRORS: readonly DocumentedError[] = [
    { type: InvalidPathwayFactsError, code: 'pathways.facts.invalid' },
    { type: InvalidAsOfError, code: 'pathways.as-of.invalid' },
  ];
  const submission = fc.record({
    document: fc.constantFrom('referral', 'notification', 'case-record'),
    kind: fc.constantFrom('nrm-referral', 'notification'),
    consentAnswered: fc.boolean(),
    identifiesPerson: fc.boolean(),
  });
  const facts = pathwayFacts();
  const fields = Object.keys(facts);
  const check = (given: unknown, what: unknown, asOf: unknown) => {
    const called = callDocumented(
      () => checkPathway(given as never, what as never, { asOf: asOf as string }),
      PATHWAY_ERRORS,
    );
    if (called.ok) assertIssues(called.value, { allowEmpty: true });
  };

  it(
    'returns issues, or throws only the documented errors, for any facts',
    () => {
      fc.assert(
        fc.property(hostileValue(fields), submission, (given, what) => check(given, what, AS_OF)),
        { numRuns: cases.plan('checkPathway', 3_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'returns issues, or throws only the documented errors, for facts broken in one to three places',
    () => {
      fc.assert(
        fc.property(mutated(facts, fields), submission, (given, what) => check(given, what, AS_OF)),
        { numRuns: cases.plan('checkPathway', 5_000) },
      );
    },
    timeout(60_000),
  );

  // The submission is built by the program, not read from outside, so it is always an object here;
  // its answers may be of any type.
  const hostileSubmission = fc.record({
    document: hostileValue(),
    kind: hostileValue(),
    consentAnswered: hostileValue(),
    identifiesPerson: hostileValue(),
  });

  it(
    'throws only InvalidAsOfError for a date it cannot use, whatever the submission says',
    () => {
      fc.assert(
        fc.property(hostileValue(), hostileSubmission, (asOf, what) => check(facts, what, asOf)),
        { numRuns: cases.plan('checkPathway', 2_000) },
      );
    },
    timeout(60_000),
  );
});

cases.expectEnough([
  'validateReferral',
  'validateNotification',
  'validateCaseRecord',
  'toNotification',
  'fromFormPayload',
  'redact',
  'checkPathway',
]);
