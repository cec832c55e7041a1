// The publishable packages of the monorepo, read from the root package.json's workspaces and each
// package's own package.json, so that a new package or entry point needs no change here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fields of a package.json that the packaging tests read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: unknown;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

/** A workspace package that is published. */
export interface WorkspacePackage {
  /** The package's name, `@antislavery/model`. */
  readonly name: string;
  /** Its folder, absolute. */
  readonly folder: string;
  readonly manifest: PackageManifest;
}

/** Reads and parses a JSON file. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The workspaces under `packages/` that are not private, each after every package it depends on,
 * so that building them in this order builds a package's dependencies (and their declarations)
 * first.
 */
export function publishablePackages(): readonly WorkspacePackage[] {
  const { workspaces } = readJson<{ workspaces: readonly string[] }>(join(ROOT, 'package.json'));
  const packages = workspaces
    .filter((folder) => folder.startsWith('packages/'))
    .map((folder) => {
      const manifest = readJson<PackageManifest>(join(ROOT, folder, 'package.json'));
      return { name: manifest.name, folder: join(ROOT, folder), manifest };
    })
    .filter(({ manifest }) => manifest.private !== true);

  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const ordered: WorkspacePackage[] = [];
  const visit = (pkg: WorkspacePackage, path: readonly string[]): void => {
    if (ordered.includes(pkg)) return;
    if (path.includes(pkg.name))
      throw new Error(`Workspace packages depend on each other in a cycle: ${path.join(' -> ')}`);
    const dependencies = { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies };
    for (const name of Object.keys(dependencies)) {
      const dependency = byName.get(name);
      if (dependency !== undefined) visit(dependency, [...path, pkg.name]);
    }
    ordered.push(pkg);
  };
  for (const pkg of packages) visit(pkg, []);
  return ordered;
}

/** Every string target under a value of the exports map, whatever the conditions. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(targets);
  return [];
}

/**
 * The built files a package's manifest points at (`main`, `module`, `types`, `bin` and every
 * file in `exports`), relative to the package folder: the files a build must produce.
 */
export function builtFiles(manifest: PackageManifest): readonly string[] {
  const bin = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const all = [manifest.main, manifest.module, manifest.types, ...bin, ...targets(manifest.exports)];
  return [
    ...new Set(
      all
        .filter((file): file is string => file !== undefined && !file.includes('*'))
        .map((file) => file.replace(/^\.\//, ''))
        .filter((file) => file.startsWith('dist/')),
    ),
  ];
}
