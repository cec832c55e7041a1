import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import type { Condition } from './condition.js';
import { RuleSetError } from './errors.js';
import { evaluate } from './evaluate.js';
import { explain } from './explain.js';
import { extend, type Overlay } from './extend.js';
import type { Rule } from './rule.js';
import type { RuleSet } from './rule-set.js';

const citation = { title: 'Example Act 2025', section: 's1' };
const always: Condition = { op: 'all', conditions: [] };

function rule(id: string, extra: Partial<Rule<string>> = {}): Rule<string> {
  return {
    id,
    description: `Do ${id}`,
    citation,
    inForce: { from: '2025-01-01' },
    when: always,
    outcome: id,
    ...extra,
  };
}

const national: RuleSet<unknown, string> = {
  name: 'national',
  parameters: {
    period: {
      description: 'the period',
      versions: [{ from: '2025-01-01', value: 30, citation }],
      locked: true,
    },
    leaflet: { description: 'the leaflet', versions: [{ from: '2025-01-01', value: 'A', citation }] },
  },
  rules: [
    rule('safeguard', { locked: true }),
    rule('record'),
    rule('leaflet'),
    rule('refer', { locked: true }),
  ],
};

function errorOf(overlay: Overlay<string>, base: RuleSet<unknown, string> = national): RuleSetError {
  try {
    extend(base, overlay);
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('extend did not throw');
}

describe('extend', () => {
  it('adds rules after the base rules, with the overlay as their provenance', () => {
    const local = extend(national, { name: 'Example Council', add: [rule('tell-mash')] });
    expect(local.rules.map((r) => [r.id, r.provenance ?? 'base'])).toEqual([
      ['safeguard', 'base'],
      ['record', 'base'],
      ['leaflet', 'base'],
      ['refer', 'base'],
      ['tell-mash', 'Example Council'],
    ]);
  });

  it('replaces a rule in its place, and disables another, recording why and by whom', () => {
    const local = extend(national, {
      name: 'Example Council',
      replace: [rule('record', { description: 'Record on the council system', outcome: 'record-locally' })],
      disable: [{ id: 'leaflet', reason: 'We no longer print leaflets' }],
    });
    expect(local.rules.map((r) => [r.id, r.outcome, r.provenance ?? 'base'])).toEqual([
      ['safeguard', 'safeguard', 'base'],
      ['record', 'record-locally', 'Example Council'],
      ['refer', 'refer', 'base'],
    ]);
    expect(local.disabled).toEqual([
      { id: 'leaflet', reason: 'We no longer print leaflets', by: 'Example Council' },
    ]);
  });

  it('does not change the base rule set', () => {
    const before = JSON.stringify(national);
    extend(national, { name: 'Example Council', add: [rule('x')], disable: [{ id: 'record', reason: 'r' }] });
    expect(JSON.stringify(national)).toBe(before);
  });

  it('adds and overrides parameters, with the overlay as their provenance', () => {
    const local = extend(national, {
      name: 'Example Council',
      parameters: {
        leaflet: { description: 'the leaflet', versions: [{ from: '2025-01-01', value: 'B', citation }] },
        team: { description: 'the team', versions: [{ from: '2025-01-01', value: 'MASH', citation }] },
      },
    });
    expect(local.parameters?.leaflet?.versions[0]?.value).toBe('B');
    expect(local.parameters?.leaflet?.provenance).toBe('Example Council');
    expect(local.parameters?.team?.provenance).toBe('Example Council');
    expect(local.parameters?.period?.provenance).toBeUndefined();
  });

  it('stacks overlays, each keeping its own provenance', () => {
    const county = extend(national, { name: 'County', add: [rule('county-step')] });
    const district = extend(county, {
      name: 'District',
      add: [rule('district-step')],
      disable: [{ id: 'county-step', reason: 'The district does this itself' }],
    });
    expect(district.rules.map((r) => r.provenance ?? 'base')).toEqual([
      'base',
      'base',
      'base',
      'base',
      'District',
    ]);
    expect(district.disabled).toEqual([
      { id: 'county-step', reason: 'The district does this itself', by: 'District' },
    ]);
  });

  it('shows provenance in the outcomes, the trace and the explanation', () => {
    const local = extend(national, { name: 'Example Council', add: [rule('tell-mash', { priority: 1 })] });
    const result = evaluate(compile(local), {}, { asOf: '2025-06-01', trace: true });
    expect(result.outcomes[0]).toMatchObject({ ruleId: 'tell-mash', provenance: 'Example Council' });
    expect(result.trace.rules[0]).toMatchObject({ ruleId: 'tell-mash', provenance: 'Example Council' });
    expect(explain(result)).toContain(
      '1. Do tell-mash.\n   Source: Example Act 2025, s1.\n   From: Example Council.',
    );
  });

  it('refuses to replace or disable a locked rule', () => {
    const error = errorOf({
      name: 'Example Council',
      replace: [rule('safeguard', { outcome: 'nothing' })],
      disable: [{ id: 'refer', reason: 'We do not refer' }],
    });
    expect(error.issues.map((issue) => [issue.code, issue.ruleId, issue.path.join('.')])).toEqual([
      ['overlay.locked-rule', 'safeguard', 'replace.0.id'],
      ['overlay.locked-rule', 'refer', 'disable.0.id'],
    ]);
    expect(error.issues[0]?.message).toBe("Rule 'safeguard' is locked: an overlay cannot replace it");
  });

  it('refuses to replace or disable a rule that does not exist', () => {
    const error = errorOf({
      name: 'Example Council',
      replace: [rule('nothing')],
      disable: [{ id: 'nowhere', reason: 'r' }],
    });
    expect(error.issues.map((issue) => [issue.code, issue.ruleId])).toEqual([
      ['overlay.unknown-rule', 'nothing'],
      ['overlay.unknown-rule', 'nowhere'],
    ]);
  });

  it('refuses to add a rule whose id is taken, to change a rule twice, or to override a locked parameter', () => {
    const error = errorOf({
      name: 'Example Council',
      add: [rule('record'), rule('new'), rule('new')],
      replace: [rule('leaflet')],
      disable: [{ id: 'leaflet', reason: 'r' }],
      parameters: {
        period: { description: 'the period', versions: [{ from: '2025-01-01', value: 10, citation }] },
      },
    });
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['overlay.conflict', 'disable.0.id'],
      ['overlay.duplicate-id', 'add.0.id'],
      ['overlay.duplicate-id', 'add.2.id'],
      ['overlay.locked-parameter', 'parameters.period'],
    ]);
  });

  it('requires a name other than base, and a reason for each rule it disables', () => {
    const error = errorOf({ name: 'base', disable: [{ id: 'record', reason: ' ' }] });
    expect(error.issues.map((issue) => issue.code)).toEqual(['overlay.name', 'overlay.disable-reason']);
  });
});

