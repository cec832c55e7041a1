/**
 * The `antislavery` command line: validate case records, referrals and notifications; decide the
 * referral pathway for a case; build the quarterly report; run pathway case files; print JSON
 * Schemas; and run the main demonstration. The commands are also a function, {@link runCli},
 * that runs them against any input and output, for scripts and tests.
 *
 * @packageDocumentation
 */

// Running the command line

export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export { type CliIo, type CliOutput, processIo } from './io.js';
export { runCli } from './run-cli.js';
