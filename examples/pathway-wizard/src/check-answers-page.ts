import { actionLink, backLink, pageHeading, summaryList } from './components.js';
import { h, visuallyHidden } from './dom.js';
import type { Answers } from './journey.js';
import { answerLabel, QUESTIONS, type QuestionId } from './questions.js';
import { pageTitle, type View } from './view.js';

/**
 * What the "Check your answers" page can do: go back to the last question, change one answer, or
 * continue to the result.
 *
 * @example
 * ```ts
 * import type { CheckAnswersActions } from './check-answers-page.js';
 *
 * const actions: CheckAnswersActions = { onBack: () => {}, onChange: (id) => console.log(id), onContinue: () => {} };
 * ```
 */
export type CheckAnswersActions = {
  /** Go back to the last question. */
  readonly onBack: () => void;
  /** Change the answer to a question. */
  readonly onChange: (id: QuestionId) => void;
  /** See the result. */
  readonly onContinue: () => void;
};

/**
 * The GOV.UK "Check your answers" page: a summary list of the questions on the path, in the order
 * they were asked, each answer with a "Change" link whose full name ("Change if the person is
 * under 18") is read out by screen readers.
 *
 * @param path - the questions that count, in order
 * @param answers - the answers
 * @param actions - what "Back", "Change" and the button do
 * @returns the page
 *
 * @example
 * ```ts
 * import { renderCheckAnswersPage } from './check-answers-page.js';
 *
 * const view = renderCheckAnswersPage(['nation'], { nation: 'wales' }, {
 *   onBack: () => {},
 *   onChange: () => {},
 *   onContinue: () => {},
 * });
 * view.title;
 * //=> 'Check your answers – Modern slavery: what to do next'
 * ```
 */
export function renderCheckAnswersPage(
  path: readonly QuestionId[],
  answers: Answers,
  actions: CheckAnswersActions,
): View {
  const heading = pageHeading('Check your answers');
  const rows = path.map((id) => {
    const question = QUESTIONS[id];
    const answer = answers[id];
    return {
      key: question.summary,
      value: answer === undefined ? '' : (answerLabel(id, answer) ?? ''),
      action: actionLink(['Change', visuallyHidden(` ${question.change}`)], () => actions.onChange(id), {
        'data-change': id,
      }),
    };
  });
  const button = h('button', { type: 'button', class: 'app-button' }, 'See what to do next');
  button.addEventListener('click', actions.onContinue);
  const main = h(
    'main',
    { class: 'app-main', id: 'main-content', tabindex: '-1' },
    h(
      'div',
      { class: 'app-grid-two-thirds' },
      heading,
      summaryList(rows),
      h(
        'p',
        { class: 'app-body' },
        'The next page shows what to do, in order, who to contact, and the rules and guidance behind each step.',
      ),
      button,
    ),
  );
  return {
    title: pageTitle('Check your answers'),
    content: [backLink(actions.onBack), main],
    focus: heading,
  };
}
