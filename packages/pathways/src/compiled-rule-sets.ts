// Internal: the compiled rule sets, compiled once on first use and kept.

import type { Jurisdiction } from '@antislavery/model';
import { type CompiledRuleSet, compile, extend } from '@antislavery/rules';
import type { PathwayEngineFacts, ResponderStatusFacts, ResponderStatusOutcome } from './engine-facts.js';
import { localOverlay } from './local-overlay.js';
import type { LocalPathway } from './local-pathway.js';
import { nationalRuleSet } from './national-rules.js';
import type { PathwayOutcome } from './pathway-outcome.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';

export type CompiledPathway = CompiledRuleSet<PathwayEngineFacts, PathwayOutcome>;

let responderStatus: CompiledRuleSet<ResponderStatusFacts, ResponderStatusOutcome> | undefined;
const national = new Map<Jurisdiction, CompiledPathway>();
const local = new WeakMap<LocalPathway, CompiledPathway>();

export function compiledResponderStatus(): CompiledRuleSet<ResponderStatusFacts, ResponderStatusOutcome> {
  responderStatus ??= compile(RESPONDER_STATUS_RULE_SET);
  return responderStatus;
}

export function compiledNational(jurisdiction: Jurisdiction): CompiledPathway {
  let compiled = national.get(jurisdiction);
  if (compiled === undefined) {
    compiled = compile(nationalRuleSet(jurisdiction));
    national.set(jurisdiction, compiled);
  }
  return compiled;
}

/** The national rules of the local pathway's nation with its overlay, compiled once per object. */
export function compiledLocal(pathway: LocalPathway): CompiledPathway {
  let compiled = local.get(pathway);
  if (compiled === undefined) {
    compiled = compile(extend(nationalRuleSet(pathway.jurisdiction), localOverlay(pathway)));
    local.set(pathway, compiled);
  }
  return compiled;
}
