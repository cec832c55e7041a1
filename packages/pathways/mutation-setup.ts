// Mutation testing only (vitest.stryker.config.ts): the package builds its rule sets once and
// remembers evaluations, so without this only the first test to reach that code would cover it,
// and Stryker would run only that test against its mutants.
import { beforeEach } from 'vitest';
import { clearCaches } from './src/caches.js';

beforeEach(() => {
  clearCaches();
});
