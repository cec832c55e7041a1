import type { PathwayIssue } from '@antislavery/pathways';
import { actionLink, pageHeading } from './components.js';
import { h } from './dom.js';
import { pageTitle, type View } from './view.js';

/**
 * The page shown if the decision refuses the answers (which the questions' fixed options should
 * never allow): each issue's plain-English message, and a link to start again. It never shows the
 * answers themselves.
 *
 * @param issues - the decision's issues
 * @param onStartAgain - what "Start again" does
 * @returns the page
 *
 * @example
 * ```ts
 * import { renderProblemPage } from './problem-page.js';
 *
 * renderProblemPage(
 *   [{ severity: 'error', code: 'pathway.person.under18.invalid', path: ['person', 'under18'], message: 'Select if the potential victim is under 18' }],
 *   () => {},
 * ).title;
 * //=> 'Error: There is a problem with your answers – Modern slavery: what to do next'
 * ```
 */
export function renderProblemPage(issues: readonly PathwayIssue[], onStartAgain: () => void): View {
  const heading = pageHeading('There is a problem with your answers');
  const main = h(
    'main',
    { class: 'app-main', id: 'main-content', tabindex: '-1' },
    h(
      'div',
      { class: 'app-grid-two-thirds' },
      heading,
      h(
        'ul',
        { class: 'app-list app-list--bullet' },
        issues.map((issue) => h('li', {}, issue.message)),
      ),
      h('p', { class: 'app-body' }, actionLink('Start again', onStartAgain)),
    ),
  );
  return { title: pageTitle('There is a problem with your answers', true), content: [main], focus: heading };
}
