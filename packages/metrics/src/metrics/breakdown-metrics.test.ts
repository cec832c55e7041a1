import {
  type ExploitationType,
  exploitationCombinationLabel,
  PUBLISHED_EXPLOITATION_TYPES,
} from '@antislavery/model';
import type { CaseRecord } from '@antislavery/referrals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { CountTable } from '../tables/count-table.js';
import { caseRecord, many, period } from '../test-support/records.js';
import { METRICS } from './registry.js';
import { runMetric } from './run-metric.js';

const Q1 = period('2025-Q1');
const run = (id: keyof typeof METRICS, records: CaseRecord[], extra = {}) =>
  runMetric(METRICS[id] as never, records, { period: Q1, ...extra }) as CountTable;

/** A table as `{ row label: [adult, child, unknown] }`, leaving out rows of zeros. */
const grid = (table: CountTable) =>
  Object.fromEntries(
    table.rows
      .map((row, i) => [row.label, table.cells[i]] as const)
      .filter(([, cells]) => cells?.some((v) => v > 0)),
  );

describe('referrals.by-age-group', () => {
  it('counts records of the period by age at exploitation and kind, with totals', () => {
    const table = run('referrals.by-age-group', [
      ...many(3, { ageGroupAtExploitation: 'adult' }),
      ...many(2, { ageGroupAtExploitation: 'child' }),
      caseRecord({ ageGroupAtExploitation: 'not-specified-or-unknown' }),
      ...many(4, { kind: 'notification' }),
      caseRecord({ kind: 'notification', ageGroupAtExploitation: 'child' }),
      caseRecord({ referralDate: '2024-12-31' }),
    ]);
    expect(table.columns.map((column) => column.label)).toEqual(['NRM referrals', 'Duty to Notify reports']);
    expect(table.rows.map((row) => row.label)).toEqual([
      'Adult (18 or over)',
      'Child (17 or under)',
      'Not specified or unknown',
    ]);
    expect(table.cells).toEqual([
      [3, 4],
      [2, 1],
      [1, 0],
    ]);
    expect(table.rowTotals).toEqual([7, 3, 1]);
    expect(table.columnTotals).toEqual([6, 5]);
    expect(table.grandTotal).toBe(11);
    expect(table.title).toBe(
      'NRM referrals and Duty to Notify reports by age at exploitation, January to March 2025',
    );
  });
});

describe('referrals.nrm.by-gender', () => {
  it('counts Female, Male and Other as published, and records without a gender apart, by age', () => {
    const table = run('referrals.nrm.by-gender', [
      ...many(2, { gender: 'female' }),
      caseRecord({ gender: 'male', ageGroupAtExploitation: 'child' }),
      caseRecord({ gender: 'unknown' }),
      caseRecord({}),
      caseRecord({ kind: 'notification', gender: 'male' }),
    ]);
    expect(table.rows.map((row) => row.label)).toEqual([
      'Female',
      'Male',
      'Other',
      'Not specified or unknown',
    ]);
    expect(table.cells).toEqual([
      [2, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]);
    expect(table.grandTotal).toBe(5);
  });

  it('counts only notifications in the DtN table', () => {
    const table = run('referrals.dtn.by-gender', [
      caseRecord({ kind: 'notification', gender: 'male' }),
      caseRecord(),
    ]);
    expect(grid(table)).toEqual({ Male: [1, 0, 0] });
  });
});

describe('referrals.nrm.by-nationality', () => {
  const records = [
    ...many(5, { nationality: 'Albanian' }),
    ...many(3, { nationality: 'British', ageGroupAtExploitation: 'child' }),
    ...many(3, { nationality: 'Vietnamese' }),
    caseRecord({ nationality: 'Eritrean' }),
    caseRecord({ nationality: 'Unknown' }),
    caseRecord({}),
  ];

  it('lists the nationalities referred, most first (ties by name), with unknown last', () => {
    const table = run('referrals.nrm.by-nationality', records);
    expect(table.rows.map((row) => row.label)).toEqual([
      'Albanian',
      'British',
      'Vietnamese',
      'Eritrean',
      'Not specified or unknown',
    ]);
    expect(table.rowTotals).toEqual([5, 3, 3, 1, 2]);
    expect(table.cells[1]).toEqual([0, 3, 0]);
    expect(table.grandTotal).toBe(14);
  });

  it('groups the rest after the top nationalities when asked', () => {
    const table = run('referrals.nrm.by-nationality', records, { topNationalities: 2 });
    expect(table.rows.map((row) => row.label)).toEqual([
      'Albanian',
      'British',
      'Other nationalities (2)',
      'Not specified or unknown',
    ]);
    expect(table.rowTotals).toEqual([5, 3, 4, 2]);
    expect(() => run('referrals.nrm.by-nationality', records, { topNationalities: 0 })).toThrow(
      InvalidMetricsArgumentError,
    );
  });
});

describe('referrals.nrm.by-exploitation-type', () => {
  it('counts a record with several types once, under its combination, so rows add up to the total', () => {
    const table = run('referrals.nrm.by-exploitation-type', [
      caseRecord({ exploitationTypes: ['forced-to-work'] }),
      caseRecord({ exploitationTypes: ['forced-to-work', 'wages-taken'] }),
      caseRecord({
        exploitationTypes: ['forced-to-commit-crime', 'forced-to-work'],
        ageGroupAtExploitation: 'child',
      }),
      caseRecord({ exploitationTypes: ['prostitution', 'forced-to-commit-crime', 'unpaid-household-work'] }),
      caseRecord({ exploitationTypes: ['other'] }),
      caseRecord({ exploitationTypes: ['other', 'organs-removed'] }),
    ]);
    expect(grid(table)).toEqual({
      Labour: [2, 0, 0],
      'Organ Harvesting': [1, 0, 0],
      'Labour & Criminal': [0, 1, 0],
      'Sexual & Criminal & Domestic': [1, 0, 0],
      'Not specified or unknown': [1, 0, 0],
    });
    // The single types are always listed; combinations only when they occur.
    expect(table.rows.map((row) => row.label)).toEqual([
      'Labour',
      'Sexual',
      'Criminal',
      'Domestic',
      'Organ Harvesting',
      'Labour & Criminal',
      'Sexual & Criminal & Domestic',
      'Not specified or unknown',
    ]);
    expect(table.rowTotals?.reduce((a, b) => a + b, 0)).toBe(table.grandTotal);
    expect(table.grandTotal).toBe(6);
  });

  it('labels every combination as exploitationCombinationLabel does', () => {
    const boxes: ExploitationType[] = [
      'forced-to-work',
      'prostitution',
      'forced-to-commit-crime',
      'unpaid-household-work',
      'organs-removed',
      'other',
    ];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...boxes), { minLength: 1 }), (types) => {
        const table = run('referrals.nrm.by-exploitation-type', [caseRecord({ exploitationTypes: types })]);
        const row = table.rowTotals?.indexOf(1) ?? -1;
        expect(table.rows[row]?.label).toBe(exploitationCombinationLabel(types));
      }),
      { numRuns: 200 },
    );
  });

  it('counts Other under the type it is mapped to', () => {
    const table = run('referrals.nrm.by-exploitation-type', [caseRecord({ exploitationTypes: ['other'] })], {
      otherAs: 'criminal',
    });
    expect(grid(table)).toEqual({ Criminal: [1, 0, 0] });
  });
});

