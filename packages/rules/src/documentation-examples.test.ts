// Runs every `@example` in the TSDoc of this package and every TypeScript block of the guide
// docs/rules-engine.md. Each `//=> value` line becomes an assertion that the statement before it
// gives that value, so the documentation cannot drift from the code.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sourceDir = dirname(fileURLToPath(import.meta.url));
const packageDir = dirname(sourceDir);
const guide = join(packageDir, '..', '..', 'docs', 'rules-engine.md');

interface Example {
  readonly name: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function tsdocExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (comment[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const body = lines.join('\n');
    const next = text
      .slice((comment.index ?? 0) + comment[0].length)
      .match(/export\s+(?:declare\s+)?(?:const|function|class|interface|type)\s+(\w+)/);
    for (const block of body.matchAll(/```ts\n([\s\S]*?)```/g)) {
      examples.push({
        name: `${relative(packageDir, file)}: ${next?.[1] ?? 'module'}`,
        code: block[1] ?? '',
      });
    }
  }
  return examples;
}

function guideExamples(): Example[] {
  const text = readFileSync(guide, 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((block, index) => ({
    name: `docs/rules-engine.md: block ${index + 1}`,
    code: block[1] ?? '',
  }));
}

/** Turns `statement;\n//=> value` into an assertion that the statement's value equals `value`. */
function withAssertions(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const expectation = /^(\s*)\/\/=> (.*)$/.exec(line);
    if (!expectation) {
      out.push(line);
      continue;
    }
    // The statement before: back to the previous line that ends a statement or opens a block.
    let start = out.length - 1;
    while (start > 0 && !/[;{}]\s*$|^\s*$|^\s*\/\//.test(out[start - 1] ?? '')) start--;
    // After a type alias the line shows the type, which only the compiler can check.
    if (/^\s*type\s/.test(out[start] ?? '')) continue;
    const statement = out.splice(start).join('\n').replace(/;\s*$/, '');
    out.push(`__expect(${statement}, ${expectation[2]});`);
  }
  return out.join('\n');
}

/**
 * Bundles examples into one module of functions, sharing hoisted imports. If that fails, each
 * example is bundled alone, so that only the broken ones fail, with their own error.
 */
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

const examples = [...sourceFiles(sourceDir).flatMap(tsdocExamples), ...guideExamples()];
(globalThis as { __expect?: unknown }).__expect = (actual: unknown, expected: unknown) => {
  expect(actual).toEqual(expected);
};
const compiled = await bundle(examples);

describe('documentation examples', () => {
  it('include one for every export', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  examples.forEach((example, index) => {
    it(`runs ${example.name}`, async () => {
      await compiled[String(index)]?.();
    });
  });
});
