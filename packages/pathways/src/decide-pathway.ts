import { evaluate } from '@antislavery/rules';
import { buildDecision } from './build-decision.js';
import { compiledLocal, compiledNational } from './compiled-rule-sets.js';
import type { PathwayDecision } from './decision.js';
import type { PathwayIssue } from './issues.js';
import type { PathwayFacts } from './pathway-facts.js';
import {
  type DecidePathwayOptions,
  engineFacts,
  evaluateResponderStatus,
  type Prepared,
  prepare,
  statusOf,
} from './prepare.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';

function decide(prepared: Prepared): PathwayDecision {
  const status = evaluateResponderStatus(prepared);
  const facts = engineFacts(prepared, statusOf(status));
  const compiled =
    prepared.local === undefined
      ? compiledNational(prepared.facts.jurisdiction)
      : compiledLocal(prepared.local);
  const evaluation = evaluate(compiled, facts, { asOf: prepared.asOf });
  return buildDecision(prepared, RESPONDER_STATUS_RULE_SET, status, compiled, evaluation);
}

/**
 * Decides what a practitioner who meets a potential victim of modern slavery does next, in order,
 * and why, under the national rules of the nation where the person was encountered and, if given,
 * the council's local pathway.
 *
 * The facts are checked with {@link pathwayFactsSchema}. The responder status rules then decide
 * whether the responder works for a first responder organisation there and whether their
 * organisation has the duty to notify, and the national rules (with the local pathway's steps)
 * decide the actions, in the order of {@link ACTION_IDS}, each with its contact. The explanation
 * lists every rule that applied with its citation, and the facts still to find out. Rule sets are
 * compiled once, on first use.
 *
 * @param facts - what the practitioner knows (see {@link PathwayFacts})
 * @param options - `asOf` (today in the UK by default), `local` and `assumptions`
 * @returns the decision
 * @throws {@link InvalidPathwayFactsError} listing every issue, if the facts are not valid (use
 *   {@link safeDecidePathway} to get the issues instead)
 * @throws {@link InvalidAsOfError} if `asOf` is not a real date, or is before 1 April 2009
 * @throws {@link InvalidLocalPathwayError} if the local pathway is not valid
 *
 * @example
 * ```ts
 * import { decidePathway } from '@antislavery/pathways';
 *
 * const decision = decidePathway(
 *   {
 *     jurisdiction: 'england',
 *     responder: { organisationType: 'local-authority', organisation: 'Derby City Council', team: 'housing' },
 *     person: { under18: 'no', consent: 'refused', inImmediateDanger: false, hasCareAndSupportNeeds: false },
 *   },
 *   { asOf: '2026-04-01' },
 * );
 * decision.actions.map((action) => action.id);
 * //=> ['submit-duty-to-notify']
 * decision.dutyToNotify;
 * //=> { applies: true, dischargedBy: 'notification' }
 * decision.explanation.missing.map((fact) => fact.question);
 * //=> ['Ask if they agree to co-operate with the authorities']
 * ```
 */
export function decidePathway(facts: PathwayFacts, options?: DecidePathwayOptions): PathwayDecision {
  const prepared = prepare(facts, options, 'decidePathway');
  if (!prepared.ok) throw prepared.error;
  return decide(prepared.prepared);
}

/**
 * What {@link safeDecidePathway} returns: the decision, or every issue with the facts and options.
 *
 * @example
 * ```ts
 * import type { SafePathwayDecision } from '@antislavery/pathways';
 *
 * const actions = (result: SafePathwayDecision) => (result.ok ? result.decision.actions : []);
 * ```
 */
export type SafePathwayDecision =
  | { readonly ok: true; readonly decision: PathwayDecision }
  | { readonly ok: false; readonly issues: readonly PathwayIssue[] };

/**
 * The same decision as {@link decidePathway}, for input from outside (a form, a file, an API): it
 * never throws for bad input, and returns every issue instead, each with its path (`asOf` and
 * `local` problems under those names) and a plain-English message that never repeats a value
 * given.
 *
 * @param facts - what the practitioner knows, unchecked
 * @param options - `asOf`, `local` and `assumptions`, unchecked
 *
 * @example
 * ```ts
 * import { safeDecidePathway } from '@antislavery/pathways';
 *
 * const result = safeDecidePathway(
 *   { jurisdiction: 'england', responder: { organisationType: 'council' }, person: { under18: 'maybe' } },
 *   { asOf: '2026-02-30' },
 * );
 * result.ok ? [] : result.issues.map((issue) => [issue.path.join('.'), issue.message]);
 * //=> [['asOf', 'Enter the date as a real date in the format YYYY-MM-DD'], ['responder.organisationType', 'Select the type of organisation'], ['person.under18', 'Select if the potential victim is under 18']]
 * ```
 */
export function safeDecidePathway(facts: unknown, options?: DecidePathwayOptions): SafePathwayDecision {
  const prepared = prepare(facts, options, 'safeDecidePathway');
  if (!prepared.ok) return { ok: false, issues: prepared.issues };
  return { ok: true, decision: decide(prepared.prepared) };
}
