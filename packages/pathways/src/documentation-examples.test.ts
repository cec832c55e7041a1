// Runs every `@example` in the TSDoc of this package and every TypeScript block of the guide
// docs/deciding-a-pathway.md: each `//=> value` line becomes an assertion that the statement
// before it gives that value, so neither the reference nor the guide can drift from the code. It
// also checks that every public export has TSDoc with an example.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sourceDir = dirname(fileURLToPath(import.meta.url));
const packageDir = dirname(sourceDir);
const guide = join(packageDir, '..', '..', 'docs', 'deciding-a-pathway.md');

type Example = { readonly name: string; readonly code: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The doc comment just before each exported declaration, by the declared name. */
function docComments(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const comments = new Map<string, string>();
  for (const match of text.matchAll(
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:declare\s+)?(?:const|function|class|interface|type)\s+(\w+)/g,
  )) {
    const body = (match[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    comments.set(match[2] ?? '', body);
  }
  return comments;
}

function tsdocExamples(file: string): Example[] {
  return [...docComments(file)].flatMap(([name, body]) =>
    [...body.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => ({
      name: `${relative(packageDir, file)}: ${name}`,
      code: block[1] ?? '',
    })),
  );
}

function guideExamples(): Example[] {
  const text = readFileSync(guide, 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((block, index) => ({
    name: `docs/deciding-a-pathway.md: block ${index + 1}`,
    code: block[1] ?? '',
  }));
}

/**
 * Turns `statement;\n//=> value` into an assertion that the statement's value equals `value`. A
 * value that opens with `{` or `[` at the end of the line goes on over the following `// ` lines,
 * to the one that closes it.
 */
function withAssertions(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const expectation = /^(\s*)\/\/=> (.*)$/.exec(lines[index] ?? '');
    if (!expectation) {
      out.push(lines[index] ?? '');
      continue;
    }
    let expected = expectation[2] ?? '';
    if (/[{[]$/.test(expected)) {
      while (/^\s*\/\/ /.test(lines[index + 1] ?? '')) {
        index++;
        const line = (lines[index] ?? '').replace(/^\s*\/\/ /, '');
        expected += `\n${line}`;
        if (/^[}\]]/.test(line)) break;
      }
    }
    let start = out.length - 1;
    while (start > 0 && !/[;{}]\s*$|^\s*$|^\s*\/\//.test(out[start - 1] ?? '')) start--;
    if (/^\s*type\s/.test(out[start] ?? '')) continue;
    const statement = out.splice(start).join('\n').replace(/;\s*$/, '');
    out.push(`__expect(${statement}, ${expected});`);
  }
  return out.join('\n');
}

async function bundleTogether(examples: readonly Example[]): Promise<Record<string, () => Promise<void>>> {
  const imports = new Map<string, Set<string>>();
  const bodies = examples.map((example, index) => {
    const body = withAssertions(example.code).replace(
      /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\n?/gm,
      (_all, typeOnly: string | undefined, names: string, from: string) => {
        if (typeOnly) return '';
        const set = imports.get(from) ?? new Set<string>();
        for (const name of names.split(',').map((part) => part.trim())) {
          if (name !== '' && !name.startsWith('type ')) set.add(name);
        }
        imports.set(from, set);
        return '';
      },
    );
    return `examples[${JSON.stringify(String(index))}] = async () => {\n${body}\n};`;
  });
  const header = [...imports]
    .map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`)
    .join('\n');
  const contents = `${header}\nconst examples = {};\nconst __expect = (actual, expected) => globalThis.__expect(actual, expected);\n${bodies.join('\n')}\nexport { examples };`;
  const result = await build({
    stdin: { contents, loader: 'ts', resolveDir: sourceDir },
    conditions: ['@antislavery/source'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0]?.text ?? '').toString('base64')}`;
  const loaded = (await import(/* @vite-ignore */ url)) as { examples: Record<string, () => Promise<void>> };
  return loaded.examples;
}

/** Bundles the examples together; if that fails, each alone, so only broken ones fail. */
async function bundle(examples: readonly Example[]): Promise<Record<string, () => Promise<void>>> {
  try {
    return await bundleTogether(examples);
  } catch {
    const one = await Promise.all(
      examples.map(async (example) => {
        try {
          return (await bundleTogether([example]))['0'];
        } catch (error) {
          return () => Promise.reject(error);
        }
      }),
    );
    return Object.fromEntries(one.map((run, index) => [String(index), run as () => Promise<void>]));
  }
}

const files = sourceFiles(sourceDir);
const examples = [...files.flatMap(tsdocExamples), ...guideExamples()];
(globalThis as { __expect?: unknown }).__expect = (actual: unknown, expected: unknown) => {
  expect(actual).toEqual(expected);
};
const compiled = await bundle(examples);

/** The names the package exports, read from its index. */
function publicExports(): { name: string; file: string }[] {
  const index = readFileSync(join(sourceDir, 'index.ts'), 'utf8');
  return [...index.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'\.\/([^']+)\.js';/g)].flatMap(
    (match) =>
      (match[1] ?? '')
        .split(',')
        .map((part) => part.trim().replace(/^type\s+/, ''))
        .filter((name) => name !== '')
        .map((name) => ({ name, file: join(sourceDir, `${match[2]}.ts`) })),
  );
}

describe('documentation examples', () => {
  it('include one for every public export', () => {
    const missing = publicExports().filter(
      ({ name, file }) => !/```ts/.test(docComments(file).get(name) ?? ''),
    );
    expect(missing.map(({ name }) => name)).toEqual([]);
  });

  examples.forEach((example, index) => {
    it(`runs ${example.name}`, async () => {
      await compiled[String(index)]?.();
    });
  });
});
