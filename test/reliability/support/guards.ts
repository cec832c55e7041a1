// Checks shared by the reliability tests: the built-in prototypes are untouched, a call throws
// nothing or only a documented error class with its stable code, and results have their shape.
import { expect } from 'vitest';

const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

type Snapshot = ReadonlyMap<string, PropertyDescriptor | undefined>;

function snapshot(): Snapshot {
  const entries = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, prototype] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(prototype)) {
      entries.set(`${name}.${String(key)}`, Reflect.getOwnPropertyDescriptor(prototype, key));
    }
  }
  return entries;
}

const ORIGINAL = snapshot();
const ORIGINAL_COUNTS = PROTOTYPES.map(([, prototype]) => Reflect.ownKeys(prototype).length);

const sameDescriptor = (a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.value === b.value &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

/** Every property of the built-in prototypes added, removed or changed since the tests began. */
export function prototypeChanges(): string[] {
  const now = snapshot();
  const changes: string[] = [];
  for (const [key, descriptor] of now) {
    if (!sameDescriptor(descriptor, ORIGINAL.get(key))) changes.push(key);
  }
  for (const key of ORIGINAL.keys()) if (!now.has(key)) changes.push(key);
  return changes;
}

/**
 * A cheap check for every case: no property was added to or removed from a built-in prototype.
 * `expectPrototypesUntouched` compares every descriptor, after each test.
 */
export function assertNoNewPrototypeKeys(): void {
  PROTOTYPES.forEach(([name, prototype], index) => {
    if (Reflect.ownKeys(prototype).length !== ORIGINAL_COUNTS[index]) {
      throw new Error(`${name} gained or lost a property: ${prototypeChanges().join(', ')}`);
    }
  });
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype is polluted');
}

/** Every descriptor of the built-in prototypes is as it was when the tests began. */
export function expectPrototypesUntouched(): void {
  expect(prototypeChanges()).toEqual([]);
}

/** An error class a function documents, with the stable code its instances carry. */
export type DocumentedError = {
  readonly type: abstract new (...args: never[]) => Error;
  readonly code: string;
};

/**
 * Calls `call`; returns its result, or the error if it threw one of the `documented` classes with
 * its code. Any other throw fails the case, naming what was thrown.
 */
export function callDocumented<T>(
  call: () => T,
  documented: readonly DocumentedError[] = [],
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error } {
  try {
    const value = call();
    assertNoNewPrototypeKeys();
    return { ok: true, value };
  } catch (error) {
    assertNoNewPrototypeKeys();
    const known = documented.find(
      (entry) => error instanceof entry.type && (error as { code?: unknown }).code === entry.code,
    );
    if (known === undefined) throw new UndocumentedThrow(error);
    return { ok: false, error: error as Error };
  }
}

/** Awaits `call` as {@link callDocumented} does. */
export async function callDocumentedAsync<T>(
  call: () => Promise<T>,
  documented: readonly DocumentedError[] = [],
): Promise<{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error }> {
  try {
    const value = await call();
    assertNoNewPrototypeKeys();
    return { ok: true, value };
  } catch (error) {
    assertNoNewPrototypeKeys();
    const known = documented.find(
      (entry) => error instanceof entry.type && (error as { code?: unknown }).code === entry.code,
    );
    if (known === undefined) throw new UndocumentedThrow(error);
    return { ok: false, error: error as Error };
  }
}

/** A failure: the function threw something it does not document. */
export class UndocumentedThrow extends Error {
  constructor(readonly thrown: unknown) {
    const what =
      thrown instanceof Error
        ? `${thrown.name}: ${thrown.message.slice(0, 300)}\n${thrown.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`
        : typeof thrown;
    super(`threw an undocumented error: ${what}`);
    this.name = 'UndocumentedThrow';
  }
}

/** A stable dotted code: lower-case words joined by hyphens, at least two parts joined by dots. */
export const DOTTED_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9_]+(?:-[a-z0-9]+)*)+$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Checks one issue has the shape every package gives: severity, code, path and message. */
export function assertIssue(
  issue: unknown,
  options: { readonly severities?: readonly string[]; readonly pathIsString?: boolean } = {},
): void {
  const severities = options.severities ?? ['error'];
  if (!isPlainObject(issue)) throw new Error('an issue is not a plain object');
  if (typeof issue.severity !== 'string' || !severities.includes(issue.severity)) {
    throw new Error(`an issue has the severity ${String(issue.severity)}`);
  }
  if (typeof issue.code !== 'string' || !DOTTED_CODE.test(issue.code)) {
    throw new Error(`an issue has the code ${JSON.stringify(issue.code)}`);
  }
  if (typeof issue.message !== 'string' || issue.message.trim() === '') {
    throw new Error(`the issue ${issue.code} has no message`);
  }
  if (options.pathIsString) {
    if (typeof issue.path !== 'string') throw new Error(`the issue ${issue.code} has no path`);
  } else if (
    !Array.isArray(issue.path) ||
    !issue.path.every(
      (part) => typeof part === 'string' || (typeof part === 'number' && Number.isInteger(part) && part >= 0),
    )
  ) {
    throw new Error(`the issue ${issue.code} has a path that is not a list of names and positions`);
  }
}

/** Checks a list of issues: an array of well-formed issues, not empty unless allowed. */
export function assertIssues(
  issues: unknown,
  options: {
    readonly severities?: readonly string[];
    readonly allowEmpty?: boolean;
    readonly pathIsString?: boolean;
  } = {},
): void {
  if (!Array.isArray(issues)) throw new Error('the issues are not a list');
  if (!options.allowEmpty && issues.length === 0) throw new Error('a failure came with no issues');
  for (const issue of issues) assertIssue(issue, options);
}

/**
 * Checks a `{ ok: true, value, warnings } | { ok: false, issues }` result, as the validate
 * functions return it; `isValue` checks the value.
 */
export function assertValidationResult(
  result: unknown,
  isValue: (value: unknown) => boolean = isPlainObject,
  issueCode?: (code: string) => boolean,
): void {
  if (!isPlainObject(result) || typeof result.ok !== 'boolean') throw new Error('not a result');
  const list = result.ok ? result.warnings : result.issues;
  assertIssues(list, { severities: ['error', 'warning'], allowEmpty: result.ok });
  if (result.ok) {
    if (!isValue(result.value)) throw new Error('an ok result has a value of the wrong shape');
    if ((list as { severity: string }[]).some((issue) => issue.severity !== 'warning')) {
      throw new Error('an ok result carries an error');
    }
  } else if (!(list as { severity: string }[]).some((issue) => issue.severity === 'error')) {
    throw new Error('a failed result has no error');
  }
  if (issueCode !== undefined) {
    for (const issue of list as { code: string }[]) {
      if (!issueCode(issue.code)) throw new Error(`the code ${issue.code} is not in the registry`);
    }
  }
}

export { isPlainObject };
