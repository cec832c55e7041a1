import { type Citation, defineRuleSet, type Overlay, type Rule } from '@antislavery/rules';
import { NRM_START } from './as-of.js';
import type { PathwayEngineFacts } from './engine-facts.js';
import type { LocalPathway, LocalStep } from './local-pathway.js';
import type { PathwayOutcome } from './pathway-outcome.js';

const b = defineRuleSet<PathwayEngineFacts, PathwayOutcome>();

/** The id of the local rule that routes a child's referral through children's services. */
export const CHILD_REFERRAL_ROUTING_RULE_ID = 'local.child-nrm-referral-by-childrens-services';

const child = b.in('person.under18', ['yes', 'not-sure'], 'the person is under 18, or may be');
const adult = b.eq('person.under18', 'no', 'the person is 18 or over');

function audience(step: LocalStep) {
  switch (step.for) {
    case 'children':
      return child;
    case 'adults':
      return adult;
    case 'everyone':
      return b.all();
  }
}

/**
 * The overlay a local pathway lays over the national rules: a rule for each of the council's own
 * steps and, where only children's services or the MASH submit a child's NRM referral, a rule
 * that says so on the referral. Every rule it brings is new, citing the local pathway's source;
 * it replaces and disables nothing, and the national rules are locked, so it cannot.
 *
 * The routing rule applies to council staff (a responder of type `local-authority`) outside
 * children's services and the MASH, and to council staff who do not say their team: sending a
 * child's case through the MASH is right either way. Police and other first responders keep to
 * the national pathway.
 *
 * @param local - a local pathway, checked with {@link defineLocalPathway}
 *
 * @example
 * ```ts
 * import { defineLocalPathway, localOverlay } from '@antislavery/pathways';
 *
 * const overlay = localOverlay(
 *   defineLocalPathway({ name: 'Example Council', jurisdiction: 'england', childNrmReferralsBy: 'childrens-services' }),
 * );
 * [overlay.name, overlay.add?.map((rule) => rule.id), overlay.replace, overlay.disable];
 * //=> ['Example Council', ['local.child-nrm-referral-by-childrens-services'], undefined, undefined]
 * ```
 */
export function localOverlay(local: LocalPathway): Overlay<PathwayOutcome> {
  const citation: Citation = local.source ?? { title: local.name };
  const inForce = { from: local.from ?? NRM_START };
  const add: Rule<PathwayOutcome>[] = [];
  if (local.childNrmReferralsBy === 'childrens-services') {
    add.push({
      id: CHILD_REFERRAL_ROUTING_RULE_ID,
      description:
        "In this council only children's services or the MASH submit a child's NRM referral: contact them, and they make the referral.",
      citation,
      inForce,
      when: b.all(
        child,
        b.eq('responder.isFirstResponder', true, 'the responder works for a first responder organisation'),
        b.eq(
          'local.childNrmReferralsBy',
          'childrens-services',
          "only children's services or the MASH refer a child",
        ),
        b.eq('responder.organisationType', 'local-authority', 'the responder works for the council'),
        b.labelled(
          "the responder does not work in children's services or the MASH (or has not said)",
          b.any(
            b.not(b.exists('responder.team')),
            b.not(b.in('responder.team', ['childrens-services', 'mash'])),
          ),
        ),
      ),
      outcome: {
        amend: [{ id: 'submit-nrm-referral', by: 'childrens-services', contact: 'childrensServices' }],
      },
    });
  }
  for (const step of local.steps ?? []) {
    add.push({
      id: `local.${step.id}`,
      description: step.description,
      citation,
      inForce,
      when: audience(step),
      outcome: { localStep: { id: step.id, description: step.description } },
    });
  }
  return {
    name: local.name,
    description: `The local pathway of ${local.area ?? local.name}: its own steps and contacts over the national rules.`,
    add,
  };
}
