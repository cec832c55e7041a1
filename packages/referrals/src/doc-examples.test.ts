import * as fs from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as readExports from './exports/index.js';
import { adultReferral, anonymousNotification } from './fixtures/records.js';
import * as referrals from './index.js';

// Runs every ```ts example of the TSDoc in src and of docs/validating-referrals.md: each
// `expression;` followed by `//=> value` must give that value, so neither the reference nor the
// guide can drift from the code. An example may `declare const referral: NrmReferral` (or
// `notification`): the runner gives it a complete, valid record. It also checks that every
// exported declaration has TSDoc with an example.

const here = path.dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(path.resolve(here, '../../../docs/validating-referrals.md'), 'utf8');

const MODULES: Readonly<Record<string, unknown>> = {
  '@antislavery/referrals': referrals,
  '@antislavery/referrals/read-exports': readExports,
  'node:fs': fs,
};
const FIXTURES: Readonly<Record<string, () => unknown>> = {
  referral: adultReferral,
  notification: anonymousNotification,
};

const RESULT = /^(\s*)\/\/=> (.*)$/;
const IMPORT = /^import (type )?\{([^}]*)\} from '([^']+)';$/;
const DECLARE = /^declare const (\w+): [\w<>[\]'|. ]+;$/;

/** How much a line opens brackets, outside string literals. */
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
    if (result?.[1]) {
      // An indented result, inside a block such as `catch`, checks the one line above it.
      const above = current.pop()?.trim().replace(/;$/, '');
      if (above === undefined) throw new Error(`A //=> result must follow a statement: ${line}`);
      current.push(`__check(${above}, ${result[2]}, ${JSON.stringify(above)});`);
      checks++;
      continue;
    }
    if (result) {
      if (last === undefined) throw new Error(`A //=> result must follow a statement: ${line}`);
      const expression = last.join('\n').trim().replace(/;$/, '');
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
    const declared = DECLARE.exec(line);
    if (declared) {
      const name = declared[1] as string;
      if (!(name in FIXTURES)) throw new Error(`The example declares an unknown fixture: ${name}`);
      out.push(`const ${name} = __fixtures[${JSON.stringify(name)}]();`);
      continue;
    }
    current.push(line);
    depth += depthOf(line);
    if (depth === 0 && /;\s*$/.test(line)) finish();
  }
  if (last !== undefined) out.push(...last);
  out.push(...current);
  return { script: transformSync(out.join('\n'), { loader: 'ts' }).code, checks };
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

async function run(example: string): Promise<number> {
  const { script, checks } = toScript(example);
  let checked = 0;
  const check = (actual: unknown, expected: unknown, expression: string) => {
    expect(actual, expression).toEqual(expected);
    checked++;
  };
  await new AsyncFunction('__modules', '__fixtures', '__check', script)(MODULES, FIXTURES, check);
  expect(checked).toBe(checks);
  return checked;
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
      if (entry.name !== 'fixtures') files.push(...sources(path.join(folder, entry.name), `${name}/`));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      files.push([name, readFileSync(path.join(folder, entry.name), 'utf8')]);
    }
  }
  return files;
}

const tsdoc = (text: string) =>
  [...text.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((match) => (match[1] ?? '').replace(/^[ \t]*\* ?/gm, ''));

/** The names the entry points re-export by name or through `export *`. */
const NAMED_EXPORTS: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const entries = [
    [here, readFileSync(path.join(here, 'index.ts'), 'utf8')],
    [path.join(here, 'exports'), readFileSync(path.join(here, 'exports/index.ts'), 'utf8')],
  ] as const;
  for (const [folder, entry] of entries) {
    for (const match of entry.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
      for (const name of (match[1] ?? '').split(',')) names.add(name.replace(/^\s*type\s+/, '').trim());
    }
    for (const match of entry.matchAll(/export (?:type )?\* from '\.\/([^']+)\.js';/g)) {
      const module = readFileSync(path.join(folder, `${match[1]}.ts`), 'utf8');
      for (const declared of module.matchAll(/export (?:const|function|type|class) (\w+)/g))
        names.add(declared[1] as string);
    }
  }
  return names;
})();

/** Whether a name is re-exported by an entry point (types leave no runtime trace). */
function isExportedType(name: string): boolean {
  return NAMED_EXPORTS.has(name);
}

const PUBLIC = new Set([...Object.keys(referrals), ...Object.keys(readExports)]);

describe('the guide’s examples', () => {
  it('has examples', () => {
    expect(fences(guide).length).toBeGreaterThan(8);
  });

  fences(guide).forEach((example, index) => {
    it(`runs example ${index + 1} of docs/validating-referrals.md`, async () => {
      await run(example);
    });
  });
});

describe('the TSDoc examples', () => {
  for (const [file, text] of sources()) {
    const examples = tsdoc(text).flatMap(fences);
    if (examples.length === 0) continue;
    it(`runs the examples of ${file}`, async () => {
      for (const example of examples) await run(example);
    });
  }
});

describe('the TSDoc of every export', () => {
  for (const [file, text] of sources()) {
    const declarations = [
      ...text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:const|function|type|class) (\w+)/g),
    ];
    const exported = declarations.filter(([, , name = '']) => PUBLIC.has(name) || isExportedType(name));
    if (exported.length === 0) continue;
    it(`gives each public export of ${file} a summary and an example`, () => {
      for (const [, doc = '', name = ''] of exported) {
        expect(doc, `${file}: ${name} has no TSDoc`).not.toBe('');
        expect(doc, `${file}: ${name} has no @example`).toContain('@example');
      }
    });
  }
});
