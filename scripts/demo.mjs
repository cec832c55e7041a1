// `npm run demo`: builds the packages' JavaScript (declarations are not needed to run them, and
// skipping them takes the build from about a minute to seconds), then runs `antislavery demo` from
// the built command line, as a user who installed the packages would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

console.log('Building the packages...');
const build = run('npm', ['run', 'build', '--silent'], { ANTISLAVERY_BUILD_TYPES: 'false' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = run(process.execPath, ['packages/cli/dist/bin.js', 'demo', ...process.argv.slice(2)]);
process.exit(demo.status ?? 1);
