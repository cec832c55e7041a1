import { describe, expect, it } from 'vitest';
import { prepareRecord } from '../records/prepare-record.js';
import { caseRecord, many, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';

describe('referrals.nrm.by-first-responder-organisation', () => {
  it('lists the organisations that referred, category by category, most first, with unnamed ones last', () => {
    const table = runMetric(
      METRICS['referrals.nrm.by-first-responder-organisation'],
      [
        caseRecord({ firstResponderType: 'police', firstResponderOrganisation: 'Derbyshire Constabulary' }),
        ...many(2, { firstResponderType: 'police', firstResponderOrganisation: 'Cheshire Constabulary' }),
        caseRecord({ firstResponderType: 'police', ageGroupAtExploitation: 'child' }),
        caseRecord({
          firstResponderType: 'local-authority',
          firstResponderOrganisation: 'Derby City Council',
        }),
        caseRecord({
          firstResponderType: 'designated-charity',
          firstResponderOrganisation: 'The Salvation Army',
        }),
        caseRecord({
          kind: 'notification',
          firstResponderType: 'police',
          firstResponderOrganisation: 'Kent Police',
        }),
      ],
      { period: period('2025-Q1') },
    );
    expect(table.rows.map((row) => row.label)).toEqual([
      'NGO and third sector: The Salvation Army',
      'Police: Cheshire Constabulary',
      'Police: Derbyshire Constabulary',
      'Police: organisation not recorded',
      'Local Authority: Derby City Council',
    ]);
    expect(table.cells).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(table.grandTotal).toBe(6);
  });

  it('gives the same table from shards merged in either order', () => {
    const metric = METRICS['referrals.dtn.by-first-responder-organisation'];
    const params = { period: period('2025-Q1') };
    const calculator = metric.calculator(params);
    const border = many(3, {
      kind: 'notification',
      firstResponderType: 'home-office',
      firstResponderOrganisation: 'Home Office - UK Border Force UKBF',
    });
    const police = many(2, { kind: 'notification', firstResponderType: 'police' });
    const shard = (records: typeof border) =>
      records.reduce((state, record) => calculator.add(state, prepareRecord(record)), calculator.init());
    const whole = runMetric(metric, [...border, ...police], params);
    expect(calculator.result(calculator.merge(shard(police), shard(border)))).toEqual(whole);
    expect(whole.rows.map((row) => row.label)).toEqual([
      'Government agency: Home Office - UK Border Force UKBF',
      'Police: organisation not recorded',
    ]);
  });
});
