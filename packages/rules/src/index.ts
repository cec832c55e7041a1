/**
 * A typed, explainable, effective-dated rules engine: conditions as data, legal citations,
 * in-force dates, traces and case files. It knows nothing of any domain; rule sets are built on
 * it. Loading rule sets and case files from JSON (with zod) is in `@antislavery/rules/json`, so
 * an app that never loads JSON does not bundle zod.
 *
 * @packageDocumentation
 */

// Case files: test cases run against a rule set
export {
  type CaseExpectation,
  type CaseFailure,
  type CaseFile,
  type CaseReport,
  type CaseResult,
  formatCaseReport,
  type ListExpectation,
  runCases,
  type TestCase,
} from './case-runner.js';
// Checking and compiling
export { checkRuleSet } from './check-rule-set.js';
export { type Citation, formatCitation } from './citation.js';
export { type CompiledRuleSet, type CompileOptions, compile, type FiredRule } from './compile.js';
// Writing rules: the condition language, rules, parameters and rule sets
export * from './condition.js';
// Writing rules with compiler-checked fact paths and values
export { defineRuleSet } from './define-rule-set.js';
// Errors
export { formatIssuePath, InvalidArgumentError, RuleSetError, type RuleSetIssue } from './errors.js';
// Evaluating, tracing and explaining
export { type EvaluateOptions, type Evaluation, evaluate, type TracedEvaluation } from './evaluate.js';
export { type ExplainOptions, explain } from './explain.js';
// Composing rule sets: a base with overlays
export { type DisableRule, extend, type Overlay } from './extend.js';
export type { InForce } from './in-force.js';
export type { Parameter, ParameterVersion } from './parameter.js';
export { BASE_PROVENANCE, type Rule } from './rule.js';
export * from './rule-set.js';
export type * from './trace.js';
export type * from './types/builder.js';
export type * from './types/deep-partial.js';
export type * from './types/paths.js';
