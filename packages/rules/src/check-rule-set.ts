import type { Scalar } from './condition.js';
import type { RuleSetIssue } from './errors.js';
import {
  evaluationIssues,
  isNonEmptyString,
  isRecord,
  OPERANDS,
  refKind,
  type Want,
  WINDOW_OPERANDS,
} from './evaluation-issues.js';
import type { FactDeclaration, FactType, RuleSet } from './rule-set.js';

type Path = readonly (string | number)[];
type About = { ruleId?: string; parameter?: string };

const SCALAR_TYPES: readonly FactType[] = ['string', 'number', 'boolean', 'date'];
const LIST_TYPES: readonly FactType[] = ['string-list', 'number-list'];
const DATE_TYPES: readonly FactType[] = ['date', 'string'];

/** The declared fact types each operator can compare; windows compare dates. */
const FACT_TYPES_FOR: Readonly<Record<string, readonly FactType[]>> = {
  eq: SCALAR_TYPES,
  ne: SCALAR_TYPES,
  in: SCALAR_TYPES,
  lt: ['number'],
  lte: ['number'],
  gt: ['number'],
  gte: ['number'],
  includes: LIST_TYPES,
  before: DATE_TYPES,
  after: DATE_TYPES,
  onOrBefore: DATE_TYPES,
  onOrAfter: DATE_TYPES,
};

const TYPES_FOR_WANT: Readonly<Record<Want, readonly FactType[]>> = {
  scalar: SCALAR_TYPES,
  number: ['number'],
  days: ['number'],
  list: LIST_TYPES,
  date: DATE_TYPES,
};

const TYPE_OF_SCALAR: Readonly<Record<FactType, string>> = {
  string: 'string',
  date: 'string',
  'string-list': 'string',
  number: 'number',
  'number-list': 'number',
  boolean: 'boolean',
};

/** The checks against the facts a rule set declares: their types and allowed values. */
function declaredFactIssues(ruleSet: Record<string, unknown>): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const facts = isRecord(ruleSet.facts) ? ruleSet.facts : {};
  const declared = (path: unknown): FactDeclaration | undefined =>
    typeof path === 'string' && Object.hasOwn(facts, path) && isRecord(facts[path])
      ? (facts[path] as FactDeclaration)
      : undefined;
  const visit = (node: unknown, path: Path, about: About): void => {
    if (!isRecord(node) || typeof node.op !== 'string') return;
    if (Array.isArray(node.conditions)) {
      node.conditions.forEach((child: unknown, index) => {
        visit(child, [...path, 'conditions', index], about);
      });
      return;
    }
    if (node.op === 'not') {
      visit(node.condition, [...path, 'condition'], about);
      return;
    }
    const op = node.op;
    const declaration = declared(node.fact);
    const type = declaration?.type;
    const accepts = FACT_TYPES_FOR[op] ?? (op === 'exists' ? undefined : DATE_TYPES);
    if (type && accepts && !accepts.includes(type)) {
      issues.push({
        severity: 'error',
        code: 'rule.condition.value-type',
        path: [...path, 'fact'],
        message: `'${op}' cannot compare this fact: it is declared as ${type}`,
        ...about,
      });
      return;
    }
    for (const [key, want] of OPERANDS[op] ?? WINDOW_OPERANDS) {
      const value = node[key];
      const at = [...path, key];
      if (refKind(value) === 'fact') {
        const other = declared((value as { fact: string }).fact)?.type;
        if (other && !TYPES_FOR_WANT[want].includes(other)) {
          issues.push({
            severity: 'error',
            code: 'rule.condition.value-type',
            path: at,
            message: `'${op}' cannot compare with that fact: it is declared as ${other}`,
            ...about,
          });
        }
        continue;
      }
      if (key !== 'value' || !declaration || refKind(value) !== undefined) continue;
      const scalars: readonly unknown[] = Array.isArray(value) ? value : [value];
      if (type && !scalars.every((scalar) => typeof scalar === TYPE_OF_SCALAR[type])) {
        issues.push({
          severity: 'error',
          code: 'rule.condition.value-type',
          path: at,
          message: `The value must be of the fact's declared type (${type})`,
          ...about,
        });
      } else if (declaration.values && want !== 'number') {
        if (!scalars.every((scalar) => declaration.values?.includes(scalar as Scalar))) {
          issues.push({
            severity: 'error',
            code: 'rule.condition.value-not-allowed',
            path: at,
            message: "The value must be one of the fact's declared values",
            ...about,
          });
        }
      }
    }
  };
  if (Array.isArray(ruleSet.rules)) {
    ruleSet.rules.forEach((rule: unknown, index) => {
      if (isRecord(rule)) {
        visit(rule.when, ['rules', index, 'when'], isNonEmptyString(rule.id) ? { ruleId: rule.id } : {});
      }
    });
  }
  return issues;
}

