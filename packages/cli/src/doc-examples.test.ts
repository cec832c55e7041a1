import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cli from './index.js';

// Runs every ```ts example of the TSDoc in src and of docs/cli.md: a line `expression;` followed by
// `//=> value` must give that value, so neither the reference nor the guide can drift from the
// code. It also checks that every export has TSDoc with an example.

const here = fileURLToPath(new URL('.', import.meta.url));
const guide = readFileSync(join(here, '../../../docs/cli.md'), 'utf8');
const MODULES: Readonly<Record<string, unknown>> = { '@antislavery/cli': cli };

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const sources = sourceFiles(here).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

function tsdocExamples(text: string): string[] {
  return [...text.matchAll(/\/\*\*([\s\S]*?)\*\//g)].flatMap((comment) => {
    const lines = (comment[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    return [...lines.join('\n').matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => block[1] ?? '');
  });
}

const examples = [
  ...sources.flatMap(({ path, text }) =>
    tsdocExamples(text).map((code) => ({ where: path.slice(here.length), code })),
  ),
  ...[...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => ({
    where: 'docs/cli.md',
    code: block[1] ?? '',
  })),
];

/** The example as the body of an async function, its imports taken from MODULES and its results checked. */
function toScript(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  lines.forEach((line, index) => {
    const imported = /^import (type )?\{([^}]*)\} from '([^']+)';$/.exec(line);
    if (imported !== null) {
      if (imported[1] === undefined) {
        const names = (imported[2] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '' && !name.startsWith('type '));
        out.push(`const { ${names.join(', ')} } = __modules[${JSON.stringify(imported[3])}];`);
      }
      return;
    }
    const result = /^\/\/=> (.*)$/.exec(lines[index + 1] ?? '');
    if (result !== null) {
      const expression = line.replace(/;$/, '');
      out.push(`__check(${expression}, ${result[1]});`);
      return;
    }
    out.push(line);
  });
  return transformSync(out.join('\n'), { loader: 'ts', format: 'esm' }).code;
}

type Check = (actual: unknown, expected: unknown) => void;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (modules: typeof MODULES, check: Check) => Promise<void>;

beforeAll(async () => {
  await import('./commands/schema/schema.js');
}, 60_000);

describe('the examples in the TSDoc and in docs/cli.md', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((example) => [example.where, example.code] as const))(
    '%s: runs and gives what it shows',
    async (_where, code) => {
      let checks = 0;
      const check: Check = (actual, expected) => {
        checks++;
        expect(actual).toEqual(expected);
      };
      await new AsyncFunction('__modules', '__check', toScript(code))(MODULES, check);
      expect(checks).toBe((code.match(/^\/\/=> /gm) ?? []).length);
    },
  );
});

describe('the exports', () => {
  it('each have TSDoc with an example', () => {
    const index = readFileSync(join(here, 'index.ts'), 'utf8');
    const names = [...index.matchAll(/export \{([^}]*)\}/g)].flatMap((block) =>
      (block[1] ?? '')
        .split(',')
        .map((name) => name.replace(/\btype\b/, '').trim())
        .filter((name) => name !== ''),
    );
    expect(names.sort()).toEqual(['CliIo', 'CliOutput', 'EXIT_CODES', 'ExitCode', 'processIo', 'runCli']);
    for (const name of names) {
      const declared = sources
        .map(({ text }) =>
          new RegExp(
            `\\/\\*\\*((?:(?!\\*\\/)[\\s\\S])*)\\*\\/\\n(?:export (?:const|type|function|async function|class) )${name}\\b`,
          ).exec(text),
        )
        .find((match) => match !== null);
      expect(declared?.[1], name).toContain('@example');
    }
  });
});
