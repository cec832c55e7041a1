// Runs every documented example: each ```ts block of README.md and of the guides in docs/, and
// each ```ts block in the TSDoc of the packages. Each `//=> value` line is an assertion (the
// conventions are in with-assertions.ts), and every one must be reached, so neither the guides nor
// the API reference can drift from the code. Blocks fenced ```ts no-run are not run here; the
// type-check (type-check-examples.test.ts) covers them.
//
// The examples are bundled once, together, with esbuild. The calendar's examples run again under
// two far-off time zones, as the calendar's own tests do: their answers must not depend on it.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleExamples, type CompiledExample, type ExampleHelpers } from './bundle-examples.js';
import { type DocumentedExample, findExamples } from './find-examples.js';
import { type PreparedExample, withAssertions } from './with-assertions.js';

type Prepared =
  | { readonly ok: true; readonly value: PreparedExample }
  | { readonly ok: false; readonly error: Error };

const examples = findExamples();
const prepared: Prepared[] = examples.map((example) => {
  try {
    return { ok: true, value: withAssertions(example.code, example.line) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
});
const toRun = examples.flatMap((example, index) => {
  const preparation = prepared[index];
  return example.mode === 'run' && preparation?.ok ? [{ index, value: preparation.value }] : [];
});
const supportModule = fileURLToPath(new URL('./example-fixtures.ts', import.meta.url));
const { compiled: bundled, support } = await bundleExamples(
  toRun.map(({ value }) => value),
  supportModule,
);
const compiled = new Map<number, CompiledExample>(
  toRun.map(({ index }, position) => [index, bundled[position] as CompiledExample]),
);

/** Long enough for the slowest example, a report on 5,000 records, on a busy machine. */
const TIMEOUT = 120_000;

/** The time zones the calendar's examples run under, besides the suite's own (Europe/London). */
const OTHER_TIME_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles'];
const CALENDAR = /^(?:docs\/calendar\.md|packages\/model\/src\/(?:calendar|dates)\/)/;

async function run(example: DocumentedExample, index: number): Promise<void> {
  const preparation = prepared[index];
  if (!preparation?.ok) throw preparation?.error ?? new Error('not prepared');
  const program = compiled.get(index);
  if (!program?.ok) throw program?.error ?? new Error('not compiled');
  let checked = 0;
  const where = (label: string) => `${example.file} ${label}`;
  const quiet = () => {};
  const helpers: ExampleHelpers = {
    __expect(actual, expected, label) {
      checked++;
      expect(actual, where(label)).toEqual(expected);
    },
    async __expectThrows(attempt, name, label) {
      checked++;
      let thrown: unknown;
      try {
        await attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${where(label)} throws`).toBeInstanceOf(Error);
      const error = thrown as Error;
      expect([error.name, error.constructor.name], where(label)).toContain(name);
    },
    __fixture(name) {
      const make = support.fixtures[name];
      if (!make) throw new Error(`${example.file}: no fixture is called ${name}`);
      return make();
    },
    __import() {
      throw new Error('replaced by the bundle');
    },
    console: { log: quiet, error: quiet, warn: quiet, info: quiet },
    fetch: support.fetch,
  };
  await program.run(helpers);
  expect(checked, `${example.name}: every //=> line was reached`).toBe(preparation.value.checks);
}

describe('the documented examples', () => {
  it('are found in README.md, the guides and the TSDoc of every package', () => {
    const files = new Set(examples.map((example) => example.file.split('/').slice(0, 2).join('/')));
    for (const place of ['README.md', 'packages/model', 'packages/rules', 'packages/pathways']) {
      expect(files, place).toContain(place);
    }
    for (const place of ['packages/referrals', 'packages/metrics', 'packages/cli']) {
      expect(files, place).toContain(place);
    }
    expect(examples.length).toBeGreaterThan(750);
  });

  it('show at least one result in each block of a guide, unless fenced no-run', () => {
    const silent = examples.filter(
      (example, index) =>
        !example.file.startsWith('packages/') &&
        example.mode === 'run' &&
        prepared[index]?.ok === true &&
        prepared[index].value.results.length === 0,
    );
    expect(silent.map((example) => example.name)).toEqual([]);
  });

  examples.forEach((example, index) => {
    if (example.mode === 'no-run') {
      it.skip(`${example.name} (no-run: type-checked only)`, () => {});
      return;
    }
    it(`${example.name} runs and gives the results it shows`, () => run(example, index), TIMEOUT);
  });
});

for (const zone of OTHER_TIME_ZONES) {
  describe(`the calendar's examples under TZ=${zone}`, () => {
    examples.forEach((example, index) => {
      if (example.mode === 'no-run' || !CALENDAR.test(example.file)) return;
      it(`${example.name} gives the same results`, async () => {
        const before = process.env.TZ;
        process.env.TZ = zone;
        try {
          expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(zone === 'Pacific/Kiritimati' ? -840 : 480);
          await run(example, index);
        } finally {
          process.env.TZ = before;
        }
      });
    });
  });
}
