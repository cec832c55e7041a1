import { describe, expect, it } from 'vitest';
import { parsePledge } from './parse.js';

const measure = (id: string) => ({
  id,
  description: 'A measure',
  metricId: 'referrals.nrm-and-dtn.count',
  direction: 'increase',
  source: 'computed',
});

const pledge = {
  id: 'example-pledge',
  title: 'Example pledge',
  area: 'Exampleshire',
  purpose: 'To engage local organisations',
  commitments: [{ heading: 'Prevention and Identification', items: ['Promote local community awareness'] }],
};

describe('pledges', () => {
  it('accept a pledge with commitments only', () => {
    expect(parsePledge(pledge)).toEqual({ ok: true, value: pledge });
  });

  it('need at least one heading, each with at least one commitment', () => {
    const noHeadings = parsePledge({ ...pledge, commitments: [] });
    expect(!noHeadings.ok && noHeadings.issues[0]).toMatchObject({
      path: ['commitments'],
      code: 'model.pledge.commitments.required',
      message: 'Enter at least one heading of commitments',
    });
    const emptyHeading = parsePledge({
      ...pledge,
      commitments: [{ heading: 'Protection and Support', items: [] }],
    });
    expect(!emptyHeading.ok && emptyHeading.issues[0]).toMatchObject({
      path: ['commitments', 0, 'items'],
      code: 'model.pledge.commitments.items.required',
      message: 'Enter at least one commitment under the heading',
    });
  });

  it('record signatories with real dates of signing', () => {
    const signed = { organisation: 'Example Housing Trust', sector: 'voluntary', signedOn: '2019-10-18' };
    expect(parsePledge({ ...pledge, signatories: [signed] }).ok).toBe(true);
    const result = parsePledge({ ...pledge, signatories: [{ ...signed, signedOn: '2019-10-32' }] });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['signatories', 0, 'signedOn'],
        code: 'model.pledge.signatories.signed-on.invalid',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
    ]);
  });

  it('report an outcome id used twice, and a measure id used twice across outcomes', () => {
    const result = parsePledge({
      ...pledge,
      outcomes: [
        { id: 'raise-awareness', description: 'First', measures: [measure('surveys')] },
        {
          id: 'raise-awareness',
          description: 'Second',
          measures: [measure('referrals'), measure('surveys')],
        },
      ],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['outcomes', 1, 'id'],
        code: 'model.pledge.outcomes.id.duplicate',
        message: 'Give each outcome a different id',
      },
      {
        severity: 'error',
        path: ['outcomes', 1, 'measures', 1, 'id'],
        code: 'model.pledge.outcomes.measures.id.duplicate',
        message: 'Give each measure a different id',
      },
    ]);
  });
});
