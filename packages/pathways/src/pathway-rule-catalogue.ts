import { JURISDICTIONS, type Jurisdiction } from '@antislavery/model';
import type { Citation, InForce, Rule } from '@antislavery/rules';
import { once } from './caches.js';
import { citationText, sourcesOf, sourceTagsOf } from './cite.js';
import { nationalRuleSet } from './national-rules.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';
import type { SourceTag } from './sources.js';

/**
 * One rule of the pathway as the reference lists it: its id, the nations where it applies in
 * this form, its sentence, its sources and the dates it is in force. A rule whose wording or
 * sources differ between nations (the duty to notify, adult safeguarding) has one summary for each
 * form.
 *
 * @example
 * ```ts
 * import type { PathwayRuleSummary } from '@antislavery/pathways';
 *
 * const line = (rule: PathwayRuleSummary) => `${rule.id}: ${rule.description} (${rule.citationText})`;
 * ```
 */
export type PathwayRuleSummary = {
  /** The rule's id. */
  readonly id: string;
  /** `responder-status` for the rules on who the responder is, `pathway` for the rest. */
  readonly stage: 'responder-status' | 'pathway';
  /** The nations where the rule applies in this form. */
  readonly jurisdictions: readonly Jurisdiction[];
  /** What the rule says, as a sentence a practitioner would understand. */
  readonly description: string;
  /** The main source. */
  readonly citation: Citation;
  /** Every source, main source first. */
  readonly sources: readonly Citation[];
  /** The tags of its sources. */
  readonly sourceTags: readonly SourceTag[];
  /** Every source as one line of text. */
  readonly citationText: string;
  /** When it is in force. */
  readonly inForce: InForce;
};

function summary(rule: Rule<unknown>, stage: PathwayRuleSummary['stage'], jurisdictions: Jurisdiction[]) {
  return {
    id: rule.id,
    stage,
    jurisdictions,
    description: rule.description,
    citation: rule.citation,
    sources: sourcesOf(rule),
    sourceTags: sourceTagsOf(rule),
    citationText: citationText(rule),
    inForce: rule.inForce,
  };
}

const catalogue = once(build);

function build(): readonly PathwayRuleSummary[] {
  const entries: PathwayRuleSummary[] = RESPONDER_STATUS_RULE_SET.rules.map((rule) =>
    summary(rule, 'responder-status', [...JURISDICTIONS]),
  );
  const byForm = new Map<string, { rule: Rule<unknown>; jurisdictions: Jurisdiction[] }>();
  for (const jurisdiction of JURISDICTIONS) {
    for (const rule of nationalRuleSet(jurisdiction).rules) {
      const form = JSON.stringify([rule.id, rule.description, rule.citation, rule.tags, rule.inForce]);
      const found = byForm.get(form);
      if (found === undefined) byForm.set(form, { rule, jurisdictions: [jurisdiction] });
      else found.jurisdictions.push(jurisdiction);
    }
  }
  for (const { rule, jurisdictions } of byForm.values())
    entries.push(summary(rule, 'pathway', jurisdictions));
  return Object.freeze(entries.map((entry) => Object.freeze(entry)));
}

/**
 * Every rule of the pathway, for a reference page or a rules browser: the responder status rules,
 * then the national rules in the order they are written, each with the nations where it applies,
 * its sources and its dates. The page docs/pathway-rules.md is generated from it.
 *
 * @example
 * ```ts
 * import { pathwayRules } from '@antislavery/pathways';
 *
 * pathwayRules().find((rule) => rule.id === 'adult.victim-care')?.jurisdictions;
 * //=> ['england', 'wales']
 * ```
 */
export function pathwayRules(): readonly PathwayRuleSummary[] {
  return catalogue();
}

/**
 * One rule of the pathway by id, in the form it takes in a nation (England by default), or
 * `undefined` for an id that is not a rule there.
 *
 * @param id - the rule's id, such as `child.nrm-referral`
 * @param jurisdiction - the nation
 *
 * @example
 * ```ts
 * import { pathwayRule } from '@antislavery/pathways';
 *
 * pathwayRule('notification.anonymous')?.citation.section;
 * //=> 's52(3)'
 * pathwayRule('child.refer-to-ictg', 'scotland');
 * //=> undefined
 * ```
 */
export function pathwayRule(
  id: string,
  jurisdiction: Jurisdiction = 'england',
): PathwayRuleSummary | undefined {
  return pathwayRules().find((rule) => rule.id === id && rule.jurisdictions.includes(jurisdiction));
}
