// The built `antislavery` binary, run as a user runs it. The other tests call runCli directly; these
// few check that the build, the bin entry, the package's self-import and the exit codes hold
// together. If the build is missing or older than the sources, it is built first (once).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_RECORD_HEADER } from './test-support/harness.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
/** The packages the binary loads at run time, in the order they build. */
const PACKAGES = ['model', 'rules', 'pathways', 'referrals', 'metrics', 'cli'] as const;

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(name: string): number {
  const outputs = name === 'cli' ? ['index.js', 'bin.js'] : ['index.js'];
  try {
    return Math.min(...outputs.map((file) => statSync(join(root, 'packages', name, 'dist', file)).mtimeMs));
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

function isStale(name: string): boolean {
  const folder = join(root, 'packages', name);
  const sources = Math.max(
    newestSource(join(folder, 'src')),
    statSync(join(folder, 'package.json')).mtimeMs,
    statSync(join(folder, 'tsup.config.ts')).mtimeMs,
  );
  return builtAt(name) < sources;
}

type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };

function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'antislavery-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const stale = PACKAGES.filter(isStale);
  if (stale.length === 0) return;
  execFileSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['run', 'build', ...stale.flatMap((name) => ['-w', `@antislavery/${name}`])],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
}, 600_000);

describe('the antislavery binary', () => {
  it('prints the version of the package', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(['--version'], dir)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits with 1 when a record is invalid, listing the row', async () => {
    writeFileSync(
      join(dir, 'records.csv'),
      `${CASE_RECORD_HEADER}\nNRM-1,nrm-referral,2025-02-30,adult,forced-to-work,police,england\n`,
    );
    const result = await run(['validate', 'records.csv', '--as-of', '2025-06-30'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      'Row 1, column referralDate: The referral date must be a real date, written YYYY-MM-DD [case-record.referral-date.invalid-date]',
    );
  });

  it('exits with 2 for a usage error, printed without a stack trace', async () => {
    const result = await run(['pathway', '--under18', 'maybe'], dir);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'antislavery: Give --under18 as yes, no or not-sure. Run antislavery pathway --help to see how to use it.\n',
    });
  });

  it('runs the demonstration in seconds', async () => {
    const started = performance.now();
    const result = await run(['demo', '--as-of', '2026-04-01', '--out', 'demo.html'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The report, one HTML page with charts, is in demo.html');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