/** The checks of what a person reads: names, descriptions, citations, tags and labels. */
function descriptiveIssues(ruleSet: Record<string, unknown>): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const add = (code: string, path: Path, message: string, about: About = {}): void => {
    issues.push({ severity: 'error', code, path, message, ...about });
  };
  const citation = (value: unknown, path: Path, about: About): void => {
    if (!isRecord(value) || !isNonEmptyString(value.title)) {
      add('citation.title', [...path, 'title'], 'Enter the title of the source this comes from', about);
      return;
    }
    for (const key of ['section', 'url', 'version'] as const) {
      if (value[key] !== undefined && typeof value[key] !== 'string') {
        add('citation.invalid', [...path, key], `The citation's ${key} must be text`, about);
      }
    }
  };
  const labels = (node: unknown, path: Path, about: About): void => {
    if (!isRecord(node)) return;
    if (node.label !== undefined && typeof node.label !== 'string') {
      add('rule.condition.label', [...path, 'label'], 'The label of a condition must be text', about);
    }
    if (Array.isArray(node.conditions)) {
      node.conditions.forEach((child: unknown, index) => {
        labels(child, [...path, 'conditions', index], about);
      });
    }
    if (node.condition !== undefined) labels(node.condition, [...path, 'condition'], about);
  };

  if (!isNonEmptyString(ruleSet.name)) add('rule-set.name', ['name'], 'Enter a name for the rule set');
  if (isRecord(ruleSet.parameters)) {
    for (const [name, parameter] of Object.entries(ruleSet.parameters)) {
      if (!isRecord(parameter)) continue;
      const about = { parameter: name };
      if (!isNonEmptyString(parameter.description)) {
        add(
          'parameter.description',
          ['parameters', name, 'description'],
          `Describe parameter '${name}' in plain English`,
          about,
        );
      }
      if (Array.isArray(parameter.versions)) {
        parameter.versions.forEach((version: unknown, index) => {
          if (isRecord(version)) {
            citation(version.citation, ['parameters', name, 'versions', index, 'citation'], about);
          }
        });
      }
    }
  }
  if (Array.isArray(ruleSet.rules)) {
    ruleSet.rules.forEach((rule: unknown, index) => {
      if (!isRecord(rule)) return;
      const path = ['rules', index];
      const about = isNonEmptyString(rule.id) ? { ruleId: rule.id } : {};
      const who = about.ruleId ? `rule '${about.ruleId}'` : 'the rule';
      if (!isNonEmptyString(rule.description)) {
        add('rule.description', [...path, 'description'], `Describe ${who} in plain English`, about);
      }
      citation(rule.citation, [...path, 'citation'], about);
      if (
        rule.tags !== undefined &&
        !(Array.isArray(rule.tags) && rule.tags.every((tag) => typeof tag === 'string'))
      ) {
        add('rule.tags', [...path, 'tags'], `The tags of ${who} must be a list of text`, about);
      }
      if (rule.locked !== undefined && typeof rule.locked !== 'boolean') {
        add('rule.locked', [...path, 'locked'], `Locked must be true or false for ${who}`, about);
      }
      labels(rule.when, [...path, 'when'], about);
    });
  }
  return issues;
}

/**
 * Checks a rule set and returns every problem found (an empty list when it is sound).
 *
 * - What affects evaluation, which {@link compile} also checks (throwing a {@link RuleSetError}):
 *   malformed conditions, unknown operators, values of the wrong type for an operator or for a
 *   declared fact, duplicate or missing rule ids, bad dates and `from` after `to`, a missing
 *   outcome, overlapping parameter versions, references to unknown parameters, cycles of
 *   parameter references, and parameters used on dates when no version of them is in force.
 * - Comparisons against the facts the rule set declares in `facts`: a fact compared in a way its
 *   declared type does not allow, a literal of another type, or a value not among its `values`.
 *   (A typed rule set from {@link defineRuleSet} gets the same checks from the compiler.)
 * - What a person reads: the rule set's name, rule and parameter descriptions, citations, tags,
 *   `locked` and condition labels.
 *
 * The last two groups are left out of {@link compile}, to keep the bundle that compiles and
 * evaluates small: the TypeScript types and `loadRuleSet` (which runs this whole check) already
 * ensure them.
 *
 * @example
 * ```ts
 * import { checkRuleSet } from '@antislavery/rules';
 *
 * const issues = checkRuleSet({
 *   name: 'example',
 *   rules: [
 *     {
 *       id: 'adult',
 *       description: 'Treat the person as an adult',
 *       citation: { title: 'Example policy' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'gte', fact: 'person.age', value: 'eighteen' },
 *       outcome: 'adult',
 *     },
 *   ],
 * });
 * issues.map((issue) => [issue.code, issue.ruleId]);
 * //=> [['rule.condition.value-type', 'adult']]
 * ```
 */
export function checkRuleSet(ruleSet: RuleSet<unknown, unknown>): RuleSetIssue[] {
  const issues = evaluationIssues(ruleSet);
  if (!isRecord(ruleSet)) return issues;
  const record = ruleSet as unknown as Record<string, unknown>;
  return [...issues, ...declaredFactIssues(record), ...descriptiveIssues(record)];
}
