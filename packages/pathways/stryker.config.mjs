// Mutation testing of @antislavery/pathways: `npm run mutation -- pathways` from the repository root.
import { strykerOptions } from '../../scripts/mutation-config.mjs';

// biome-ignore lint/style/noDefaultExport: Stryker reads its options from the default export.
export default strykerOptions('pathways');
