import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as examples from '../examples/index.js';
import * as model from '../index.js';

// Runs the examples of docs/model.md and of the TSDoc in src/partnership and src/examples. Each
// `expression;` followed by a `//=> value` line must evaluate to that value, so neither the guide
// nor the reference can drift from the code.

const here = path.dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(path.resolve(here, '../../../../docs/model.md'), 'utf8');
const modules: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '@antislavery/model': model,
  '@antislavery/model/examples': examples,
};

const IMPORT = /^import (type )?\{([^}]*)\} from '([^']+)';$/;
const RESULT = /^(\s*)\/\/=> (.*)$/;

/** The names a value import brings in, without inline `type` imports. */
function valueNames(names: string): string {
  return names
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
    .join(', ');
}

/**
 * Splits the lines before a result into the statements that come first and the statement the
 * result checks: the lines after the last earlier line that ends a statement with `;`.
 */
function lastStatement(lines: readonly string[]): [string[], string[]] {
  let cut = lines.length - 2;
  while (cut >= 0 && !(lines[cut] ?? '').trimEnd().endsWith(';')) cut -= 1;
  return [lines.slice(0, cut + 1), lines.slice(cut + 1)];
}

/**
 * Turns one example into a script: imports are read from `modules`, and each `//=>` result checks
 * the statement above it, or, when indented (inside a block such as `catch`), the line above.
 */
function toScript(example: string): string {
  const lines = example
    .replace(/^import (type )?\{([^}]*)\} from '([^']+)';$/gm, (line) => line.replace(/\s+/g, ' '))
    .split('\n');
  const script: string[] = [];
  let statement: string[] = [];
  for (const line of lines) {
    const imported = IMPORT.exec(line);
    const result = RESULT.exec(line);
    if (imported) {
      const [, typeOnly, names = '', from = ''] = imported;
      if (!(from in modules)) throw new Error(`The example imports from an unknown module: ${from}`);
      const values = valueNames(names);
      if (!typeOnly && values !== '') script.push(`const { ${values} } = modules[${JSON.stringify(from)}];`);
    } else if (result) {
      const [, indent = '', expected = ''] = result;
      const [before, checked] =
        indent === '' ? lastStatement(statement) : [statement.slice(0, -1), statement.slice(-1)];
      script.push(...before);
      const expression = checked.join('\n').trim().replace(/;$/, '');
      script.push(`check(${expression}, ${expected}, ${JSON.stringify(expression)});`);
      statement = [];
    } else if (line.trim() === '') {
      script.push(...statement);
      statement = [];
    } else {
      statement.push(line);
    }
  }
  script.push(...statement);
  return transformSync(script.join('\n'), { loader: 'ts' }).code;
}

/** Runs an example and returns how many results it checked. */
function run(example: string): number {
  let checked = 0;
  const check = (actual: unknown, expected: unknown, expression: string) => {
    expect(actual, expression).toEqual(expected);
    checked += 1;
  };
  new Function('modules', 'check', toScript(example))(modules, check);
  return checked;
}

const fences = (text: string) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** The `@example` fences in the TSDoc of every source file of a folder, as `[file, code]`. */
function sourceExamples(folder: string): [string, string][] {
  const found: [string, string][] = [];
  for (const file of readdirSync(path.resolve(here, folder)).sort()) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(path.resolve(here, folder, file), 'utf8');
    for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const text = (comment[1] ?? '').replace(/^[ \t]*\* ?/gm, '');
      for (const example of fences(text)) found.push([`${folder}/${file}`, example]);
    }
  }
  return found;
}

describe('the partnership model guide', () => {
  const guideExamples = fences(guide);

  it('has examples to run', () => {
    expect(guideExamples.length).toBeGreaterThan(10);
  });

  it.each(guideExamples.map((example, index) => [index + 1, example] as const))(
    'runs example %i as written, checking each result',
    (_, example) => {
      expect(run(example)).toBeGreaterThan(0);
    },
  );

  it('names only things the package and its examples export', () => {
    const exported = new Set([...Object.keys(model), ...Object.keys(examples)]);
    const constants = [...guide.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((match) => match[1]);
    const functions = [...guide.matchAll(/`([a-z][A-Za-z]+)\(/g)].map((match) => match[1]);
    const values = [...guide.matchAll(/^\| `([a-z]+[A-Z][A-Za-z]*)`/gm)].map((match) => match[1]);
    expect(
      [...constants, ...functions, ...values].filter((name) => name !== undefined && !exported.has(name)),
    ).toEqual([]);
  });
});

describe('the TSDoc examples of the partnership model and its example documents', () => {
  const found = [...sourceExamples('.'), ...sourceExamples('../examples')];

  it('are found', () => {
    expect(found.length).toBeGreaterThan(100);
  });

  it.each(found)('in %s run as written', (_, example) => {
    run(example);
  });
});
