import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as model from '@antislavery/model';
import * as examples from '@antislavery/model/examples';
import * as referrals from '@antislavery/referrals';
import * as readExports from '@antislavery/referrals/read-exports';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as metrics from './index.js';
import * as synthetic from './synthetic/index.js';

// Runs every ```ts example of the TSDoc in src and of docs/metrics.md: each `expression;` followed
// by `//=> value` must give that value, so neither the reference nor the guide can drift from the
// code. It also checks that every export of the package has TSDoc with an example.

const here = path.dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(path.resolve(here, '../../../docs/metrics.md'), 'utf8');

const MODULES: Readonly<Record<string, unknown>> = {
  '@antislavery/metrics': metrics,
  '@antislavery/metrics/synthetic': synthetic,
  '@antislavery/model': model,
  '@antislavery/model/examples': examples,
  '@antislavery/referrals': referrals,
  '@antislavery/referrals/read-exports': readExports,
};

const RESULT = /^(\s*)\/\/=> (.*)$/;
const IMPORT = /^import (type )?\{([^}]*)\} from '([^']+)';$/;

/** How much a line opens brackets, outside string literals and comments. */
function depthOf(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') break;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth;
}

/** Turns one example into the body of an async function with `__check` calls. */
function toScript(example: string): { script: string; checks: number } {
  const joined = example.replace(
    /^import (type )?\{([^}]*)\} from '([^']+)';$/gm,
    (_, typeOnly = '', names: string, from: string) =>
      `import ${typeOnly}{${names.replace(/\s+/g, ' ')}} from '${from}';`,
  );
  const out: string[] = [];
  let current: string[] = [];
  let last: string[] | undefined;
  let depth = 0;
  let checks = 0;
  const finish = () => {
    if (last !== undefined) out.push(...last);
    last = current;
    current = [];
  };
  for (const line of joined.split('\n')) {
    const result = RESULT.exec(line);
    if (result) {
      if (last === undefined) throw new Error(`A //=> result must follow a statement: ${line}`);
      const expression = last
        .join('\n')
        .replace(/\/\/.*$/gm, '')
        .trim()
        .replace(/;$/, '');
      out.push(`__check(${expression}, ${result[2]}, ${JSON.stringify(expression)});`);
      last = undefined;
      checks++;
      continue;
    }
    const imported = IMPORT.exec(line);
    if (imported) {
      const [, typeOnly, names = '', from = ''] = imported;
      if (!(from in MODULES)) throw new Error(`The example imports from an unknown module: ${from}`);
      const values = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type '));
      if (!typeOnly && values.length > 0)
        out.push(`const { ${values.join(', ')} } = __modules[${JSON.stringify(from)}];`);
      continue;
    }
    current.push(line);
    depth += depthOf(line);
    if (depth === 0 && /[;}]\s*(\/\/.*)?$/.test(line)) finish();
  }
  if (last !== undefined) out.push(...last);
  out.push(...current);
  return { script: transformSync(out.join('\n'), { loader: 'ts' }).code, checks };
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

async function run(example: string): Promise<void> {
  const { script, checks } = toScript(example);
  let checked = 0;
  const check = (actual: unknown, expected: unknown, expression: string) => {
    expect(actual, expression).toEqual(expected);
    checked++;
  };
  await new AsyncFunction('__modules', '__check', script)(MODULES, check);
  expect(checked).toBe(checks);
}

const fences = (text: string) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** Every source file of the package that ships, with its path from src. */
function sources(folder = here, prefix = ''): [string, string][] {
  const files: [string, string][] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'test-support') files.push(...sources(path.join(folder, entry.name), `${name}/`));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      files.push([name, readFileSync(path.join(folder, entry.name), 'utf8')]);
    }
  }
  return files;
}

const tsdoc = (text: string) =>
  [...text.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((match) => (match[1] ?? '').replace(/^[ \t]*\* ?/gm, ''));

/** The names the entry points export, values and types. */
const EXPORTED: ReadonlySet<string> = (() => {
  const names = new Set<string>([...Object.keys(metrics), ...Object.keys(synthetic)]);
  for (const entry of ['index.ts', 'synthetic/index.ts']) {
    const text = readFileSync(path.join(here, entry), 'utf8');
    for (const match of text.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
      for (const name of (match[1] ?? '').split(',')) {
        const bare = name.replace(/^\s*type\s+/, '').trim();
        if (bare !== '') names.add(bare);
      }
    }
  }
  return names;
})();

describe('the guide’s examples', () => {
  it('has examples', () => {
    expect(fences(guide).length).toBeGreaterThan(6);
  });
  fences(guide).forEach((example, index) => {
    it(`runs example ${index + 1} of docs/metrics.md`, async () => {
      await run(example);
    }, 30_000);
  });
});

describe('the TSDoc examples', () => {
  for (const [file, text] of sources()) {
    const found = tsdoc(text).flatMap(fences);
    if (found.length === 0) continue;
    it(`runs the examples of ${file}`, async () => {
      for (const example of found) await run(example);
    });
  }
});

describe('the TSDoc of every export', () => {
  for (const [file, text] of sources()) {
    const declarations = [
      ...text.matchAll(
        /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:const|(?:async )?function\*?|type|class) (\w+)/g,
      ),
    ];
    // An overloaded function is documented once, on its first signature.
    const docs = new Map<string, string>();
    for (const [, doc = '', name = ''] of declarations) {
      if (EXPORTED.has(name) && !docs.get(name)) docs.set(name, doc);
    }
    if (docs.size === 0) continue;
    it(`gives each public export of ${file} a summary and an example`, () => {
      for (const [name, doc] of docs) {
        expect(doc, `${file}: ${name} has no TSDoc`).not.toBe('');
        expect(doc, `${file}: ${name} has no @example`).toContain('@example');
      }
    });
  }

  it('covers every export of the entry points', () => {
    const documented = new Set(
      sources().flatMap(([, text]) =>
        [...text.matchAll(/export (?:const|(?:async )?function\*?|type|class) (\w+)/g)].map((m) => m[1]),
      ),
    );
    expect([...EXPORTED].filter((name) => !documented.has(name))).toEqual([]);
  });
});
