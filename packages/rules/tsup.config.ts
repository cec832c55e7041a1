import { defineConfig } from 'tsup';
import { esmModulesBuild, packageBuild } from '../../tsup.base.js';

export default defineConfig([
  packageBuild({ index: 'src/index.ts', json: 'src/json/index.ts' }, {}, { esmModules: true }),
  esmModulesBuild(),
]);
