import { EXIT_CODES } from './exit-codes.js';

/**
 * A problem the person running the command can put right: a mistake in the command line, or an
 * input file that cannot be read. The message is one line, says what to do, and never repeats
 * the contents of a file (which may hold personal data). `runCli` prints it and exits with code 2.
 * Internal.
 */
export class CliError extends Error {
  /** Always 2: usage or unreadable input. */
  readonly exitCode = EXIT_CODES.usage;
  /** More lines to print after the message, such as one line for each issue found in a file. */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'CliError';
    this.details = details;
  }
}
