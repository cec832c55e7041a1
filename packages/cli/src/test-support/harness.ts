// Test support: a folder of input files and a CliIo that collects what a command writes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run-cli.js';

export type RunResult = { readonly code: ExitCode; readonly stdout: string; readonly stderr: string };

export type Workspace = {
  /** The folder the commands run in. */
  readonly dir: string;
  /** Writes a file in the folder; objects are written as JSON. */
  write(name: string, content: string | object): string;
  /** Reads a file from the folder. */
  read(name: string): string;
  /** Runs the command line in the folder. */
  run(argv: readonly string[], io?: Partial<CliIo>): Promise<RunResult>;
  /** Removes the folder. */
  remove(): void;
};

/** A CliIo that collects stdout and stderr, in a folder, with stderr not a terminal. */
export function collectingIo(cwd: string, overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    isTTY: false,
    cwd,
    tmpdir: cwd,
    ...overrides,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'antislavery-cli-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    read: (name) => readFileSync(join(dir, name), 'utf8'),
    async run(argv, overrides = {}) {
      const collector = collectingIo(dir, overrides);
      const code = await runCli(argv, collector.io);
      return { code, stdout: collector.stdout(), stderr: collector.stderr() };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A clock that moves on by `step` milliseconds each time it is read. */
export function steppingClock(step: number): () => number {
  let time = 0;
  return () => {
    time += step;
    return time;
  };
}

/** A valid case record, as the official statistics would count it: an adult's NRM referral. */
export const VALID_CASE_RECORD = {
  reference: 'NRM-1',
  kind: 'nrm-referral',
  referralDate: '2025-01-06',
  ageGroupAtExploitation: 'adult',
  exploitationTypes: ['forced-to-work', 'wages-taken'],
  firstResponderType: 'local-authority',
  jurisdiction: 'england',
} as const;

export const CASE_RECORD_HEADER =
  'reference,kind,referralDate,ageGroupAtExploitation,exploitationTypes,firstResponderType,jurisdiction';
