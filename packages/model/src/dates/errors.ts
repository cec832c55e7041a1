/**
 * Thrown when a value given to a date helper is not a real calendar date in `YYYY-MM-DD` form.
 * The message names what was expected and where, never the value itself (it may be a date of
 * birth).
 *
 * @example
 * ```ts
 * import { InvalidIsoDateError, toDayNumber } from '@antislavery/model';
 *
 * try {
 *   toDayNumber('2023-02-30');
 * } catch (error) {
 *   error instanceof InvalidIsoDateError;
 *   //=> true
 * }
 * ```
 */
export class InvalidIsoDateError extends TypeError {
  /** Stable code for programs: always `model.date.invalid`. */
  readonly code = 'model.date.invalid' as const;
  /** Where the bad value was given, for example `addWorkingDays(date)`. */
  readonly where: string;

  constructor(where: string) {
    super(`${where}: expected a real calendar date written as YYYY-MM-DD`);
    this.name = 'InvalidIsoDateError';
    this.where = where;
  }
}
