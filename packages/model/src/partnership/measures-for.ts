import type { MeasureId } from './ids.js';
import type { Measure } from './measure.js';
import type { Outcome } from './outcome.js';

/**
 * The measures of an outcome.
 *
 * @example
 * ```ts
 * import { measuresFor } from '@antislavery/model';
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * const [identification] = cheshirePledge.outcomes ?? [];
 * identification && measuresFor(identification).map((measure) => measure.metricId);
 * //=> ['referrals.nrm-and-dtn.count']
 * ```
 */
export function measuresFor(outcome: Pick<Outcome, 'measures'>): readonly Measure[] {
  return outcome.measures;
}

/**
 * Every measure of every outcome of a pledge, partnership or strategy, in order. Empty if it has
 * no outcomes.
 *
 * @example
 * ```ts
 * import { allMeasures } from '@antislavery/model';
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * allMeasures(cheshirePledge).map((measure) => measure.source);
 * //=> ['computed', 'entered', 'computed']
 * ```
 */
export function allMeasures(document: {
  readonly outcomes?: readonly Pick<Outcome, 'measures'>[] | undefined;
}): Measure[] {
  return (document.outcomes ?? []).flatMap((outcome) => outcome.measures);
}

/**
 * The measure with an id among a pledge's, partnership's or strategy's outcomes, for example one
 * that an action links to; `undefined` if there is none.
 *
 * @example
 * ```ts
 * import { findMeasure, measureId } from '@antislavery/model';
 * import { cheshirePledge } from '@antislavery/model/examples';
 *
 * findMeasure(cheshirePledge, measureId('local-reporting-and-survey-awareness'))?.source;
 * //=> 'entered'
 * ```
 */
export function findMeasure(
  document: { readonly outcomes?: readonly Pick<Outcome, 'measures'>[] | undefined },
  id: MeasureId,
): Measure | undefined {
  return allMeasures(document).find((measure) => measure.id === id);
}
