import type { LiteralValue } from './condition.js';
import { RuleSetError, type RuleSetIssue } from './errors.js';
import type { Parameter } from './parameter.js';
import { BASE_PROVENANCE, type Rule } from './rule.js';
import type { DisabledRule, FactDeclaration, RuleSet } from './rule-set.js';

/**
 * A rule to disable in an overlay, with the reason (kept on the rule set for the record).
 *
 * @example
 * ```ts
 * import type { DisableRule } from '@antislavery/rules';
 *
 * const disable: DisableRule = { id: 'print-leaflet', reason: 'Leaflets are now sent by email' };
 * ```
 */
export interface DisableRule {
  /** The id of the rule to disable. */
  readonly id: string;
  /** Why, in plain English. */
  readonly reason: string;
}

/**
 * Changes to a rule set made by someone else, such as a council's local policy over national
 * rules: rules to add, to replace by id, or to disable, and parameters to add or override.
 * Locked rules and parameters cannot be replaced, disabled or overridden.
 *
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { Overlay } from '@antislavery/rules';
 *
 * const overlay: Overlay<string> = {
 *   name: 'Example Council',
 *   add: [
 *     {
 *       id: 'tell-mash',
 *       description: 'Tell the MASH',
 *       citation: { title: 'Example Council safeguarding procedure', section: 'para 2.1' },
 *       inForce: { from: '2025-04-01' },
 *       when: { op: 'eq', fact: 'person.under18', value: 'yes' },
 *       outcome: 'tell-mash',
 *     },
 *   ],
 * };
 * ```
 */
export interface Overlay<Outcome = unknown> {
  /** The overlay's name, recorded as the provenance of every rule it adds or replaces. */
  readonly name: string;
  /** What the overlay changes, in plain English. */
  readonly description?: string;
  /** New rules, appended after the base rules. Their ids must be new. */
  readonly add?: readonly Rule<Outcome>[];
  /** Rules that take the place (and the position) of base rules with the same id. */
  readonly replace?: readonly Rule<Outcome>[];
  /** Rules to remove, with the reason. */
  readonly disable?: readonly DisableRule[];
  /** Parameters to add, or to override by name (the whole parameter is replaced). */
  readonly parameters?: Readonly<Record<string, Parameter<LiteralValue>>>;
  /** Labels, types and allowed values of facts the overlay's rules use. */
  readonly facts?: Readonly<Record<string, FactDeclaration>>;
}

/**
 * Layers an overlay over a rule set. Added rules come after the base rules; a replacement takes
 * the place of the rule it replaces; disabled rules are removed and recorded in `disabled`. Every
 * rule and parameter the overlay brings has the overlay's name as its `provenance`, shown in
 * traces and explanations; the others keep theirs (`base` when absent). Overlays stack:
 * `extend(extend(national, county), district)`.
 *
 * @param base - the rule set to extend
 * @param overlay - the changes
 * @returns a new rule set; `base` is not changed
 * @throws {@link RuleSetError} listing every problem, if the overlay replaces or disables a
 *   locked rule or one that does not exist, overrides a locked parameter, adds a rule whose id is
 *   taken, or has no name
 *
 * @example
 * ```ts
 * import { extend, type RuleSet } from '@antislavery/rules';
 *
 * const national: RuleSet<unknown, string> = {
 *   name: 'national',
 *   rules: [
 *     {
 *       id: 'refer',
 *       description: 'Refer the person',
 *       citation: { title: 'Example Act 2025', section: 's1' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'all', conditions: [] },
 *       outcome: 'refer',
 *       locked: true,
 *     },
 *   ],
 * };
 * const local = extend(national, {
 *   name: 'Example Council',
 *   add: [{ ...national.rules[0]!, id: 'tell-team', description: 'Tell the team', outcome: 'tell-team', locked: false }],
 * });
 * local.rules.map((rule) => [rule.id, rule.provenance ?? 'base']);
 * //=> [['refer', 'base'], ['tell-team', 'Example Council']]
 * ```
 */
