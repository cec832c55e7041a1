import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adultReferral } from '../../../../referrals/src/fixtures/records.js';
import {
  CASE_RECORD_HEADER,
  steppingClock,
  VALID_CASE_RECORD,
  workspace,
} from '../../test-support/harness.js';

const ws = workspace();
afterAll(() => ws.remove());
beforeAll(async () => {
  await import('./validate.js');
}, 60_000);

const GOOD = 'NRM-1,nrm-referral,2025-01-06,adult,forced-to-work;wages-taken,local-authority,england';
const BAD_DATE = 'NRM-2,nrm-referral,2025-02-30,adult,forced-to-work,local-authority,england';
const NO_TYPES = 'NRM-3,nrm-referral,2025-02-03,adult,,local-authority,england';
const csv = (...rows: string[]) => [CASE_RECORD_HEADER, ...rows].join('\n');

describe('antislavery validate', () => {
  it('summarises a file whose rows are all valid, with exit code 0', async () => {
    ws.write('good.csv', csv(GOOD, GOOD));
    expect(await ws.run(['validate', 'good.csv', '--as-of', '2025-06-30'])).toEqual({
      code: 0,
      stdout: 'good.csv: 2 rows of case records checked: 2 valid, 0 invalid.\n',
      stderr: '',
    });
  });

  it('lists each invalid row with its column, then the summary and the most frequent codes, with exit code 1', async () => {
    ws.write('mixed.csv', csv(GOOD, BAD_DATE, NO_TYPES, BAD_DATE));
    const result = await ws.run(['validate', 'mixed.csv', '--as-of', '2025-06-30']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Row 2, column referralDate: The referral date must be a real date, written YYYY-MM-DD [case-record.referral-date.invalid-date]',
        'Row 3, column exploitationTypes: Select at least one type of exploitation [case-record.exploitation-types.required]',
        'Row 4, column referralDate: The referral date must be a real date, written YYYY-MM-DD [case-record.referral-date.invalid-date]',
        '',
        'mixed.csv: 4 rows of case records checked: 1 valid, 3 invalid.',
        'Most frequent issues:',
        '  2  case-record.referral-date.invalid-date (error): The referral date must be a real date, written YYYY-MM-DD',
        '  1  case-record.exploitation-types.required (error): Select at least one type of exploitation',
        '',
      ].join('\n'),
    );
  });

  it('lists only as many invalid rows as --show says, and says how many more there are', async () => {
    ws.write('mixed.csv', csv(BAD_DATE, NO_TYPES, BAD_DATE));
    const one = await ws.run(['validate', 'mixed.csv', '--show', '1', '--as-of', '2025-06-30']);
    expect(one.stdout.split('\n').slice(0, 2)).toEqual([
      'Row 1, column referralDate: The referral date must be a real date, written YYYY-MM-DD [case-record.referral-date.invalid-date]',
      '...and 2 more invalid rows (--show sets how many are listed)',
    ]);
    const none = await ws.run(['validate', 'mixed.csv', '--show', '0', '--as-of', '2025-06-30']);
    expect(none.stdout.startsWith('mixed.csv: 3 rows of case records checked: 0 valid, 3 invalid.\n')).toBe(
      true,
    );
    expect((await ws.run(['validate', 'mixed.csv', '--show', 'all'])).stderr).toBe(
      'antislavery: Give --show as a whole number of 0 or more\n',
    );
  });

  it('counts valid rows with warnings, and lists the five most frequent codes and how many others there are', async () => {
    const codes = [
      'NRM-4,nrm-referral,2025-02-03,adult,forced-to-work,local-authority,England',
      'NRM-5,nrm-referral,2025-02-03,grown-up,forced-to-work,local-authority,england',
      'NRM-6,nrm-referral,2025-02-03,adult,forced-to-work,nhs-trust,england',
      'NRM-7,referral,2025-02-03,adult,forced-to-work,local-authority,england',
      'NRM-8,nrm-referral,2025-02-03,adult,forced-to-work,local-authority,england,extra',
      BAD_DATE,
      NO_TYPES,
    ];
    ws.write('many.csv', csv(...codes));
    const result = await ws.run(['validate', 'many.csv', '--as-of', '2025-06-30', '--show', '0']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'many.csv: 7 rows of case records checked: 1 valid, 6 invalid (1 valid row has warnings).',
    );
    expect(lines[1]).toBe('Most frequent issues:');
    expect(lines.slice(2, 7).every((line) => line.startsWith('  1  '))).toBe(true);
    expect(lines[7]).toBe('  and 2 other codes');
  });

  it('checks dates against --as-of', async () => {
    ws.write('future.csv', csv(GOOD));
    const result = await ws.run(['validate', 'future.csv', '--as-of', '2025-01-01']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[case-record.referral-date.in-future]');
    expect((await ws.run(['validate', 'future.csv', '--as-of', '2025-02-30'])).stderr).toBe(
      'antislavery: Give --as-of as a real date in the format YYYY-MM-DD, like 2025-03-31\n',
    );
  });

  it('gives every row with issues, and the counts, as JSON', async () => {
    ws.write('mixed.csv', csv(GOOD, NO_TYPES, `${GOOD},extra`));
    const result = await ws.run(['validate', 'mixed.csv', '--format', 'json', '--as-of', '2025-06-30']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      file: 'mixed.csv',
      kind: 'case-record',
      rows: 3,
      valid: 2,
      invalid: 1,
      withWarnings: 1,
      issueCounts: [
        {
          code: 'case-record.exploitation-types.required',
          severity: 'error',
          count: 1,
          message: 'Select at least one type of exploitation',
        },
        {
          code: 'export.row.wrong-cell-count',
          severity: 'warning',
          count: 1,
          message: 'Check this row: it has a different number of cells from the header row',
        },
      ],
      rowsWithIssues: [
        {
          row: 2,
          valid: false,
          issues: [
            {
              severity: 'error',
              path: ['exploitationTypes'],
              code: 'case-record.exploitation-types.required',
              message: 'Select at least one type of exploitation',
              row: 2,
              column: 'exploitationTypes',
            },
          ],
        },
        {
          row: 3,
          valid: true,
          issues: [
            {
              severity: 'warning',
              path: [],
              code: 'export.row.wrong-cell-count',
              message: 'Check this row: it has a different number of cells from the header row',
              row: 3,
            },
          ],
        },
      ],
    });
  });

  it("reads an export's own columns through --map, with its delimiter", async () => {
    ws.write('columns.json', {
      Ref: 'reference',
      Type: { field: 'kind', values: { NRM: 'nrm-referral', DTN: 'notification' } },
      Referred: 'referralDate',
      Age: 'ageGroupAtExploitation',
      Exploitation: 'exploitationTypes',
      Responder: 'firstResponderType',
      Nation: 'jurisdiction',
    });
    ws.write(
      'export.csv',
      'Ref;Type;Referred;Age;Exploitation;Responder;Nation\nA;NRM;2025-01-06;adult;forced-to-work;police;england\n',
    );
    expect(
      (
        await ws.run([
          'validate',
          'export.csv',
          '--map',
          'columns.json',
          '--delimiter',
          ';',
          '--as-of',
          '2025-06-30',
        ])
      ).code,
    ).toBe(0);
  });

  it('checks referrals, and never repeats what the file holds', async () => {
    const referral = adultReferral();
    const wrong = { ...referral, person: { ...referral.person, dateOfBirth: '2030-01-01' } };
    ws.write('referrals.json', [referral, wrong]);
    const result = await ws.run([
      'validate',
      'referrals.json',
      '--kind',
      'referral',
      '--as-of',
      '2026-03-31',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Row 2, person.dateOfBirth: Date of birth must be in the past [referral.person.date-of-birth.in-future]',
    );
    expect(result.stdout).toContain('referrals.json: 2 rows of referrals checked: 1 valid, 1 invalid.');
    for (const value of ['Ardit', 'Kelmendi', '2030-01-01', '07700 900982', 'ardit.k@example.com']) {
      expect(result.stdout).not.toContain(value);
    }
  });

  it('reports a file that cannot be checked at all as a usage error', async () => {
    ws.write('empty.csv', '');
    expect(await ws.run(['validate', 'empty.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'antislavery: empty.csv: The file is empty: it needs a header row and one row for each case\n',
    });
    ws.write('other.csv', 'Name,Address\nx,y\n');
    expect((await ws.run(['validate', 'other.csv'])).stderr).toBe(
      'antislavery: other.csv: None of the columns is a case record field: check the column mapping\n',
    );
    expect((await ws.run(['validate', 'other.csv', '--map', 'nowhere.json'])).stderr).toBe(
      'antislavery: Cannot find nowhere.json: check the file name and the folder\n',
    );
  });

  it('says when a file has no rows', async () => {
    ws.write('header.csv', `${CASE_RECORD_HEADER}\n`);
    expect(await ws.run(['validate', 'header.csv'])).toEqual({
      code: 0,
      stdout: 'header.csv: no rows to check.\n',
      stderr: '',
    });
  });

  it('draws a progress bar on a terminal for text output only, and clears it before the summary', async () => {
    ws.write('long.csv', csv(...Array.from({ length: 50 }, () => GOOD)));
    const text = await ws.run(['validate', 'long.csv', '--as-of', '2025-06-30'], {
      isTTY: true,
      now: steppingClock(200),
    });
    expect(text.stderr).toContain('Checking long.csv [');
    expect(text.stderr).toContain('100% 50 rows');
    expect(text.stderr.endsWith('\r\u001b[2K')).toBe(true);
    const json = await ws.run(['validate', 'long.csv', '--format', 'json', '--as-of', '2025-06-30'], {
      isTTY: true,
      now: steppingClock(200),
    });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).valid).toBe(50);
    expect(VALID_CASE_RECORD.reference).toBe('NRM-1');
  });
});
