import {
  type BankHolidayCalendar,
  type CalendarOptions,
  InvalidIsoDateError,
  isWorkingDay,
} from '@antislavery/model/calendar';
import type { Citation } from './citation.js';
import { type CompiledNode, compileCondition } from './compile-condition.js';
import type { LiteralValue, ParamRef } from './condition.js';
import type { ConditionNode } from './condition-node.js';
import type { Context } from './context.js';
import { dayOrNaN } from './day-number.js';
import { InvalidArgumentError, RuleSetError } from './errors.js';
import { evaluationIssues } from './evaluation-issues.js';
import type { Parameter } from './parameter.js';
import { BASE_PROVENANCE, type Rule } from './rule.js';
import type { RuleSet, RuleSetTypes } from './rule-set.js';
import type { ParameterInForce } from './trace.js';

/**
 * Options for {@link compile}.
 *
 * @example
 * ```ts
 * import type { CompileOptions } from '@antislavery/rules';
 * import { BUILT_IN_CALENDAR } from '@antislavery/model/calendar';
 *
 * const options: CompileOptions = { calendar: BUILT_IN_CALENDAR };
 * ```
 */
export interface CompileOptions {
  /**
   * The bank holidays used by working-day comparisons: `BUILT_IN_CALENDAR` from
   * `@antislavery/model` when absent, or a newer one from its `loadBankHolidays`.
   */
  readonly calendar?: BankHolidayCalendar;
}

/**
 * A rule set compiled by {@link compile}, ready for {@link evaluate}. Compile once, evaluate many
 * times. `ruleSet` is a frozen copy of what was compiled.
 *
 * @typeParam Facts - the facts type of the rule set
 * @typeParam Outcome - the outcome type of its rules
 *
 * @example
 * ```ts
 * import { compile, type CompiledRuleSet } from '@antislavery/rules';
 *
 * const compiled: CompiledRuleSet = compile({ name: 'empty', rules: [] });
 * compiled.ruleSet.name;
 * //=> 'empty'
 * ```
 */
export interface CompiledRuleSet<Facts = unknown, Outcome = unknown> {
  /** A frozen copy of the rule set compiled. */
  readonly ruleSet: RuleSet<Facts, Outcome>;
  /** Type-only: never present at run time. */
  readonly '~types'?: RuleSetTypes<Facts, Outcome>;
}

/**
 * A rule that fired, as listed in an evaluation's `outcomes`.
 *
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { FiredRule } from '@antislavery/rules';
 *
 * const fired: FiredRule<{ action: string }> = {
 *   ruleId: 'seek-consent',
 *   description: "Seek the person's consent",
 *   citation: { title: 'Example guidance' },
 *   provenance: 'base',
 *   priority: 0,
 *   tags: [],
 *   outcome: { action: 'seek-consent' },
 * };
 * ```
 */
export interface FiredRule<Outcome = unknown> {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's description. */
  readonly description: string;
  /** The rule's citation. */
  readonly citation: Citation;
  /** `base`, or the overlay that added or replaced the rule. */
  readonly provenance: string;
  /** The rule's priority (0 when not given). */
  readonly priority: number;
  /** The rule's tags. */
  readonly tags: readonly string[];
  /** What the rule contributes: its `outcome`, frozen. */
  readonly outcome: Outcome;
}

/** Internal: one compiled rule. */
export interface CompiledRule {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly test: CompiledNode['test'];
  readonly trace: CompiledNode['trace'];
  readonly fired: FiredRule;
}

/** Internal: the rules and parameter values in force on one date. */
export interface Snapshot {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly rules: readonly CompiledRule[];
  /** The rules' tests, in the same order (read in the hot loop). */
  readonly tests: readonly ConditionNode[];
  readonly params: readonly unknown[];
  readonly parameters: Readonly<Record<string, ParameterInForce>>;
}

/**
 * Internal: everything evaluation needs, kept out of the public object. It is also the context
 * of evaluations (a copy is used if an evaluation is already running).
 */
export interface CompiledState extends Context {
  readonly info: { readonly name: string; readonly version?: string };
  readonly rules: readonly CompiledRule[];
  readonly paramNames: readonly string[];
  readonly parameters: readonly Parameter<LiteralValue>[];
  busy: boolean;
  /** The snapshot of the last date evaluated. */
  last: Snapshot | undefined;
  readonly snapshots: Map<string, Snapshot>;
  readonly labels: Readonly<Record<string, string>>;
}

/** Where a compiled rule set keeps its state: a private, non-enumerable symbol property. */
const STATE: unique symbol = Symbol('@antislavery/rules state');

