import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { RuleSet } from '../rule-set.js';
import { loadOverlay } from './load-overlay.js';

const citation = { title: 'Example Act 2025', section: 's1' };
const base: RuleSet<unknown, string> = {
  name: 'national',
  parameters: { days: { description: 'the days', versions: [{ from: '2025-01-01', value: 5, citation }] } },
  rules: [
    {
      id: 'refer',
      description: 'Refer the person',
      citation,
      inForce: { from: '2025-01-01' },
      when: { op: 'all', conditions: [] },
      outcome: 'refer',
      locked: true,
    },
    {
      id: 'leaflet',
      description: 'Give a leaflet',
      citation,
      inForce: { from: '2025-01-01' },
      when: { op: 'all', conditions: [] },
      outcome: 'leaflet',
    },
  ],
};
const local = { title: 'Example Council Safeguarding Procedure 2025', section: 'para 2.1' };
const added = {
  id: 'tell-mash',
  description: 'Tell the MASH',
  citation: local,
  inForce: { from: '2025-04-01' },
  when: { op: 'eq', fact: 'person.under18', value: 'yes' },
  outcome: 'tell-mash',
};

describe('loadOverlay', () => {
  it('layers a sound overlay over the base, with its provenance', () => {
    const result = loadOverlay(
      {
        $schema: './overlay.schema.json',
        name: 'Example Council',
        add: [added],
        disable: [{ id: 'leaflet', reason: 'No leaflets' }],
      },
      base,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ruleSet.rules.map((rule) => [rule.id, rule.provenance ?? 'base'])).toEqual([
      ['refer', 'base'],
      ['tell-mash', 'Example Council'],
    ]);
    expect(result.overlay.name).toBe('Example Council');
    expect('$schema' in result.overlay).toBe(false);
  });

  it('reports what the overlay does to locked rules, as issues rather than a throw', () => {
    const result = loadOverlay({ name: 'Example Council', replace: [{ ...added, id: 'refer' }] }, base);
    expect(
      result.ok ? [] : result.issues.map((issue) => [issue.code, issue.ruleId, issue.path.join('.')]),
    ).toEqual([['overlay.locked-rule', 'refer', 'replace.0.id']]);
  });

  it('reports problems in its rules at their place in the overlay, and may use base parameters', () => {
    const result = loadOverlay(
      {
        name: 'Example Council',
        add: [
          { ...added, when: { op: 'gt', fact: 'waited', value: { param: 'days' } } },
          { ...added, id: 'chase', when: { op: 'eq', fact: 'x', value: { param: 'nothing' } } },
        ],
      },
      base,
    );
    expect(
      result.ok ? [] : result.issues.map((issue) => [issue.code, issue.ruleId, issue.path.join('.')]),
    ).toEqual([['rule.condition.unknown-parameter', 'chase', 'add.1.when.value.param']]);
  });

  it('reports shape problems with the path in the overlay', () => {
    const result = loadOverlay(
      { name: 'Example Council', add: [{ ...added, when: { op: 'eq', fact: '' } }] },
      base,
    );
    expect(
      result.ok ? [] : result.issues.map((issue) => [issue.code, issue.ruleId, issue.path.join('.')]),
    ).toEqual([
      ['json.invalid-format', 'tell-mash', 'add.0.when.fact'],
      ['json.invalid-union', 'tell-mash', 'add.0.when.value'],
    ]);
    expect(loadOverlay(null, base).ok).toBe(false);
  });

  it('checks added outcomes against a schema when given one', () => {
    const result = loadOverlay({ name: 'Example Council', add: [{ ...added, outcome: 7 }] }, base, {
      outcome: z.string(),
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['json.invalid-type', 'add.0.outcome'],
    ]);
  });
});
