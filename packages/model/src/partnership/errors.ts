/**
 * Thrown when an id built in code (for example with {@link partnershipId}) is not in the id
 * format. The message names the kind of id and the format, never the value.
 *
 * @example
 * ```ts
 * import { InvalidIdError, partnershipId } from '@antislavery/model';
 *
 * try {
 *   partnershipId('Derby & Derbyshire');
 * } catch (error) {
 *   error instanceof InvalidIdError;
 *   //=> true
 * }
 * ```
 */
export class InvalidIdError extends TypeError {
  /** Stable code for programs: always `model.id.invalid`. */
  readonly code = 'model.id.invalid' as const;
  /** The kind of id that was wrong, for example `partnership` or `metric`. */
  readonly kind: string;

  constructor(kind: string, format: string) {
    super(`Invalid ${kind} id: expected ${format}`);
    this.name = 'InvalidIdError';
    this.kind = kind;
  }
}

/**
 * Thrown when a period given to a function such as {@link periodStart} has a bound that is neither
 * a year (`YYYY`) nor a real date (`YYYY-MM-DD`). Periods parsed by {@link periodSchema} never do.
 *
 * @example
 * ```ts
 * import { InvalidPeriodError, periodStart } from '@antislavery/model';
 *
 * try {
 *   periodStart({ from: '2018-02-30', to: '2020' });
 * } catch (error) {
 *   error instanceof InvalidPeriodError;
 *   //=> true
 * }
 * ```
 */
export class InvalidPeriodError extends TypeError {
  /** Stable code for programs: always `model.period.invalid`. */
  readonly code = 'model.period.invalid' as const;
  /** Where the bad bound was given, for example `periodStart(period.from)`. */
  readonly where: string;

  constructor(where: string) {
    super(`${where}: expected a year written as YYYY or a real date written as YYYY-MM-DD`);
    this.name = 'InvalidPeriodError';
    this.where = where;
  }
}
