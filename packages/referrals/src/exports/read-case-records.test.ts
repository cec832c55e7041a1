import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_RECORD_CSV_HEADER, caseRecordCsvLine, seeded } from '../fixtures/generate.js';
import { AS_OF } from '../fixtures/records.js';
import { csvRows } from './csv-rows.js';
import { InvalidColumnMappingError } from './errors.js';
import { type ExportRow, type ReadCaseRecordsOptions, readCaseRecords } from './read-case-records.js';
import type { ExportSource } from './text-chunks.js';

const HEADER =
  'reference,kind,referralDate,ageGroupAtExploitation,exploitationTypes,firstResponderType,jurisdiction';
const ROW_1 = 'NRM-1,nrm-referral,2025-01-06,adult,forced-to-work;wages-taken,local-authority,england';
const ROW_2 = 'NRM-2,notification,2025-02-03,child,prostitution,police,wales';

async function read(source: ExportSource, options: ReadCaseRecordsOptions = {}): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const row of readCaseRecords(source, { asOf: AS_OF, ...options })) rows.push(row);
  return rows;
}

const summary = (rows: readonly ExportRow[]) =>
  rows.map((row) =>
    row.ok ? [row.row, row.value.reference] : [row.row, row.issues.map((issue) => issue.code)],
  );

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('readCaseRecords from CSV', () => {
  it('reads each row into a case record, splitting list cells', async () => {
    const rows = await read(`${HEADER}\n${ROW_1}\n${ROW_2}\n`);
    expect(summary(rows)).toEqual([
      [1, 'NRM-1'],
      [2, 'NRM-2'],
    ]);
    expect(rows[0]?.ok && rows[0].value.exploitationTypes).toEqual(['forced-to-work', 'wages-taken']);
  });

  it('drops a UTF-8 byte order mark, from text or from bytes', async () => {
    const text = `\uFEFF${HEADER}\n${ROW_1}\n`;
    expect(summary(await read(text))).toEqual([[1, 'NRM-1']]);
    const bytes = new TextEncoder().encode(text);
    expect(bytes[0]).toBe(0xef);
    expect(summary(await read([bytes]))).toEqual([[1, 'NRM-1']]);
  });

  it('reads CRLF and CR line endings', async () => {
    expect(summary(await read(`${HEADER}\r\n${ROW_1}\r\n${ROW_2}\r\n`))).toEqual([
      [1, 'NRM-1'],
      [2, 'NRM-2'],
    ]);
    expect(summary(await read(`${HEADER}\r${ROW_1}\r${ROW_2}`))).toEqual([
      [1, 'NRM-1'],
      [2, 'NRM-2'],
    ]);
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks', async () => {
    const csv = `reference,kind,referralDate,ageGroupAtExploitation,exploitationTypes,firstResponderType,jurisdiction,firstResponderOrganisation\n"NRM-""1""\r\nb",nrm-referral,2025-01-06,adult,"forced-to-work;wages-taken",local-authority,england,"Bath and North East Somerset Council"\n`;
    const rows = await read(csv);
    expect(rows[0]?.ok && rows[0].value.reference).toBe('NRM-"1"\r\nb');
    expect(rows[0]?.ok && rows[0].value.firstResponderOrganisation).toBe(
      'Bath and North East Somerset Council',
    );
  });

  it('reads a ragged row as far as it goes, with a warning, and keeps going', async () => {
    const short = 'NRM-3,nrm-referral,2025-01-06,adult,forced-to-work,local-authority';
    const long = `${ROW_2},extra`;
    const rows = await read(`${HEADER}\n${short}\n${long}\n${ROW_1}\n`);
    expect(summary(rows)).toEqual([
      [1, ['export.row.wrong-cell-count', 'case-record.jurisdiction.required']],
      [2, 'NRM-2'],
      [3, 'NRM-1'],
    ]);
    expect(rows[1]?.ok && rows[1].warnings.map((issue) => [issue.row, issue.code])).toEqual([
      [2, 'export.row.wrong-cell-count'],
    ]);
    const first = rows[0];
    expect(first?.ok === false && first.issues[1]).toMatchObject({
      row: 1,
      column: 'jurisdiction',
      path: ['jurisdiction'],
    });
  });

  it('reports an empty file once, as row 0', async () => {
    for (const empty of ['', '\uFEFF', '\n\n']) {
      expect(await read(empty)).toEqual([
        {
          row: 0,
          ok: false,
          issues: [
            {
              row: 0,
              severity: 'error',
              path: [],
              code: 'export.file.empty',
              message: 'The file is empty: it needs a header row and one row for each case',
            },
          ],
        },
      ]);
    }
  });

  it('reads no rows from a file with only a header', async () => {
    expect(await read(`${HEADER}\n`)).toEqual([]);
    expect(await read(HEADER)).toEqual([]);
  });

  it('reports a header with no known column instead of failing every row', async () => {
    expect(summary(await read('Case Ref;Date\nA;B\n'))).toEqual([[0, ['export.header.no-known-columns']]]);
  });

  it('reports a quote left open at the end of the file', async () => {
    const rows = await read(`${HEADER}\n${ROW_1}\n"NRM-9,nrm-referral\n`);
    expect(summary(rows)[1]?.[1]).toContain('export.row.unclosed-quote');
  });

  it('skips blank lines without counting them as rows', async () => {
    expect(summary(await read(`${HEADER}\n\n${ROW_1}\n\n${ROW_2}\n`))).toEqual([
      [1, 'NRM-1'],
      [2, 'NRM-2'],
    ]);
  });

  it('puts the row number and column on each issue, and never repeats the value', async () => {
    const bad = 'NRM-4,nrm-referral,2025-02-30,adult,forced-to-work,local-authority,Zephyrine';
    const rows = await read(`${HEADER}\n${bad}\n`);
    expect(rows).toEqual([
      {
        row: 1,
        ok: false,
        issues: [
          expect.objectContaining({
            row: 1,
            column: 'referralDate',
            code: 'case-record.referral-date.invalid-date',
          }),
          expect.objectContaining({
            row: 1,
            column: 'jurisdiction',
            code: 'case-record.jurisdiction.invalid-option',
          }),
        ],
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Zephyrine');
  });

  it('maps an export’s own column names and values', async () => {
    const csv = [
      'Case Ref,Type,Date Referred,Age,Sex,Forced labour,Sexual,Crime,Nation,FR type',
      'A-1,NRM,06/01/2025,Adult,F,Yes,,TRUE,England,Local Authority',
    ].join('\n');
    const rows = await read(csv, {
      columns: {
        'Case Ref': 'reference',
        Type: { field: 'kind', values: { NRM: 'nrm-referral', DtN: 'notification' } },
        'Date Referred': { field: 'referralDate', values: { '06/01/2025': '2025-01-06' } },
        Age: { field: 'ageGroupAtExploitation', values: { Adult: 'adult', Child: 'child' } },
        Sex: { field: 'gender', values: { F: 'female', M: 'male', X: 'unknown' } },
        'Forced labour': { field: 'exploitationTypes', flag: 'forced-to-work' },
        Sexual: { field: 'exploitationTypes', flag: 'prostitution' },
        Crime: { field: 'exploitationTypes', flag: 'forced-to-commit-crime' },
        Nation: { field: 'jurisdiction', values: { England: 'england', Wales: 'wales' } },
        'FR type': { field: 'firstResponderType', values: { 'Local Authority': 'local-authority' } },
      },
    });
    expect(rows).toEqual([
      {
        row: 1,
        ok: true,
        warnings: [],
        value: {
          reference: 'A-1',
          kind: 'nrm-referral',
          referralDate: '2025-01-06',
          ageGroupAtExploitation: 'adult',
          gender: 'female',
          exploitationTypes: ['forced-to-work', 'forced-to-commit-crime'],
          jurisdiction: 'england',
          firstResponderType: 'local-authority',
        },
      },
    ]);
  });

  it('throws a typed error for a mapping that names no case record field', async () => {
    const columns = { 'Case Ref': 'caseReference' } as unknown as ReadCaseRecordsOptions['columns'];
    await expect(read(`Case Ref\nA-1\n`, { columns })).rejects.toThrow(InvalidColumnMappingError);
    await expect(read(`Case Ref\nA-1\n`, { columns })).rejects.toThrow(
      'column "Case Ref" maps to "caseReference"',
    );
  });

  it('reads other delimiters and list separators', async () => {
    const csv = `${HEADER.replaceAll(',', ';')}\n${ROW_1.replaceAll(',', ';').replace('forced-to-work;wages-taken', 'forced-to-work|wages-taken')}\n`;
    const rows = await read(csv, { delimiter: ';', listSeparator: '|' });
    expect(rows[0]?.ok && rows[0].value.exploitationTypes).toEqual(['forced-to-work', 'wages-taken']);
  });

  it('reads a Node Readable and a web ReadableStream', async () => {
    const text = `${HEADER}\n${ROW_1}\n${ROW_2}\n`;
    expect(
      summary(await read(Readable.from([Buffer.from(text.slice(0, 50)), Buffer.from(text.slice(50))]))),
    ).toEqual([
      [1, 'NRM-1'],
      [2, 'NRM-2'],
    ]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    expect(summary(await read(stream))).toEqual([
      [1, 'NRM-1'],
      [2, 'NRM-2'],
    ]);
  });

  it('decodes a character split across two byte chunks', async () => {
    const text = `${HEADER}\n${ROW_1.replace('NRM-1', 'NRM-é')}\n`;
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.indexOf(0xc3) + 1;
    const rows = await read([bytes.slice(0, cut), bytes.slice(cut)]);
    expect(rows[0]?.ok && rows[0].value.reference).toBe('NRM-é');
  });

  it('reads the same rows however the text is cut into chunks', async () => {
    const random = seeded(3);
    const lines = Array.from({ length: 30 }, (_, i) => caseRecordCsvLine(random, AS_OF, i + 1, 7));
    const text = `${CASE_RECORD_CSV_HEADER}\r\n${lines.join('').replaceAll('\n', '\r\n')}`;
    const whole = summary(await read(text));
    expect(whole).toHaveLength(30);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 200 }), async (size) => {
        expect(summary(await read(chunked(text, size)))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('parses quoted cells the same however they are cut', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', 'é', ' '), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        async (rows, size) => {
          const text = rows
            .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))
            .join('\n');
          const parsed: string[][] = [];
          for await (const row of csvRows(chunked(text, size), ',')) parsed.push(row.cells);
          expect(parsed).toEqual(rows);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readCaseRecords from JSON lines', () => {
  it('reads one object a line, mapping keys and splitting list strings', async () => {
    const lines = [
      JSON.stringify({
        ref: 'J-1',
        kind: 'nrm-referral',
        referralDate: '2025-01-06',
        ageGroupAtExploitation: 'adult',
        exploitationTypes: ['forced-to-work'],
        firstResponderType: 'police',
        jurisdiction: 'scotland',
      }),
      '',
      JSON.stringify({
        ref: 'J-2',
        kind: 'notification',
        referralDate: '2025-01-07',
        ageGroupAtExploitation: 'adult',
        exploitationTypes: 'other;prostitution',
        firstResponderType: 'police',
        jurisdiction: 'wales',
      }),
    ].join('\n');
    const columns = {
      ref: 'reference',
      kind: 'kind',
      referralDate: 'referralDate',
      ageGroupAtExploitation: 'ageGroupAtExploitation',
      exploitationTypes: 'exploitationTypes',
      firstResponderType: 'firstResponderType',
      jurisdiction: 'jurisdiction',
    } as const;
    const rows = await read(chunked(lines, 17), { format: 'jsonl', columns });
    expect(summary(rows)).toEqual([
      [1, 'J-1'],
      [2, 'J-2'],
    ]);
    expect(rows[1]?.ok && rows[1].value.exploitationTypes).toEqual(['other', 'prostitution']);
  });

  it('reports a line that is not JSON, or not an object, and keeps going', async () => {
    const good = JSON.stringify({
      reference: 'J-3',
      kind: 'nrm-referral',
      referralDate: '2025-01-06',
      ageGroupAtExploitation: 'adult',
      exploitationTypes: ['other'],
      firstResponderType: 'police',
      jurisdiction: 'wales',
    });
    const rows = await read(`{"reference": "Ana Do\n[1,2]\n${good}\n`, { format: 'jsonl' });
    expect(summary(rows)).toEqual([
      [1, ['export.row.invalid-json']],
      [2, ['case-record.invalid-type']],
      [3, 'J-3'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('Ana');
  });

  it('ignores keys that could reach a prototype', async () => {
    const line = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const rows = await read(line, { format: 'jsonl' });
    expect(rows[0]?.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });
});
