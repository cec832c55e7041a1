import { type Measure, measureId, metricId } from '@antislavery/model';
import { cheshirePledge } from '@antislavery/model/examples';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import { generateCaseRecords } from '../synthetic/generate-case-records.js';
import type { PublishedTable, TableCell } from '../tables/count-table.js';
import { attack } from '../test-support/disclosure-attack.js';
import { caseRecord, many } from '../test-support/records.js';
import { buildReport } from './build-report.js';
import type { Report } from './report.js';

const shown = (value: number): TableCell => ({ suppressed: false, value });
const hidden = (reason: 'primary' | 'secondary'): TableCell => ({ suppressed: true, reason });

// 2025-Q1: 12 NRM referrals (9 adults, 3 children) and 6 DtN reports; 2024-Q4: 10 NRM, 6 DtN;
// 2024-Q1: 8 NRM, 0 DtN.
const records = [
  ...many(9, { referralDate: '2025-02-01', gender: 'male', localAuthorityArea: 'Derby City Council' }),
  ...many(3, {
    referralDate: '2025-03-01',
    ageGroupAtExploitation: 'child',
    gender: 'female',
    localAuthorityArea: 'Derby City Council',
  }),
  ...many(6, {
    kind: 'notification',
    referralDate: '2025-01-20',
    gender: 'male',
    localAuthorityArea: 'Derby City Council',
  }),
  ...many(10, { referralDate: '2024-12-01' }),
  ...many(6, { kind: 'notification', referralDate: '2024-11-01' }),
  ...many(8, { referralDate: '2024-02-01' }),
];

