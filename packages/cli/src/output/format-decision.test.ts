import type { PathwayDecision } from '@antislavery/pathways';
import { describe, expect, it } from 'vitest';
import { formatDecisionText } from './format-decision.js';

const helpline = {
  name: 'Modern Slavery & Exploitation Helpline',
  phone: '08000 121 700',
  from: 'national',
} as const;
const sca = {
  name: 'Single Competent Authority (Home Office)',
  phone: '0300 072 4345',
  email: 'nrm@modernslavery.gov.uk',
  from: 'national',
} as const;
const mash = {
  name: 'Example MASH',
  phone: '01234 567890',
  hours: 'Monday to Friday, 9am to 5pm',
  url: 'https://example.gov.uk/mash',
  notes: 'Out of hours, call the emergency duty team.',
  from: 'local',
} as const;

const base: PathwayDecision = {
  asOf: '2026-04-01',
  jurisdiction: 'england',
  ruleSet: { name: 'National referral pathway (England)', version: '2026.4.0' },
  localPathway: null,
  actions: [],
  localSteps: [],
  treatedAsChild: false,
  consentRequired: true,
  dutyToNotify: { applies: true, dischargedBy: null },
  responder: { isFirstResponder: true, hasDutyToNotify: true },
  explanation: { rules: [], missing: [], undecided: [] },
};

