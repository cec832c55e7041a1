import { h } from './dom.js';

/**
 * A link that runs an action in the page instead of following its `href`. It stays a real link,
 * so it is announced as one, is in the tab order and follows the Enter key.
 *
 * @param text - the link's text, or its parts (for visually hidden text)
 * @param onClick - what it does
 * @param attributes - more attributes, such as `class`
 * @returns the link
 *
 * @example
 * ```ts
 * import { actionLink } from './components.js';
 *
 * actionLink('Start again', () => location.reload()).getAttribute('href');
 * //=> '#'
 * ```
 */
export function actionLink(
  text: string | readonly (string | Node)[],
  onClick: () => void,
  attributes: Readonly<Record<string, string | undefined>> = {},
): HTMLAnchorElement {
  const link = h(
    'a',
    { href: '#', class: 'app-link', ...attributes },
    typeof text === 'string' ? text : [...text],
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return link;
}

/**
 * The GOV.UK "Back" link, shown above the page's main content.
 *
 * @param onBack - where it goes
 * @returns the link
 *
 * @example
 * ```ts
 * import { backLink } from './components.js';
 *
 * backLink(() => history.back()).textContent;
 * //=> 'Back'
 * ```
 */
export function backLink(onBack: () => void): HTMLAnchorElement {
  return actionLink('Back', onBack, { class: 'app-back-link' });
}

/**
 * A GOV.UK error summary: "There is a problem", then each error as a link to its field. A link
 * moves focus to the field (and shows its legend), as GOV.UK Frontend does, rather than only
 * scrolling to it. Focus the summary itself when the page is shown with errors.
 *
 * @param errors - each field's id and what to do about it
 * @returns the summary, focusable from script
 *
 * @example
 * ```ts
 * import { errorSummary } from './components.js';
 *
 * errorSummary([{ field: 'under-18', message: 'Select if the person is under 18' }]).querySelector('a')?.hash;
 * //=> '#under-18'
 * ```
 */
export function errorSummary(errors: readonly { field: string; message: string }[]): HTMLDivElement {
  const links = errors.map(({ field, message }) => {
    const link = h('a', { href: `#${field}` }, message);
    link.addEventListener('click', (event) => {
      const input = document.getElementById(field);
      if (input === null) return;
      event.preventDefault();
      input.closest('fieldset')?.scrollIntoView();
      input.focus({ preventScroll: true });
    });
    return h('li', {}, link);
  });
  return h(
    'div',
    { class: 'app-error-summary', tabindex: '-1' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'app-error-summary__title' }, 'There is a problem'),
      h('ul', { class: 'app-list app-error-summary__list' }, links),
    ),
  );
}

/**
 * A GOV.UK summary list row: the name of an answer, the answer, and an optional action link.
 *
 * @example
 * ```ts
 * import type { SummaryRow } from './components.js';
 *
 * const row: SummaryRow = { key: 'Under 18', value: 'Yes' };
 * ```
 */
export type SummaryRow = {
  /** The name of the answer. */
  readonly key: string;
  /** The answer. */
  readonly value: string | Node;
  /** A link such as "Change". */
  readonly action?: HTMLElement;
};

/**
 * A GOV.UK summary list: a `<dl>` with a row for each answer.
 *
 * @param rows - the rows, in order
 * @returns the list
 *
 * @example
 * ```ts
 * import { summaryList } from './components.js';
 *
 * summaryList([{ key: 'Under 18', value: 'Yes' }]).tagName;
 * //=> 'DL'
 * ```
 */
export function summaryList(rows: readonly SummaryRow[]): HTMLDListElement {
  return h(
    'dl',
    { class: 'app-summary-list' },
    rows.map((row) =>
      h(
        'div',
        { class: 'app-summary-list__row' },
        h('dt', { class: 'app-summary-list__key' }, row.key),
        h('dd', { class: 'app-summary-list__value' }, row.value),
        row.action === undefined ? null : h('dd', { class: 'app-summary-list__actions' }, row.action),
      ),
    ),
  );
}

/**
 * A page's main heading, focusable from script so that focus can move to it when the page
 * changes.
 *
 * @param text - the heading
 * @param size - `l` for a page heading (the default), `xl` for a large one
 * @returns the `<h1>`
 *
 * @example
 * ```ts
 * import { pageHeading } from './components.js';
 *
 * pageHeading('Check your answers').tabIndex;
 * //=> -1
 * ```
 */
export function pageHeading(text: string, size: 'l' | 'xl' = 'l'): HTMLHeadingElement {
  return h('h1', { class: `app-heading-${size}`, tabindex: '-1' }, text);
}
