// `npm run release`: a dry run of a release, which never publishes and never contacts the
// registry, so it runs the same in CI, offline or on a laptop with no npm login.
//   1. builds every package (`--no-build` skips this when the build is fresh, as in CI);
//   2. shows the release plan of the pending changesets (`changeset status`): each package's
//      version now and after `changeset version`;
//   3. shows what npm would publish for each package as it stands (`npm pack --dry-run`): name,
//      version, files and sizes (`--files` lists every file), with warnings for what a real
//      publish needs and the package lacks.
// `changeset publish --dry-run` cannot do this: @changesets/cli 2 has no such flag and stops with
// "Unknown flag for publish: --dry-run". `npm publish --dry-run` asks the registry who is logged
// in and what is published (a minute of retries when it cannot be reached), so it is not used.
// The real release is `changeset publish` from CI: see docs/releasing.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = process.argv.slice(2);
// Any npm command that tried the registry anyway fails at once instead of retrying.
const offline = { ...process.env, npm_config_offline: 'true' };

function publishablePackages() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .filter((folder) => folder.startsWith('packages/'))
    .map((folder) => JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')))
    .filter((manifest) => manifest.private !== true);
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// 1. Build
if (!args.includes('--no-build')) {
  console.log('== Building the packages');
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: offline });
  if (build.status !== 0) fail('The build failed: nothing to release.');
}

// 2. The release plan of the pending changesets
console.log('\n== Pending changesets (changeset status)');
const folder = mkdtempSync(join(tmpdir(), 'antislavery-release-'));
let plan;
try {
  const status = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@changesets/cli/bin.js'), 'status', '--output', join(folder, 'status.json')],
    { cwd: root, encoding: 'utf8', env: offline },
  );
  if (status.status !== 0) {
    console.error(status.stdout, status.stderr);
    fail('changeset status failed: a changed package may need a changeset (npx changeset).');
  }
  plan = JSON.parse(readFileSync(join(folder, 'status.json'), 'utf8'));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
// Private workspaces (the examples) are listed with the bump `none`: they are never published.
const releases = plan.releases.filter((release) => release.type !== 'none');
if (releases.length === 0) {
  console.log('No pending changesets: changeset version would change no version.');
} else {
  console.log(`${plan.changesets.length} changesets. Versions after changeset version:`);
  const width = Math.max(...releases.map(({ name }) => name.length));
  for (const release of releases) {
    console.log(
      `  ${release.name.padEnd(width)}  ${release.oldVersion} -> ${release.newVersion} (${release.type})`,
    );
  }
}

// 3. What npm would publish now
console.log('\n== What changeset publish would publish now (npm pack --dry-run)');
const manifests = publishablePackages();
const pack = spawnSync(
  npm,
  ['pack', '--dry-run', '--json', ...manifests.flatMap(({ name }) => ['-w', name])],
  {
    cwd: root,
    encoding: 'utf8',
    env: offline,
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (pack.status !== 0) fail(`npm pack --dry-run failed:\n${pack.stderr}`);
const reports = new Map(JSON.parse(pack.stdout).map((report) => [report.name, report]));

let warnings = 0;
for (const manifest of manifests) {
  const report = reports.get(manifest.name);
  if (report === undefined) fail(`npm pack did not pack ${manifest.name}`);
  const folders = new Map();
  for (const { path } of report.files) {
    const top = path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : path;
    folders.set(top, (folders.get(top) ?? 0) + 1);
  }
  console.log(
    `\n${report.name}@${report.version}: ${report.entryCount} files, ${kB(report.size)} packed, ${kB(report.unpackedSize)} unpacked`,
  );
  console.log(
    `  ${[...folders].map(([top, count]) => (count === 1 ? top : `${top} (${count})`)).join(', ')}`,
  );
  if (args.includes('--files'))
    for (const { path, size } of report.files) console.log(`    ${kB(size).padStart(9)}  ${path}`);

  const paths = new Set(report.files.map(({ path }) => path.toLowerCase()));
  const has = (name) => [...paths].some((path) => path === name || path.startsWith(`${name}.`));
  const missing = [
    manifest.publishConfig?.access !== 'public' &&
      'publishConfig.access is not "public": a scoped package is published restricted',
    manifest.publishConfig?.provenance === true &&
      manifest.repository === undefined &&
      'no "repository": npm rejects a publish with provenance unless repository.url names the repository CI built it from',
    !has('license') && `no LICENSE file: the ${manifest.license ?? 'licence'} text is not in the package`,
    !has('readme') && 'no README: the package page on npm is empty',
  ].filter(Boolean);
  for (const warning of missing) console.log(`  warning: ${warning}`);
  warnings += missing.length;
}

console.log(
  `\nDry run only: nothing was published${warnings > 0 ? `, and there ${warnings === 1 ? 'is 1 warning' : `are ${warnings} warnings`} above` : ''}. The release itself is changeset version, review, then changeset publish from CI (docs/releasing.md).`,
);
