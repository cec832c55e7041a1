import { defineConfig } from 'tsup';
import { esmModulesBuild, packageBuild } from '../../tsup.base.js';

export default defineConfig([
  packageBuild(
    {
      index: 'src/index.ts',
      calendar: 'src/calendar/index.ts',
      lists: 'src/lists/index.ts',
      examples: 'src/examples/index.ts',
    },
    {},
    { esmModules: true },
  ),
  esmModulesBuild(),
]);
