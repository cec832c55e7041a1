import { type Citation, defineRuleSet, type Overlay } from '@antislavery/rules';
import type { Finding, StatutoryParameters, SupplierFacts } from './supplier-statement-rules.js';

/** The council's own parameters, added by its policy. */
export type CouncilParameters = { statementContractValue: number };

const b = defineRuleSet<SupplierFacts, Finding, StatutoryParameters & CouncilParameters>();

/** The council's policy is fictional: an example of local rules, cited as such. */
const policy = (paragraph: string): Citation => ({
  title: 'Example Council Procurement Policy 2025',
  section: `para ${paragraph}`,
  version: '2025',
});

/** The policy took effect on 1 April 2025. */
const IN_FORCE = { from: '2025-04-01' } as const;

const hasStatement = b.exists('statement', 'the supplier has given a statement');

/**
 * Example Council's procurement policy, layered over the statutory checks with `extend`. It adds
 * checks of its own; it cannot remove or change the statutory ones, which are locked.
 */
export const councilPolicy: Overlay<Finding> = {
  name: 'Example Council Procurement Policy 2025',
  description: 'Local checks on top of the statutory duty.',
  facts: {
    'tender.contractValue': { label: 'the estimated contract value (£)', type: 'number' },
    'statement.publishedOn': { label: 'when the statement was published', type: 'date' },
    'tender.statementRequestedOn': { label: 'when the council asked for the statement', type: 'date' },
    'tender.supplierRepliedOn': { label: 'when the supplier replied', type: 'date' },
  },
  parameters: {
    statementContractValue: {
      description: 'the contract value from which every supplier must give a statement',
      unit: 'GBP',
      versions: [{ from: IN_FORCE.from, value: 100_000, citation: policy('4.2') }],
    },
  },
  add: [
    b.rule({
      id: 'local-statement-for-large-contracts',
      description:
        'A supplier bidding for a large contract must give a statement, even below the statutory threshold',
      citation: policy('4.2'),
      inForce: IN_FORCE,
      priority: 85,
      when: b.all(
        b.lt('supplier.totalTurnover', b.param('turnoverThreshold')),
        b.gte('tender.contractValue', b.param('statementContractValue')),
        b.not(hasStatement, 'the supplier has given no statement'),
      ),
      outcome: { check: 'voluntary-statement-missing', result: 'fail' },
    }),
    b.rule({
      id: 'local-partnership-approval',
      description:
        'Check by hand that the statement of an LLP or partnership was properly approved and signed',
      citation: policy('4.3'),
      inForce: IN_FORCE,
      priority: 65,
      when: b.all(
        b.in('supplier.organisationType', ['llp', 'partnership'], 'the supplier is an LLP or a partnership'),
        b.gte('supplier.totalTurnover', b.param('turnoverThreshold')),
        hasStatement,
      ),
      outcome: { check: 'check-approval-by-hand', result: 'warning' },
    }),
    b.rule({
      id: 'local-statement-age',
      description: 'Ask about a statement published more than a year before the closing date',
      citation: policy('4.4'),
      inForce: IN_FORCE,
      priority: 50,
      when: b.all(
        hasStatement,
        b.not(
          b.withinDaysBefore('statement.publishedOn', 365, b.fact('tender.closingDate')),
          'the statement was published more than 365 days before the closing date',
        ),
      ),
      outcome: { check: 'statement-over-a-year-old', result: 'warning' },
    }),
    b.rule({
      id: 'local-chase-supplier',
      description:
        'Chase a supplier who has not replied within 10 working days of being asked for its statement',
      citation: policy('4.5'),
      inForce: IN_FORCE,
      priority: 40,
      when: b.all(
        b.exists('tender.statementRequestedOn', 'the council has asked for the statement'),
        b.not(b.exists('tender.supplierRepliedOn'), 'the supplier has not replied'),
        b.not(
          b.withinWorkingDaysBefore('tender.statementRequestedOn', 10, b.asOf(), 'england'),
          'more than 10 working days have passed since the request',
        ),
      ),
      outcome: { check: 'chase-supplier', result: 'warning' },
    }),
    b.rule({
      id: 'local-late-reply',
      description: 'Record that the supplier replied later than 10 working days after the request',
      citation: policy('4.5'),
      inForce: IN_FORCE,
      priority: 30,
      when: b.all(
        b.exists('tender.supplierRepliedOn', 'the supplier has replied'),
        b.not(
          b.withinWorkingDaysAfter(
            'tender.supplierRepliedOn',
            10,
            b.fact('tender.statementRequestedOn'),
            'england',
          ),
          'the reply came more than 10 working days after the request',
        ),
      ),
      outcome: { check: 'reply-was-late', result: 'info' },
    }),
  ],
};
