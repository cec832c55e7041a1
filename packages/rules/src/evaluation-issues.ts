import {
  DIVISIONS,
  type Division,
  fromDayNumber,
  isIsoDate,
  JURISDICTIONS,
  type Jurisdiction,
  toDayNumber,
} from '@antislavery/model/calendar';
import type { LiteralValue, Scalar } from './condition.js';
import { OPERATORS } from './condition.js';
import type { RuleSetIssue } from './errors.js';
import type { RuleSet } from './rule-set.js';

type Path = readonly (string | number)[];

const hasOwn = Object.prototype.hasOwnProperty;

/** The last day number we ever compare against: 9999-12-31. */
const END_OF_TIME = 2932896;

interface Interval {
  readonly from: number;
  readonly to: number;
}

interface ParamUse {
  readonly name: string;
  readonly interval: Interval;
  readonly path: Path;
  readonly ruleId?: string;
  readonly parameter?: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isScalar(value: unknown): value is Scalar {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && !Number.isNaN(value))
  );
}

function isLiteral(value: unknown): value is LiteralValue {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Whether a string is a usable fact path: dot-separated, no empty segments. */
export function isFactPath(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.split('.').every((part) => part !== '');
}

/** Whether a value is a division or a jurisdiction name. */
export function isDivisionName(value: unknown): value is Division | Jurisdiction {
  return (
    typeof value === 'string' &&
    ((DIVISIONS as readonly string[]).includes(value) || (JURISDICTIONS as readonly string[]).includes(value))
  );
}

export function refKind(value: unknown): 'fact' | 'param' | 'asOf' | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  if (keys[0] === 'fact' && isFactPath(value.fact)) return 'fact';
  if (keys[0] === 'param' && isNonEmptyString(value.param)) return 'param';
  if (keys[0] === 'asOf' && value.asOf === true) return 'asOf';
  return undefined;
}

/** What an operand must be, for the checks below. */
export type Want = 'scalar' | 'number' | 'list' | 'date' | 'days';

const WANT_TEXT: Record<Want, string> = {
  scalar: 'a single string, number or boolean',
  number: 'a number',
  list: 'a list of values',
  date: 'a date written YYYY-MM-DD',
  days: 'a whole number of days, 0 or more',
};

function literalMatches(value: LiteralValue, want: Want): boolean {
  switch (want) {
    case 'scalar':
      return isScalar(value);
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value);
    case 'list':
      return Array.isArray(value);
    case 'date':
      return isIsoDate(value);
    case 'days':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0;
  }
}

/** What each comparison operator needs of each operand. Windows need `days` and `of`. */
export const OPERANDS: Readonly<Record<string, readonly (readonly [string, Want])[]>> = {
  exists: [],
  eq: [['value', 'scalar']],
  ne: [['value', 'scalar']],
  lt: [['value', 'number']],
  lte: [['value', 'number']],
  gt: [['value', 'number']],
  gte: [['value', 'number']],
  in: [['value', 'list']],
  includes: [['value', 'scalar']],
  before: [['value', 'date']],
  after: [['value', 'date']],
  onOrBefore: [['value', 'date']],
  onOrAfter: [['value', 'date']],
};
export const WINDOW_OPERANDS: readonly (readonly [string, Want])[] = [
  ['days', 'days'],
  ['of', 'date'],
];

function dayOf(value: unknown): number | undefined {
  return isIsoDate(value) ? toDayNumber(value) : undefined;
}

