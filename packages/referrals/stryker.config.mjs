// Mutation testing of @antislavery/referrals: `npm run mutation -- referrals` from the repository root.
import { strykerOptions } from '../../scripts/mutation-config.mjs';

// biome-ignore lint/style/noDefaultExport: Stryker reads its options from the default export.
export default strykerOptions('referrals', [
  // Test support: the sample records and the record generator that tests and benchmarks use.
  'packages/referrals/src/fixtures/**',
]);
