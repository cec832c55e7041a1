import { todayInUk } from '@antislavery/model';
import { renderCheckAnswersPage } from './check-answers-page.js';
import { type Answers, type Journey, planJourney } from './journey.js';
import { renderProblemPage } from './problem-page.js';
import { renderQuestionPage } from './question-page.js';
import { QUESTION_IDS, QUESTIONS, type QuestionId, REQUIRED_QUESTIONS } from './questions.js';
import { renderResultPage } from './result-page.js';
import type { View } from './view.js';

/**
 * A page of the wizard, as kept in the browser's history: a question (and whether it was reached
 * from a "Change" link, so that it returns to "Check your answers"), "Check your answers", or the
 * result.
 *
 * @example
 * ```ts
 * import type { WizardPage } from './wizard.js';
 *
 * const page: WizardPage = { kind: 'question', id: 'under-18', returnToCheck: true };
 * ```
 */
export type WizardPage =
  | { readonly kind: 'question'; readonly id: QuestionId; readonly returnToCheck: boolean }
  | { readonly kind: 'check-answers' }
  | { readonly kind: 'result' };

/**
 * Whether a value from the browser's history is a {@link WizardPage}.
 *
 * @param value - `history.state`, or anything else
 *
 * @example
 * ```ts
 * import { isWizardPage } from './wizard.js';
 *
 * [isWizardPage({ kind: 'result' }), isWizardPage({ kind: 'question', id: 'age' }), isWizardPage(null)];
 * //=> [true, false, false]
 * ```
 */
export function isWizardPage(value: unknown): value is WizardPage {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'check-answers' || value.kind === 'result') return true;
  return (
    value.kind === 'question' &&
    'id' in value &&
    QUESTION_IDS.some((id) => id === value.id) &&
    'returnToCheck' in value &&
    typeof value.returnToCheck === 'boolean'
  );
}

const CHECK_ANSWERS: WizardPage = { kind: 'check-answers' };
const RESULT: WizardPage = { kind: 'result' };
const question = (id: QuestionId, returnToCheck = false): WizardPage => ({
  kind: 'question',
  id,
  returnToCheck,
});

type ShowOptions = {
  /** How to record the page in the browser's history. */
  readonly history: 'push' | 'replace' | 'none';
  /** Show the question's "nothing selected" error. */
  readonly error?: boolean;
  /** Move focus to the page's heading or error summary (not on first load). */
  readonly focus?: boolean;
};

/**
 * Starts the wizard in an element: shows the first question and takes over from there. Each page
 * replaces the element's content, gets its own title and its own entry in the browser's history
 * (so the browser's Back button works as well as the page's "Back" link), and moves focus to its
 * heading, or to the error summary when the user continues without answering. Answers are kept
 * in memory only: nothing is stored or sent.
 *
 * @param root - the element to show the pages in
 * @param asOf - the date to decide for, `YYYY-MM-DD`; today in the UK by default
 *
 * @example
 * ```ts
 * import { startWizard } from './wizard.js';
 *
 * const root = document.getElementById('app');
 * if (root !== null) startWizard(root);
 * ```
 */
export function startWizard(root: HTMLElement, asOf: string = todayInUk()): void {
  let answers: Answers = {};
  const first = question(REQUIRED_QUESTIONS[0] ?? QUESTION_IDS[0]);

  function show(requested: WizardPage, options: ShowOptions): void {
    const { page, view } = render(requested, options.error ?? false);
    if (options.history === 'push') window.history.pushState(page, '');
    else if (options.history === 'replace' || page !== requested) window.history.replaceState(page, '');
    document.title = view.title;
    root.replaceChildren(...view.content);
    if (options.focus ?? true) {
      window.scrollTo(0, 0);
      view.focus.focus();
    }
  }

  const go = (page: WizardPage) => () => show(page, { history: 'push' });

  function startAgain(): void {
    answers = {};
    show(first, { history: 'push' });
  }

  function onContinue(page: WizardPage & { kind: 'question' }, value: string | undefined): void {
    if (value === undefined || !QUESTIONS[page.id].options.some((option) => option.value === value)) {
      show(page, { history: 'none', error: true });
      return;
    }
    answers = { ...answers, [page.id]: value };
    const journey = planJourney(answers, asOf);
    const following = page.returnToCheck ? undefined : journey.path[journey.path.indexOf(page.id) + 1];
    if (following !== undefined) show(question(following), { history: 'push' });
    else if (journey.done) show(CHECK_ANSWERS, { history: 'push' });
    else show(question(journey.next, page.returnToCheck), { history: 'push' });
  }

  function backFrom(page: WizardPage & { kind: 'question' }, journey: Journey): (() => void) | null {
    if (page.returnToCheck && journey.done) return go(CHECK_ANSWERS);
    const index = journey.path.indexOf(page.id);
    const previous = index === -1 ? journey.path.at(-1) : journey.path[index - 1];
    return previous === undefined ? null : go(question(previous));
  }

  function questionPage(page: WizardPage & { kind: 'question' }, journey: Journey, error: boolean) {
    const view = renderQuestionPage(
      { question: QUESTIONS[page.id], answer: answers[page.id], error },
      { onBack: backFrom(page, journey), onContinue: (value) => onContinue(page, value) },
    );
    return { page, view };
  }

  // The page asked for, unless the answers do not lead there yet (a bookmark in history after an
  // earlier answer changed, say): then the next question, or "Check your answers".
  function render(requested: WizardPage, error: boolean): { page: WizardPage; view: View } {
    const journey = planJourney(answers, asOf);
    const onPath = requested.kind === 'question' && journey.path.includes(requested.id);
    if (!journey.done) {
      if (requested.kind === 'question' && (onPath || requested.id === journey.next)) {
        return questionPage(requested, journey, error);
      }
      return questionPage({ kind: 'question', id: journey.next, returnToCheck: false }, journey, false);
    }
    if (requested.kind === 'question' && onPath) return questionPage(requested, journey, error);
    if (requested.kind === 'result') {
      const view = journey.result.ok
        ? renderResultPage(journey.result.decision, {
            onChangeAnswers: go(CHECK_ANSWERS),
            onStartAgain: startAgain,
          })
        : renderProblemPage(journey.result.issues, startAgain);
      return { page: RESULT, view };
    }
    const last = journey.path.at(-1);
    const view = renderCheckAnswersPage(journey.path, answers, {
      onBack: last === undefined ? go(first) : go(question(last)),
      onChange: (id) => show(question(id, true), { history: 'push' }),
      onContinue: go(RESULT),
    });
    return { page: CHECK_ANSWERS, view };
  }

  window.addEventListener('popstate', (event) => {
    if (isWizardPage(event.state)) show(event.state, { history: 'none' });
  });
  show(first, { history: 'replace', focus: false });
}
