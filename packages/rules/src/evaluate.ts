import type { IsoDate } from '@antislavery/model/calendar';
import {
  type CompiledRule,
  type CompiledRuleSet,
  type CompiledState,
  type FiredRule,
  type Snapshot,
  snapshotFor,
  stateOf,
} from './compile.js';
import { type ConditionNode, testCondition } from './condition-node.js';
import { type Context, Tri } from './context.js';
import type { RuleTrace, Trace } from './trace.js';
import type { PartialFacts } from './types/deep-partial.js';

/**
 * Options for {@link evaluate}.
 *
 * @example
 * ```ts
 * import type { EvaluateOptions } from '@antislavery/rules';
 *
 * const options: EvaluateOptions = { asOf: '2026-04-01', trace: true };
 * ```
 */
export interface EvaluateOptions {
  /** The date whose rules and parameter versions apply, `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
  /** Whether to record the full trace (slower); needed for the reasons in {@link explain}. */
  readonly trace?: boolean;
}

/**
 * What {@link evaluate} returns: the outcomes of the rules that fired, and what it could not
 * decide.
 *
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { Evaluation } from '@antislavery/rules';
 *
 * const actions = (evaluation: Evaluation<{ action: string }>) =>
 *   evaluation.outcomes.map((fired) => fired.outcome.action);
 * ```
 */
export interface Evaluation<Outcome = unknown> {
  /** The evaluation date. */
  readonly asOf: IsoDate;
  /** The rule set's name and version. */
  readonly ruleSet: { readonly name: string; readonly version?: string };
  /** The rules that fired, highest priority first (ties in rule-set order). */
  readonly outcomes: readonly FiredRule<Outcome>[];
  /**
   * Fact paths that were missing (absent, `undefined` or `null`) where a rule needed them: the
   * rules in `undecided` could be decided if they were known. Facts whose absence did not matter
   * (because another part of the condition already settled it) are not listed.
   */
  readonly missing: readonly string[];
  /** Fact paths whose value was of the wrong type for a comparison that needed them. */
  readonly invalid: readonly string[];
  /** Ids of rules in force whose condition was unknown, so did not fire. */
  readonly undecided: readonly string[];
  /** The full trace, when `trace: true` was asked for. */
  readonly trace?: Trace;
}

/**
 * An {@link Evaluation} with its trace, from `evaluate(..., { trace: true })`.
 *
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { TracedEvaluation } from '@antislavery/rules';
 *
 * const ruleCount = (evaluation: TracedEvaluation) => evaluation.trace.rules.length;
 * ```
 */
