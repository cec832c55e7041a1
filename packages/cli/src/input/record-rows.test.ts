import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adultReferral, anonymousNotification } from '../../../referrals/src/fixtures/records.js';
import { CASE_RECORD_HEADER, collectingIo, VALID_CASE_RECORD, workspace } from '../test-support/harness.js';
import { type CheckedRow, inputFormatOf, type ReadRowsOptions, readRows } from './record-rows.js';

const ws = workspace();
afterAll(() => ws.remove());
beforeAll(async () => {
  await import('@antislavery/referrals/read-exports');
}, 60_000);
const { io } = collectingIo(ws.dir);

async function rowsOf(file: string, options: ReadRowsOptions): Promise<CheckedRow[]> {
  const rows: CheckedRow[] = [];
  for await (const row of readRows(io, file, options)) rows.push(row);
  return rows;
}

const summary = (rows: readonly CheckedRow[]) =>
  rows.map((row) => [row.row, row.ok ? 'ok' : row.issues.map((issue) => issue.code)]);

describe('inputFormatOf', () => {
  it('tells the format by the extension, in any case', () => {
    expect(inputFormatOf('a.csv')).toBe('csv');
    expect(inputFormatOf('A.CSV')).toBe('csv');
    expect(inputFormatOf('a.jsonl')).toBe('jsonl');
    expect(inputFormatOf('a.ndjson')).toBe('jsonl');
    expect(inputFormatOf('a.json')).toBe('json');
    expect(() => inputFormatOf('a.xlsx')).toThrow(
      'Cannot tell how a.xlsx is written: name it .csv (CSV), .jsonl (JSON lines) or .json (a JSON list)',
    );
  });
});

describe('readRows', () => {
  const csv = [
    CASE_RECORD_HEADER,
    'NRM-1,nrm-referral,2025-01-06,adult,forced-to-work;wages-taken,local-authority,england',
    'NRM-2,nrm-referral,2025-02-30,adult,forced-to-work,local-authority,england',
  ].join('\n');

  it('streams case records from CSV, with the row and column of each issue', async () => {
    ws.write('records.csv', csv);
    const rows = await rowsOf('records.csv', { kind: 'case-record', asOf: '2025-06-30' });
    expect(summary(rows)).toEqual([
      [1, 'ok'],
      [2, ['case-record.referral-date.invalid-date']],
    ]);
    expect(rows[1]?.ok === false && rows[1].issues[0]?.column).toBe('referralDate');
  });

  it('reports progress as a share of the file read, ending at the whole file', async () => {
    ws.write('records.csv', csv);
    const seen: number[] = [];
    await rowsOf('records.csv', {
      kind: 'case-record',
      asOf: '2025-06-30',
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(seen.at(-1)).toBe(1);
  });

  it('reads case records from a JSON list and from JSON lines alike', async () => {
    const bad = { ...VALID_CASE_RECORD, referralDate: '2025-02-30' };
    ws.write('records.json', [VALID_CASE_RECORD, bad]);
    ws.write('records.jsonl', `${JSON.stringify(VALID_CASE_RECORD)}\n\n${JSON.stringify(bad)}\n`);
    const expected = [
      [1, 'ok'],
      [2, ['case-record.referral-date.invalid-date']],
    ];
    expect(summary(await rowsOf('records.json', { kind: 'case-record', asOf: '2025-06-30' }))).toEqual(
      expected,
    );
    expect(summary(await rowsOf('records.jsonl', { kind: 'case-record', asOf: '2025-06-30' }))).toEqual(
      expected,
    );
  });

  it('reads a JSON file holding one record as a list of one', async () => {
    ws.write('one.json', VALID_CASE_RECORD);
    expect(summary(await rowsOf('one.json', { kind: 'case-record', asOf: '2025-06-30' }))).toEqual([
      [1, 'ok'],
    ]);
  });

  it('refuses a JSON file that holds neither a list nor a record', async () => {
    ws.write('number.json', '42');
    await expect(rowsOf('number.json', { kind: 'case-record' })).rejects.toThrow(
      'number.json must hold a JSON list of records, or one record',
    );
  });

  it('validates referrals and notifications from JSON lines, reporting a line that is not JSON and going on', async () => {
    ws.write(
      'referrals.jsonl',
      [
        JSON.stringify(adultReferral()),
        '{not json',
        '',
        JSON.stringify({ ...adultReferral(), jurisdiction: 'England' }),
      ].join('\r\n'),
    );
    const rows = await rowsOf('referrals.jsonl', { kind: 'referral', asOf: '2026-03-31' });
    expect(summary(rows)).toEqual([
      [1, 'ok'],
      [2, ['export.row.invalid-json']],
      [3, ['referral.jurisdiction.invalid-option']],
    ]);
    ws.write('notifications.json', [anonymousNotification(), {}]);
    const notifications = await rowsOf('notifications.json', { kind: 'notification', asOf: '2026-03-31' });
    expect(notifications[0]?.ok).toBe(true);
    expect(notifications[1]?.ok === false && notifications[1].issues.every((issue) => issue.row === 2)).toBe(
      true,
    );
  });

  it('refuses referrals in CSV, and a column mapping for anything but case records', async () => {
    ws.write('referrals.csv', 'a,b\n1,2\n');
    await expect(rowsOf('referrals.csv', { kind: 'referral' })).rejects.toThrow(
      'A CSV file holds case records, one a row: give referrals as JSON lines (.jsonl) or a JSON list (.json)',
    );
    await expect(rowsOf('referrals.csv', { kind: 'notification' })).rejects.toThrow(
      'give notifications as JSON lines',
    );
    ws.write('referrals.jsonl', '{}\n');
    await expect(
      rowsOf('referrals.jsonl', { kind: 'referral', columns: { Ref: 'reference' } }),
    ).rejects.toThrow(
      'A column mapping (--map) is for case records only: remove --map, or use --kind case-record',
    );
  });

  it('reads CSV with another delimiter, list separator and column names', async () => {
    ws.write(
      'export.csv',
      [
        'Ref;Kind;Date;Age;Types;FR;Nation',
        'A-1;NRM;2025-01-06;adult;forced-to-work|wages-taken;local-authority;england',
      ].join('\n'),
    );
    const rows = await rowsOf('export.csv', {
      kind: 'case-record',
      asOf: '2025-06-30',
      delimiter: ';',
      listSeparator: '|',
      columns: {
        Ref: 'reference',
        Kind: { field: 'kind', values: { NRM: 'nrm-referral' } },
        Date: 'referralDate',
        Age: 'ageGroupAtExploitation',
        Types: 'exploitationTypes',
        FR: 'firstResponderType',
        Nation: 'jurisdiction',
      },
    });
    expect(rows[0]?.ok && rows[0].value).toEqual({ ...VALID_CASE_RECORD, reference: 'A-1' });
  });
});
