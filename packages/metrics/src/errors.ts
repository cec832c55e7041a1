/**
 * Thrown when a metrics function is given an argument it cannot use: a date that is not a real
 * date, a period whose end is before its start, a suppression threshold that is not a whole number
 * of 1 or more, a checkpoint the case records do not hold, and the like. This is a programmer
 * error: outside input (a period typed by a person, figures read from a file) goes through
 * {@link parsePeriod} or {@link parseEnteredFigures}, which return issues instead. The message names
 * the function, the argument and what was expected, never the value, which may be personal data.
 *
 * @example
 * ```ts
 * import { customPeriod, InvalidMetricsArgumentError } from '@antislavery/metrics';
 *
 * let where: string | undefined;
 * try {
 *   customPeriod('2025-03-31', '2025-01-01');
 * } catch (error) {
 *   if (error instanceof InvalidMetricsArgumentError) where = error.where;
 * }
 * where;
 * //=> 'customPeriod(end)'
 * ```
 */
export class InvalidMetricsArgumentError extends TypeError {
  /** Stable code for programs: always `metrics.invalid-argument`. */
  readonly code = 'metrics.invalid-argument' as const;
  /** Where the bad value was given, for example `customPeriod(end)`. */
  readonly where: string;

  /**
   * @param where - The function and argument, for example `customPeriod(end)`.
   * @param expected - What the argument should have been, in words.
   */
  constructor(where: string, expected: string) {
    super(`${where}: expected ${expected}`);
    this.name = 'InvalidMetricsArgumentError';
    this.where = where;
  }
}
