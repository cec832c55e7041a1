import { describe, expect, it } from 'vitest';
import {
  citationOf,
  citationText,
  nationalRule,
  SOURCE_TAG_PREFIX,
  sourcesOf,
  sourceTagsOf,
} from './cite.js';
import { PATHWAY_SOURCES } from './sources.js';

const ACT = PATHWAY_SOURCES.S1;
const HELPLINE = PATHWAY_SOURCES.S2;

describe('citationOf', () => {
  it('gives a source as listed, or with the section where it says so', () => {
    expect(citationOf('S2')).toEqual(HELPLINE);
    expect(citationOf({ tag: 'S1', section: 's52(3)' })).toEqual({ ...ACT, section: 's52(3)' });
  });
});

describe('nationalRule', () => {
  const spec = {
    id: 'example',
    description: 'An example rule',
    when: { op: 'all', conditions: [] },
    outcome: {},
  } as const;

  it('cites the main source, tags every source, and locks the rule', () => {
    const rule = nationalRule({
      ...spec,
      sources: ['S2', { tag: 'S1', section: 's52(3)' }],
      from: '2015-11-01',
    });
    expect(rule.citation).toEqual(HELPLINE);
    expect(rule.tags).toEqual(['source:S2', 'source:S1|s52(3)']);
    expect(rule.locked).toBe(true);
    expect(rule.inForce).toEqual({ from: '2015-11-01' });
    expect('to' in rule.inForce).toBe(false);
  });

  it('keeps the last day in force, and a citation given instead of the main source’s', () => {
    const citation = { title: 'Modern Slavery Act 2015', section: 's52(3)' };
    const rule = nationalRule({ ...spec, sources: ['S2'], citation, from: '2015-11-01', to: '2023-01-29' });
    expect(rule.inForce).toEqual({ from: '2015-11-01', to: '2023-01-29' });
    expect(rule.citation).toBe(citation);
  });
});

describe('sourcesOf and sourceTagsOf', () => {
  it('read the sources from the source tags only, in order', () => {
    const tags = [
      'urgent',
      `${SOURCE_TAG_PREFIX}S2`,
      'x:source:S1',
      `${SOURCE_TAG_PREFIX}S1|s52(3)`,
      'source:S99',
    ];
    expect(sourcesOf({ tags })).toEqual([HELPLINE, { ...ACT, section: 's52(3)' }]);
    expect(sourceTagsOf({ tags })).toEqual(['S2', 'S1']);
  });

  it('give nothing for a rule without tags', () => {
    expect(sourcesOf({})).toEqual([]);
    expect(sourceTagsOf({})).toEqual([]);
  });
});

describe('citationText', () => {
  it('gives the citation, then each other source, once each, separated by semicolons', () => {
    const rule = { citation: HELPLINE, tags: ['source:S2', 'source:S1|s52(3)'] };
    expect(citationText(rule)).toBe(
      'Modern Slavery Helpline: duty to notify (https://www.modernslaveryhelpline.org/learn-more/frontline-professionals/duty-to-notify); ' +
        'Modern Slavery Act 2015, s52(3) (http://legislation.gov.uk/id/ukpga/2015/30/section/52/1)',
    );
  });
});
