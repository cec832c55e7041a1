import type { PathwayEngineFacts } from './engine-facts.js';
import type { PathwayFacts } from './pathway-facts.js';
import {
  type DecidePathwayOptions,
  engineFacts,
  evaluateResponderStatus,
  prepare,
  statusOf,
} from './prepare.js';

/**
 * The facts the national rules read for a case: the "enrich" step of `decidePathway`, for running
 * {@link nationalRuleSet} with the engine yourself. The facts are checked; the responder status
 * rules decide `responder.isFirstResponder` and `responder.hasDutyToNotify` (looking the
 * organisation up on the official list); consent not yet sought is left out, as not yet known; and
 * the local pathway's declarations are added under `local`.
 *
 * @param facts - what the practitioner knows
 * @param options - `asOf`, `local` and `assumptions`, as for `decidePathway`
 * @throws {@link InvalidPathwayFactsError}, {@link InvalidAsOfError} or
 *   {@link InvalidLocalPathwayError}, as `decidePathway` does
 *
 * @example
 * ```ts
 * import { pathwayEngineFacts } from '@antislavery/pathways';
 *
 * const facts = pathwayEngineFacts(
 *   {
 *     jurisdiction: 'england',
 *     responder: { organisationType: 'designated-charity', organisation: 'Refugee Council' },
 *     person: { under18: 'no', consent: 'not-sought' },
 *   },
 *   { asOf: '2022-05-31' },
 * );
 * facts;
 * //=> {
 * //   jurisdiction: 'england',
 * //   responder: { organisationType: 'designated-charity', organisation: 'Refugee Council', isFirstResponder: false, hasDutyToNotify: false },
 * //   person: { under18: 'no' },
 * //   local: {},
 * // }
 * ```
 */
export function pathwayEngineFacts(facts: PathwayFacts, options?: DecidePathwayOptions): PathwayEngineFacts {
  const prepared = prepare(facts, options, 'pathwayEngineFacts');
  if (!prepared.ok) throw prepared.error;
  return engineFacts(prepared.prepared, statusOf(evaluateResponderStatus(prepared.prepared)));
}
