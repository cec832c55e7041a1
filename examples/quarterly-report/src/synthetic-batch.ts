import { generateCaseRecords } from '@antislavery/metrics/synthetic';
import type { CaseRecord } from '@antislavery/referrals';

/** The date the synthetic batch is extracted: three months after 2025-Q1 ends. */
export const BATCH_AS_OF = '2025-06-30';

/**
 * A seeded batch of 1,200 synthetic case records for Derby and Derbyshire (a quarter in Derby
 * City, the rest in Derbyshire County), referred from April 2023 to March 2025 and extracted on
 * 30 June 2025. Every run gives the same records. The mix follows the national statistics where
 * they give one; the records are invented and no figure from them may be quoted.
 *
 * @example
 * ```ts
 * import { syntheticBatch } from './synthetic-batch.js';
 *
 * const records = syntheticBatch();
 * [records.length, records.every((record) => record.referralDate <= '2025-03-31')];
 * //=> [1200, true]
 * ```
 */
export function syntheticBatch(): CaseRecord[] {
  return generateCaseRecords({
    seed: 2025,
    count: 1200,
    from: '2023-04-01',
    to: '2025-03-31',
    asOf: BATCH_AS_OF,
    areas: [
      { name: 'Derby City Council', weight: 1 },
      { name: 'Derbyshire County Council', weight: 3 },
    ],
  });
}
