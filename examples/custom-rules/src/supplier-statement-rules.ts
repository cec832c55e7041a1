import { type Citation, defineRuleSet } from '@antislavery/rules';

/**
 * What the procurement team knows about a supplier and its bid. Every field may be missing while
 * the bid is being checked: the rules then say which facts they still need.
 */
export type SupplierFacts = {
  supplier: {
    /** A company, a limited liability partnership (LLP) or another partnership. */
    organisationType: 'company' | 'llp' | 'partnership';
    /** Whether it is a commercial organisation as the Act defines it (the officer records this). */
    commercialOrganisation: boolean;
    /** Whether it supplies goods or services. */
    suppliesGoodsOrServices: boolean;
    /** Its total turnover, in pounds. */
    totalTurnover: number;
    /** Whether it has a website. */
    hasWebsite: boolean;
  };
  /** The supplier's most recent slavery and human trafficking statement, if it has one. */
  statement?: {
    /** Whether it is for the supplier's latest financial year. */
    coversLatestFinancialYear: boolean;
    /** Whether the board of directors approved it. */
    approvedByBoard: boolean;
    /** Whether a director signed it. */
    signedByDirector: boolean;
    /** Whether it is published on the supplier's website. */
    publishedOnWebsite: boolean;
    /** Whether the website's homepage has a link to it in a prominent place. */
    linkOnHomepage: boolean;
    /** When it was published. */
    publishedOn: string;
  };
  tender: {
    /** The estimated value of the contract, in pounds. */
    contractValue: number;
    /** The closing date for bids. */
    closingDate: string;
    /** When the council asked the supplier for its statement, if it has. */
    statementRequestedOn?: string;
    /** When the supplier replied, if it has. */
    supplierRepliedOn?: string;
  };
};

/** What a check finds: a failure the bid must put right, a warning to look into, or information. */
export type Finding = {
  check: string;
  result: 'fail' | 'warning' | 'info';
};

/** The parameters of the statutory rules. */
export type StatutoryParameters = { turnoverThreshold: number };

const section54 = (subsection: string): Citation => ({
  title: 'Modern Slavery Act 2015',
  section: `s54${subsection}`,
  url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54',
});

/** Section 54 and the 2015 Regulations came into force on 29 October 2015. */
const COMMENCEMENT = '2015-10-29';

// The builder checks every fact path, value and outcome below against the types above.
const b = defineRuleSet<SupplierFacts, Finding, StatutoryParameters>();

const dutyApplies = b.labelled(
  'the supplier has the duty to publish a statement',
  b.all(
    b.eq('supplier.commercialOrganisation', true, 'the supplier is a commercial organisation'),
    b.eq('supplier.suppliesGoodsOrServices', true, 'the supplier supplies goods or services'),
    b.gte('supplier.totalTurnover', b.param('turnoverThreshold')),
  ),
);

const hasStatement = b.exists('statement', 'the supplier has given a statement');

/**
 * The statutory checks: the transparency in supply chains duty of the Modern Slavery Act 2015
 * s54. Every rule is locked, so a council's local policy can add checks but never remove these.
 */
export const statutoryRuleSet = b.ruleSet({
  name: 'Supplier modern slavery statement',
  version: '2025.1',
  description:
    'Checks a supplier’s slavery and human trafficking statement against the Modern Slavery Act 2015 s54.',
  facts: {
    'supplier.totalTurnover': { label: "the supplier's total turnover (£)", type: 'number' },
    'statement.coversLatestFinancialYear': {
      label: 'whether the statement is for the latest financial year',
    },
    'statement.approvedByBoard': { label: 'whether the board approved the statement' },
    'statement.signedByDirector': { label: 'whether a director signed the statement' },
    'statement.publishedOnWebsite': { label: 'whether the statement is on the website' },
    'statement.linkOnHomepage': { label: 'whether the homepage links to the statement' },
  },
  parameters: {
    turnoverThreshold: {
      description: 'the total turnover at which the duty applies',
      unit: 'GBP',
      locked: true,
      versions: [
        {
          from: COMMENCEMENT,
          value: 36_000_000,
          citation: {
            title: 'The Modern Slavery Act 2015 (Transparency in Supply Chains) Regulations 2015',
            section: 'reg 2',
          },
        },
      ],
    },
  },
  rules: [
    b.rule({
      id: 's54-duty-applies',
      description:
        'The supplier must publish a slavery and human trafficking statement for each financial year',
      citation: section54('(1), (2)'),
      inForce: { from: COMMENCEMENT },
      priority: 100,
      locked: true,
      when: dutyApplies,
      outcome: { check: 'statutory-duty-applies', result: 'info' },
    }),
    b.rule({
      id: 's54-no-statement',
      description: 'The supplier has no slavery and human trafficking statement',
      citation: section54('(1)'),
      inForce: { from: COMMENCEMENT },
      priority: 90,
      locked: true,
      when: b.all(dutyApplies, b.not(b.exists('statement'), 'the supplier has given no statement')),
      outcome: { check: 'statement-missing', result: 'fail' },
    }),
    b.rule({
      id: 's54-statement-out-of-date',
      description: 'The statement is not for the supplier’s latest financial year',
      citation: section54('(1)'),
      inForce: { from: COMMENCEMENT },
      priority: 80,
      locked: true,
      when: b.all(
        dutyApplies,
        hasStatement,
        b.eq('statement.coversLatestFinancialYear', false, 'the statement is for an earlier financial year'),
      ),
      outcome: { check: 'statement-not-for-latest-year', result: 'fail' },
    }),
    b.rule({
      id: 's54-approval-and-signature',
      description: 'The statement must be approved by the board and signed by a director',
      citation: section54('(6)'),
      inForce: { from: COMMENCEMENT },
      priority: 70,
      locked: true,
      when: b.all(
        dutyApplies,
        hasStatement,
        b.eq('supplier.organisationType', 'company', 'the supplier is a company'),
        b.any(
          b.eq('statement.approvedByBoard', false, 'the board has not approved the statement'),
          b.eq('statement.signedByDirector', false, 'no director has signed the statement'),
        ),
      ),
      outcome: { check: 'statement-not-approved-or-signed', result: 'fail' },
    }),
    b.rule({
      id: 's54-homepage-link',
      description: 'The statement must be on the website, with a link in a prominent place on the homepage',
      citation: section54('(7)'),
      inForce: { from: COMMENCEMENT },
      priority: 60,
      locked: true,
      when: b.all(
        dutyApplies,
        hasStatement,
        b.eq('supplier.hasWebsite', true, 'the supplier has a website'),
        b.any(
          b.eq('statement.publishedOnWebsite', false, 'the statement is not on the website'),
          b.eq('statement.linkOnHomepage', false, 'the homepage does not link to the statement'),
        ),
      ),
      outcome: { check: 'statement-not-linked-from-homepage', result: 'fail' },
    }),
  ],
});