function check(ruleSet: Record<string, unknown>): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const uses: ParamUse[] = [];
  const params: Record<string, unknown> = isRecord(ruleSet.parameters) ? ruleSet.parameters : {};
  const valueCache = new Map<string, readonly LiteralValue[]>();

  const add = (
    code: string,
    path: Path,
    message: string,
    about: { ruleId?: string; parameter?: string } = {},
  ): void => {
    issues.push({ severity: 'error', code, path, message, ...about });
  };

  const hasParam = (name: string): boolean => {
    return hasOwn.call(params, name) && isRecord(params[name]);
  };

  /** Every literal value a parameter may resolve to, following references (cycles stop). */
  const loops = new Set<string>();
  /**
   * Every literal value a parameter may resolve to, following references. A reference back to a
   * parameter already being followed is a loop: it is reported once, at the reference that closes
   * it.
   */
  const possibleValues = (
    name: string,
    seen: string[] = [],
    from?: readonly [string, number],
  ): readonly LiteralValue[] => {
    const cached = valueCache.get(name);
    if (cached) return cached;
    if (!hasParam(name)) return [];
    const at = seen.indexOf(name);
    if (at >= 0) {
      const loop = seen.slice(at);
      const key = [...loop].sort().join('\u0000');
      if (from && !loops.has(key)) {
        loops.add(key);
        add(
          'parameter.cycle',
          ['parameters', from[0], 'versions', from[1], 'value'],
          `Parameters refer to each other in a loop: ${[...loop, name].join(' → ')}`,
          { parameter: from[0] },
        );
      }
      return [];
    }
    seen.push(name);
    const values: LiteralValue[] = [];
    const versions = (params[name] as Record<string, unknown>).versions;
    if (Array.isArray(versions)) {
      versions.forEach((version: unknown, index) => {
        if (!isRecord(version)) return;
        if (isLiteral(version.value)) values.push(version.value);
        else if (refKind(version.value) === 'param') {
          values.push(...possibleValues((version.value as { param: string }).param, seen, [name, index]));
        }
      });
    }
    seen.pop();
    if (seen.length === 0) valueCache.set(name, values);
    return values;
  };

  /** Checks an in-force period; returns it as day numbers when it is valid. */
  const checkPeriod = (
    holder: Record<string, unknown>,
    path: Path,
    code: string,
    what: string,
    about: { ruleId?: string; parameter?: string },
  ): Interval | undefined => {
    const from = dayOf(holder.from);
    const to = holder.to === undefined ? END_OF_TIME : dayOf(holder.to);
    if (from === undefined) {
      add(
        `${code}.invalid-date`,
        [...path, 'from'],
        `Enter the date ${what} comes into force as YYYY-MM-DD`,
        about,
      );
    }
    if (to === undefined) {
      add(
        `${code}.invalid-date`,
        [...path, 'to'],
        `Enter the last date ${what} is in force as YYYY-MM-DD`,
        about,
      );
    }
    if (from === undefined || to === undefined) return undefined;
    if (from > to) {
      add(
        `${code}.order`,
        [...path, 'to'],
        `The last date ${what} is in force must be on or after its first`,
        about,
      );
      return undefined;
    }
    return { from, to };
  };

  const checkParameters = (): void => {
    for (const name of Object.keys(params)) {
      const path = ['parameters', name];
      const about = { parameter: name };
      const parameter = params[name];
      if (!isRecord(parameter)) {
        add('parameter.invalid', path, `Parameter '${name}' must be an object`, about);
        continue;
      }
      const versions = parameter.versions;
      if (!Array.isArray(versions) || versions.length === 0) {
        add(
          'parameter.no-versions',
          [...path, 'versions'],
          `Give parameter '${name}' at least one version`,
          about,
        );
        continue;
      }
      const periods: { interval: Interval; index: number }[] = [];
      versions.forEach((version: unknown, index) => {
        const versionPath = [...path, 'versions', index];
        if (!isRecord(version)) {
          add(
            'parameter.version.invalid',
            versionPath,
            `Each version of parameter '${name}' must be an object`,
            about,
          );
          return;
        }
        const interval = checkPeriod(version, versionPath, 'parameter.version', 'this version', about);
        const value = version.value;
        if (refKind(value) === 'param') {
          const target = (value as { param: string }).param;
          if (!hasParam(target)) {
            add(
              'parameter.unknown-reference',
              [...versionPath, 'value', 'param'],
              `There is no parameter '${target}'`,
              about,
            );
          } else if (interval) {
            uses.push({ name: target, interval, path: [...versionPath, 'value'], parameter: name });
          }
        } else if (!isLiteral(value)) {
          add(
            'parameter.version.value',
            [...versionPath, 'value'],
            'Enter a string, number, true or false, a list of them, or { param }',
            about,
          );
        }
        if (interval) periods.push({ interval, index });
      });
      periods.sort((a, b) => a.interval.from - b.interval.from);
      for (let i = 1; i < periods.length; i++) {
        const previous = periods[i - 1];
        const current = periods[i];
        if (previous && current && current.interval.from <= previous.interval.to) {
          add(
            'parameter.overlap',
            [...path, 'versions', current.index, 'from'],
            `Versions of parameter '${name}' overlap`,
            about,
          );
        }
      }
      const kinds = new Set(
        possibleValues(name).map((value) => (Array.isArray(value) ? 'list' : typeof value)),
      );
      if (kinds.size > 1) {
        add(
          'parameter.value-type',
          [...path, 'versions'],
          `Versions of parameter '${name}' must all have values of one type`,
          about,
        );
      }
    }
  };

  const checkCoverage = (): void => {
    for (const use of uses) {
      const versions = (params[use.name] as Record<string, unknown>).versions;
      if (!Array.isArray(versions)) continue;
      const intervals: Interval[] = [];
      for (const version of versions) {
        if (!isRecord(version)) continue;
        const from = dayOf(version.from);
        const to = version.to === undefined ? END_OF_TIME : dayOf(version.to);
        if (from !== undefined && to !== undefined && from <= to) intervals.push({ from, to });
      }
      intervals.sort((a, b) => a.from - b.from);
      let covered = use.interval.from;
      for (const interval of intervals) {
        if (interval.from > covered) break;
        if (interval.to >= covered) covered = interval.to + 1;
        if (covered > use.interval.to) break;
      }
      if (covered <= use.interval.to) {
        add(
          'parameter.not-in-force',
          use.path,
          `Parameter '${use.name}' is used on ${fromDayNumber(covered)} but has no version in force then`,
          use.ruleId ? { ruleId: use.ruleId } : { parameter: use.parameter ?? use.name },
        );
      }
    }
  };

  const checkRules = (rules: unknown): void => {
    if (!Array.isArray(rules)) {
      add('rule-set.rules', ['rules'], 'Give the rule set a list of rules');
      return;
    }
    const seen = new Set<string>();
    rules.forEach((rule: unknown, index) => {
      const path = ['rules', index];
      if (!isRecord(rule)) {
        add('rule.invalid', path, 'Each rule must be an object');
        return;
      }
      const id = isNonEmptyString(rule.id) ? rule.id : undefined;
      const about = id ? { ruleId: id } : {};
      if (!id) add('rule.id', [...path, 'id'], 'Enter an id for the rule');
      else if (seen.has(id)) {
        add('rule.duplicate-id', [...path, 'id'], `Rule id '${id}' is used more than once`, about);
      } else seen.add(id);
      let interval: Interval | undefined;
      if (isRecord(rule.inForce)) {
        interval = checkPeriod(rule.inForce, [...path, 'inForce'], 'rule.in-force', 'the rule', about);
      } else
        add('rule.in-force.invalid-date', [...path, 'inForce'], 'Give the dates the rule is in force', about);
      if (rule.outcome === undefined) {
        add('rule.outcome', [...path, 'outcome'], 'Give the outcome of the rule', about);
      }
      if (
        rule.priority !== undefined &&
        !(typeof rule.priority === 'number' && Number.isFinite(rule.priority))
      ) {
        add('rule.priority', [...path, 'priority'], 'The priority must be a number', about);
      }
      checkCondition(rule.when, [...path, 'when'], { ruleId: id, interval });
    });
  };

  const checkOperand = (
    value: unknown,
    want: Want,
    path: Path,
    rule: { ruleId: string | undefined; interval: Interval | undefined },
    op: string,
  ): void => {
    const about = rule.ruleId ? { ruleId: rule.ruleId } : {};
    const kind = refKind(value);
    const wanted = `'${op}' needs ${WANT_TEXT[want]}`;
    if (kind === 'fact') return;
    if (kind === 'asOf') {
      if (want !== 'date' && want !== 'scalar') {
        add('rule.condition.value-type', path, `${wanted}, not the evaluation date`, about);
      }
      return;
    }
    if (kind === 'param') {
      const name = (value as { param: string }).param;
      if (!hasParam(name)) {
        add('rule.condition.unknown-parameter', [...path, 'param'], `There is no parameter '${name}'`, about);
        return;
      }
      if (rule.interval) uses.push({ name, interval: rule.interval, path, ruleId: rule.ruleId });
      if (!possibleValues(name).every((candidate) => literalMatches(candidate, want))) {
        add('rule.condition.value-type', path, `${wanted}, but parameter '${name}' does not hold one`, about);
      }
      return;
    }
    if (!isLiteral(value) || !literalMatches(value, want)) {
      add('rule.condition.value-type', path, wanted, about);
    }
  };

  const checkCondition = (
    node: unknown,
    path: Path,
    rule: { ruleId: string | undefined; interval: Interval | undefined },
  ): void => {
    const about = rule.ruleId ? { ruleId: rule.ruleId } : {};
    if (!isRecord(node) || typeof node.op !== 'string') {
      add('rule.condition.invalid', path, 'Each condition must be an object with an op', about);
      return;
    }
    const op = node.op;
    if (!(OPERATORS as readonly string[]).includes(op)) {
      add(
        'rule.condition.unknown-operator',
        [...path, 'op'],
        `'${op}' is not an operator: use one of ${OPERATORS.join(', ')}`,
        about,
      );
      return;
    }
    if (op === 'all' || op === 'any') {
      if (!Array.isArray(node.conditions)) {
        add('rule.condition.invalid', [...path, 'conditions'], `'${op}' needs a list of conditions`, about);
        return;
      }
      node.conditions.forEach((child: unknown, index) => {
        checkCondition(child, [...path, 'conditions', index], rule);
      });
      return;
    }
    if (op === 'not') {
      checkCondition(node.condition, [...path, 'condition'], rule);
      return;
    }
    if (!isFactPath(node.fact)) {
      add(
        'rule.condition.fact-path',
        [...path, 'fact'],
        'Enter the fact to compare as a dot path, such as person.age',
        about,
      );
      return;
    }
    for (const [key, want] of OPERANDS[op] ?? WINDOW_OPERANDS) {
      checkOperand(node[key], want, [...path, key], rule, op);
    }
    if (
      op.startsWith('withinWorking') &&
      !isDivisionName(node.division) &&
      refKind(node.division) !== 'fact'
    ) {
      add(
        'rule.condition.division',
        [...path, 'division'],
        `'${op}' needs a division, a jurisdiction or a { fact }`,
        about,
      );
    }
  };

  if (ruleSet.parameters !== undefined && !isRecord(ruleSet.parameters)) {
    add('rule-set.parameters', ['parameters'], 'The parameters must be an object keyed by name');
  }
  checkParameters();
  checkRules(ruleSet.rules);
  checkCoverage();
  return issues;
}

/**
 * Internal: the problems in a rule set that affect how it evaluates: malformed conditions,
 * unknown operators, values of the wrong type for an operator or a declared fact, duplicate or
 * missing rule ids, bad or reversed in-force dates, a missing outcome or a bad priority, and
 * parameters that are empty, overlap, refer to unknown parameters or to each other in a loop, or
 * are used on dates when no version is in force. `compile` runs only these, so that a bundle that
 * compiles rule sets does not carry the descriptive checks; `checkRuleSet` runs both.
 */
export function evaluationIssues(ruleSet: RuleSet<unknown, unknown>): RuleSetIssue[] {
  if (!isRecord(ruleSet)) {
    return [
      { severity: 'error', code: 'rule-set.invalid', path: [], message: 'The rule set must be an object' },
    ];
  }
  return check(ruleSet as unknown as Record<string, unknown>);
}
