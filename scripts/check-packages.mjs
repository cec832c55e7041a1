// `npm run check:packages`: checks every publishable package as npm would publish it. Build first
// (`npm run build`): the checks read the built `dist`, never the sources.
//
// Each package is packed once into a temporary folder with `npm pack`, and the same tarball goes to
//   - publint (its JavaScript API, strict: warnings count as errors): the exports map, the files
//     it names and whether they are in the tarball, the module format of each file;
//   - arethetypeswrong (`attw <tarball>`, as `attw --pack <dir>` does after packing): whether
//     TypeScript finds the right types for every entry point under each module resolution;
//   - a look at the packed file list: no tests, test support or fixtures are published.
// One line per problem; exit code 1 if there is any.
//
// attw's node10 resolution (TypeScript's `moduleResolution: node`, the resolution of Node 10
// and of TypeScript before 4.7) does not read `exports`, so it can never see a subpath such as
// `@antislavery/model/calendar`. The packages need Node 20 or newer, which reads `exports`, so
// node10 problems on subpaths are left out, as attw's `node16` profile leaves out node10 entirely.
// The root entry point is still checked under node10: `main` and `types` keep it working there.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Files that must never be published: tests, their support code and data, build caches. */
const UNPUBLISHABLE = [/\.test\.[cm]?[jt]s$/, /(^|\/)test-support\//, /(^|\/)fixtures\//, /\.tsbuildinfo$/];

/** What each attw problem means, in a few words; the linked page explains it in full. */
const ATTW_PROBLEMS = {
  NoResolution: 'the import resolves to no types and no JavaScript',
  UntypedResolution: 'the import resolves to JavaScript with no types',
  FalseCJS: 'the types are CommonJS but the JavaScript is ESM',
  FalseESM: 'the types are ESM but the JavaScript is CommonJS',
  CJSResolvesToESM: 'a require() resolves to an ES module',
  FallbackCondition: 'the import resolves through a fallback condition',
  CJSOnlyExportsDefault: 'the CommonJS module exports only a default',
  NamedExports: 'the types declare named exports the JavaScript does not have',
  FalseExportDefault: 'the types declare a default export the JavaScript does not have',
  MissingExportEquals: 'the types lack the `export =` the JavaScript has',
  UnexpectedModuleSyntax: 'the file has the wrong module syntax for its extension',
  InternalResolutionError: 'an import inside the types does not resolve',
};

/** The workspaces under `packages/` that are not private: the ones `changeset publish` publishes. */
function publishablePackages() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .filter((folder) => folder.startsWith('packages/'))
    .map((folder) => ({
      folder,
      manifest: JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ folder, manifest }) => ({ folder, name: manifest.name }));
}

/** Packs every package into `destination` with one `npm pack`; returns npm's report per package. */
function pack(packages, destination) {
  const result = spawnSync(
    npm,
    ['pack', '--json', '--pack-destination', destination, ...packages.flatMap(({ name }) => ['-w', name])],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error('npm pack failed');
  }
  return new Map(JSON.parse(result.stdout).map((report) => [report.name, report]));
}

function packedFileProblems(report) {
  return report.files
    .filter(({ path }) => UNPUBLISHABLE.some((pattern) => pattern.test(path)))
    .map(({ path }) => `files: ${path} would be published; leave it out with "files" in package.json`);
}

async function publintProblems(tarball) {
  const data = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  return messages.map(
    (message) => `publint ${message.type}: ${formatMessage(message, pkg, { color: false })}`,
  );
}

function attwProblems(tarball, folder) {
  // attw exits as soon as it has written, which can cut a long JSON answer short on a pipe; a
  // file gets all of it.
  const out = join(folder, 'attw.json');
  const fd = openSync(out, 'w');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--format', 'json'],
    { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' },
  );
  closeSync(fd);
  // Exit code 1 means problems were found (read below); anything else is attw failing to run.
  if (result.status !== 0 && result.status !== 1)
    return [`attw could not check the package: ${result.stderr.trim()}`];
  const { analysis } = JSON.parse(readFileSync(out, 'utf8'));
  if (!analysis.types) return ['attw: the package has no type declarations'];
  return analysis.problems
    .filter((problem) => !(problem.resolutionKind === 'node10' && problem.entrypoint !== '.'))
    .map((problem) => {
      const where = [
        problem.entrypoint,
        problem.resolutionKind ?? problem.resolutionOption,
        problem.fileName,
        problem.typesFileName,
        problem.implementationFileName,
        problem.moduleSpecifier && `import of ${problem.moduleSpecifier}`,
      ]
        .filter((part) => typeof part === 'string')
        .map((part) => part.replace(/^\/node_modules\/(@[^/]+\/)?[^/]+\//, ''))
        .join(', ');
      const what = ATTW_PROBLEMS[problem.kind] ?? problem.kind;
      return `attw ${problem.kind} (${where}): ${what}. See https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`;
    });
}

const packages = publishablePackages();
const folder = mkdtempSync(join(tmpdir(), 'antislavery-check-packages-'));
let problems = 0;
try {
  const reports = pack(packages, folder);
  for (const { name } of packages) {
    const report = reports.get(name);
    if (report === undefined) throw new Error(`npm pack did not pack ${name}`);
    const tarball = join(folder, report.filename);
    const found = [
      ...packedFileProblems(report),
      ...(await publintProblems(tarball)),
      ...attwProblems(tarball, folder),
    ];
    for (const line of found) console.log(`${name}: ${line}`);
    if (found.length === 0)
      console.log(`${name}: ok (${report.entryCount} files, ${report.size} bytes packed)`);
    problems += found.length;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

if (problems > 0) {
  console.log(
    `\n${problems} packaging problem${problems === 1 ? '' : 's'}. If files are missing, run npm run build first.`,
  );
  process.exit(1);
}
