import { tmpdir } from 'node:os';

/**
 * Somewhere the command writes text: `process.stdout`, `process.stderr`, or anything with a
 * `write` method, such as a test's collector.
 *
 * @example
 * ```ts
 * import type { CliOutput } from '@antislavery/cli';
 *
 * const chunks: string[] = [];
 * const output: CliOutput = { write: (text) => chunks.push(text) };
 * ```
 */
export type CliOutput = {
  /** Writes text as it is: the command adds its own line breaks. */
  write(text: string): unknown;
};

/**
 * Everything the command reads from and writes to its surroundings, so that it can run inside a
 * test, a script or another program as well as in a terminal:
 * - `stdout`: results (a summary, a decision, a report, a JSON Schema);
 * - `stderr`: errors, warnings and the progress bar;
 * - `isTTY`: whether `stderr` is a terminal; a progress bar is drawn only then;
 * - `cwd`: the folder that relative file names are read from and written to;
 * - `tmpdir`: where `demo` writes its report unless told (the operating system's temporary folder
 *   unless given);
 * - `columns`: the terminal's width, for the progress bar (80 unless given);
 * - `now`: a clock in milliseconds, for the progress bar (`performance.now` unless given).
 *
 * @example
 * ```ts
 * import type { CliIo } from '@antislavery/cli';
 *
 * const out: string[] = [];
 * const io: CliIo = {
 *   stdout: { write: (text) => out.push(text) },
 *   stderr: { write: (text) => out.push(text) },
 *   isTTY: false,
 *   cwd: '.',
 * };
 * ```
 */
export type CliIo = {
  /** Where results go. */
  readonly stdout: CliOutput;
  /** Where errors, warnings and progress go. */
  readonly stderr: CliOutput;
  /** Whether `stderr` is a terminal. */
  readonly isTTY: boolean;
  /** The folder relative file names are read from and written to. */
  readonly cwd: string;
  /** Where `demo` writes its report unless told. */
  readonly tmpdir?: string;
  /** The terminal's width in characters. */
  readonly columns?: number;
  /** A clock in milliseconds. */
  readonly now?: () => number;
};

/**
 * The {@link CliIo} of the running Node process: its standard output and error, its working
 * folder and the operating system's temporary folder. A closed standard output (as when the
 * output is piped to `head`) ends the process quietly instead of with an error.
 *
 * @returns the process's input and output
 * @example
 * ```ts
 * import { processIo } from '@antislavery/cli';
 *
 * const io = processIo();
 * io.cwd === process.cwd();
 * //=> true
 * ```
 */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    tmpdir: tmpdir(),
    columns: process.stderr.columns,
    now: () => performance.now(),
  };
}