describe('extend, in the words a person reads', () => {
  it('gives every refusal as a whole issue, naming the rule or parameter', () => {
    const error = errorOf({
      name: 'Example Council',
      add: [rule('record')],
      replace: [rule('nothing'), rule('leaflet')],
      disable: [{ id: 'leaflet', reason: '' }],
      parameters: {
        period: { description: 'the period', versions: [{ from: '2025-01-01', value: 10, citation }] },
      },
    });
    expect(error.issues).toEqual([
      {
        severity: 'error',
        code: 'overlay.unknown-rule',
        path: ['replace', 0, 'id'],
        message: "The overlay cannot replace rule 'nothing': the rule set has no such rule",
        ruleId: 'nothing',
      },
      {
        severity: 'error',
        code: 'overlay.conflict',
        path: ['disable', 0, 'id'],
        message: "The overlay changes rule 'leaflet' more than once",
        ruleId: 'leaflet',
      },
      {
        severity: 'error',
        code: 'overlay.disable-reason',
        path: ['disable', 0, 'reason'],
        message: "Give the reason for disabling rule 'leaflet'",
        ruleId: 'leaflet',
      },
      {
        severity: 'error',
        code: 'overlay.duplicate-id',
        path: ['add', 0, 'id'],
        message: "Rule id 'record' is already taken: use replace to change a rule",
        ruleId: 'record',
      },
      {
        severity: 'error',
        code: 'overlay.locked-parameter',
        path: ['parameters', 'period'],
        message: "Parameter 'period' is locked: an overlay cannot override it",
        parameter: 'period',
      },
    ]);
  });

  it('requires a name that is text and not blank', () => {
    for (const name of ['', '  ', 'base', 3]) {
      expect(errorOf({ name } as never).issues).toEqual([
        {
          severity: 'error',
          code: 'overlay.name',
          path: ['name'],
          message: "Enter a name for the overlay (other than 'base')",
        },
      ]);
    }
  });

  it('requires a reason that is text', () => {
    const error = errorOf({ name: 'Example Council', disable: [{ id: 'record', reason: 3 as never }] });
    expect(error.issues.map((issue) => issue.code)).toEqual(['overlay.disable-reason']);
  });
});

describe('extend, the rule set it returns', () => {
  const bare: RuleSet<unknown, string> = { name: 'bare', rules: [rule('record')] };

  it('adds parameters, facts and disabled rules only where the base or the overlay has them', () => {
    const plain = extend(bare, { name: 'Example Council', add: [rule('new')] });
    expect(Object.keys(plain).sort()).toEqual(['name', 'rules']);
  });

  it('merges the overlay’s declared facts over the base’s', () => {
    const base: RuleSet<unknown, string> = { ...bare, facts: { a: { label: 'a' }, b: { label: 'b' } } };
    const extended = extend(base, {
      name: 'Example Council',
      facts: { b: { label: 'B' }, c: { label: 'c' } },
    });
    expect(extended.facts).toEqual({ a: { label: 'a' }, b: { label: 'B' }, c: { label: 'c' } });
    expect(extend(base, { name: 'Example Council' }).facts).toBe(base.facts);
  });

  it('keeps overridden parameters as ordinary, changeable properties', () => {
    const extended = extend(national, {
      name: 'Example Council',
      parameters: {
        leaflet: { description: 'the leaflet', versions: [{ from: '2025-01-01', value: 'B', citation }] },
      },
    });
    const descriptor = Object.getOwnPropertyDescriptor(extended.parameters, 'leaflet');
    expect(descriptor).toMatchObject({ enumerable: true, writable: true, configurable: true });
    expect(Object.keys(extended.parameters ?? {})).toEqual(['period', 'leaflet']);
  });
});
