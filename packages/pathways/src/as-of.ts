import { type IsoDate, isIsoDate, todayInUk } from '@antislavery/model/calendar';
import { type AsOfProblem, InvalidAsOfError } from './errors.js';
import type { PathwayIssue } from './issues.js';

/**
 * The day the National Referral Mechanism began: the earliest date a pathway can be decided for.
 *
 * @example
 * ```ts
 * import { NRM_START } from '@antislavery/pathways';
 *
 * NRM_START;
 * //=> '2009-04-01'
 * ```
 */
export const NRM_START = '2009-04-01';

/** What is wrong with an `asOf`, or `undefined` when it is usable. Internal. */
export function asOfProblem(asOf: unknown): AsOfProblem | undefined {
  if (!isIsoDate(asOf)) return 'not-a-date';
  return asOf < NRM_START ? 'before-nrm' : undefined;
}

/** The `asOf` to use, today in the UK by default; throws {@link InvalidAsOfError}. Internal. */
export function resolveAsOf(asOf: unknown, where: string): IsoDate {
  const date = asOf === undefined ? todayInUk() : asOf;
  const problem = asOfProblem(date);
  if (problem !== undefined) throw new InvalidAsOfError(where, problem);
  return date as IsoDate;
}

/** The issue for an unusable `asOf`, for the functions that return issues. Internal. */
export function asOfIssue(problem: AsOfProblem): PathwayIssue {
  return {
    severity: 'error',
    code: problem === 'not-a-date' ? 'pathway.as-of.not-a-date' : 'pathway.as-of.before-nrm',
    path: ['asOf'],
    message:
      problem === 'not-a-date'
        ? 'Enter the date as a real date in the format YYYY-MM-DD'
        : 'The date must be on or after 1 April 2009, when the National Referral Mechanism began',
  };
}
