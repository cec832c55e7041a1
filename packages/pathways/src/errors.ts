import type { PathwayIssue } from './issues.js';

function summary(what: string, issues: readonly PathwayIssue[]): string {
  const first = issues[0];
  if (first === undefined) return `${what} are not valid`;
  const where = first.path.length === 0 ? '' : ` (at ${first.path.join('.')})`;
  const more = issues.length > 1 ? ` and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''}` : '';
  return `${what} are not valid: ${first.message}${where}${more}`;
}

/**
 * Thrown by `decidePathway` when the facts of the case are not valid, or do not fit together (an
 * organisation from the official list whose type is not the type given, or a local pathway for
 * another nation). `issues` lists every problem with its path and a plain-English message; none
 * repeats a value given. Use `safeDecidePathway` to get the issues without a throw.
 *
 * @example
 * ```ts
 * import { decidePathway, InvalidPathwayFactsError } from '@antislavery/pathways';
 *
 * try {
 *   decidePathway({ jurisdiction: 'england' } as never, { asOf: '2026-04-01' });
 * } catch (error) {
 *   (error as InvalidPathwayFactsError).issues.map((issue) => issue.code);
 *   //=> ['pathway.responder.required', 'pathway.person.required']
 * }
 * ```
 */
export class InvalidPathwayFactsError extends TypeError {
  /** Stable code for programs: always `pathways.facts.invalid`. */
  readonly code = 'pathways.facts.invalid' as const;
  /** Every problem found. */
  readonly issues: readonly PathwayIssue[];

  constructor(issues: readonly PathwayIssue[]) {
    super(summary('The pathway facts', issues));
    this.name = 'InvalidPathwayFactsError';
    this.issues = issues;
  }
}

/**
 * Thrown by `defineLocalPathway` (and by `decidePathway` given a local pathway that was never
 * checked) when a local pathway is not valid. `issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * import { defineLocalPathway, InvalidLocalPathwayError } from '@antislavery/pathways';
 *
 * try {
 *   defineLocalPathway({ name: 'Example Council', jurisdiction: 'england', disable: ['child.nrm-referral'] });
 * } catch (error) {
 *   (error as InvalidLocalPathwayError).issues[0]?.code;
 *   //=> 'local-pathway.unknown-field'
 * }
 * ```
 */
export class InvalidLocalPathwayError extends TypeError {
  /** Stable code for programs: always `pathways.local-pathway.invalid`. */
  readonly code = 'pathways.local-pathway.invalid' as const;
  /** Every problem found. */
  readonly issues: readonly PathwayIssue[];

  constructor(issues: readonly PathwayIssue[]) {
    super(summary('The local pathway details', issues));
    this.name = 'InvalidLocalPathwayError';
    this.issues = issues;
  }
}

/**
 * Why an `asOf` date was refused: `not-a-date` when it is not a real date written `YYYY-MM-DD`,
 * `before-nrm` when it is before 1 April 2009, when the National Referral Mechanism began.
 *
 * @example
 * ```ts
 * import type { AsOfProblem } from '@antislavery/pathways';
 *
 * const problem: AsOfProblem = 'before-nrm';
 * ```
 */
export type AsOfProblem = 'not-a-date' | 'before-nrm';

/**
 * Thrown by `decidePathway` and `pathwayParameters` when `asOf` is not a real date written
 * `YYYY-MM-DD`, or is before the National Referral Mechanism began on 1 April 2009. The message
 * names the problem and where, never the value.
 *
 * @example
 * ```ts
 * import { InvalidAsOfError, pathwayParameters } from '@antislavery/pathways';
 *
 * try {
 *   pathwayParameters({ jurisdiction: 'england', asOf: '2008-12-31' });
 * } catch (error) {
 *   (error as InvalidAsOfError).problem;
 *   //=> 'before-nrm'
 * }
 * ```
 */
export class InvalidAsOfError extends RangeError {
  /** Stable code for programs: always `pathways.as-of.invalid`. */
  readonly code = 'pathways.as-of.invalid' as const;
  /** What is wrong with the date. */
  readonly problem: AsOfProblem;
  /** The function and option at fault, such as `decidePathway(options.asOf)`. */
  readonly where: string;

  constructor(where: string, problem: AsOfProblem) {
    super(
      problem === 'not-a-date'
        ? `${where}: expected a real date written as YYYY-MM-DD`
        : `${where}: the date must be on or after 1 April 2009, when the National Referral Mechanism began`,
    );
    this.name = 'InvalidAsOfError';
    this.problem = problem;
    this.where = where;
  }
}

/**
 * Thrown by `pathwayParameters` when `jurisdiction` is not one of the four UK jurisdictions: a
 * programmer error. The message names the option, never the value.
 *
 * @example
 * ```ts
 * import { InvalidJurisdictionError, pathwayParameters } from '@antislavery/pathways';
 *
 * try {
 *   pathwayParameters({ jurisdiction: 'england-and-wales' as never, asOf: '2026-04-01' });
 * } catch (error) {
 *   (error as InvalidJurisdictionError).where;
 *   //=> 'pathwayParameters(options.jurisdiction)'
 * }
 * ```
 */
export class InvalidJurisdictionError extends TypeError {
  /** Stable code for programs: always `pathways.jurisdiction.invalid`. */
  readonly code = 'pathways.jurisdiction.invalid' as const;
  /** The function and option at fault. */
  readonly where: string;

  constructor(where: string) {
    super(`${where}: expected 'england', 'wales', 'scotland' or 'northern-ireland'`);
    this.name = 'InvalidJurisdictionError';
    this.where = where;
  }
}
