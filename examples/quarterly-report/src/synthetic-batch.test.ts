import { validateCaseRecord } from '@antislavery/referrals';
import { describe, expect, it } from 'vitest';
import { BATCH_AS_OF, syntheticBatch } from './synthetic-batch.js';

const records = syntheticBatch();

describe('syntheticBatch', () => {
  it('gives the same 1,200 valid case records every time, referred from April 2023 to March 2025', () => {
    expect(syntheticBatch()).toEqual(records);
    expect(records).toHaveLength(1200);
    expect(
      records.every((record) => record.referralDate >= '2023-04-01' && record.referralDate <= '2025-03-31'),
    ).toBe(true);
    expect(records.every((record) => validateCaseRecord(record, { asOf: BATCH_AS_OF }).ok)).toBe(true);
  });
});
