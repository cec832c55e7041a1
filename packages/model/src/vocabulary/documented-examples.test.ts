import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as lists from '../lists/index.js';
import * as vocabulary from './index.js';

// Runs the examples of docs/vocabulary.md and of the TSDoc in src/vocabulary and src/lists: each
// `expression;` followed by `//=> value` must evaluate to that value, so neither the guide nor the
// reference can drift from the code.

const here = path.dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(path.resolve(here, '../../../../docs/vocabulary.md'), 'utf8');
const modules: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '@antislavery/model': vocabulary,
  '@antislavery/model/lists': lists,
};

const IMPORT = /^import (type )?\{([^}]*)\} from '([^']+)';$/;
const RESULT = /^(\s*)\/\/=> (.*)$/;

/**
 * Turns one example into a script: imports read from `modules`, each result checked by `check`.
 * A result at the margin checks the statement above it, however many lines it takes; an indented
 * result (inside a block such as `catch`) checks the line above it.
 */
function toScript(example: string): string {
  const script: string[] = [];
  let statement: string[] = [];
  // A formatter may wrap a long import over several lines; join it back into one.
  const joined = example.replace(
    /^import (type )?\{([^}]*)\} from '([^']+)';$/gm,
    (_, typeOnly = '', names: string, from: string) =>
      `import ${typeOnly}{${names.replace(/\s+/g, ' ')}} from '${from}';`,
  );
  for (const line of joined.split('\n')) {
    const imported = IMPORT.exec(line);
    const result = RESULT.exec(line);
    if (imported) {
      const [, typeOnly, names = '', from = ''] = imported;
      if (!(from in modules)) throw new Error(`The example imports from an unknown module: ${from}`);
      if (!typeOnly) script.push(`const {${names}} = modules[${JSON.stringify(from)}];`);
    } else if (result) {
      const [, indent = '', expected = ''] = result;
      const taken = indent === '' ? statement : statement.slice(-1);
      script.push(...(indent === '' ? [] : statement.slice(0, -1)));
      const expression = taken.join('\n').trim().replace(/;$/, '');
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

const guideExamples = fences(guide);

/** The `@example` fences of every documented source file of a folder, as `[label, code]`. */
function sourceExamples(folder: string): [string, string][] {
  const examples: [string, string][] = [];
  for (const file of readdirSync(path.resolve(here, folder)).sort()) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(path.resolve(here, folder, file), 'utf8');
    for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const text = (comment[1] ?? '').replace(/^[ \t]*\* ?/gm, '');
      for (const example of fences(text)) examples.push([`${folder}/${file}`, example]);
    }
  }
  return examples;
}

describe('the vocabulary guide', () => {
  it('has examples to run', () => {
    expect(guideExamples.length).toBeGreaterThan(5);
  });

  it.each(guideExamples.map((example, index) => [index + 1, example] as const))(
    'runs example %i as written',
    (_, example) => {
      expect(run(example)).toBeGreaterThan(0);
    },
  );

  it('names only constants and functions that the packages export', () => {
    const exported = new Set([...Object.keys(vocabulary), ...Object.keys(lists)]);
    const constants = [...guide.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((match) => match[1]);
    const functions = [...guide.matchAll(/`([a-z][A-Za-z]+)\(/g)].map((match) => match[1]);
    expect([...constants, ...functions].filter((name) => name !== undefined && !exported.has(name))).toEqual(
      [],
    );
  });
});

describe('the TSDoc examples', () => {
  const examples = [...sourceExamples('.'), ...sourceExamples('../lists')];

  it('are found in the vocabulary and list modules', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it.each(examples)('in %s run as written', (_, example) => {
    run(example);
  });
});
