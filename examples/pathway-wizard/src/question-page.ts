import { backLink, errorSummary } from './components.js';
import { h, visuallyHidden } from './dom.js';
import type { Question } from './questions.js';
import { pageTitle, type View } from './view.js';

/**
 * What a question page shows: the question, the answer already given (its radio is checked), and
 * whether to show the "nothing selected" error.
 *
 * @example
 * ```ts
 * import type { QuestionPageProps } from './question-page.js';
 * import { QUESTIONS } from './questions.js';
 *
 * const props: QuestionPageProps = { question: QUESTIONS['under-18'], answer: undefined, error: true };
 * ```
 */
export type QuestionPageProps = {
  /** The question. */
  readonly question: Question;
  /** The answer given before, if any. */
  readonly answer: string | undefined;
  /** Whether the user continued without answering. */
  readonly error: boolean;
};

/**
 * What a question page can do: go back (`null` on the first question, which has no "Back" link)
 * and continue with the selected value (`undefined` when nothing is selected).
 *
 * @example
 * ```ts
 * import type { QuestionPageActions } from './question-page.js';
 *
 * const actions: QuestionPageActions = { onBack: null, onContinue: (value) => console.log(value) };
 * ```
 */
export type QuestionPageActions = {
  /** Go to the previous page. */
  readonly onBack: (() => void) | null;
  /** Continue with the selected value. */
  readonly onContinue: (value: string | undefined) => void;
};

/** The id of a question's nth radio: the first has the question's own id, so errors link to it. */
const radioId = (question: Question, index: number) =>
  index === 0 ? question.id : `${question.id}-${index + 1}`;

/**
 * A GOV.UK question page: one fieldset whose legend is the page's `<h1>`, a hint, the radios
 * (each a real `<input type="radio">` with its `<label>`), and a "Continue" button. When the user
 * continues without answering, an error summary at the top links to the first radio, the field
 * shows the error too, the fieldset is described by both, and the title starts with "Error: ".
 *
 * @param props - the question, the answer given and whether to show the error
 * @param actions - what "Back" and "Continue" do
 * @returns the page
 *
 * @example
 * ```ts
 * import { renderQuestionPage } from './question-page.js';
 * import { QUESTIONS } from './questions.js';
 *
 * const view = renderQuestionPage(
 *   { question: QUESTIONS['under-18'], answer: undefined, error: true },
 *   { onBack: null, onContinue: () => {} },
 * );
 * view.title;
 * //=> 'Error: Is the person under 18? – Modern slavery: what to do next'
 * ```
 */
export function renderQuestionPage(props: QuestionPageProps, actions: QuestionPageActions): View {
  const { question, answer, error } = props;
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  const describedBy = [question.hint === undefined ? null : hintId, error ? errorId : null]
    .filter((id) => id !== null)
    .join(' ');

  const heading = h('h1', { class: 'app-fieldset__heading', tabindex: '-1' }, question.title);
  const radios = question.options.map((option, index) => {
    const id = radioId(question, index);
    const itemHintId = `${id}-item-hint`;
    const input = h('input', {
      class: 'app-radios__input',
      id,
      name: question.id,
      type: 'radio',
      value: option.value,
      'aria-describedby': option.hint === undefined ? undefined : itemHintId,
    });
    input.checked = option.value === answer;
    return h(
      'div',
      { class: 'app-radios__item' },
      input,
      h('label', { class: 'app-label app-radios__label', for: id }, option.label),
      option.hint === undefined
        ? null
        : h('div', { id: itemHintId, class: 'app-hint app-radios__hint' }, option.hint),
    );
  });

  const form = h(
    'form',
    { novalidate: '' },
    h(
      'div',
      { class: error ? 'app-form-group app-form-group--error' : 'app-form-group' },
      h(
        'fieldset',
        { class: 'app-fieldset', 'aria-describedby': describedBy === '' ? undefined : describedBy },
        h('legend', { class: 'app-fieldset__legend app-fieldset__legend--l' }, heading),
        question.hint === undefined ? null : h('div', { id: hintId, class: 'app-hint' }, question.hint),
        error
          ? h(
              'p',
              { id: errorId, class: 'app-error-message' },
              visuallyHidden('Error:'),
              ` ${question.error}`,
            )
          : null,
        h('div', { class: 'app-radios' }, radios),
      ),
    ),
    h('button', { type: 'submit', class: 'app-button' }, 'Continue'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = new FormData(form).get(question.id);
    actions.onContinue(typeof value === 'string' ? value : undefined);
  });

  const summary = error ? errorSummary([{ field: radioId(question, 0), message: question.error }]) : null;
  const main = h(
    'main',
    { class: 'app-main', id: 'main-content', tabindex: '-1' },
    h('div', { class: 'app-grid-two-thirds' }, summary, form),
  );
  return {
    title: pageTitle(question.title, error),
    content: actions.onBack === null ? [main] : [backLink(actions.onBack), main],
    focus: summary ?? heading,
  };
}
