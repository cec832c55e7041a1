import { formatLongDate as longDate } from '@antislavery/model/calendar';
import type { PathwayDecision } from '@antislavery/pathways';
import { actionLink, backLink, pageHeading, type SummaryRow, summaryList } from './components.js';
import { h } from './dom.js';
import { explanationList } from './explanation-list.js';
import { localSteps, pathwaySteps } from './pathway-steps.js';
import { pageTitle, type View } from './view.js';

/**
 * What the result page can do: go back to "Check your answers" (from "Back" or "Change your
 * answers"), or clear every answer and start again.
 *
 * @example
 * ```ts
 * import type { ResultActions } from './result-page.js';
 *
 * const actions: ResultActions = { onChangeAnswers: () => {}, onStartAgain: () => {} };
 * ```
 */
export type ResultActions = {
  /** Go back to "Check your answers". */
  readonly onChangeAnswers: () => void;
  /** Clear the answers and go to the first question. */
  readonly onStartAgain: () => void;
};

const yesOrNo = (value: boolean) => (value ? 'Yes' : 'No');

function dutyToNotify({ applies, dischargedBy }: PathwayDecision['dutyToNotify']): string {
  if (!applies) return 'Does not apply';
  switch (dischargedBy) {
    case 'nrm-referral':
      return 'Applies: the NRM referral meets it';
    case 'notification':
      return 'Applies: send an anonymous notification';
    case null:
      return 'Applies';
  }
}

function organisation({ isFirstResponder, hasDutyToNotify }: PathwayDecision['responder']): string {
  if (!isFirstResponder) return 'Not a first responder organisation here';
  return hasDutyToNotify
    ? 'A first responder organisation, with the duty to notify'
    : 'A first responder organisation';
}

const section = (title: string, ...content: (Node | null)[]) =>
  h('section', { class: 'app-section' }, h('h2', { class: 'app-heading-m' }, title), ...content);

/**
 * The result page: what the decision settles (treated as a child, consent, the duty to notify,
 * the responder's status), the steps in order with who to contact, the council's own steps, what
 * is still to find out, and why, with every rule's sources as links.
 *
 * @param decision - the decision
 * @param actions - what "Back", "Change your answers" and "Start again" do
 * @returns the page
 *
 * @example
 * ```ts
 * import { decidePathway } from '@antislavery/pathways';
 * import { renderResultPage } from './result-page.js';
 *
 * const decision = decidePathway(
 *   { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'yes' } },
 *   { asOf: '2026-04-01' },
 * );
 * renderResultPage(decision, { onChangeAnswers: () => {}, onStartAgain: () => {} }).title;
 * //=> 'What to do next – Modern slavery: what to do next'
 * ```
 */
export function renderResultPage(decision: PathwayDecision, actions: ResultActions): View {
  const heading = pageHeading('What to do next');
  const { explanation } = decision;
  const settled: SummaryRow[] = [
    { key: 'Treated as a child', value: yesOrNo(decision.treatedAsChild) },
    { key: 'Consent needed for an NRM referral', value: yesOrNo(decision.consentRequired) },
    { key: 'Duty to notify', value: dutyToNotify(decision.dutyToNotify) },
    { key: 'Your organisation', value: organisation(decision.responder) },
  ];
  const byStage = (stage: 'responder-status' | 'pathway') =>
    explanation.rules.filter((rule) => rule.stage === stage);

  const main = h(
    'main',
    { class: 'app-main', id: 'main-content', tabindex: '-1' },
    h(
      'div',
      { class: 'app-grid-two-thirds' },
      heading,
      summaryList(settled),
      section(
        'Steps, in order',
        decision.actions.length === 0
          ? h('p', { class: 'app-body' }, 'The national rules give you no steps to take.')
          : pathwaySteps(decision.actions),
      ),
      decision.localSteps.length === 0
        ? null
        : section(`Steps from ${decision.localPathway ?? 'your council'}`, localSteps(decision.localSteps)),
      explanation.missing.length === 0
        ? null
        : section(
            'Still to find out',
            h('p', { class: 'app-body' }, 'The rules need these answers to decide the rest:'),
            h(
              'ul',
              { class: 'app-list app-list--bullet' },
              explanation.missing.map((fact) => h('li', { 'data-missing-fact': fact.fact }, fact.question)),
            ),
          ),
      section(
        'Why',
        h(
          'p',
          { class: 'app-body' },
          'Each step comes from a rule. These are the rules that apply, with the law or guidance they come from.',
        ),
        h('h3', { class: 'app-heading-s' }, 'Who you work for'),
        explanationList(byStage('responder-status')),
        h('h3', { class: 'app-heading-s' }, 'What to do'),
        explanationList(byStage('pathway')),
      ),
      h(
        'p',
        { class: 'app-body-s app-decided' },
        `Decided for ${longDate(decision.asOf)} with the ${decision.ruleSet.name}, version ${decision.ruleSet.version}.`,
      ),
      h(
        'ul',
        { class: 'app-list app-result-links' },
        h('li', {}, actionLink('Change your answers', actions.onChangeAnswers)),
        h('li', {}, actionLink('Start again', actions.onStartAgain)),
      ),
    ),
  );
  return {
    title: pageTitle('What to do next'),
    content: [backLink(actions.onChangeAnswers), main],
    focus: heading,
  };
}