describe('referrals.nrm.by-exploitation-type-any-mention', () => {
  it('counts a record under every type it mentions; totals are numbers of records', () => {
    const table = run('referrals.nrm.by-exploitation-type-any-mention', [
      caseRecord({ exploitationTypes: ['forced-to-work', 'forced-to-commit-crime'] }),
      caseRecord({ exploitationTypes: ['forced-to-commit-crime'], ageGroupAtExploitation: 'child' }),
      caseRecord({ exploitationTypes: ['other'] }),
    ]);
    expect(table.rows.map((row) => row.key)).toEqual([...PUBLISHED_EXPLOITATION_TYPES]);
    expect(grid(table)).toEqual({
      Labour: [1, 0, 0],
      Criminal: [1, 1, 0],
      'Not specified or unknown': [1, 0, 0],
    });
    expect(table.columnTotals).toEqual([2, 1, 0]);
    expect(table.grandTotal).toBe(3);
    expect(table.rowTotals).toEqual([1, 0, 2, 0, 0, 1]);
    expect(table.columnsAddUp).toBe(false);
    expect(table.rowsAddUp).toBe(true);
  });
});

describe('the other breakdowns', () => {
  it('count location of exploitation, with records without an answer as not specified', () => {
    const table = run('referrals.nrm.by-exploitation-location', [
      caseRecord({ exploitationLocation: 'uk' }),
      caseRecord({ exploitationLocation: 'uk-and-overseas' }),
      caseRecord({}),
    ]);
    expect(grid(table)).toEqual({
      UK: [1, 0, 0],
      'UK and Overseas': [1, 0, 0],
      'Not specified or unknown': [1, 0, 0],
    });
  });

  it('count first responders in the published categories', () => {
    const table = run('referrals.nrm.by-first-responder-type', [
      caseRecord({ firstResponderType: 'home-office' }),
      caseRecord({ firstResponderType: 'glaa' }),
      caseRecord({ firstResponderType: 'designated-charity' }),
      caseRecord({ firstResponderType: 'police' }),
      caseRecord({ firstResponderType: 'local-authority' }),
      caseRecord({ firstResponderType: 'nhs' }),
    ]);
    expect(grid(table)).toEqual({
      'Government agency': [2, 0, 0],
      'NGO and third sector': [1, 0, 0],
      Police: [1, 0, 0],
      'Local Authority': [1, 0, 0],
      'Not specified or unknown': [1, 0, 0],
    });
  });

  it('count NRM referrals by competent authority', () => {
    const table = run('referrals.nrm.by-competent-authority', [
      caseRecord({ competentAuthority: 'sca' }),
      caseRecord({ competentAuthority: 'ieca', ageGroupAtExploitation: 'child' }),
      caseRecord({}),
      caseRecord({ kind: 'notification' }),
    ]);
    expect(grid(table)).toEqual({
      'Single Competent Authority (SCA)': [1, 0, 0],
      'Immigration Enforcement Competent Authority (IECA)': [0, 1, 0],
      'Not recorded': [1, 0, 0],
    });
  });

  it('give the grand total as the headline', () => {
    const metric = METRICS['referrals.nrm.by-gender'];
    const table = runMetric(metric, many(3), { period: Q1 });
    expect(metric.headline(table)).toBe(3);
    expect(metric.disclosureCounts(table)).toEqual([3]);
  });
});
