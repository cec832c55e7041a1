import type { LocalStepAction, NotificationField, PathwayAction } from '@antislavery/pathways';
import { contactDetails } from './contact-details.js';
import { type Child, h } from './dom.js';

const NOTIFICATION_FIELD_TEXT: Readonly<Record<NotificationField, string>> = {
  gender: 'their gender',
  nationality: 'their nationality',
  'exploitation-details': 'what happened to them',
  name: 'their name',
  'contact-details': 'their contact details',
  'date-of-birth': 'their date of birth',
};

/**
 * Items joined as a sentence joins them: "a", "a and b", "a, b and c".
 *
 * @param items - the items
 * @param conjunction - the word before the last item
 *
 * @example
 * ```ts
 * import { joinWords } from './pathway-steps.js';
 *
 * joinWords(['their name', 'their contact details', 'their date of birth'], 'or');
 * //=> 'their name, their contact details or their date of birth'
 * ```
 */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  const last = items.at(-1);
  if (last === undefined) return '';
  return items.length === 1 ? last : `${items.slice(0, -1).join(', ')} ${conjunction} ${last}`;
}

const paragraph = (text: string) => h('p', { class: 'app-body' }, text);

function details(action: PathwayAction): Child[] {
  switch (action.id) {
    case 'submit-nrm-referral':
      return [
        paragraph(
          action.by === 'responder'
            ? 'You submit the referral.'
            : "Children's services or the MASH submit the referral: contact them.",
        ),
        paragraph(
          action.consentNeeded ? "The person's consent is needed." : "The person's consent is not needed.",
        ),
        paragraph(
          action.decisionsBy === 'single-competent-authority'
            ? "The Home Office's Single Competent Authority makes the decisions on it."
            : 'The local multi-agency panel makes the decisions on it.',
        ),
      ];
    case 'submit-duty-to-notify':
      return [
        paragraph(
          `It may include ${joinWords(
            action.mayContain.map((field) => NOTIFICATION_FIELD_TEXT[field]),
            'and',
          )}.`,
        ),
        action.mustNotContain.length === 0
          ? null
          : paragraph(
              `It must not include ${joinWords(
                action.mustNotContain.map((field) => NOTIFICATION_FIELD_TEXT[field]),
                'or',
              )}.`,
            ),
      ];
    case 'pass-to-first-responder':
      return action.alternatives.length === 0
        ? []
        : [
            paragraph('Or contact:'),
            h(
              'ul',
              { class: 'app-list' },
              action.alternatives.map((contact) => h('li', {}, contactDetails(contact))),
            ),
          ];
    case 'request-age-assessment':
      return [paragraph('The local authority assesses their age.')];
    case 'call-999':
    case 'contact-childrens-services':
    case 'refer-to-ictg':
    case 'seek-consent':
    case 'call-modern-slavery-helpline':
    case 'raise-adult-safeguarding-concern':
    case 'refer-for-victim-care-support':
      return [];
    default:
      return action satisfies never;
  }
}

/**
 * The decision's actions as an ordered list, in the order to take them: each step's instruction
 * as a heading, its details (who submits a referral, what a notification may hold) and who to
 * contact. A call to 999 is marked as urgent. Each item carries its action id in
 * `data-action-id`.
 *
 * @param actions - the decision's actions
 * @returns the list
 *
 * @example
 * ```ts
 * import { pathwaySteps } from './pathway-steps.js';
 *
 * pathwaySteps([
 *   { id: 'call-999', label: 'Call 999', rules: [], contact: { name: 'Police (emergency)', phone: '999', from: 'national' } },
 * ]).querySelector('li')?.dataset.actionId;
 * //=> 'call-999'
 * ```
 */
export function pathwaySteps(actions: readonly PathwayAction[]): HTMLOListElement {
  return h(
    'ol',
    { class: 'app-steps' },
    actions.map((action) =>
      h(
        'li',
        {
          class: action.id === 'call-999' ? 'app-step app-step--urgent' : 'app-step',
          'data-action-id': action.id,
        },
        h('h3', { class: 'app-heading-s app-step__title' }, action.label),
        details(action),
        'contact' in action
          ? [h('p', { class: 'app-caption' }, 'Who to contact'), contactDetails(action.contact)]
          : null,
      ),
    ),
  );
}

/**
 * The council's own steps from its local pathway, as a list, each with who to contact where it
 * names someone.
 *
 * @param steps - the decision's local steps
 * @returns the list
 *
 * @example
 * ```ts
 * import { localSteps } from './pathway-steps.js';
 *
 * localSteps([{ id: 'tell-coordinator', label: 'Tell the co-ordinator', rule: 'local.tell-coordinator' }]).childElementCount;
 * //=> 1
 * ```
 */
export function localSteps(steps: readonly LocalStepAction[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'app-list app-list--bullet' },
    steps.map((step) =>
      h(
        'li',
        { 'data-local-step-id': step.id },
        step.label,
        step.contact === undefined ? null : contactDetails(step.contact),
      ),
    ),
  );
}
