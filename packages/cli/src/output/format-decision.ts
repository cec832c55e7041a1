import { JURISDICTION_LABELS } from '@antislavery/model';
import { formatLongDate } from '@antislavery/model/calendar';
import type { PathwayAction, PathwayContact, PathwayDecision } from '@antislavery/pathways';
import { formatCitation } from '@antislavery/rules';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** A contact as lines: the name, then each way to reach them. */
function contactLines(contact: PathwayContact): string[] {
  const reach = [contact.phone, contact.email].filter((part) => part !== undefined).join(', ');
  return [
    `Contact: ${contact.name}${reach === '' ? '' : `, ${reach}`}${contact.from === 'local' ? ' (local pathway)' : ''}`,
    ...(contact.hours === undefined ? [] : [`  Hours: ${contact.hours}`]),
    ...(contact.url === undefined ? [] : [`  ${contact.url}`]),
    ...(contact.notes === undefined ? [] : [`  ${contact.notes}`]),
  ];
}

const fieldWords = (field: string) => field.replace(/-/g, ' ');

/** What an action says beyond its label: who submits, consent, what a notification holds, who else to try. */
function detailLines(action: PathwayAction): string[] {
  switch (action.id) {
    case 'submit-nrm-referral':
      return [
        `${action.by === 'responder' ? 'You submit it' : "Children's services submit it: contact them"}; ${
          action.consentNeeded ? 'it needs their consent' : 'it does not need their consent'
        }; ${
          action.decisionsBy === 'single-competent-authority'
            ? "the Home Office's Single Competent Authority makes the decisions"
            : 'a local multi-agency panel makes the decisions'
        }.`,
        ...contactLines(action.contact),
      ];
    case 'submit-duty-to-notify':
      return [
        `It may hold: ${action.mayContain.map(fieldWords).join(', ') || 'nothing that identifies them'}.`,
        `It must not hold: ${action.mustNotContain.map(fieldWords).join(', ') || 'nothing listed'}.`,
        ...contactLines(action.contact),
      ];
    case 'pass-to-first-responder':
      return [
        ...contactLines(action.contact),
        ...action.alternatives.map(
          (contact) => `Or: ${contact.name}${contact.phone === undefined ? '' : `, ${contact.phone}`}`,
        ),
      ];
    case 'request-age-assessment':
      return [
        'The local authority assesses their age; until then, treat them as a child.',
        ...contactLines(action.contact),
      ];
    case 'seek-consent':
      return [];
    case 'call-999':
    case 'contact-childrens-services':
    case 'refer-to-ictg':
    case 'call-modern-slavery-helpline':
    case 'raise-adult-safeguarding-concern':
    case 'refer-for-victim-care-support':
      return contactLines(action.contact);
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

function dutyToNotifyLine(decision: PathwayDecision): string {
  const { applies, dischargedBy } = decision.dutyToNotify;
  if (!applies) return 'does not apply to the responder here';
  if (dischargedBy === 'nrm-referral') return 'applies; the NRM referral meets it';
  if (dischargedBy === 'notification') return 'applies; an anonymous notification meets it';
  return 'applies; how it is met depends on what is still to find out';
}

/**
 * A pathway decision as text for a practitioner: what the rules settle, the actions in order with
 * their contacts, the local steps, and why, with a citation for every rule that applied and the
 * facts still to find out. Internal.
 */
export function formatDecisionText(decision: PathwayDecision): string {
  const lines: string[] = [
    `Decision for a person encountered in ${JURISDICTION_LABELS[decision.jurisdiction]}, as of ${formatLongDate(decision.asOf)}`,
    `Rules: ${decision.ruleSet.name}, version ${decision.ruleSet.version}${
      decision.localPathway === null ? '' : `; local pathway: ${decision.localPathway}`
    }`,
    '',
    `Treated as a child: ${yesNo(decision.treatedAsChild)}`,
    `Their consent is needed for an NRM referral: ${yesNo(decision.consentRequired)}`,
    `The responder works for a first responder organisation here: ${yesNo(decision.responder.isFirstResponder)}`,
    `Duty to notify: ${dutyToNotifyLine(decision)}`,
    '',
    'What to do, in order:',
  ];
  let step = 0;
  const numbered = (label: string, details: readonly string[]) => {
    step++;
    const prefix = `  ${step}. `;
    lines.push(`${prefix}${label}`, ...details.map((detail) => `${' '.repeat(prefix.length)}${detail}`));
  };
  for (const action of decision.actions) numbered(action.label, detailLines(action));
  if (decision.actions.length === 0) lines.push('  Nothing yet: find out what is listed below first.');
  if (decision.localSteps.length > 0) {
    lines.push(`  Then the local pathway's own steps:`);
    for (const local of decision.localSteps) {
      numbered(local.label, local.contact === undefined ? [] : contactLines(local.contact));
    }
  }
  lines.push('', 'Why:');
  for (const rule of decision.explanation.rules) {
    const local = rule.from === 'national' ? '' : ` (${rule.from})`;
    lines.push(`  - ${rule.sentence}${local}`, `    Source: ${formatCitation(rule.citation)}`);
  }
  if (decision.explanation.missing.length > 0) {
    lines.push('', 'Still to find out:');
    for (const fact of decision.explanation.missing) lines.push(`  - ${fact.question}`);
  }
  return `${lines.join('\n')}\n`;
}
