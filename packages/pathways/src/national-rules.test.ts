import { isIsoDate, JURISDICTIONS } from '@antislavery/model';
import { checkRuleSet, extend, RuleSetError } from '@antislavery/rules';
import { loadRuleSet } from '@antislavery/rules/json';
import { describe, expect, it } from 'vitest';
import { NRM_START } from './as-of.js';
import { sourceTagsOf } from './cite.js';
import { InvalidJurisdictionError } from './errors.js';
import { nationalRuleSet } from './national-rules.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';
import { isSourceTag } from './sources.js';

const ruleSets = [RESPONDER_STATUS_RULE_SET, ...JURISDICTIONS.map(nationalRuleSet)];

describe('the national rule sets', () => {
  it.each(ruleSets.map((ruleSet) => [ruleSet.name, ruleSet] as const))(
    '%s passes every check of the engine, including those on what people read',
    (_name, ruleSet) => {
      expect(checkRuleSet(ruleSet)).toEqual([]);
    },
  );

  it.each(ruleSets.map((ruleSet) => [ruleSet.name, ruleSet] as const))(
    '%s survives a round trip through JSON and the JSON loader',
    (_name, ruleSet) => {
      const loaded = loadRuleSet(JSON.parse(JSON.stringify(ruleSet)));
      expect(loaded.ok ? loaded.ruleSet.rules.length : loaded.issues).toBe(ruleSet.rules.length);
    },
  );

  it('give every rule a citation, at least one source tag from the legal notes, and in-force dates from the NRM start', () => {
    for (const ruleSet of ruleSets) {
      for (const rule of ruleSet.rules) {
        expect(rule.citation.title.length, rule.id).toBeGreaterThan(0);
        const tags = sourceTagsOf(rule);
        expect(tags.length, rule.id).toBeGreaterThan(0);
        expect(tags.every(isSourceTag), rule.id).toBe(true);
        expect(isIsoDate(rule.inForce.from) && rule.inForce.from >= NRM_START, rule.id).toBe(true);
        expect(rule.description, rule.id).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('lock every rule and every parameter, so that no overlay can remove what the law requires', () => {
    for (const ruleSet of ruleSets) {
      expect(ruleSet.rules.every((rule) => rule.locked === true)).toBe(true);
      expect(Object.values(ruleSet.parameters ?? {}).every((parameter) => parameter.locked === true)).toBe(
        true,
      );
    }
  });

  it('refuse an overlay that disables a rule the law requires', () => {
    const overlay = {
      name: 'A careless council',
      disable: [{ id: 'child.nrm-referral', reason: 'The MASH does it' }],
    };
    expect(() => extend(nationalRuleSet('england'), overlay)).toThrow(RuleSetError);
    try {
      extend(nationalRuleSet('england'), overlay);
    } catch (error) {
      expect((error as RuleSetError).issues.map((issue) => [issue.code, issue.ruleId])).toEqual([
        ['overlay.locked-rule', 'child.nrm-referral'],
      ]);
    }
  });

  it('refuse an overlay that replaces a rule the law requires, or overrides a parameter', () => {
    const national = nationalRuleSet('wales');
    const seekConsent = national.rules.find((rule) => rule.id === 'adult.seek-consent');
    if (seekConsent === undefined) throw new Error('adult.seek-consent is missing');
    let issues: readonly { code: string }[] = [];
    try {
      extend(national, {
        name: 'A careless council',
        replace: [{ ...seekConsent, outcome: {}, locked: false }],
        parameters: {
          recoveryPeriodDays: {
            description: 'the recovery period',
            versions: [{ from: NRM_START, value: 10, citation: { title: 'A careless policy' } }],
          },
        },
      });
    } catch (error) {
      issues = (error as RuleSetError).issues;
    }
    expect(issues.map((issue) => issue.code)).toEqual(['overlay.locked-rule', 'overlay.locked-parameter']);
  });

  it('leave out of Scotland and Northern Ireland what applies in England and Wales only', () => {
    for (const jurisdiction of ['scotland', 'northern-ireland'] as const) {
      const ids = nationalRuleSet(jurisdiction).rules.map((rule) => rule.id);
      expect(ids).not.toContain('child.refer-to-ictg');
      expect(ids).not.toContain('adult.victim-care');
    }
    for (const jurisdiction of ['england', 'wales'] as const) {
      const ids = nationalRuleSet(jurisdiction).rules.map((rule) => rule.id);
      expect(ids).toContain('child.refer-to-ictg');
      expect(ids).toContain('adult.victim-care');
    }
  });

  it('date the duty to notify in England and Wales from 1 November 2015, citing section 52', () => {
    const rules = nationalRuleSet('england').rules.filter((rule) =>
      ['dtn.applies', 'dtn.discharged-by-referral', 'adult.consent-refused.notification'].includes(rule.id),
    );
    expect(rules.map((rule) => rule.inForce.from)).toEqual(['2015-11-01', '2015-11-01', '2015-11-01']);
    expect(rules[0]?.citation).toMatchObject({ title: 'Modern Slavery Act 2015', section: 's52(1)' });
  });

  it('cite the Care Act 2014 for adult safeguarding in England only', () => {
    const citation = (jurisdiction: (typeof JURISDICTIONS)[number]) =>
      nationalRuleSet(jurisdiction).rules.find((rule) => rule.id === 'adult.safeguarding')?.citation.title;
    expect(citation('england')).toBe('Care Act 2014');
    expect(citation('wales')).toBe('Colchester City Council, modern slavery statement');
  });

  it('is built once for each nation', () => {
    expect(nationalRuleSet('england')).toBe(nationalRuleSet('england'));
  });

  it('throws a typed error for a jurisdiction that is not a nation', () => {
    expect(() => nationalRuleSet('england-and-wales' as never)).toThrow(InvalidJurisdictionError);
  });
});