describe('buildReport', () => {
  it('gives headline counts and changes on the period before and a year before', () => {
    const report = buildReport(records, { period: '2025-Q1', suppression: { threshold: 1 } });
    expect(report.period.label).toBe('2025-Q1');
    expect(report.previousPeriod.label).toBe('2024-Q4');
    expect(report.yearBeforePeriod.label).toBe('2024-Q1');
    const [nrm, dtn, all] = report.headline.counts;
    expect(nrm).toEqual({
      key: 'nrm',
      label: 'NRM referrals',
      current: shown(12),
      previous: shown(10),
      yearBefore: shown(8),
      changeOnPrevious: { from: 10, to: 12, absolute: 2, percent: 20 },
      changeOnYearBefore: { from: 8, to: 12, absolute: 4, percent: 50 },
    });
    expect(dtn?.changeOnYearBefore).toEqual({ from: 0, to: 6, absolute: 6, percent: null });
    expect(all?.current).toEqual(shown(18));
    expect(report.records).toEqual({ read: 42, unreadableDate: 0 });
    expect(report.headline.trend.columns.map((column) => column.label)).toEqual([
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
    ]);
  });

  it('suppresses small counts in every table and keeps a figure shared by tables alike in all of them', () => {
    const report = buildReport(records, { period: '2025-Q1' });
    // Children: 3 NRM referrals and 0 DtN reports, so the 3 is primary and, alone in its row, the
    // smallest other cell of the row goes too.
    const byAge = report.breakdowns.byAgeGroup;
    expect(byAge.cells[1]).toEqual([hidden('primary'), shown(0)]);
    expect(report.headline.counts[0]?.current).toEqual(byAge.columnTotals?.[0]);
    for (const table of report.breakdowns.nrm) {
      expect(table.grandTotal).toEqual(byAge.columnTotals?.[0]);
      expect(table.columnTotals?.[1]).toEqual(byAge.cells[1]?.[0]);
    }
    for (const table of report.breakdowns.dtn) expect(table.grandTotal).toEqual(byAge.columnTotals?.[1]);
    expect(report.prevalence.table.grandTotal).toEqual(byAge.grandTotal);
  });

  it('lets no suppressed cell of any table be recovered from what the report publishes', () => {
    const small = generateCaseRecords({
      seed: 11,
      count: 700,
      from: '2023-01-01',
      to: '2025-03-31',
      areas: ['Derby City Council', 'Derbyshire County Council'],
    });
    const report = buildReport(small, { period: '2025-Q1', topNationalities: 4 });
    const tables: PublishedTable[] = [
      report.breakdowns.byAgeGroup,
      report.headline.trend,
      ...report.breakdowns.nrm,
      ...report.breakdowns.dtn,
      report.decisions.reasonableGrounds.table,
      report.decisions.conclusiveGrounds.table,
      report.timeliness.reasonableGrounds.bands,
      report.outcomes.table,
      report.prevalence.table,
    ];
    // No count in these tables exceeds the quarter's records, which bounds the attacker's search.
    const everything = report.breakdowns.byAgeGroup.grandTotal;
    const cap = everything && !everything.suppressed ? everything.value : 100;
    let suppressed = 0;
    for (const table of tables) {
      suppressed += table.suppressed.primary + table.suppressed.secondary;
      const recovered = attack(table, { threshold: 5, cap }).recovered;
      expect(recovered, table.title).toEqual([]);
    }
    expect(suppressed).toBeGreaterThan(10);
  });

  it('shows a share only when the counts behind it are published', () => {
    const decided = [
      ...many(20, { rgDecisionDate: '2025-01-10', rgOutcome: 'negative' }),
      ...many(2, { rgDecisionDate: '2025-01-10', rgOutcome: 'positive' }),
    ];
    const report = buildReport(decided, { period: '2025-Q1' });
    expect(report.decisions.reasonableGrounds.positiveShare).toBeUndefined();
    const plain = buildReport(decided, { period: '2025-Q1', suppression: { threshold: 1 } });
    expect(plain.decisions.reasonableGrounds.positiveShare).toBeCloseTo((2 / 22) * 100, 10);
  });

  it('evaluates the partnership’s measures, computed and entered', () => {
    const many2025 = [
      ...many(40, { referralDate: '2025-02-01' }),
      ...many(30, { referralDate: '2024-11-01' }),
    ];
    const report = buildReport(many2025, {
      period: '2025-Q1',
      partnership: cheshirePledge,
      enteredFigures: [
        { metricId: metricId('awareness.local-reporting-and-surveys'), period: '2025-Q1', value: 62 },
        { metricId: metricId('awareness.local-reporting-and-surveys'), period: '2024-Q4', value: 55 },
      ],
    });
    expect(report.area).toBe('Cheshire');
    expect(report.title).toBe('Cheshire: NRM referrals and Duty to Notify reports, January to March 2025');
    const [identification, awareness, outcomes] = report.measures;
    expect(identification).toMatchObject({ actual: 40, previous: 30, status: 'on-track', unit: 'count' });
    expect(awareness).toMatchObject({ actual: 62, previous: 55, status: 'on-track', unit: 'percent' });
    expect(outcomes).toMatchObject({ actual: undefined, status: 'no-data' });
  });

  it('does not publish a measure’s figure that is a small count', () => {
    const report = buildReport(many(3, { referralDate: '2025-02-01' }), {
      period: '2025-Q1',
      partnership: cheshirePledge,
    });
    expect(report.measures[0]).toMatchObject({ actual: undefined, suppressed: true, status: 'no-data' });
  });

  it('evaluates a measure over the latest whole period of its own kind', () => {
    const yearly: Measure = {
      id: measureId('yearly'),
      description: 'Referrals each financial year',
      metricId: metricId('referrals.nrm.count'),
      direction: 'increase',
      source: 'computed',
      reportingPeriod: 'financial-year',
      baseline: { value: 10, period: { from: '2023-04-01', to: '2024-03-31' } },
    };
    const calendarYear: Measure = {
      ...yearly,
      id: measureId('calendar-yearly'),
      reportingPeriod: 'calendar-year',
    };
    const report = buildReport(records, {
      period: '2025-Q1',
      measures: [yearly, calendarYear],
      suppression: { threshold: 1 },
    });
    // FY2024-25 holds 2024-Q4's 10 and 2025-Q1's 12; calendar 2024 holds 8 and 10.
    expect(report.measures[0]).toMatchObject({ actual: 22, status: 'on-track' });
    expect(report.measures[0]?.period.label).toBe('FY2024-25');
    expect(report.measures[1]).toMatchObject({ actual: 18 });
    expect(report.measures[1]?.period.label).toBe('2024');
  });

  it('says when a measure names no metric the registry defines', () => {
    const unknown: Measure = {
      id: measureId('unknown'),
      description: 'Something else',
      metricId: metricId('referrals.something-else'),
      direction: 'increase',
      source: 'computed',
    };
    const report = buildReport([], { period: '2025-Q1', measures: [unknown] });
    expect(report.measures[0]).toMatchObject({
      status: 'no-data',
      unit: undefined,
      reason:
        'No metric with this id is defined: name a metric of the registry, or enter figures under this id.',
    });
  });

  it('notes records it could not place and entered figures it could not read', () => {
    const report = buildReport([caseRecord({ referralDate: '2025-02-30' })], {
      period: '2025-Q1',
      enteredFigures: [{ metricId: metricId('training.sessions.count'), period: 'last quarter', value: 3 }],
    });
    expect(report.records).toEqual({ read: 1, unreadableDate: 1 });
    expect(report.notes).toEqual([
      '1 entered figure was left out because the period or value could not be read; check them with parseEnteredFigures.',
      '1 record has a referral date that is not a real date and is counted nowhere.',
    ]);
  });

  it('counts a record that is not an object as read, with no real referral date, and nowhere else', () => {
    const report = buildReport([null, 42, 'NRM-1', caseRecord({ referralDate: '2025-02-01' })] as never[], {
      period: '2025-Q1',
    });
    expect(report.records).toEqual({ read: 4, unreadableDate: 3 });
    expect(report.notes).toContain(
      '3 records have a referral date that is not a real date and are counted nowhere.',
    );
  });

  it('reads an async iterable as it goes and gives the same report', async () => {
    async function* stream() {
      for (const record of records) yield record;
    }
    const fromStream = await buildReport(stream(), { period: '2025-Q1' });
    expect(fromStream).toEqual(buildReport(records, { period: '2025-Q1' }));
  });

  it('rejects a period, threshold or parameter it cannot use', () => {
    expect(() => buildReport([], { period: 'last quarter' })).toThrow(InvalidMetricsArgumentError);
    expect(() => buildReport([], { period: '2025', suppression: { threshold: 0 } })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => buildReport([], { period: '2025', checkpoints: [7 as never] })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => buildReport([], null as never)).toThrow(InvalidMetricsArgumentError);
  });

  it('takes a title when given one', () => {
    const report: Report = buildReport([], { period: '2025', title: 'Annual figures' });
    expect(report.title).toBe('Annual figures');
    expect(report.suppression).toEqual({ threshold: 5, suppressZero: false });
  });
});
