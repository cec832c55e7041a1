// Internal: the compiled rule sets, compiled once on first use and kept.

import type { Jurisdiction } from '@antislavery/model';
import { type CompiledRuleSet, compile, extend } from '@antislavery/rules';
import { cacheMap, once, weakCache } from './caches.js';
import type { PathwayEngineFacts, ResponderStatusFacts, ResponderStatusOutcome } from './engine-facts.js';
import { localOverlay } from './local-overlay.js';
import type { LocalPathway } from './local-pathway.js';
import { nationalRuleSet } from './national-rules.js';
import type { PathwayOutcome } from './pathway-outcome.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';

export type CompiledPathway = CompiledRuleSet<PathwayEngineFacts, PathwayOutcome>;

const national = cacheMap<Jurisdiction, CompiledPathway>();
const local = weakCache<LocalPathway, CompiledPathway>();

export const compiledResponderStatus: () => CompiledRuleSet<ResponderStatusFacts, ResponderStatusOutcome> =
  once(() => compile(RESPONDER_STATUS_RULE_SET));

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
