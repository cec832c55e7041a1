import { describe, expect, it } from 'vitest';
import { buildReport } from '../report/build-report.js';
import { many } from '../test-support/records.js';
import { renderCsv } from './render-csv.js';

/** Splits CSV text into rows of cells (RFC 4180 quoting). */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('renderCsv', () => {
  // NRM referrals by age: 12 adults, 2 children, 6 of unknown age. The 2 is primary; the smallest
  // other count in its column, the 6, is secondary; the adults' 12 is shown.
  const records = [
    ...many(12, { referralDate: '2025-02-01', localAuthorityArea: 'Derby City Council' }),
    ...many(2, {
      referralDate: '2025-02-01',
      ageGroupAtExploitation: 'child',
      localAuthorityArea: 'Derby City Council',
    }),
    ...many(6, { referralDate: '2025-02-01', ageGroupAtExploitation: 'not-specified-or-unknown' }),
  ];

  it('writes one figure a line, with suppressed cells empty and marked, never zero', () => {
    const rows = parse(renderCsv(buildReport(records, { period: '2025-Q1' })));
    expect(rows[0]).toEqual(['section', 'table', 'row', 'column', 'value', 'note']);
    const table = 'NRM referrals and Duty to Notify reports by age at exploitation, January to March 2025';
    const cell = (row: string, column: string) =>
      rows.find((r) => r[1] === table && r[2] === row && r[3] === column);
    expect(cell('Adult (18 or over)', 'NRM referrals')).toEqual([
      'Referrals and notifications',
      table,
      'Adult (18 or over)',
      'NRM referrals',
      '12',
      '',
    ]);
    expect(cell('Child (17 or under)', 'NRM referrals')?.slice(4)).toEqual(['', 'suppressed (primary)']);
    expect(cell('Not specified or unknown', 'NRM referrals')?.slice(4)).toEqual([
      '',
      'suppressed (secondary)',
    ]);
    expect(cell('Total', 'Total')?.slice(4)).toEqual(['20', '']);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(6);
      if (row[5]?.startsWith('suppressed')) expect(row[4]).toBe('');
    }
  });

  it('escapes text that a spreadsheet would run as a formula, and quotes commas and quotes', () => {
    const report = buildReport(
      many(6, { referralDate: '2025-02-01', localAuthorityArea: 'Derby City Council' }),
      {
        period: '2025-Q1',
        populations: {
          '=HYPERLINK("http://example.com")': 1000,
          '+1+1': 1000,
          '-2+3': 1000,
          '@SUM(A1)': 1000,
          '\tTabbed': 1000,
          '\rReturned': 1000,
          'Plain, "quoted" name': 1000,
        },
        title: '=cmd|calc',
      },
    );
    const csv = renderCsv(report);
    const rows = parse(csv);
    const areas = rows
      .filter((row) => row[1]?.startsWith('NRM referrals and Duty to Notify reports by local authority area'))
      .map((row) => row[2]);
    expect(areas).toContain(`'=HYPERLINK("http://example.com")`);
    expect(areas).toContain("'+1+1");
    expect(areas).toContain("'-2+3");
    expect(areas).toContain("'@SUM(A1)");
    expect(areas).toContain("'\tTabbed");
    expect(areas).toContain("'\rReturned");
    expect(areas).toContain('Plain, "quoted" name');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    // Its own numbers, negative ones too, stay numbers.
    for (const row of rows.slice(1)) if (row[4] !== '') expect(Number.isNaN(Number(row[4]))).toBe(false);
  });

  it('lists each measure’s figures', () => {
    const report = buildReport(many(20, { referralDate: '2025-02-01' }), {
      period: '2025-Q1',
      measures: [
        {
          id: 'referrals' as never,
          description: '-Referrals',
          metricId: 'referrals.nrm.count' as never,
          direction: 'increase',
          source: 'computed',
        },
      ],
    });
    const rows = parse(renderCsv(report)).filter((row) => row[0] === 'Measures');
    expect(rows.find((row) => row[3] === 'Figure')).toEqual([
      'Measures',
      'referrals.nrm.count',
      "'-Referrals",
      'Figure',
      '20',
      '',
    ]);
    expect(rows.find((row) => row[3] === 'Status')?.[4]).toBe('On track');
  });
});