/** The most dates whose rules and parameters are remembered before the cache starts again. */
const SNAPSHOT_CACHE_SIZE = 256;
const END_OF_TIME = 2932896;

/** Internal: the state behind a compiled rule set. */
export function stateOf(compiled: unknown, where: string): CompiledState {
  const state =
    typeof compiled === 'object' && compiled !== null
      ? (compiled as { [STATE]?: CompiledState })[STATE]
      : undefined;
  if (state === undefined) throw new InvalidArgumentError(where, 'a rule set returned by compile()');
  return state;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A deep, frozen copy of plain data. Keys are defined, never assigned, so a `__proto__` key stays
 * an ordinary key. Values that are not plain objects or arrays are kept as they are. The copy is
 * made without recursion, so an outcome nested thousands deep (JSON allows it) cannot overflow the
 * stack; an object met twice is copied once.
 */
function frozenCopy<T>(value: T): T {
  const copies = new Map<object, object>();
  const pending: [source: object, copy: object][] = [];
  const copyOf = (item: unknown): unknown => {
    const copyable =
      typeof item === 'object' && item !== null && (Array.isArray(item) || isPlainObject(item));
    if (!copyable) return item;
    let copy = copies.get(item);
    if (copy === undefined) {
      copy = Array.isArray(item) ? new Array(item.length) : {};
      copies.set(item, copy);
      pending.push([item, copy]);
    }
    return copy;
  };
  const root = copyOf(value);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, copy] = next;
    for (const [key, item] of Object.entries(source)) {
      Object.defineProperty(copy, key, {
        value: copyOf(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  for (const copy of copies.values()) Object.freeze(copy);
  return root as T;
}

function resolveParameter(
  state: CompiledState,
  name: string,
  day: number,
  depth = 0,
): ParameterInForce | undefined {
  const parameter = state.parameters[state.paramNames.indexOf(name)];
  const version = parameter?.versions.find(
    (candidate) =>
      dayOrNaN(candidate.from) <= day && (candidate.to === undefined || day <= dayOrNaN(candidate.to)),
  );
  if (!parameter || !version || depth > state.paramNames.length) return undefined;
  let value = version.value;
  let via: string | undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    via = (value as ParamRef).param;
    const target = resolveParameter(state, via, day, depth + 1);
    if (!target) return undefined;
    value = target.value;
  }
  return Object.freeze({
    name,
    description: parameter.description,
    unit: parameter.unit,
    value: value as LiteralValue,
    from: version.from,
    to: version.to,
    citation: version.citation,
    via,
    provenance: parameter.provenance ?? BASE_PROVENANCE,
  });
}

/** Internal: the rules and parameter values in force on `asOf`, cached by date. */
export function snapshotFor(state: CompiledState, asOf: unknown): Snapshot {
  const last = state.last;
  if (last !== undefined && last.asOf === asOf) return last;
  const cached = typeof asOf === 'string' ? state.snapshots.get(asOf) : undefined;
  if (cached) {
    state.last = cached;
    return cached;
  }
  const day = dayOrNaN(asOf);
  if (Number.isNaN(day)) throw new InvalidIsoDateError('evaluate(options.asOf)');
  const params: unknown[] = [];
  const parameters: Record<string, ParameterInForce> = {};
  state.paramNames.forEach((name) => {
    const inForce = resolveParameter(state, name, day);
    params.push(inForce?.value);
    if (inForce) parameters[name] = inForce;
  });
  const rules = state.rules.filter((rule) => rule.from <= day && day <= rule.to);
  const snapshot: Snapshot = {
    asOf: asOf as string,
    asOfDay: day,
    rules,
    tests: rules.map((rule) => rule.test),
    params,
    parameters: Object.freeze(parameters),
  };
  if (state.snapshots.size >= SNAPSHOT_CACHE_SIZE) state.snapshots.clear();
  state.snapshots.set(asOf as string, snapshot);
  state.last = snapshot;
  return snapshot;
}

/**
 * Checks and compiles a rule set into closures, ready for {@link evaluate}. Compile once, then
 * evaluate many cases. Nothing is evaluated with `eval` or `new Function`, so it runs under a
 * strict Content-Security-Policy.
 *
 * Compilation first checks everything in the rule set that affects evaluation (see
 * {@link checkRuleSet}) and throws a {@link RuleSetError} listing every problem. The rule set is copied and frozen, so changing it
 * afterwards does not change the compiled rules.
 *
 * @param ruleSet - the rule set, written with {@link defineRuleSet} or loaded from JSON
 * @param options - the bank holiday calendar for working-day comparisons
 * @throws {@link RuleSetError} if the rule set is malformed
 * @throws `InvalidCalendarArgumentError` from `@antislavery/model` if `options.calendar` is not a calendar
 *
 * @example
 * ```ts
 * import { compile, evaluate } from '@antislavery/rules';
 *
 * const compiled = compile({
 *   name: 'age check',
 *   rules: [
 *     {
 *       id: 'adult',
 *       description: 'Treat the person as an adult',
 *       citation: { title: 'Example policy', section: 'para 1' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'gte', fact: 'age', value: 18 },
 *       outcome: 'adult',
 *     },
 *   ],
 * });
 * evaluate(compiled, { age: 30 }, { asOf: '2025-06-01' }).outcomes.map((fired) => fired.outcome);
 * //=> ['adult']
 * ```
 */
export function compile<Facts, Outcome>(
  ruleSet: RuleSet<Facts, Outcome>,
  options: CompileOptions = {},
): CompiledRuleSet<Facts, Outcome> {
  const issues = evaluationIssues(ruleSet as RuleSet<unknown, unknown>);
  if (issues.length > 0) throw new RuleSetError(issues);
  const calendar: CalendarOptions = options.calendar ? { calendar: options.calendar } : {};
  // Fails now, with the calendar's own typed error, rather than during an evaluation.
  if (options.calendar) isWorkingDay('2025-01-01', 'england-and-wales', calendar);

  const frozen = frozenCopy(ruleSet);
  const paths: string[] = [];
  const slots = new Map<string, number>();
  const parents: number[] = [];
  const keys: string[] = [];
  const parameters = frozen.parameters ?? {};
  const paramNames = Object.keys(parameters);
  const memos = new Map<string, number>();
  const memo = (key: string): number => {
    let index = memos.get(key);
    if (index === undefined) {
      index = memos.size;
      memos.set(key, index);
    }
    return index;
  };
  const env = {
    slot(path: string): number {
      let slot = slots.get(path);
      if (slot === undefined) {
        const dot = path.lastIndexOf('.');
        const parent = dot < 0 ? -1 : env.slot(path.slice(0, dot));
        slot = paths.length;
        slots.set(path, slot);
        paths.push(path);
        parents.push(parent);
        keys.push(path.slice(dot + 1));
      }
      return slot;
    },
    param: (name: string) => paramNames.indexOf(name),
    memo,
  };

  const ordered = frozen.rules
    .map((rule, index) => ({ rule: rule as Rule<unknown>, index }))
    .sort((a, b) => (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.index - b.index);
  const rules: CompiledRule[] = ordered.map(({ rule }) => {
    const node = compileCondition(rule.when, env);
    const fired: FiredRule = Object.freeze({
      ruleId: rule.id,
      description: rule.description,
      citation: rule.citation,
      provenance: rule.provenance ?? BASE_PROVENANCE,
      priority: rule.priority ?? 0,
      tags: rule.tags ?? Object.freeze([]),
      outcome: rule.outcome,
    });
    return {
      id: rule.id,
      from: dayOrNaN(rule.inForce.from),
      to: rule.inForce.to === undefined ? END_OF_TIME : dayOrNaN(rule.inForce.to),
      test: node.test,
      trace: node.trace,
      fired,
    };
  });

  const labels: Record<string, string> = {};
  for (const [path, declaration] of Object.entries(frozen.facts ?? {})) {
    if (declaration.label !== undefined) labels[path] = declaration.label;
  }

  const info =
    frozen.version === undefined ? { name: frozen.name } : { name: frozen.name, version: frozen.version };
  const state: CompiledState = {
    facts: undefined,
    params: [],
    asOf: '',
    asOfDay: 0,
    gaps: null,
    info: Object.freeze(info),
    rules,
    paramNames,
    parameters: paramNames.map((name) => parameters[name] as Parameter<LiteralValue>),
    paths,
    stamps: new Uint32Array(paths.length * 2),
    memoStamps: new Uint32Array(memos.size),
    memoValues: new Uint8Array(memos.size),
    parents: Int32Array.from(parents),
    keys,
    values: paths.map(() => undefined),
    valueStamps: new Uint32Array(paths.length),
    dayStamps: new Uint32Array(paths.length),
    dayValues: new Float64Array(paths.length),
    bounds: new Map(),
    generation: 0,
    busy: false,
    last: undefined,
    snapshots: new Map(),
    calendar,
    labels: Object.freeze(labels),
  };
  const compiled: CompiledRuleSet<Facts, Outcome> = { ruleSet: frozen };
  Object.defineProperty(compiled, STATE, { value: state });
  return Object.freeze(compiled);
}
