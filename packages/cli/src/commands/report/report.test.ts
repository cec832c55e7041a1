import { cheshirePledge } from '@antislavery/model/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_RECORD_HEADER, workspace } from '../../test-support/harness.js';
import { reportFormatOf } from './report-formats.js';

const ws = workspace();
afterAll(() => ws.remove());
beforeAll(async () => {
  await import('./report.js');
}, 60_000);

const row = (reference: string, date: string, kind = 'nrm-referral') =>
  `${reference},${kind},${date},adult,forced-to-work,police,england`;

// Six NRM referrals and one notification in January to March 2025, two referrals in the quarter before.
const RECORDS = [
  CASE_RECORD_HEADER,
  ...['01-06', '01-20', '02-03', '02-17', '03-03', '03-17'].map((day, i) => row(`Q1-${i}`, `2025-${day}`)),
  row('Q1-N', '2025-02-10', 'notification'),
  row('Q4-1', '2024-11-04'),
  row('Q4-2', '2024-12-02'),
].join('\n');

const AS_OF = ['--as-of', '2025-06-30'];

describe('antislavery report', () => {
  it('counts the records of the period and the one before, as JSON', async () => {
    ws.write('records.csv', RECORDS);
    const result = await ws.run([
      'report',
      'records.csv',
      '--period',
      '2025-Q1',
      '--format',
      'json',
      '--suppress',
      '1',
      ...AS_OF,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.period.label).toBe('2025-Q1');
    expect(report.records).toEqual({ read: 9, unreadableDate: 0 });
    const nrm = report.headline.counts.find((count: { key: string }) => count.key === 'nrm');
    expect(nrm.current).toEqual({ suppressed: false, value: 6 });
    expect(nrm.previous).toEqual({ suppressed: false, value: 2 });
    expect(nrm.changeOnPrevious).toEqual({ from: 2, to: 6, absolute: 4, percent: 200 });
  });

  it('suppresses counts under 5 unless told otherwise', async () => {
    ws.write('records.csv', RECORDS);
    const report = JSON.parse(
      (await ws.run(['report', 'records.csv', '--period', '2025-Q1', '--format', 'json', ...AS_OF])).stdout,
    );
    expect(report.suppression.threshold).toBe(5);
    const nrm = report.headline.counts.find((count: { key: string }) => count.key === 'nrm');
    expect(nrm.previous).toEqual({ suppressed: true, reason: 'primary' });
  });

  it('writes Markdown to stdout unless told otherwise', async () => {
    ws.write('records.csv', RECORDS);
    const result = await ws.run(['report', 'records.csv', '--period', '2025-Q1', ...AS_OF]);
    expect(
      result.stdout.startsWith('# NRM referrals and Duty to Notify reports, January to March 2025\n'),
    ).toBe(true);
  });

  it('writes to --out in the format its extension names, or the one --format names', async () => {
    ws.write('records.csv', RECORDS);
    const html = await ws.run([
      'report',
      'records.csv',
      '--period',
      '2025-Q1',
      '--out',
      'board.html',
      ...AS_OF,
    ]);
    expect(html).toEqual({
      code: 0,
      stdout: 'Wrote the report for January to March 2025 to board.html\n',
      stderr: '',
    });
    expect(ws.read('board.html')).toMatch(/^<!doctype html>/i);
    expect(ws.read('board.html')).toContain('<svg');
    await ws.run([
      'report',
      'records.csv',
      '--period',
      '2025-Q1',
      '--out',
      'figures.txt',
      '--format',
      'csv',
      ...AS_OF,
    ]);
    expect(ws.read('figures.txt').split('\r\n')[0]).toBe('section,table,row,column,value,note');
  });

  it('leaves out rows that are not valid case records, and says how many', async () => {
    ws.write('mixed.csv', `${RECORDS}\n${row('BAD', '2025-02-30')}\n`);
    const result = await ws.run(['report', 'mixed.csv', '--period', '2025-Q1', '--format', 'json', ...AS_OF]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).records.read).toBe(9);
    expect(result.stderr).toBe(
      'antislavery: 1 of 10 rows are not valid case records and were left out of the report. Run antislavery validate mixed.csv to see why.\n',
    );
  });

  it("evaluates a pledge's measures, and uses the title and area given", async () => {
    ws.write('records.csv', RECORDS);
    ws.write('pledge.json', cheshirePledge);
    const report = JSON.parse(
      (
        await ws.run([
          'report',
          'records.csv',
          '--period',
          '2025-Q1',
          '--format',
          'json',
          '--partnership',
          'pledge.json',
          '--title',
          'Board report',
          '--area',
          'Cheshire',
          ...AS_OF,
        ])
      ).stdout,
    );
    expect(report.title).toBe('Board report');
    expect(report.area).toBe('Cheshire');
    expect(
      report.measures.map((measure: { measure: { metricId: string } }) => measure.measure.metricId),
    ).toEqual([
      'referrals.nrm-and-dtn.count',
      'awareness.local-reporting-and-surveys',
      'outcomes.victims.at-45-days-and-beyond',
    ]);
  });

  it('lists what is wrong with a partnership file', async () => {
    ws.write('records.csv', RECORDS);
    ws.write('partnership.json', { id: 'example', name: ' ', area: 'Example', jurisdiction: 'england' });
    expect(
      (await ws.run(['report', 'records.csv', '--period', '2025-Q1', '--partnership', 'partnership.json']))
        .stderr,
    ).toBe(
      [
        'antislavery: partnership.json is not a partnership, pledge or strategy the SDK can use: put these right (antislavery schema partnership shows the format)',
        '  name: Enter the partnership name',
        '',
      ].join('\n'),
    );
  });

  it('asks for the period, and says how to write one', async () => {
    ws.write('records.csv', RECORDS);
    expect((await ws.run(['report', 'records.csv'])).stderr).toBe(
      'antislavery: Give the period the report covers with --period, such as --period 2025-Q1\n',
    );
    expect((await ws.run(['report', 'records.csv', '--period', '2025-Q5'])).stderr).toBe(
      'antislavery: --period: Enter a quarter from Q1 to Q4, like 2025-Q1\n',
    );
    expect((await ws.run(['report', 'records.csv', '--period', '2025-Q1', '--suppress', '0'])).stderr).toBe(
      'antislavery: Give --suppress as a whole number of 1 or more\n',
    );
  });

  it('reports a file that cannot be read or written as a usage error', async () => {
    ws.write('records.csv', RECORDS);
    const unwritable = await ws.run([
      'report',
      'records.csv',
      '--period',
      '2025-Q1',
      '--out',
      'no/such/folder/r.html',
    ]);
    expect(unwritable).toEqual({
      code: 2,
      stdout: '',
      stderr: 'antislavery: Cannot write no/such/folder/r.html: its folder does not exist\n',
    });
    ws.write('empty.csv', '');
    expect((await ws.run(['report', 'empty.csv', '--period', '2025-Q1'])).stderr).toBe(
      'antislavery: empty.csv: The file is empty: it needs a header row and one row for each case\n',
    );
  });
});

describe('reportFormatOf', () => {
  it('tells the format from the extension, if it names one', () => {
    expect(reportFormatOf('a.HTML')).toBe('html');
    expect(reportFormatOf('a.htm')).toBe('html');
    expect(reportFormatOf('a.markdown')).toBe('md');
    expect(reportFormatOf('a.md')).toBe('md');
    expect(reportFormatOf('a.csv')).toBe('csv');
    expect(reportFormatOf('a.json')).toBe('json');
    expect(reportFormatOf('a.txt')).toBeUndefined();
    expect(reportFormatOf('report')).toBeUndefined();
  });
});
