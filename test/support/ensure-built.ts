// Builds, once, every publishable package whose build is missing or older than its sources, for
// the tests that run the built output (the packaging tests test what is published, not `src`).
// The same rule as the CLI's binary test: a package is stale when a file its package.json points
// at is missing, or when its oldest such file is older than the newest of its sources (tests
// aside), its package.json, its tsup config and the shared tsup.base.ts. A build made without
// declarations (`npm run demo` makes one) has no `.d.ts` files, so it counts as missing too.
//
// Test files run in parallel processes, and two builds of one package at once would delete each
// other's output, so a build holds a lock folder (in node_modules/.cache) while it runs, and a
// process that finds it held waits, then looks again at what is stale.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { builtFiles, publishablePackages, ROOT, type WorkspacePackage } from './workspace-packages.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const LOCK = join(ROOT, 'node_modules/.cache/antislavery-build.lock');
/** A lock older than this was left by a build that died: no build takes this long. */
const ABANDONED_AFTER_MS = 15 * 60_000;

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test\.[cm]?ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** The files a package's build should have made and has not. */
function missingOutputs(pkg: WorkspacePackage): readonly string[] {
  return builtFiles(pkg.manifest).filter((file) => mtime(join(pkg.folder, file)) === 0);
}

/** Whether a package's build is missing, incomplete or older than what it is built from. */
export function isStale(pkg: WorkspacePackage): boolean {
  const outputs = builtFiles(pkg.manifest);
  if (outputs.length === 0 || missingOutputs(pkg).length > 0) return true;
  const builtAt = Math.min(...outputs.map((file) => mtime(join(pkg.folder, file))));
  const sources = Math.max(
    newestSource(join(pkg.folder, 'src')),
    mtime(join(pkg.folder, 'package.json')),
    mtime(join(pkg.folder, 'tsup.config.ts')),
    mtime(join(ROOT, 'tsup.base.ts')),
  );
  return builtAt < sources;
}

function lockHolder(): { readonly pid: number; readonly since: number } | undefined {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    return { pid, since: mtime(LOCK) };
  } catch {
    // The folder exists but the holder has not written its pid yet, or the lock has gone.
    const since = mtime(LOCK);
    return since === 0 ? undefined : { pid: Number.NaN, since };
  }
}

function isAlive(pid: number): boolean {
  if (Number.isNaN(pid)) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder();
      if (holder !== undefined && (!isAlive(holder.pid) || Date.now() - holder.since > ABANDONED_AFTER_MS)) {
        rmSync(LOCK, { recursive: true, force: true });
      } else {
        await sleep(250);
      }
    }
  }
  try {
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function buildStale(): Promise<readonly string[]> {
  const packages = publishablePackages();
  if (!packages.some(isStale)) return [];
  return withBuildLock(async () => {
    const built: string[] = [];
    // Looked at again under the lock: another process may have built them meanwhile.
    for (const pkg of packages.filter(isStale)) {
      try {
        await run(npm, ['run', 'build', '-w', pkg.name], {
          cwd: ROOT,
          // Declarations are part of what is published, whatever the developer's shell says.
          env: { ...process.env, ANTISLAVERY_BUILD_TYPES: 'true' },
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch (error) {
        const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
        throw new Error(
          `npm run build -w ${pkg.name} failed:\n${`${stdout}\n${stderr}`.trim().slice(-4000)}`,
        );
      }
      const missing = missingOutputs(pkg);
      if (missing.length > 0) {
        throw new Error(
          `${pkg.name} built, but its package.json points at files the build did not make: ${missing.join(', ')}`,
        );
      }
      built.push(pkg.name);
    }
    return built;
  });
}

let building: Promise<readonly string[]> | undefined;

/**
 * Builds every publishable package whose build is missing or stale, in dependency order, once per
 * process however often it is called.
 *
 * @returns the names of the packages it built
 */
export function ensureBuilt(): Promise<readonly string[]> {
  building ??= buildStale();
  return building;
}
