// Runs every ```ts example in this folder's TSDoc and in the calendar guide, checking each result
// shown as `//=> value` against what the code returns, so the documentation cannot drift.
import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as dates from '../dates/index.js';
import * as model from '../index.js';
import * as jurisdictions from '../vocabulary/jurisdictions.js';
import * as core from './index.js';
import * as loading from './loading.js';

// The calendar's own exports: the zod-free entry re-exports the date helpers and jurisdictions,
// which are documented and checked where they are defined.
const calendar: Record<string, unknown> = Object.fromEntries(
  Object.entries({ ...core, ...loading }).filter(([name]) => !(name in dates) && !(name in jurisdictions)),
);

const here = new URL('./', import.meta.url);
const guide = new URL('../../../../docs/calendar.md', import.meta.url);

/** The ```ts blocks of a Markdown text, or of the TSDoc comments of a TypeScript source. */
function blocksOf(text: string, tsdoc: boolean): string[] {
  const source = tsdoc ? text.replace(/^[ \t]*\* ?/gm, '') : text;
  return [...source.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

/** The block as the body of an async function: imports from the package become destructuring. */
function toScript(block: string): { script: string; checks: number } {
  let checks = 0;
  const lines = block
    .replace(/^import type [^;]+;$/gm, '')
    .replace(/^import \{([^}]*)\} from '@antislavery\/model';$/gm, (_, names: string) => {
      const values = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type '))
        .map((name) => name.replace(/ as /, ': '));
      return `const { ${values.join(', ')} } = __model;`;
    })
    .split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const shown = /^(\s*)\/\/=> (.*)$/.exec(line);
    if (!shown) continue;
    const previous = (lines[i - 1] ?? '').replace(/;\s*\/\/ .*$/, ';');
    const statement = /^(\s*)(.*);$/.exec(previous);
    if (!statement) throw new Error(`A //=> result must follow a one-line statement: ${previous}`);
    lines[i - 1] = `${statement[1]}__check(${statement[2]}, ${shown[2]});`;
    lines[i] = '';
    checks++;
  }
  const script = transformSync(lines.join('\n'), { loader: 'ts' }).code;
  return { script, checks };
}

// A fetch that answers with a GOV.UK-shaped file for 2028, for the guide's download example.
const govUkFile = Object.fromEntries(
  core.DIVISIONS.map((division) => [
    division,
    { division, events: core.generateBankHolidays(division, 2028) },
  ]),
);
const fakeFetch = async () => ({ ok: true, json: async () => structuredClone(govUkFile) });

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

async function run(block: string): Promise<void> {
  const { script, checks } = toScript(block);
  let ran = 0;
  const check = (actual: unknown, expected: unknown) => {
    ran++;
    expect(actual).toEqual(expected);
  };
  await new AsyncFunction('__model', '__check', 'fetch', 'console', script)(model, check, fakeFetch, {
    log() {},
    error() {},
  });
  expect(ran, 'every //=> line was reached').toBe(checks);
}

const sources = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .sort();

describe('TSDoc examples in the calendar modules', () => {
  for (const name of sources) {
    const blocks = blocksOf(readFileSync(new URL(name, here), 'utf8'), true);
    blocks.forEach((block, n) => {
      it(`${name} example ${n + 1} gives the results it shows`, async () => {
        await run(block);
      });
    });
  }

  it('covers every exported function and constant with at least one checked result', () => {
    const text = sources.map((name) => readFileSync(new URL(name, here), 'utf8')).join('\n');
    for (const name of Object.keys(calendar)) {
      if (/^[A-Z][a-z]/.test(name)) continue; // error classes are shown inside try/catch
      expect(text, name).toMatch(new RegExp(`${name}[^\\n]*\\n\\s*\\* //=>`));
    }
  });
});

describe('the calendar guide', () => {
  const blocks = blocksOf(readFileSync(guide, 'utf8'), false);

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  blocks.forEach((block, n) => {
    it(`docs/calendar.md example ${n + 1} runs and gives the results it shows`, async () => {
      await run(block);
    });
  });
});