describe('formatDecisionText', () => {
  it('prints what the rules settle, the actions in order with their details and contacts, and why', () => {
    const decision: PathwayDecision = {
      ...base,
      localPathway: 'Example Council local pathway',
      treatedAsChild: true,
      consentRequired: false,
      dutyToNotify: { applies: true, dischargedBy: 'nrm-referral' },
      actions: [
        {
          id: 'call-999',
          label: 'Call 999',
          rules: ['r'],
          contact: { name: 'Police (emergency)', phone: '999', from: 'national' },
        },
        {
          id: 'contact-childrens-services',
          label: "Contact children's services",
          rules: ['r'],
          contact: mash,
        },
        {
          id: 'request-age-assessment',
          label: 'Ask for an age assessment',
          rules: ['r'],
          contact: mash,
          by: 'local-authority',
        },
        { id: 'seek-consent', label: 'Ask if they consent', rules: ['r'] },
        {
          id: 'submit-nrm-referral',
          label: 'Submit an NRM referral',
          rules: ['r'],
          contact: mash,
          by: 'childrens-services',
          consentNeeded: false,
          decisionsBy: 'local-multi-agency-panel',
        },
      ],
      localSteps: [
        { id: 'tell-partnership', label: 'Tell the partnership', rule: 'local.tell-partnership' },
        {
          id: 'update-family',
          label: 'Keep the family updated',
          rule: 'local.update-family',
          contact: { name: 'Family support', email: 'family@example.gov.uk', from: 'local' },
        },
      ],
      explanation: {
        rules: [
          {
            id: 'child.treated-as-child',
            sentence: 'Treat the person as a child: they are under 18.',
            citation: { title: 'Modern Slavery Act 2015', section: 's51' },
            sources: [],
            citationText: '',
            inForce: { from: '2015-07-31' },
            from: 'national',
            stage: 'pathway',
          },
          {
            id: 'local.tell-partnership',
            sentence: 'Tell the partnership.',
            citation: {
              title: 'Example Council pathway',
              version: '2026',
              url: 'https://example.gov.uk/pathway',
            },
            sources: [],
            citationText: '',
            inForce: { from: '2026-01-01' },
            from: 'Example Council local pathway',
            stage: 'pathway',
          },
        ],
        missing: [{ fact: 'local.ictgArea', question: 'Check if the area has the ICTG service' }],
        undecided: ['child.refer-to-ictg'],
      },
    };
    expect(formatDecisionText(decision)).toBe(
      [
        'Decision for a person encountered in England, as of 1 April 2026',
        'Rules: National referral pathway (England), version 2026.4.0; local pathway: Example Council local pathway',
        '',
        'Treated as a child: yes',
        'Their consent is needed for an NRM referral: no',
        'The responder works for a first responder organisation here: yes',
        'Duty to notify: applies; the NRM referral meets it',
        '',
        'What to do, in order:',
        '  1. Call 999',
        '     Contact: Police (emergency), 999',
        "  2. Contact children's services",
        '     Contact: Example MASH, 01234 567890 (local pathway)',
        '       Hours: Monday to Friday, 9am to 5pm',
        '       https://example.gov.uk/mash',
        '       Out of hours, call the emergency duty team.',
        '  3. Ask for an age assessment',
        '     The local authority assesses their age; until then, treat them as a child.',
        '     Contact: Example MASH, 01234 567890 (local pathway)',
        '       Hours: Monday to Friday, 9am to 5pm',
        '       https://example.gov.uk/mash',
        '       Out of hours, call the emergency duty team.',
        '  4. Ask if they consent',
        '  5. Submit an NRM referral',
        "     Children's services submit it: contact them; it does not need their consent; a local multi-agency panel makes the decisions.",
        '     Contact: Example MASH, 01234 567890 (local pathway)',
        '       Hours: Monday to Friday, 9am to 5pm',
        '       https://example.gov.uk/mash',
        '       Out of hours, call the emergency duty team.',
        "  Then the local pathway's own steps:",
        '  6. Tell the partnership',
        '  7. Keep the family updated',
        '     Contact: Family support, family@example.gov.uk (local pathway)',
        '',
        'Why:',
        '  - Treat the person as a child: they are under 18.',
        '    Source: Modern Slavery Act 2015, s51',
        '  - Tell the partnership. (Example Council local pathway)',
        '    Source: Example Council pathway, version 2026 (https://example.gov.uk/pathway)',
        '',
        'Still to find out:',
        '  - Check if the area has the ICTG service',
        '',
      ].join('\n'),
    );
  });

  it('says what an anonymous notification may and must not hold, and who else to pass a case to', () => {
    const decision: PathwayDecision = {
      ...base,
      dutyToNotify: { applies: true, dischargedBy: 'notification' },
      actions: [
        {
          id: 'submit-duty-to-notify',
          label: 'Send an anonymous notification',
          rules: ['r'],
          contact: sca,
          mayContain: ['gender', 'exploitation-details'],
          mustNotContain: ['name', 'date-of-birth'],
        },
        {
          id: 'submit-nrm-referral',
          label: 'Submit an NRM referral',
          rules: ['r'],
          contact: sca,
          by: 'responder',
          consentNeeded: true,
          decisionsBy: 'single-competent-authority',
        },
        {
          id: 'pass-to-first-responder',
          label: 'Pass the case on',
          rules: ['r'],
          contact: { name: 'Police (non-emergency)', phone: '101', from: 'national' },
          alternatives: [{ name: 'Community safety', from: 'local' }, { ...helpline }],
        },
        { id: 'call-modern-slavery-helpline', label: 'Call the helpline', rules: ['r'], contact: helpline },
      ],
    };
    const text = formatDecisionText(decision);
    expect(text).toContain('Duty to notify: applies; an anonymous notification meets it\n');
    expect(text).toContain(
      [
        '  1. Send an anonymous notification',
        '     It may hold: gender, exploitation details.',
        '     It must not hold: name, date of birth.',
        '     Contact: Single Competent Authority (Home Office), 0300 072 4345, nrm@modernslavery.gov.uk',
        '  2. Submit an NRM referral',
        "     You submit it; it needs their consent; the Home Office's Single Competent Authority makes the decisions.",
        '     Contact: Single Competent Authority (Home Office), 0300 072 4345, nrm@modernslavery.gov.uk',
        '  3. Pass the case on',
        '     Contact: Police (non-emergency), 101',
        '     Or: Community safety',
        '     Or: Modern Slavery & Exploitation Helpline, 08000 121 700',
        '  4. Call the helpline',
        '     Contact: Modern Slavery & Exploitation Helpline, 08000 121 700',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('Still to find out');
  });

  it('says when nothing can be done yet, and when the duty to notify does not apply or is not yet settled', () => {
    const waiting = formatDecisionText(base);
    expect(waiting).toContain('What to do, in order:\n  Nothing yet: find out what is listed below first.\n');
    expect(waiting).toContain(
      'Duty to notify: applies; how it is met depends on what is still to find out\n',
    );
    const none = formatDecisionText({ ...base, dutyToNotify: { applies: false, dischargedBy: null } });
    expect(none).toContain('Duty to notify: does not apply to the responder here\n');
    const emptyNotification = formatDecisionText({
      ...base,
      actions: [
        {
          id: 'submit-duty-to-notify',
          label: 'Notify',
          rules: [],
          contact: sca,
          mayContain: [],
          mustNotContain: [],
        },
      ],
    });
    expect(emptyNotification).toContain(
      'It may hold: nothing that identifies them.\n     It must not hold: nothing listed.\n',
    );
  });
});
