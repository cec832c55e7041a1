// A fresh project that installs the packed tarballs, as a council's app installs the published
// packages: no workspace links, no `@antislavery/source` condition, only what `npm pack` put in.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publishablePackages, ROOT, readJson, type WorkspacePackage } from './workspace-packages.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A package packed by {@link packPackages}. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** The tarball, absolute. */
  readonly tarball: string;
  /** The paths inside the tarball, relative to its package folder. */
  readonly files: readonly string[];
}

/** Packs the packages into `destination` with one `npm pack`, as `npm publish` would pack them. */
export async function packPackages(
  packages: readonly WorkspacePackage[],
  destination: string,
): Promise<readonly PackedPackage[]> {
  const { stdout } = await run(
    npm,
    ['pack', '--json', '--pack-destination', destination, ...packages.flatMap(({ name }) => ['-w', name])],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const reports = JSON.parse(stdout) as readonly {
    name: string;
    version: string;
    filename: string;
    files: readonly { path: string }[];
  }[];
  return reports.map((report) => ({
    name: report.name,
    version: report.version,
    tarball: join(destination, report.filename),
    files: report.files.map(({ path }) => path),
  }));
}

/** The version of a package installed in the monorepo, which `npm ci` also put in npm's cache. */
export function installedVersion(name: string): string {
  return readJson<{ version: string }>(join(ROOT, 'node_modules', name, 'package.json')).version;
}

/**
 * Writes a consumer project in `folder` that depends on the tarballs and on `extra` packages (at
 * the monorepo's versions), and installs it. Third-party dependencies of the packages are pinned
 * (with `overrides`) to the monorepo's versions, so that npm's cache has them: the install
 * tries `--offline` first and needs the network only if the cache lacks something. Overrides
 * change versions only: a dependency a package forgot to declare is still not installed.
 *
 * @returns how the install ran
 */
export async function installConsumer(
  folder: string,
  packed: readonly PackedPackage[],
  extra: readonly string[],
): Promise<'offline' | 'prefer-offline'> {
  mkdirSync(folder, { recursive: true });
  const ours = new Set(publishablePackages().map(({ name }) => name));
  const thirdParty = new Set(
    publishablePackages().flatMap(({ manifest }) =>
      Object.keys(manifest.dependencies ?? {}).filter((name) => !ours.has(name)),
    ),
  );
  for (const name of extra) thirdParty.delete(name);
  const manifest = {
    name: 'antislavery-consumer',
    version: '0.0.0',
    private: true,
    dependencies: {
      ...Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`])),
      ...Object.fromEntries(extra.map((name) => [name, installedVersion(name)])),
    },
    overrides: Object.fromEntries([...thirdParty].sort().map((name) => [name, installedVersion(name)])),
  };
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const install = (mode: '--offline' | '--prefer-offline') =>
    run(npm, ['install', mode, '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: folder,
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    await install('--offline');
    return 'offline';
  } catch {
    await install('--prefer-offline');
    return 'prefer-offline';
  }
}
