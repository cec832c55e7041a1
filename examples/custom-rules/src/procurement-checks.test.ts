import { evaluate, explain, extend, formatCaseReport, RuleSetError, runCases } from '@antislavery/rules';
import { loadCaseFile, loadRuleSet } from '@antislavery/rules/json';
import { describe, expect, it } from 'vitest';
import cases from './procurement-cases.json' with { type: 'json' };
import { procurementChecks, procurementRuleSet } from './procurement-checks.js';
import { statutoryRuleSet } from './supplier-statement-rules.js';

describe('the procurement checks', () => {
  it('pass every case in the case file', () => {
    const loaded = loadCaseFile(cases);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues, null, 2));
    expect(loaded.caseFile.cases.length).toBeGreaterThanOrEqual(8);
    const report = runCases(procurementChecks, loaded.caseFile);
    expect(report.failed, formatCaseReport(report)).toBe(0);
    expect(report.passed).toBe(loaded.caseFile.cases.length);
  });

  it('explain a failure with the section of the Act and the threshold from the Regulations', () => {
    const result = evaluate(
      procurementChecks,
      {
        supplier: {
          organisationType: 'company',
          commercialOrganisation: true,
          suppliesGoodsOrServices: true,
          totalTurnover: 50_000_000,
          hasWebsite: true,
        },
        tender: { contractValue: 250_000, closingDate: '2025-06-30' },
      },
      { asOf: '2025-06-01', trace: true },
    );
    const text = explain(result);
    expect(text).toContain(
      '2. The supplier has no slavery and human trafficking statement — because: the supplier has the duty to publish a statement; the supplier has given no statement.\n   Source: Modern Slavery Act 2015, s54(1) (https://www.legislation.gov.uk/ukpga/2015/30/section/54).',
    );
    expect(text).toContain(
      'Uses the total turnover at which the duty applies: 36,000,000 GBP from 29 October 2015. Source: The Modern Slavery Act 2015 (Transparency in Supply Chains) Regulations 2015, reg 2.',
    );
  });

  it('keep the statutory checks whatever a local policy says', () => {
    expect(() =>
      extend(statutoryRuleSet, {
        name: 'A careless policy',
        disable: [{ id: 's54-homepage-link', reason: 'We do not look at websites' }],
      }),
    ).toThrow(RuleSetError);
  });

  it('can be stored as JSON and loaded back', () => {
    const stored = JSON.parse(JSON.stringify(procurementRuleSet));
    const loaded = loadRuleSet(stored);
    expect(loaded.ok && loaded.ruleSet.rules.map((rule) => rule.provenance ?? 'base')).toEqual([
      'base',
      'base',
      'base',
      'base',
      'base',
      'Example Council Procurement Policy 2025',
      'Example Council Procurement Policy 2025',
      'Example Council Procurement Policy 2025',
      'Example Council Procurement Policy 2025',
      'Example Council Procurement Policy 2025',
    ]);
  });
});
