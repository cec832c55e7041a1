// Bundles many prepared examples into one JavaScript module with esbuild, resolving the packages
// to their TypeScript sources (the `@antislavery/source` condition), so that hundreds of examples
// cost one build. Each example becomes an async function of the helpers it calls.

import { build, type Message, transformSync } from 'esbuild';
import { ROOT } from './find-examples.js';
import type { PreparedExample } from './with-assertions.js';

/** What an example calls: the checks, its fixtures, its modules, and a console and fetch of its own. */
export interface ExampleHelpers {
  readonly __expect: (actual: unknown, expected: unknown, label: string) => void;
  readonly __expectThrows: (run: () => Promise<unknown>, name: string, label: string) => Promise<void>;
  readonly __fixture: (name: string) => unknown;
  readonly __import: (specifier: string) => unknown;
  readonly console: Pick<Console, 'log' | 'error' | 'warn' | 'info'>;
  readonly fetch: (url: string) => Promise<unknown>;
}

/** An example compiled into the bundle, or the reason it could not be. */
export type CompiledExample =
  | { readonly ok: true; readonly run: (helpers: ExampleHelpers) => Promise<void> }
  | { readonly ok: false; readonly error: Error };

/** What the bundle provides besides the examples: fixtures and a fetch that never uses the network. */
export interface BundleSupport {
  readonly fixtures: Readonly<Record<string, () => unknown>>;
  readonly fetch: (url: string) => Promise<unknown>;
}

const HELPERS = '{ __expect, __expectThrows, __fixture, __import, console, fetch }';

/** The example's script in JavaScript, as the body of an async function, or why it is not valid. */
export function toFunction(example: PreparedExample): string {
  const { code } = transformSync(example.script, { loader: 'ts', format: 'esm', target: 'es2022' });
  return `async (${HELPERS}) => {\n${code}\n}`;
}

function messageText(messages: readonly Message[]): string {
  return messages
    .map((message) => `${message.text}${message.location ? ` (${message.location.lineText.trim()})` : ''}`)
    .join('\n');
}

async function bundle(
  functions: readonly string[],
  modules: readonly string[],
  support: string,
): Promise<{ examples: ((helpers: ExampleHelpers) => Promise<void>)[]; support: BundleSupport }> {
  const contents = [
    ...modules.map((specifier, index) => `import * as __m${index} from ${JSON.stringify(specifier)};`),
    `export * as support from ${JSON.stringify(support)};`,
    `const modules = { ${modules.map((specifier, index) => `${JSON.stringify(specifier)}: __m${index}`).join(', ')} };`,
    'export const lookUp = (specifier) => modules[specifier];',
    `export const examples = [\n${functions.join(',\n')}\n];`,
  ].join('\n');
  const result = await build({
    stdin: { contents, loader: 'js', resolveDir: ROOT, sourcefile: 'documented-examples.js' },
    conditions: ['@antislavery/source'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  const url = `data:text/javascript;base64,${Buffer.from(text).toString('base64')}`;
  const loaded = (await import(/* @vite-ignore */ url)) as {
    examples: ((helpers: ExampleHelpers) => Promise<void>)[];
    lookUp: (specifier: string) => unknown;
    support: BundleSupport;
  };
  return {
    examples: loaded.examples.map((run) => (helpers) => run({ ...helpers, __import: loaded.lookUp })),
    support: loaded.support,
  };
}

/**
 * Bundles the examples into one module with `support` (a module path that exports `fixtures` and
 * `fetch`). An example that is not valid code, or that imports a module that cannot be resolved,
 * is left out with its error; the rest are bundled together.
 */
export async function bundleExamples(
  examples: readonly PreparedExample[],
  support: string,
): Promise<{ compiled: CompiledExample[]; support: BundleSupport }> {
  const compiled: CompiledExample[] = [];
  const functions: { index: number; text: string }[] = [];
  examples.forEach((example, index) => {
    try {
      functions.push({ index, text: toFunction(example) });
      compiled.push({ ok: true, run: async () => {} });
    } catch (error) {
      const errors = (error as { errors?: Message[] }).errors;
      compiled.push({ ok: false, error: new Error(errors ? messageText(errors) : String(error)) });
    }
  });

  let unresolved = new Map<string, string>();
  for (let attempt = 0; attempt < 2; attempt++) {
    const included = functions.filter(({ index }) =>
      (examples[index]?.modules ?? []).every((specifier) => !unresolved.has(specifier)),
    );
    const modules = [...new Set(included.flatMap(({ index }) => examples[index]?.modules ?? []))];
    try {
      const built = await bundle(
        included.map(({ text }) => text),
        modules,
        support,
      );
      included.forEach(({ index }, position) => {
        const run = built.examples[position];
        if (run) compiled[index] = { ok: true, run };
      });
      for (const { index } of functions) {
        const missing = (examples[index]?.modules ?? []).find((specifier) => unresolved.has(specifier));
        if (missing) compiled[index] = { ok: false, error: new Error(unresolved.get(missing)) };
      }
      return { compiled, support: built.support };
    } catch (error) {
      const errors = (error as { errors?: Message[] }).errors ?? [];
      const found = new Map<string, string>();
      for (const message of errors) {
        const specifier = /^import \* as __m\d+ from "([^"]+)";$/.exec(message.location?.lineText ?? '')?.[1];
        if (specifier) found.set(specifier, messageText([message]));
      }
      if (attempt > 0 || found.size === 0) throw error;
      unresolved = found;
    }
  }
  throw new Error('unreachable');
}
