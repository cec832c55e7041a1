/**
 * The exit codes of the `antislavery` command, by meaning, so that scripts can rely on them:
 * - `ok` (0): the work was done, and every record was valid or every case passed;
 * - `failed` (1): some records were invalid, or some cases failed;
 * - `usage` (2): the command could not do its work: a mistake in the command line, or an input
 *   file that could not be read.
 *
 * @example
 * ```ts
 * import { EXIT_CODES } from '@antislavery/cli';
 *
 * EXIT_CODES.failed;
 * //=> 1
 * ```
 */
export const EXIT_CODES = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * One of the {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * import type { ExitCode } from '@antislavery/cli';
 *
 * const code: ExitCode = 2;
 * ```
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
