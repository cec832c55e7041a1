import { describe, expect, it } from 'vitest';
import { allMeasures, measuresFor, parsePledge } from '../partnership/index.js';
import { cheshirePledge } from './cheshire-pledge.js';

describe('the Cheshire pledge', () => {
  it('validates against the pledge schema unchanged', () => {
    expect(parsePledge(cheshirePledge)).toEqual({ ok: true, value: cheshirePledge });
  });

  it('has commitments under its three headings, two under each', () => {
    expect(cheshirePledge.commitments.map((c) => [c.heading, c.items.length])).toEqual([
      ['Prevention and Identification', 2],
      ['Detection and Investigation', 2],
      ['Protection and Support', 2],
    ]);
  });

  it('says what each signing organisation will do', () => {
    expect(cheshirePledge.signatoryCommitments).toEqual([
      'Ensure staff have access to training.',
      'Promote commissioning and contracts that adhere to The Modern Slavery Act',
      'Work in partnership with the Cheshire Anti-Slavery Network',
      'Support pan Cheshire Modern Slavery events',
    ]);
  });

  it('pairs each of its three outcomes with one measure', () => {
    const outcomes = cheshirePledge.outcomes ?? [];
    expect(outcomes).toHaveLength(3);
    expect(
      outcomes.map((outcome) => {
        const [measure, ...others] = measuresFor(outcome);
        return [
          outcome.description,
          measure?.description,
          measure?.metricId,
          measure?.direction,
          measure?.source,
          others.length,
        ];
      }),
    ).toEqual([
      [
        'Increase identification of victims of Modern Slavery and Human Trafficking',
        'Increase referrals to NRM and Duty to Notify referrals to the Home Office',
        'referrals.nrm-and-dtn.count',
        'increase',
        'computed',
        0,
      ],
      [
        'Raise awareness of Modern Slavery to the local community',
        'Increased reporting locally & awareness reported in surveys',
        'awareness.local-reporting-and-surveys',
        'increase',
        'entered',
        0,
      ],
      [
        'Improve outcomes for victims and for those found not to be trafficked but exploited',
        'Monitor outcomes for local victims both at the end of 45 days and beyond',
        'outcomes.victims.at-45-days-and-beyond',
        'increase',
        'computed',
        0,
      ],
    ]);
  });

  it('has three measures in all, two computed from records and one entered', () => {
    expect(allMeasures(cheshirePledge).map((m) => m.source)).toEqual(['computed', 'entered', 'computed']);
  });

  it('keeps its footnotes on the NRM and the Modern Slavery Act 2015', () => {
    expect(cheshirePledge.footnotes).toEqual([
      'National Crime Agency - National Referral Mechanism',
      'Modern Slavery Act 2015',
    ]);
  });

  it('records no signatories, because the published pledge names none', () => {
    expect(cheshirePledge.signatories).toBeUndefined();
  });
});

describe('a malformed copy of the Cheshire pledge', () => {
  it('reports an outcome without measures at the outcome', () => {
    const [first, ...rest] = cheshirePledge.outcomes ?? [];
    const result = parsePledge({ ...cheshirePledge, outcomes: [{ ...first, measures: [] }, ...rest] });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['outcomes', 0, 'measures'],
        code: 'model.pledge.outcomes.measures.required',
        message: 'Enter at least one measure for the outcome',
      },
    ]);
  });

  it('reports a measure source that is not computed or entered', () => {
    const outcomes = structuredClone(cheshirePledge.outcomes ?? []);
    Object.assign(outcomes[1]?.measures[0] ?? {}, { source: 'survey' });
    const result = parsePledge({ ...cheshirePledge, outcomes });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['outcomes', 1, 'measures', 0, 'source'],
        code: 'model.pledge.outcomes.measures.source.invalid-option',
        message: 'Select whether the measure is computed from records or entered by the partnership',
      },
    ]);
  });

  it('reports a missing purpose', () => {
    const { purpose: _purpose, ...withoutPurpose } = cheshirePledge;
    const result = parsePledge(withoutPurpose);
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['purpose'],
        code: 'model.pledge.purpose.required',
        message: 'Enter the purpose of the pledge',
      },
    ]);
  });
});