export interface TracedEvaluation<Outcome = unknown> extends Evaluation<Outcome> {
  /** The full trace. */
  readonly trace: Trace;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Evaluates a compiled rule set against the facts of one case, on a date. Only rules and
 * parameter versions in force on `asOf` take part. Synchronous and pure: the same facts and date
 * always give the same result.
 *
 * Conditions use three-valued logic. A comparison on a missing fact is unknown, as is one on a
 * fact of the wrong type (a string where a number is compared, an object, an array, `NaN`); `all`
 * is false if any part is false, else unknown if any part is unknown; `any` is true if any part
 * is true, else unknown if any part is unknown; `not` keeps unknown. A rule fires only when its
 * condition is true. Facts are read through their own properties only, so `__proto__` or
 * `constructor` in a path is simply absent, and facts of any shape never make it throw.
 *
 * @param compiled - a rule set from {@link compile}
 * @param facts - the case's facts; any may be missing
 * @param options - `asOf`, the date; `trace: true` to record the full trace
 * @throws `InvalidIsoDateError` from `@antislavery/model` if `asOf` is not a real date
 * @throws {@link InvalidArgumentError} if `compiled` did not come from {@link compile}
 *
 * @example
 * ```ts
 * import { compile, evaluate } from '@antislavery/rules';
 *
 * const compiled = compile({
 *   name: 'consent',
 *   rules: [
 *     {
 *       id: 'seek-consent',
 *       description: "Seek the person's consent",
 *       citation: { title: 'Example guidance', section: 'para 3' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'eq', fact: 'person.under18', value: 'no' },
 *       outcome: { action: 'seek-consent' },
 *     },
 *   ],
 * });
 * evaluate(compiled, { person: { under18: 'no' } }, { asOf: '2025-06-01' }).outcomes[0]?.outcome;
 * //=> { action: 'seek-consent' }
 * evaluate(compiled, {}, { asOf: '2025-06-01' }).missing;
 * //=> ['person.under18']
 * ```
 */
export function evaluate<Facts, Outcome>(
  compiled: CompiledRuleSet<Facts, Outcome>,
  facts: PartialFacts<Facts>,
  options: EvaluateOptions & { readonly trace: true },
): TracedEvaluation<Outcome>;
/**
 * Evaluates a compiled rule set against the facts of one case, on a date, without the trace:
 * the fastest form, for when only the outcomes and the missing facts are needed.
 *
 * @param compiled - a rule set from {@link compile}
 * @param facts - the case's facts; any may be missing
 * @param options - `asOf`, the date
 *
 * @example
 * ```ts
 * import { compile, evaluate } from '@antislavery/rules';
 *
 * const compiled = compile({
 *   name: 'age',
 *   rules: [
 *     {
 *       id: 'adult',
 *       description: 'Treat the person as an adult',
 *       citation: { title: 'Example policy' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'gte', fact: 'age', value: 18 },
 *       outcome: 'adult',
 *     },
 *   ],
 * });
 * evaluate(compiled, { age: 'eighteen' }, { asOf: '2025-06-01' }).invalid;
 * //=> ['age']
 * ```
 */
export function evaluate<Facts, Outcome>(
  compiled: CompiledRuleSet<Facts, Outcome>,
  facts: PartialFacts<Facts>,
  options: EvaluateOptions,
): Evaluation<Outcome>;
export function evaluate<Facts, Outcome>(
  compiled: CompiledRuleSet<Facts, Outcome>,
  facts: PartialFacts<Facts>,
  options: EvaluateOptions,
): Evaluation<Outcome> {
  const state = stateOf(compiled, 'evaluate(compiled)');
  const snapshot = snapshotFor(state, options?.asOf);
  const tracing = options.trace === true;
  // Evaluation calls no user code, but facts with getters could call evaluate again while this
  // evaluation runs; such a call gets a context of its own, with its own caches, and leaves the
  // shared one alone. (If a getter throws, `busy` stays set and later evaluations simply use
  // contexts of their own.)
  if (state.busy)
    return run(state, snapshot, ownContext(state, snapshot, facts), tracing) as Evaluation<Outcome>;
  let generation = (state.generation + 1) >>> 0;
  if (generation === 0) {
    state.stamps.fill(0);
    state.memoStamps.fill(0);
    state.valueStamps.fill(0);
    state.dayStamps.fill(0);
    generation = 1;
  }
  state.generation = generation;
  state.facts = facts;
  state.params = snapshot.params;
  state.asOf = snapshot.asOf;
  state.asOfDay = snapshot.asOfDay;
  state.gaps = null;
  state.busy = true;
  const evaluation = run(state, snapshot, state, tracing) as Evaluation<Outcome>;
  state.busy = false;
  state.facts = undefined;
  return evaluation;
}

/** A context for an evaluation started while another runs: the shared one's tables, fresh caches. */
function ownContext(state: CompiledState, snapshot: Snapshot, facts: unknown): Context {
  return {
    ...state,
    facts,
    params: snapshot.params,
    asOf: snapshot.asOf,
    asOfDay: snapshot.asOfDay,
    gaps: null,
    generation: 1,
    stamps: new Uint32Array(state.stamps.length),
    values: new Array<unknown>(state.values.length),
    valueStamps: new Uint32Array(state.valueStamps.length),
    dayStamps: new Uint32Array(state.dayStamps.length),
    dayValues: new Float64Array(state.dayValues.length),
    memoStamps: new Uint32Array(state.memoStamps.length),
    memoValues: new Uint8Array(state.memoValues.length),
  };
}

function run(state: CompiledState, snapshot: Snapshot, ctx: Context, tracing: boolean): Evaluation {
  const rules = snapshot.rules;
  let outcomes: FiredRule[] | null = null;
  let undecided: string[] | null = null;
  let trace: Trace | undefined;
  if (tracing) {
    const traces: RuleTrace[] = [];
    for (const rule of rules) {
      const condition = rule.trace(ctx);
      const fired = condition.result === 'true';
      if (fired) {
        outcomes ??= [];
        outcomes.push(rule.fired);
      } else if (condition.result === 'unknown') {
        undecided ??= [];
        undecided.push(rule.id);
      }
      traces.push(traceOf(rule, fired, condition));
    }
    trace = { rules: traces, parameters: snapshot.parameters, labels: state.labels };
  } else {
    const tests = snapshot.tests;
    for (let i = 0; i < tests.length; i++) {
      const result = testCondition(ctx, tests[i] as ConditionNode);
      if (result === Tri.TRUE) {
        const fired = (rules[i] as CompiledRule).fired;
        if (outcomes === null) outcomes = [fired];
        else outcomes.push(fired);
      } else if (result === Tri.UNKNOWN) {
        const id = (rules[i] as CompiledRule).id;
        if (undecided === null) undecided = [id];
        else undecided.push(id);
      }
    }
  }
  let missing: readonly string[] = NONE;
  let invalid: readonly string[] = NONE;
  if (ctx.gaps !== null && ctx.gaps.length > 0) {
    const missingPaths: string[] = [];
    const invalidPaths: string[] = [];
    for (const code of ctx.gaps) {
      const path = state.paths[code >> 1] as string;
      if (code % 2 === 0) missingPaths.push(path);
      else invalidPaths.push(path);
    }
    missing = missingPaths;
    invalid = invalidPaths;
  }
  const evaluation: { -readonly [K in keyof Evaluation]: Evaluation[K] } = {
    asOf: snapshot.asOf,
    ruleSet: state.info,
    outcomes: outcomes ?? NONE,
    missing,
    invalid,
    undecided: undecided ?? NONE,
  };
  if (trace !== undefined) evaluation.trace = trace;
  return evaluation;
}

function traceOf(rule: CompiledRule, fired: boolean, condition: RuleTrace['condition']): RuleTrace {
  const source = rule.fired;
  return {
    ruleId: rule.id,
    description: source.description,
    citation: source.citation,
    provenance: source.provenance,
    priority: source.priority,
    fired,
    result: condition.result,
    condition,
  };
}
