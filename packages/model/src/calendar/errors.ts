/**
 * Thrown when `addWorkingDays` is given an amount that is not a whole number of working days, or
 * one so large that the result would fall outside the years 0001 to 9999. This is a programmer
 * error: check the amount before calling. The message names the function and argument, never the
 * value.
 *
 * @example
 * ```ts
 * import { addWorkingDays, InvalidWorkingDayAmountError } from '@antislavery/model';
 *
 * try {
 *   addWorkingDays('2026-04-01', 1.5, 'england-and-wales');
 * } catch (error) {
 *   error instanceof InvalidWorkingDayAmountError;
 *   //=> true
 * }
 * ```
 */
export class InvalidWorkingDayAmountError extends RangeError {
  /** Stable code for programs: always `model.calendar.invalid-amount`. */
  readonly code = 'model.calendar.invalid-amount' as const;
  /** Where the bad value was given, for example `addWorkingDays(amount)`. */
  readonly where: string;

  constructor(where: string) {
    super(
      `${where}: expected a whole number of working days that keeps the result between 0001-01-01 and 9999-12-31`,
    );
    this.name = 'InvalidWorkingDayAmountError';
    this.where = where;
  }
}

/**
 * Thrown when a calendar function is given an argument of the wrong kind: a division that is not
 * one of {@link DIVISIONS}, a jurisdiction that is not one of the four, a year outside the
 * supported range, an unknown `mode`, or a `calendar` that is not a {@link BankHolidayCalendar}.
 * This is a programmer error. The message names the function, the argument and what was
 * expected, never the value.
 *
 * @example
 * ```ts
 * import { InvalidCalendarArgumentError, isWorkingDay } from '@antislavery/model';
 *
 * try {
 *   // A JavaScript caller passing a jurisdiction where a division is expected.
 *   isWorkingDay('2026-04-01', 'wales' as never);
 * } catch (error) {
 *   (error as InvalidCalendarArgumentError).where;
 *   //=> 'isWorkingDay(division)'
 * }
 * ```
 */
export class InvalidCalendarArgumentError extends TypeError {
  /** Stable code for programs: always `model.calendar.invalid-argument`. */
  readonly code = 'model.calendar.invalid-argument' as const;
  /** Where the bad value was given, for example `isWorkingDay(division)`. */
  readonly where: string;

  constructor(where: string, expected: string) {
    super(`${where}: expected ${expected}`);
    this.name = 'InvalidCalendarArgumentError';
    this.where = where;
  }
}
