import { formatLongDate } from '@antislavery/model/calendar';
// Internal: plain-English text for traced conditions, used by `explain`.

import { DIVISION_LABELS, type Division } from '@antislavery/model/calendar';
import { dayOrNaN } from './day-number.js';
import type { ComparisonTrace, ConditionTrace, ParameterInForce, Trace } from './trace.js';

let numberFormat: Intl.NumberFormat | undefined;

/** How deep lists inside lists are written out; deeper ones are never a value a rule compares. */
const MAX_LIST_DEPTH = 10;

/** A value as a practitioner would read it: dates as "1 April 2026", text in quotes. */
export function formatValue(value: unknown, depth = 0): string {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'string') {
    if (!Number.isNaN(dayOrNaN(value))) {
      return formatLongDate(value);
    }
    return `'${value}'`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 });
    return numberFormat.format(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && depth < MAX_LIST_DEPTH) {
    return listText(
      value.map((item) => formatValue(item, depth + 1)),
      'or',
    );
  }
  return 'a value of the wrong type';
}

/** "a", "a or b", "a, b or c". */
export function listText(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? 'nothing';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const PHRASES: Readonly<Record<ComparisonTrace['op'], readonly [string, string]>> = {
  eq: ['is', 'is not'],
  ne: ['is not', 'is'],
  lt: ['is less than', 'is not less than'],
  lte: ['is at most', 'is more than'],
  gt: ['is more than', 'is not more than'],
  gte: ['is at least', 'is less than'],
  in: ['is one of', 'is none of'],
  includes: ['includes', 'does not include'],
  exists: ['is known', 'is not known'],
  before: ['is before', 'is not before'],
  after: ['is after', 'is not after'],
  onOrBefore: ['is on or before', 'is after'],
  onOrAfter: ['is on or after', 'is before'],
  withinDaysAfter: ['is within', 'is not within'],
  withinDaysBefore: ['is within', 'is not within'],
  withinWorkingDaysAfter: ['is within', 'is not within'],
  withinWorkingDaysBefore: ['is within', 'is not within'],
};

function subject(path: string, trace: Trace): string {
  const label = trace.labels[path];
  return label === undefined ? path : `${label} (${path})`;
}

function parameterText(parameter: ParameterInForce | undefined, name: string, value: unknown): string {
  if (!parameter) return `parameter ${name} (${formatValue(value)})`;
  const unit = parameter.unit ? ` ${parameter.unit}` : '';
  return `${parameter.description} (${formatValue(value)}${unit})`;
}

function expectedText(node: ComparisonTrace, trace: Trace): string {
  const from = node.expectedFrom;
  if (from === undefined) return formatValue(node.expected);
  if ('fact' in from) return `${subject(from.fact, trace)}, ${formatValue(node.expected)}`;
  if ('param' in from) return parameterText(trace.parameters[from.param], from.param, node.expected);
  return `the date of this decision, ${formatValue(node.expected)}`;
}

function windowText(node: ComparisonTrace, trace: Trace): string {
  const working = node.op === 'withinWorkingDaysAfter' || node.op === 'withinWorkingDaysBefore';
  const plural = node.days === 1 ? 'day' : 'days';
  let days = `${formatValue(node.days)} ${working ? `working ${plural}` : plural}`;
  if (node.daysFrom)
    days += ` (${trace.parameters[node.daysFrom.param]?.description ?? node.daysFrom.param})`;
  if (working && node.division) days += ` in ${DIVISION_LABELS[node.division as Division]}`;
  const after = node.op.endsWith('After');
  let range = '';
  if (node.bound !== undefined) {
    const [first, last] = after ? [node.expected, node.bound] : [node.bound, node.expected];
    range = ` (from ${formatValue(first)} to ${formatValue(last)})`;
  }
  return `${days} ${after ? 'after' : 'before'} ${expectedText(node, trace)}${range}`;
}

/** One comparison as a clause, read as holding (`positive`) or as not holding. */
function comparisonText(node: ComparisonTrace, trace: Trace, positive: boolean): string {
  const phrase = PHRASES[node.op][positive ? 0 : 1];
  const factValue = `${node.fact} is ${formatValue(node.actual)}`;
  if (node.label !== undefined) {
    return positive ? `${node.label} (${factValue})` : `it is not the case that ${node.label} (${factValue})`;
  }
  const who = subject(node.fact, trace);
  switch (node.op) {
    case 'exists':
      return `${who} ${phrase}`;
    case 'eq':
    case 'ne':
    case 'in':
      return node.expectedFrom === undefined
        ? `${who} ${phrase} ${formatValue(node.expected)}`
        : `${who}, ${formatValue(node.actual)}, ${phrase} ${expectedText(node, trace)}`;
    case 'includes':
      return `${who} ${phrase} ${expectedText(node, trace)}`;
    case 'withinDaysAfter':
    case 'withinDaysBefore':
    case 'withinWorkingDaysAfter':
    case 'withinWorkingDaysBefore':
      return `${who}, ${formatValue(node.actual)}, ${phrase} ${windowText(node, trace)}`;
    default:
      return `${who}, ${formatValue(node.actual)}, ${phrase} ${expectedText(node, trace)}`;
  }
}

/** The clauses that made a node hold (for a node whose result is `true`). */
export function reasonsFor(node: ConditionTrace, trace: Trace): string[] {
  if (!('children' in node)) return [comparisonText(node, trace, true)];
  if (node.label !== undefined) return [node.label];
  switch (node.op) {
    case 'all':
      return node.children.flatMap((child) => reasonsFor(child, trace));
    case 'any': {
      const held = node.children.find((child) => child.result === 'true');
      return held ? reasonsFor(held, trace) : [];
    }
    case 'not':
      return node.children.flatMap((child) => reasonsAgainst(child, trace));
  }
}

/** The clauses that stopped a node from holding (for a node whose result is `false`). */
export function reasonsAgainst(node: ConditionTrace, trace: Trace): string[] {
  if (!('children' in node)) return [comparisonText(node, trace, false)];
  if (node.label !== undefined) return [`it is not the case that ${node.label}`];
  switch (node.op) {
    case 'all': {
      const failed = node.children.find((child) => child.result === 'false');
      return failed ? reasonsAgainst(failed, trace) : [];
    }
    case 'any':
      return node.children.flatMap((child) => reasonsAgainst(child, trace));
    case 'not':
      return node.children.flatMap((child) => reasonsFor(child, trace));
  }
}

/** The fact paths a node could not decide without (for a node whose result is `unknown`). */
export function gapsOf(node: ConditionTrace): { missing: string[]; invalid: string[] } {
  const missing = new Set<string>();
  const invalid = new Set<string>();
  const visit = (current: ConditionTrace): void => {
    if (current.result !== 'unknown') return;
    if ('children' in current) {
      for (const child of current.children) visit(child);
      return;
    }
    for (const path of current.missing) missing.add(path);
    for (const path of current.invalid) invalid.add(path);
  };
  visit(node);
  return { missing: [...missing], invalid: [...invalid] };
}

/** The names of the parameters a node compared with. */
export function parametersOf(node: ConditionTrace): string[] {
  const names = new Set<string>();
  const visit = (current: ConditionTrace): void => {
    if ('children' in current) {
      for (const child of current.children) visit(child);
      return;
    }
    if (current.expectedFrom && 'param' in current.expectedFrom) names.add(current.expectedFrom.param);
    if (current.daysFrom) names.add(current.daysFrom.param);
  };
  visit(node);
  return [...names];
}

/** A fact path with its label, for the list of what is missing. */
export function factText(path: string, trace: Trace | undefined): string {
  const label = trace?.labels[path];
  return label === undefined ? path : `${label} (${path})`;
}
