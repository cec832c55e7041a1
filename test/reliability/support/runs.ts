// How many cases each property runs. CI runs the counts written in the tests, with the seed fixed
// by test/fast-check-setup.ts. FUZZ_RUNS asks for a longer run:
//   FUZZ_RUNS=10x    every property runs ten times its CI count (any whole multiplier, `x` last);
//   FUZZ_RUNS=50000  every property runs 50,000 cases, whatever its CI count.
// Timeouts grow in proportion, so a long run is not cut short.

const setting = process.env.FUZZ_RUNS?.trim() ?? '';

function parse(text: string): { readonly multiplier: number } | { readonly count: number } {
  if (text === '') return { multiplier: 1 };
  const multiple = /^(\d{1,6})x$/i.exec(text);
  if (multiple) return { multiplier: Math.max(1, Number(multiple[1])) };
  if (/^\d{1,9}$/.test(text)) return { count: Math.max(1, Number(text)) };
  throw new Error('FUZZ_RUNS must be a multiplier such as 10x or a count of cases such as 50000');
}

const plan = parse(setting);

/** The number of cases for a property whose CI count is `base`. */
export function runs(base: number): number {
  return 'count' in plan ? plan.count : base * plan.multiplier;
}

/** A test timeout of `ms` in CI, scaled with the number of cases. */
export function timeout(ms: number, base = 1): number {
  const scale = 'count' in plan ? Math.max(1, plan.count / base) : plan.multiplier;
  return Math.ceil(ms * scale);
}
