// Counts the cases planned for each entry point, so that a test file can check that every entry
// point it attacks gets at least the number of cases the reliability suite promises.
import { expect, it } from 'vitest';
import { runs } from './runs.js';

/** The fewest cases each entry point runs in CI, over all its properties. */
export const CASES_PER_ENTRY_POINT = 10_000;

/** A tally of cases by entry point, for one test file. */
export type Tally = {
  /** Plans `base` CI cases (scaled by FUZZ_RUNS) for a property of `entry`; returns the count. */
  plan(entry: string, base: number): number;
  /** Adds a test that every entry point named in `entries` was planned enough cases. */
  expectEnough(entries: readonly string[]): void;
};

/** A new tally. */
export function tally(): Tally {
  const base = new Map<string, number>();
  return {
    plan(entry, count) {
      base.set(entry, (base.get(entry) ?? 0) + count);
      return runs(count);
    },
    expectEnough(entries) {
      it(`runs at least ${CASES_PER_ENTRY_POINT.toLocaleString('en-GB')} CI cases against each entry point`, () => {
        const short = entries.filter((entry) => (base.get(entry) ?? 0) < CASES_PER_ENTRY_POINT);
        expect(short).toEqual([]);
      });
    },
  };
}
