import { formatCitation } from './citation.js';
import type { FiredRule } from './compile.js';
import {
  factText,
  formatValue,
  gapsOf,
  listText,
  parametersOf,
  reasonsAgainst,
  reasonsFor,
} from './describe-condition.js';
import type { Evaluation } from './evaluate.js';
import { BASE_PROVENANCE } from './rule.js';
import type { RuleTrace, Trace } from './trace.js';

/**
 * Options for {@link explain}.
 *
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { ExplainOptions } from '@antislavery/rules';
 *
 * const options: ExplainOptions<{ action: string }> = { include: 'all', headline: (fired) => fired.outcome.action };
 * ```
 */
export interface ExplainOptions<Outcome = unknown> {
  /**
   * Which rules to explain: `fired` only; `undecided` (the default) adds the rules that could not
   * be decided and what they need; `all` adds the rules that did not apply and why.
   */
  readonly include?: 'fired' | 'undecided' | 'all';
  /** The headline of a fired rule; its description by default. */
  readonly headline?: (fired: FiredRule<Outcome>) => string;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function details(rule: RuleTrace | FiredRule, trace: Trace | undefined, indent: string): string[] {
  const lines = [`${indent}Source: ${sentence(formatCitation(rule.citation))}`];
  const condition =
    'condition' in rule ? rule.condition : trace?.rules.find((r) => r.ruleId === rule.ruleId)?.condition;
  if (trace && condition) {
    for (const name of parametersOf(condition)) {
      const parameter = trace.parameters[name];
      if (!parameter) continue;
      const unit = parameter.unit ? ` ${parameter.unit}` : '';
      const period = parameter.to
        ? `from ${formatValue(parameter.from)} to ${formatValue(parameter.to)}`
        : `from ${formatValue(parameter.from)}`;
      lines.push(
        `${indent}Uses ${parameter.description}: ${formatValue(parameter.value)}${unit} ${period}. Source: ${sentence(formatCitation(parameter.citation))}`,
      );
    }
  }
  if (rule.provenance !== BASE_PROVENANCE) lines.push(`${indent}From: ${rule.provenance}.`);
  return lines;
}

/**
 * Renders an evaluation as plain English for a person to read: what applies and why, with the
 * source of each rule and of each parameter it used; what could not be decided and the facts
 * needed to decide it; and, if asked, what did not apply and why.
 *
 * The reasons come from the trace, so evaluate with `trace: true`; without it only the outcomes
 * and their sources are listed. A condition's `label` is used as its text where it has one,
 * otherwise text is derived from the operator and the fact labels the rule set declares.
 *
 * The text repeats fact values (a date of birth, a name) so that the practitioner can check
 * them: show it to the people working on the case, and do not write it to logs.
 *
 * @param evaluation - the result of {@link evaluate}
 * @param options - which rules to include and how to headline outcomes
 * @returns the explanation, one paragraph per rule
 *
 * @example
 * ```ts
 * import { compile, evaluate, explain } from '@antislavery/rules';
 *
 * const compiled = compile({
 *   name: 'consent',
 *   rules: [
 *     {
 *       id: 'seek-consent',
 *       description: "Seek the person's consent",
 *       citation: { title: 'Example guidance', section: 'para 3' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'eq', fact: 'person.under18', value: 'no', label: 'the person is 18 or over' },
 *       outcome: { action: 'seek-consent' },
 *     },
 *   ],
 * });
 * explain(evaluate(compiled, { person: { under18: 'no' } }, { asOf: '2025-06-01', trace: true }));
 * //=> "consent, as of 1 June 2025.\n\nWhat applies:\n1. Seek the person's consent — because: the person is 18 or over (person.under18 is 'no').\n   Source: Example guidance, para 3."
 * ```
 */
export function explain<Outcome>(
  evaluation: Evaluation<Outcome>,
  options: ExplainOptions<Outcome> = {},
): string {
  const include = options.include ?? 'undecided';
  const headline = options.headline ?? ((fired: FiredRule<Outcome>) => fired.description);
  const trace = evaluation.trace;
  const version = evaluation.ruleSet.version ? ` (version ${evaluation.ruleSet.version})` : '';
  const blocks: string[] = [`${evaluation.ruleSet.name}${version}, as of ${formatValue(evaluation.asOf)}.`];

  const applies: string[] = [];
  evaluation.outcomes.forEach((fired, index) => {
    const ruleTrace = trace?.rules.find((rule) => rule.ruleId === fired.ruleId);
    const reasons = ruleTrace ? reasonsFor(ruleTrace.condition, trace as Trace) : [];
    const because = reasons.length > 0 ? ` — because: ${reasons.join('; ')}` : '';
    applies.push(
      `${index + 1}. ${sentence(`${headline(fired).trim()}${because}`)}`,
      ...details(fired, trace, '   '),
    );
  });
  blocks.push(applies.length > 0 ? `What applies:\n${applies.join('\n')}` : 'No rule applies.');

  if (include !== 'fired' && evaluation.undecided.length > 0) {
    const lines = evaluation.undecided.map((ruleId) => {
      const ruleTrace = trace?.rules.find((rule) => rule.ruleId === ruleId);
      if (!ruleTrace) return `- Rule '${ruleId}'.`;
      const gaps = gapsOf(ruleTrace.condition);
      const needs = [
        ...gaps.missing.map((path) => factText(path, trace)),
        ...gaps.invalid.map((path) => `a valid value for ${factText(path, trace)}`),
      ];
      return `- ${sentence(`${ruleTrace.description} — needs: ${listText(needs, 'and')}`)}`;
    });
    blocks.push(`Could not be decided:\n${lines.join('\n')}`);
    const needed = [
      ...evaluation.missing.map((path) => `- ${factText(path, trace)}`),
      ...evaluation.invalid.map((path) => `- ${factText(path, trace)} (the value given is not valid)`),
    ];
    if (needed.length > 0) blocks.push(`Information needed:\n${needed.join('\n')}`);
  }

  if (include === 'all' && trace) {
    const notApplied = trace.rules.filter((rule) => rule.result === 'false');
    if (notApplied.length > 0) {
      const lines = notApplied.flatMap((rule) => [
        `- ${sentence(`${rule.description} — not applied, because: ${reasonsAgainst(rule.condition, trace).join('; ')}`)}`,
        ...details(rule, trace, '  '),
      ]);
      blocks.push(`Did not apply:\n${lines.join('\n')}`);
    }
  }
  return blocks.join('\n\n');
}
