// No input crashes @antislavery/pathways: safeDecidePathway never throws, decidePathway throws only
// its three typed errors, and defineLocalPathway only InvalidLocalPathwayError, for hostile facts,
// options and local pathways, and for valid ones broken in one to three places.
import {
  DEFAULT_PATHWAY_ASSUMPTIONS,
  decidePathway,
  defineLocalPathway,
  InvalidAsOfError,
  InvalidLocalPathwayError,
  InvalidPathwayFactsError,
  type PathwayDecision,
  safeDecidePathway,
  validateLocalPathway,
} from '@antislavery/pathways';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AS_OF, localPathway, pathwayFacts } from './support/documents.js';
import {
  assertIssues,
  callDocumented,
  type DocumentedError,
  expectPrototypesUntouched,
  isPlainObject,
} from './support/guards.js';
import { hostileValue } from './support/hostile.js';
import { mutated } from './support/mutate.js';
import { timeout } from './support/runs.js';
import { tally } from './support/tally.js';

afterEach(expectPrototypesUntouched);

const cases = tally();

const FACTS_ERROR: DocumentedError = { type: InvalidPathwayFactsError, code: 'pathways.facts.invalid' };
const AS_OF_ERROR: DocumentedError = { type: InvalidAsOfError, code: 'pathways.as-of.invalid' };
const LOCAL_ERROR: DocumentedError = {
  type: InvalidLocalPathwayError,
  code: 'pathways.local-pathway.invalid',
};

const facts = pathwayFacts();
const factFields = ['jurisdiction', 'responder', 'person', 'organisationType', 'under18', 'consent'];
const local = localPathway();
const localFields = Object.keys(local);

/** Options as a JavaScript caller might get them wrong. */
const options: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue(['asOf', 'local', 'assumptions']),
  fc.record(
    {
      asOf: fc.oneof(hostileValue(), fc.constantFrom(AS_OF, '2009-04-01', '2009-03-31', '9999-12-31')),
      local: fc.oneof(hostileValue(localFields), mutated(local, localFields), fc.constant(local)),
      assumptions: fc.oneof(hostileValue(), mutated(DEFAULT_PATHWAY_ASSUMPTIONS)),
    },
    { requiredKeys: [] },
  ),
);

function checkDecision(decision: unknown): void {
  if (!isPlainObject(decision)) throw new Error('the decision is not an object');
  const { actions, explanation } = decision as unknown as PathwayDecision;
  if (!Array.isArray(actions) || !isPlainObject(explanation) || !Array.isArray(explanation.rules)) {
    throw new Error('the decision has no actions or explanation');
  }
}

function checkSafe(result: unknown): void {
  if (!isPlainObject(result) || typeof result.ok !== 'boolean') throw new Error('not a result');
  if (result.ok) checkDecision(result.decision);
  else assertIssues(result.issues);
}

/** decidePathway's errors carry the same issues safeDecidePathway returns. */
function checkThrown(error: Error): void {
  if (error instanceof InvalidPathwayFactsError || error instanceof InvalidLocalPathwayError) {
    assertIssues(error.issues);
  }
}

const FACTS = [
  ['any facts', hostileValue(factFields)],
  ['facts broken in one to three places', mutated(facts, factFields)],
] as const;

describe('safeDecidePathway', () => {
  for (const [what, arbitrary] of FACTS) {
    it(
      `returns a decision or issues for ${what}, never throwing`,
      () => {
        fc.assert(
          fc.property(arbitrary, (given) => {
            const called = callDocumented(() => safeDecidePathway(given, { asOf: AS_OF }));
            if (called.ok) checkSafe(called.value);
          }),
          { numRuns: cases.plan('safeDecidePathway', what === 'any facts' ? 3_000 : 4_000) },
        );
      },
      timeout(60_000),
    );
  }

  it(
    'returns a decision or issues for any options, never throwing',
    () => {
      fc.assert(
        fc.property(options, (given) => {
          const called = callDocumented(() => safeDecidePathway(facts, given as never));
          if (called.ok) checkSafe(called.value);
        }),
        { numRuns: cases.plan('safeDecidePathway', 3_000) },
      );
    },
    timeout(60_000),
  );
});

describe('decidePathway', () => {
  const documented = [FACTS_ERROR, AS_OF_ERROR, LOCAL_ERROR];
  for (const [what, arbitrary] of FACTS) {
    it(
      `returns a decision for ${what} or throws one of its typed errors`,
      () => {
        fc.assert(
          fc.property(arbitrary, (given) => {
            const called = callDocumented(() => decidePathway(given as never, { asOf: AS_OF }), documented);
            if (called.ok) checkDecision(called.value);
            else checkThrown(called.error);
          }),
          { numRuns: cases.plan('decidePathway', what === 'any facts' ? 3_000 : 4_000) },
        );
      },
      timeout(60_000),
    );
  }

  it(
    'returns a decision for any options or throws one of its typed errors',
    () => {
      fc.assert(
        fc.property(options, (given) => {
          const called = callDocumented(() => decidePathway(facts as never, given as never), documented);
          if (called.ok) checkDecision(called.value);
          else checkThrown(called.error);
        }),
        { numRuns: cases.plan('decidePathway', 3_000) },
      );
    },
    timeout(60_000),
  );

  it('agrees with safeDecidePathway: it throws exactly when the safe form returns issues', () => {
    fc.assert(
      fc.property(mutated(facts, factFields), (given) => {
        const safe = safeDecidePathway(given, { asOf: AS_OF });
        const called = callDocumented(() => decidePathway(given as never, { asOf: AS_OF }), documented);
        expect(called.ok).toBe(safe.ok);
      }),
      { numRuns: 500 },
    );
  });
});

describe('defineLocalPathway', () => {
  const LOCAL = [
    ['any value', hostileValue(localFields), 4_000],
    ['a local pathway broken in one to three places', mutated(local, localFields), 6_000],
  ] as const;
  for (const [what, arbitrary, count] of LOCAL) {
    it(
      `returns a frozen local pathway for ${what} or throws InvalidLocalPathwayError with its issues`,
      () => {
        fc.assert(
          fc.property(arbitrary, (given) => {
            const called = callDocumented(() => defineLocalPathway(given), [LOCAL_ERROR]);
            if (called.ok) {
              if (!isPlainObject(called.value) || !Object.isFrozen(called.value)) {
                throw new Error('the local pathway is not a frozen object');
              }
            } else checkThrown(called.error);
            // The non-throwing form agrees.
            expect(validateLocalPathway(given).ok).toBe(called.ok);
          }),
          { numRuns: cases.plan('defineLocalPathway', count) },
        );
      },
      timeout(60_000),
    );
  }
});

cases.expectEnough(['safeDecidePathway', 'decidePathway', 'defineLocalPathway']);
