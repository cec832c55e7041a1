import { describe, expect, it } from 'vitest';
import { actionPlanProgress, parseActionPlan } from '../partnership/index.js';
import { cheshireJointActionPlan } from './cheshire-joint-plan.js';

describe('the Cheshire police and councils joint plan', () => {
  it('validates against the action plan schema unchanged', () => {
    expect(parseActionPlan(cheshireJointActionPlan)).toEqual({ ok: true, value: cheshireJointActionPlan });
  });

  it('is delivered by Cheshire Police and the four councils, all public bodies', () => {
    expect(cheshireJointActionPlan.partners.map((p) => p.name)).toEqual([
      'Cheshire Police',
      'Cheshire East Council',
      'Halton Borough Council',
      'Cheshire West and Chester Council',
      'Warrington Borough Council',
    ]);
    expect(cheshireJointActionPlan.partners.every((p) => p.sector === 'public')).toBe(true);
  });

  it('runs for two years, with no dates published', () => {
    expect(cheshireJointActionPlan.durationYears).toBe(2);
    expect(cheshireJointActionPlan.period).toBeUndefined();
  });

  it('has four numbered priorities', () => {
    expect(cheshireJointActionPlan.priorities?.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(cheshireJointActionPlan.priorities?.[2]?.text).toBe(
      'Police and partners will ensure offenders are held to account and promote appropriate prosecutions.',
    );
  });

  it('gives the police on 101, Crimestoppers anonymously and the national helpline', () => {
    expect(cheshireJointActionPlan.reportingContacts).toEqual([
      { name: 'Cheshire Police', telephone: '101' },
      { name: 'Crimestoppers', telephone: '0800 555 111', anonymous: true },
      { name: 'National modern slavery helpline', telephone: '0800 0121 700' },
    ]);
  });

  it('has no actions yet, so nothing is overdue', () => {
    expect(actionPlanProgress(cheshireJointActionPlan.items, { asOf: '2019-01-01' }).overall.total).toBe(0);
  });
});

describe('a malformed copy of the Cheshire joint plan', () => {
  it('reports a telephone number with letters in it', () => {
    const reportingContacts = [{ name: 'Crimestoppers', telephone: '0800 CRIME' }];
    const result = parseActionPlan({ ...cheshireJointActionPlan, reportingContacts });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['reportingContacts', 0, 'telephone'],
        code: 'model.action-plan.reporting-contacts.telephone.invalid-format',
        message: 'Enter a telephone number in digits, like 0800 0121 700',
      },
    ]);
  });

  it('reports a partner with a sector that is not listed', () => {
    const partners = [...cheshireJointActionPlan.partners, { name: 'Example', sector: 'council' }];
    const result = parseActionPlan({ ...cheshireJointActionPlan, partners });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['partners', 5, 'sector'],
      message: 'Select a sector',
    });
  });
});
