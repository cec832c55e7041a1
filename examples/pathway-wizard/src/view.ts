/**
 * The name of the service, as the header and every page title show it.
 *
 * @example
 * ```ts
 * import { SERVICE_NAME } from './view.js';
 *
 * `Check your answers – ${SERVICE_NAME}`;
 * //=> 'Check your answers – Modern slavery: what to do next'
 * ```
 */
export const SERVICE_NAME = 'Modern slavery: what to do next';

/**
 * One page of the wizard, ready to show: its title (for the browser tab and screen readers), what
 * goes in the page (a "Back" link, if any, then the `<main>` element), and what to focus when the
 * page is shown after the user moves on.
 *
 * @example
 * ```ts
 * import type { View } from './view.js';
 *
 * const show = (view: View) => {
 *   document.title = view.title;
 *   document.getElementById('app')?.replaceChildren(...view.content);
 *   view.focus.focus();
 * };
 * ```
 */
export type View = {
  /** The page title, ending with the service name, starting with "Error: " when there is one. */
  readonly title: string;
  /** The page's content, in order. */
  readonly content: readonly Node[];
  /** What to focus: the `<h1>`, or the error summary when there is a problem. */
  readonly focus: HTMLElement;
};

/**
 * A page title in the GOV.UK pattern: the page's heading, then the service name, with "Error: "
 * first when the page shows an error.
 *
 * @param heading - the page's `<h1>`
 * @param error - whether the page shows an error
 *
 * @example
 * ```ts
 * import { pageTitle } from './view.js';
 *
 * pageTitle('Is the person under 18?', true);
 * //=> 'Error: Is the person under 18? – Modern slavery: what to do next'
 * ```
 */
export function pageTitle(heading: string, error = false): string {
  return `${error ? 'Error: ' : ''}${heading} – ${SERVICE_NAME}`;
}
