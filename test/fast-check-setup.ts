// Property tests explore new random inputs on a developer's machine, and the same fixed ones in CI
// (CI=true), so that a CI run is repeatable. FAST_CHECK_SEED picks another seed, for example to
// replay a failure a developer saw.
import fc from 'fast-check';

const seed = process.env.FAST_CHECK_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
