import { defineConfig } from 'tsup';
import { esmModulesBuild, packageBuild } from '../../tsup.base.js';

// The export reader has its own entry so that an app that only validates does not ship the CSV
// parser.
export default defineConfig([
  packageBuild({ index: 'src/index.ts', 'read-exports': 'src/exports/index.ts' }, {}, { esmModules: true }),
  esmModulesBuild(),
]);
