import { type SafePathwayDecision, safeDecidePathway } from '@antislavery/pathways';
import { FOLLOW_UP_QUESTIONS, type QuestionId, REQUIRED_QUESTIONS } from './questions.js';

/**
 * The answers given so far, by question. Values are the radios' values, unchecked: the decision
 * checks them.
 *
 * @example
 * ```ts
 * import type { Answers } from './journey.js';
 *
 * const answers: Answers = { nation: 'england', 'under-18': 'yes' };
 * ```
 */
export type Answers = Readonly<Partial<Record<QuestionId, string>>>;

/**
 * Where the user is: the questions answered so far that still count, in the order they were
 * asked, and either the next question or, when the decision needs nothing more that the wizard
 * can ask, the decision itself (or the issues with the answers).
 *
 * @example
 * ```ts
 * import type { Journey } from './journey.js';
 *
 * const nextPage = (journey: Journey) => (journey.done ? 'check-answers' : journey.next);
 * ```
 */
export type Journey =
  | { readonly done: false; readonly path: readonly QuestionId[]; readonly next: QuestionId }
  | { readonly done: true; readonly path: readonly QuestionId[]; readonly result: SafePathwayDecision };

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['no', false],
]);

// 'Not sure' leaves the fact out, so the decision lists it as still to find out; any other value
// is passed on as it is, for the decision to report.
function yesNoFact(answer: string | undefined): unknown {
  if (answer === undefined || answer === 'not-sure') return undefined;
  return YES_NO.get(answer) ?? answer;
}

const defined = (entries: readonly (readonly [string, unknown])[]): Record<string, unknown> =>
  Object.fromEntries(entries.filter(([, value]) => value !== undefined));

/**
 * The facts `safeDecidePathway` takes, from the answers: yes and no become `true` and `false`,
 * "Not sure" and unanswered questions are left out. Values are not checked here.
 *
 * @param answers - the answers that count (see {@link planJourney})
 * @returns the facts, as plain JSON
 *
 * @example
 * ```ts
 * import { factsFrom } from './journey.js';
 *
 * factsFrom({ nation: 'wales', 'organisation-type': 'police', 'under-18': 'yes', 'immediate-danger': 'no' });
 * //=> { jurisdiction: 'wales', responder: { organisationType: 'police' }, person: { under18: 'yes', inImmediateDanger: false } }
 * ```
 */
export function factsFrom(answers: Answers): Record<string, unknown> {
  return defined([
    ['jurisdiction', answers.nation],
    ['responder', defined([['organisationType', answers['organisation-type']]])],
    [
      'person',
      defined([
        ['under18', answers['under-18']],
        ['consent', answers.consent],
        ['inImmediateDanger', yesNoFact(answers['immediate-danger'])],
        ['hasCareAndSupportNeeds', yesNoFact(answers['care-needs'])],
        ['cooperatingWithAuthorities', yesNoFact(answers['co-operation'])],
      ]),
    ],
  ]);
}

type Step = { readonly next: QuestionId } | { readonly next: null; readonly result: SafePathwayDecision };

function nextStep(given: Answers, path: readonly QuestionId[], asOf: string): Step {
  const required = REQUIRED_QUESTIONS.find((id) => !path.includes(id));
  if (required !== undefined) return { next: required };
  const result = safeDecidePathway(factsFrom(given), { asOf });
  if (!result.ok) return { next: null, result };
  for (const missing of result.decision.explanation.missing) {
    const id = FOLLOW_UP_QUESTIONS.get(missing.fact);
    if (id !== undefined && !path.includes(id)) return { next: id };
  }
  return { next: null, result };
}

/**
 * Works out the journey from the answers: the three questions every decision needs, then, one at
 * a time, the first fact the decision reports as missing that the wizard has a question for and
 * has not asked yet. So the rules decide what to ask: a child is never asked for consent, and
 * co-operation with the authorities is asked only when it changes what a notification may say.
 * An answer to a question that is no longer on the path (after the user changes an earlier
 * answer) is kept but does not count.
 *
 * @param answers - every answer given, including ones that may no longer count
 * @param asOf - the date to decide for, `YYYY-MM-DD`
 * @returns the path so far, and the next question or the decision; never throws for bad answers
 *
 * @example
 * ```ts
 * import { planJourney } from './journey.js';
 *
 * const journey = planJourney({ nation: 'england', 'organisation-type': 'police', 'under-18': 'yes' }, '2026-04-01');
 * journey.done ? null : journey.next;
 * //=> 'immediate-danger'
 * ```
 */
export function planJourney(answers: Answers, asOf: string): Journey {
  const path: QuestionId[] = [];
  const given: Partial<Record<QuestionId, string>> = {};
  // Each step adds a question not yet on the path, so this ends after at most every question.
  for (;;) {
    const step = nextStep(given, path, asOf);
    if (step.next === null) return { done: true, path, result: step.result };
    const answer = answers[step.next];
    if (answer === undefined) return { done: false, path, next: step.next };
    path.push(step.next);
    given[step.next] = answer;
  }
}