export function extend<Facts, Outcome>(
  base: RuleSet<Facts, Outcome>,
  overlay: Overlay<Outcome>,
): RuleSet<Facts, Outcome> {
  const issues: RuleSetIssue[] = [];
  const problem = (code: string, path: (string | number)[], message: string, about: object = {}): void => {
    issues.push({ severity: 'error', code, path, message, ...about });
  };
  const name = overlay.name;
  if (typeof name !== 'string' || name.trim() === '' || name === BASE_PROVENANCE) {
    problem('overlay.name', ['name'], `Enter a name for the overlay (other than '${BASE_PROVENANCE}')`);
  }
  const byId = new Map(base.rules.map((rule) => [rule.id, rule]));
  const touched = new Set<string>();
  const target = (id: string, path: (string | number)[], verb: string): void => {
    const rule = byId.get(id);
    if (!rule) {
      problem(
        'overlay.unknown-rule',
        path,
        `The overlay cannot ${verb} rule '${id}': the rule set has no such rule`,
        {
          ruleId: id,
        },
      );
    } else if (rule.locked === true) {
      problem('overlay.locked-rule', path, `Rule '${id}' is locked: an overlay cannot ${verb} it`, {
        ruleId: id,
      });
    } else if (touched.has(id)) {
      problem('overlay.conflict', path, `The overlay changes rule '${id}' more than once`, { ruleId: id });
    }
    touched.add(id);
  };
  const replacements = new Map<string, Rule<Outcome>>();
  (overlay.replace ?? []).forEach((rule, index) => {
    target(rule.id, ['replace', index, 'id'], 'replace');
    replacements.set(rule.id, { ...rule, provenance: name });
  });
  const disabled = new Map<string, DisabledRule>();
  (overlay.disable ?? []).forEach((entry, index) => {
    target(entry.id, ['disable', index, 'id'], 'disable');
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      problem(
        'overlay.disable-reason',
        ['disable', index, 'reason'],
        `Give the reason for disabling rule '${entry.id}'`,
        {
          ruleId: entry.id,
        },
      );
    }
    disabled.set(entry.id, { id: entry.id, reason: entry.reason, by: name });
  });
  const added = new Set<string>();
  (overlay.add ?? []).forEach((rule, index) => {
    if (byId.has(rule.id) || added.has(rule.id)) {
      problem(
        'overlay.duplicate-id',
        ['add', index, 'id'],
        `Rule id '${rule.id}' is already taken: use replace to change a rule`,
        {
          ruleId: rule.id,
        },
      );
    }
    added.add(rule.id);
  });
  const parameters: Record<string, Parameter<LiteralValue>> = { ...base.parameters };
  for (const [parameter, definition] of Object.entries(overlay.parameters ?? {})) {
    if (Object.hasOwn(parameters, parameter) && parameters[parameter]?.locked === true) {
      problem(
        'overlay.locked-parameter',
        ['parameters', parameter],
        `Parameter '${parameter}' is locked: an overlay cannot override it`,
        {
          parameter,
        },
      );
    }
    Object.defineProperty(parameters, parameter, {
      value: { ...definition, provenance: name },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (issues.length > 0) throw new RuleSetError(issues);

  const rules: Rule<Outcome>[] = [];
  for (const rule of base.rules) {
    if (disabled.has(rule.id)) continue;
    rules.push(replacements.get(rule.id) ?? rule);
  }
  for (const rule of overlay.add ?? []) rules.push({ ...rule, provenance: name });

  const result: { -readonly [K in keyof RuleSet<Facts, Outcome>]: RuleSet<Facts, Outcome>[K] } = {
    ...base,
    rules,
  };
  if (overlay.parameters || base.parameters) result.parameters = parameters;
  if (overlay.facts) result.facts = { ...base.facts, ...overlay.facts };
  if (disabled.size > 0) result.disabled = [...(base.disabled ?? []), ...disabled.values()];
  return result;
}
