import { CliError } from './cli-error.js';
import { COMMANDS } from './commands/registry.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { formatCommandHelp, formatMainHelp } from './help.js';
import type { CliIo } from './io.js';
import { parseCommandArgs } from './parse-args.js';
import { cliVersion } from './version.js';

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** The arguments before a `--`, where options are read. */
function optionPart(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

function report(error: unknown, io: CliIo, debug: boolean): ExitCode {
  if (error instanceof CliError) {
    io.stderr.write(`antislavery: ${error.message}\n`);
    for (const line of error.details) io.stderr.write(`  ${line}\n`);
    if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  // Not a mistake the person can put right: a bug. Its message could quote an input file, so it
  // is shown only with --debug.
  const name = error instanceof Error ? error.name : typeof error;
  if (debug) {
    io.stderr.write(
      `${error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)}\n`,
    );
  } else {
    io.stderr.write(
      `antislavery: something went wrong that the command did not expect (${name}). Run it again with --debug to see the details.\n`,
    );
  }
  return EXIT_CODES.usage;
}

/**
 * Runs the `antislavery` command line: `argv` is what follows the command's name, as in
 * `process.argv.slice(2)`. It never throws and never exits the process: it writes to `io` and
 * returns the exit code (see {@link EXIT_CODES}). An error is one line on `io.stderr`, with a
 * stack trace only after `--debug`. The `antislavery` binary is this function with
 * {@link processIo}.
 *
 * @param argv - the arguments, such as `['validate', 'records.csv', '--format', 'json']`
 * @param io - where to read and write; see {@link CliIo}
 * @returns the exit code
 * @example
 * ```ts
 * import { runCli } from '@antislavery/cli';
 *
 * const out: string[] = [];
 * const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => out.push(text) }, isTTY: false, cwd: '.' };
 * await runCli(['schema', 'case-record'], io);
 * //=> 0
 * JSON.parse(out.join('')).type;
 * //=> 'object'
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = optionPart(argv);
  const debug = options.includes('--debug');
  const args = argv.filter((arg, index) => !(arg === '--debug' && index < options.length));
  try {
    const [name, ...rest] = args;
    if (name === undefined) {
      io.stderr.write(formatMainHelp(COMMANDS, cliVersion()));
      return EXIT_CODES.usage;
    }
    if (isHelp(name)) {
      io.stdout.write(formatMainHelp(COMMANDS, cliVersion()));
      return EXIT_CODES.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${cliVersion()}\n`);
      return EXIT_CODES.ok;
    }
    const helpFor = name === 'help' ? rest[0] : undefined;
    const entry = COMMANDS.find((command) => command.name === (helpFor ?? name));
    if (name === 'help' && helpFor === undefined) {
      io.stdout.write(formatMainHelp(COMMANDS, cliVersion()));
      return EXIT_CODES.ok;
    }
    if (entry === undefined) {
      throw new CliError(
        (helpFor ?? name).startsWith('-')
          ? 'Give a command first, such as antislavery validate records.csv. Run antislavery --help to see the commands.'
          : `There is no command ${helpFor ?? name}. Run antislavery --help to see the commands.`,
      );
    }
    const command = await entry.load();
    if (helpFor !== undefined || optionPart(rest).some(isHelp)) {
      io.stdout.write(formatCommandHelp(command.spec));
      return EXIT_CODES.ok;
    }
    return await command.run(parseCommandArgs(command.spec, rest), io);
  } catch (error) {
    return report(error, io, debug);
  }
}
