import {
  type CaseFile,
  type CaseReport,
  type CaseResult,
  type CompiledRuleSet,
  runCases,
  type TestCase,
} from '@antislavery/rules';
import type { PathwayAssumptions } from './assumptions.js';
import { compiledLocal, compiledNational, compiledResponderStatus } from './compiled-rule-sets.js';
import type { PathwayEngineFacts, ResponderStatusFacts } from './engine-facts.js';
import type { LocalPathway } from './local-pathway.js';
import type { PathwayOutcome } from './pathway-outcome.js';
import { engineFacts, evaluateResponderStatus, prepare, responderStatusFacts, statusOf } from './prepare.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';

/**
 * Options for {@link runPathwayCases}.
 *
 * @example
 * ```ts
 * import type { PathwayCaseOptions } from '@antislavery/pathways';
 *
 * const options: PathwayCaseOptions = { assumptions: { unconfirmedDutyToNotify: 'no-duty' } };
 * ```
 */
export type PathwayCaseOptions = {
  /** The local pathway the cases are for, if any. */
  readonly local?: LocalPathway;
  /** Assumptions for every case. */
  readonly assumptions?: PathwayAssumptions;
};

function failed(name: string, check: string, message: string, actual: unknown): CaseResult {
  return { name, passed: false, failures: [{ check, message, expected: 'valid facts', actual }] };
}

/**
 * Runs a case file of the pathway with the engine's case runner (`runCases` of
 * `@antislavery/rules`). Each case's `facts` are {@link PathwayFacts}: they are checked, then
 * turned into the facts the rules read (the responder's status decided, consent not yet sought
 * left out, the local pathway's declarations added), and the case's expectations (`fired`,
 * `outcomes`, `missing`, `undecided`) are checked against the rules of the case's nation.
 *
 * A case file whose `ruleSet` is `Responder status` is run against the responder status rules
 * instead. A case whose facts are not valid fails with check `facts`, listing the issues' codes.
 *
 * @param caseFile - the cases, for example loaded with `loadCaseFile` from `@antislavery/rules/json`
 * @param options - the local pathway and assumptions the cases are for
 *
 * @example
 * ```ts
 * import { runPathwayCases } from '@antislavery/pathways';
 *
 * const report = runPathwayCases({
 *   cases: [
 *     {
 *       name: 'a child met by the police is referred without consent',
 *       asOf: '2026-04-01',
 *       facts: { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'yes' } },
 *       expect: { fired: { includes: ['child.treated-as-child', 'child.nrm-referral'] } },
 *     },
 *   ],
 * });
 * [report.passed, report.failed];
 * //=> [1, 0]
 * ```
 */
export function runPathwayCases(caseFile: CaseFile, options: PathwayCaseOptions = {}): CaseReport {
  const forStatus = caseFile.ruleSet === RESPONDER_STATUS_RULE_SET.name;
  const results = caseFile.cases.map((testCase): CaseResult => {
    const prepared = prepare(testCase.facts, { asOf: testCase.asOf, ...options }, 'runPathwayCases');
    if (!prepared.ok) {
      return failed(
        testCase.name,
        'facts',
        `the case's facts or date are not valid: ${prepared.issues.map((issue) => issue.code).join(', ')}`,
        prepared.issues,
      );
    }
    const ready = prepared.prepared;
    if (forStatus) {
      const compiled: CompiledRuleSet<ResponderStatusFacts, unknown> = compiledResponderStatus();
      const statusCase = { ...testCase, facts: responderStatusFacts(ready) } as TestCase<
        ResponderStatusFacts,
        unknown
      >;
      return runCases(compiled, [statusCase]).results[0] as CaseResult;
    }
    const facts = engineFacts(ready, statusOf(evaluateResponderStatus(ready)));
    const compiled =
      ready.local === undefined ? compiledNational(ready.facts.jurisdiction) : compiledLocal(ready.local);
    const pathwayCase = { ...testCase, facts } as TestCase<PathwayEngineFacts, PathwayOutcome>;
    return runCases(compiled, [pathwayCase]).results[0] as CaseResult;
  });
  const passed = results.filter((result) => result.passed).length;
  return { total: results.length, passed, failed: results.length - passed, results };
}
