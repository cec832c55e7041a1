import { toDayNumber } from '@antislavery/model';
import { caseRecordSchema, validateCaseRecord } from '@antislavery/referrals';
import { readCaseRecords } from '@antislavery/referrals/read-exports';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { CASE_RECORD_COLUMNS, caseRecordsToCsv } from './case-record-csv.js';
import { generateCaseRecords, syntheticCaseRecords } from './generate-case-records.js';
import { NATIONAL_PROPORTIONS } from './national-proportions.js';

const OPTIONS = { seed: 2025, count: 20_000, from: '2022-01-01', to: '2025-12-31' } as const;
const records = generateCaseRecords(OPTIONS);
const share = (predicate: (record: (typeof records)[number]) => boolean, among = records) =>
  among.filter(predicate).length / among.length;

describe('generateCaseRecords', () => {
  it('gives the same records for the same seed and different ones for another', () => {
    expect(generateCaseRecords({ ...OPTIONS, count: 50 })).toEqual(records.slice(0, 50));
    expect(generateCaseRecords({ ...OPTIONS, count: 50, seed: 2026 })).not.toEqual(records.slice(0, 50));
  });

  it('gives records that pass caseRecordSchema and validateCaseRecord', () => {
    for (const record of records) expect(caseRecordSchema.safeParse(record).success).toBe(true);
    for (const record of records.slice(0, 3000)) {
      const result = validateCaseRecord(record, { asOf: OPTIONS.to });
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([]);
    }
  }, 60_000);

  it('keeps referral dates within the range and decisions and support on or before asOf', () => {
    const asOf = '2026-03-31';
    for (const record of generateCaseRecords({ ...OPTIONS, count: 2000, asOf })) {
      expect(record.referralDate >= OPTIONS.from && record.referralDate <= OPTIONS.to).toBe(true);
      for (const date of [record.rgDecisionDate, record.cgDecisionDate, record.reconsiderationDecisionDate]) {
        if (date !== undefined) expect(date <= asOf).toBe(true);
      }
    }
  });

  it('follows the national proportions it documents', () => {
    // 2024: 5,598 DtN reports of 24,723 records is 22.6%, made in England and Wales only: 82 of
    // the default areas' 96 weight is English or Welsh, so about 19% of all records.
    const nrm = records.filter((record) => record.kind === 'nrm-referral');
    expect(share((record) => record.kind === 'notification')).toBeCloseTo(0.226 * (82 / 96), 1);
    expect(share((record) => record.ageGroupAtExploitation === 'child', nrm)).toBeCloseTo(0.437 * 0.98, 1);
    expect(share((record) => record.nationality === 'British')).toBeCloseTo(0.23, 1);
    expect(share((record) => record.nationality === 'Albanian')).toBeCloseTo(0.13, 1);
    expect(share((record) => record.nationality === 'Vietnamese')).toBeCloseTo(0.11, 1);
    const decided = nrm.filter((record) => record.rgOutcome !== undefined);
    expect(share((record) => record.rgOutcome === 'positive', decided)).toBeCloseTo(0.53, 1);
    const concluded = nrm.filter((record) => record.cgOutcome !== undefined);
    expect(share((record) => record.cgOutcome === 'positive', concluded)).toBeCloseTo(0.56, 1);
    const afterIeca = nrm.filter((record) => record.referralDate >= '2021-11-01');
    expect(share((record) => record.competentAuthority === 'sca', afterIeca)).toBeCloseTo(0.77, 1);
    expect(NATIONAL_PROPORTIONS.notificationShare.value).toBeCloseTo(5598 / 24723, 6);
  });

  it('puts UK, Albanian and Vietnamese nationals first', () => {
    const tally = new Map<string, number>();
    for (const record of records) {
      if (record.nationality) tally.set(record.nationality, (tally.get(record.nationality) ?? 0) + 1);
    }
    const top = [...tally]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name]) => name);
    expect(top).toEqual(['British', 'Albanian', 'Vietnamese']);
  });

  it('makes Duty to Notify reports only in England and Wales, undecided and without support', () => {
    for (const record of records.filter((r) => r.kind === 'notification')) {
      expect(['england', 'wales']).toContain(record.jurisdiction);
      expect(record.rgDecisionDate).toBeUndefined();
      expect(record.competentAuthority).toBeUndefined();
      expect(record.supportAt45Days).toBeUndefined();
    }
  });

  it('gives a conclusive grounds decision only after a positive reasonable grounds one, 30 or more days later', () => {
    for (const record of records) {
      if (record.cgDecisionDate === undefined) continue;
      expect(record.rgOutcome).toBe('positive');
      const days = toDayNumber(record.cgDecisionDate) - toDayNumber(record.rgDecisionDate ?? '');
      expect(days).toBeGreaterThanOrEqual(
        record.rgDecisionDate && record.rgDecisionDate < '2023-01-30' ? 45 : 30,
      );
    }
  });

  it('spreads records over the areas asked for, with their weights', () => {
    const two = generateCaseRecords({
      ...OPTIONS,
      count: 4000,
      areas: [{ name: 'Cheshire East Council', weight: 3 }, 'Cheshire West and Chester Council'],
    });
    const east = share((record) => record.localAuthorityArea === 'Cheshire East Council', two);
    expect(east).toBeCloseTo(0.75 * 0.98, 1);
    expect(two.every((record) => record.jurisdiction === 'england')).toBe(true);
  });

  it('is lazy as an iterable', () => {
    const iterator = syntheticCaseRecords({ ...OPTIONS, count: 1_000_000_000 });
    expect(iterator.next().value?.reference).toBe('SYN-2025-0000001');
  });

  it('rejects options it cannot use', () => {
    const bad = [
      { seed: 1.5 },
      { count: -1 },
      { from: '2025-02-30' },
      { to: '2021-12-31' },
      { asOf: '2025-01-01' },
      { areas: ['Nowhere Council'] },
      { areas: [] },
      { notificationShare: 1.5 },
      { childShare: -0.1 },
    ];
    for (const change of bad) {
      expect(() => generateCaseRecords({ ...OPTIONS, count: 1, ...change })).toThrow(
        InvalidMetricsArgumentError,
      );
    }
  });
});

describe('caseRecordsToCsv', () => {
  it('names a column for every case record field', () => {
    expect([...CASE_RECORD_COLUMNS].sort()).toEqual(Object.keys(caseRecordSchema.shape).sort());
  });

  it('writes records that readCaseRecords reads back unchanged', async () => {
    const sample = records.slice(0, 500);
    const read = [];
    for await (const row of readCaseRecords(caseRecordsToCsv(sample), { asOf: OPTIONS.to })) {
      expect(row.ok).toBe(true);
      if (row.ok) read.push(row.value);
    }
    expect(read).toEqual(sample);
  }, 60_000);

  it('quotes a cell with a comma or a quote', () => {
    const [, line] = [
      ...caseRecordsToCsv([{ ...(records[0] as (typeof records)[number]), reference: 'A, "B"' }]),
    ];
    expect(line?.startsWith('"A, ""B""",')).toBe(true);
  });
});
