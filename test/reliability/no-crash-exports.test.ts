// No input crashes readCaseRecords (@antislavery/referrals/read-exports): CSV and JSON lines of any
// text or bytes, given whole or in chunks cut anywhere, with unbalanced quotes, huge fields and
// hostile options. Every row comes back as a record or its issues; only a mapping naming a field
// that does not exist, or an `asOf` that is not a date, throws, with its typed error.
import { InvalidIsoDateError } from '@antislavery/model';
import {
  type ExportRow,
  InvalidColumnMappingError,
  type ReadCaseRecordsOptions,
  readCaseRecords,
} from '@antislavery/referrals/read-exports';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AS_OF, CASE_RECORD_COLUMNS, caseRecord, caseRecordCsvLine } from './support/documents.js';
import {
  assertIssue,
  callDocumentedAsync,
  type DocumentedError,
  expectPrototypesUntouched,
  isPlainObject,
} from './support/guards.js';
import { hostileString, hostileValue, oddCharacter } from './support/hostile.js';
import { mutated } from './support/mutate.js';
import { timeout } from './support/runs.js';
import { tally } from './support/tally.js';

afterEach(expectPrototypesUntouched);

const cases = tally();

const DOCUMENTED: readonly DocumentedError[] = [
  { type: InvalidColumnMappingError, code: 'export.mapping.unknown-field' },
  { type: InvalidIsoDateError, code: 'model.date.invalid' },
];

/** Reads every row; checks each row's shape and that rows are numbered in file order. */
async function readAll(source: unknown, options: unknown): Promise<ExportRow[] | undefined> {
  const called = await callDocumentedAsync(async () => {
    const rows: ExportRow[] = [];
    for await (const row of readCaseRecords(source as string, options as ReadCaseRecordsOptions))
      rows.push(row);
    return rows;
  }, DOCUMENTED);
  if (!called.ok) return undefined;
  let last = -1;
  for (const row of called.value) {
    if (!isPlainObject(row) || !Number.isInteger(row.row) || row.row < 0)
      throw new Error('a row has no number');
    if (row.row !== 0 && row.row <= last) throw new Error('rows are out of order');
    last = row.row;
    const issues = row.ok ? row.warnings : row.issues;
    if (!row.ok && issues.length === 0) throw new Error('a bad row has no issues');
    for (const issue of issues) {
      assertIssue(issue, { severities: ['error', 'warning'] });
      if (issue.row !== row.row) throw new Error('an issue names another row');
    }
  }
  return called.value;
}

const header = CASE_RECORD_COLUMNS.join(',');
const line = caseRecordCsvLine(caseRecord());

/** CSV-ish text: odd characters, quotes, delimiters and line breaks in any order. */
const csvCharacter = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('"', ',', ';', '\n', '\r', '\r\n', ' ', '\uFEFF') },
  { weight: 2, arbitrary: oddCharacter },
  {
    weight: 2,
    arbitrary: fc.constantFrom('reference', 'kind', 'referralDate', 'nrm-referral', '2025-01-06'),
  },
);
const csvText = fc.string({ unit: csvCharacter, maxLength: 80 });

/** A valid export with text inserted at a random place: unbalanced quotes, huge fields, junk. */
const brokenCsv = fc
  .tuple(
    fc.array(fc.constant(line), { minLength: 0, maxLength: 3 }),
    fc.nat(),
    fc.oneof(
      csvText,
      fc.constantFrom('"', '""', '"\n', '\r', 'x'.repeat(20_000), `"${'y'.repeat(20_000)}`, '\u0000'),
    ),
  )
  .map(([lines, at, insert]) => {
    const text = [header, ...lines].join('\n');
    const cut = at % (text.length + 1);
    return `${text.slice(0, cut)}${insert}${text.slice(cut)}`;
  });

/** Text cut into chunks at random places, as strings or as UTF-8 bytes cut mid-character. */
function chunked(text: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.tuple(text, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean()).map(([whole, cuts, asBytes]) => {
    const data = asBytes ? new TextEncoder().encode(whole) : whole;
    const points = [...new Set(cuts.map((cut) => cut % (data.length + 1)))].sort((a, b) => a - b);
    const pieces: (string | Uint8Array)[] = [];
    let from = 0;
    for (const point of [...points, data.length]) {
      pieces.push(data.slice(from, point));
      from = point;
    }
    return pieces;
  });
}

/** Bytes of any value, including invalid UTF-8. */
const bytes = fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 4 });

describe('readCaseRecords, CSV', () => {
  const sources = [
    ['any text', fc.oneof(csvText, hostileString), 2_500],
    ['a valid export with text inserted anywhere', brokenCsv, 2_500],
    ['chunks of text or bytes cut anywhere', chunked(fc.oneof(brokenCsv, csvText)), 2_000],
    ['chunks of arbitrary bytes', bytes, 1_000],
  ] as const;
  for (const [what, source, count] of sources) {
    it(
      `reads ${what} row by row, never throwing`,
      async () => {
        await fc.assert(
          fc.asyncProperty(source, async (given) => {
            await readAll(given, { asOf: AS_OF });
          }),
          { numRuns: cases.plan('readCaseRecords', count) },
        );
      },
      timeout(60_000),
    );
  }

  it('reads a valid export, as a check that the arbitraries reach real rows', async () => {
    const rows = await readAll(`${header}\n${line}\n`, { asOf: AS_OF });
    expect(rows?.map((row) => row.ok)).toEqual([true]);
  });
});

describe('readCaseRecords, JSON lines', () => {
  const record = caseRecord();
  const jsonLine = fc.oneof(
    mutated(record, Object.keys(record)).map((value) => {
      try {
        return JSON.stringify(value) ?? 'undefined';
      } catch {
        return '{"cyclic":true}';
      }
    }),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc.constantFrom(
      '{"__proto__":{"polluted":true},"kind":"nrm-referral"}',
      `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    ),
    csvText,
  );
  const text = fc.array(jsonLine, { maxLength: 4 }).map((lines) => lines.join('\n'));
  const sources = [
    ['lines of JSON of any shape, or not JSON', text, 3_000],
    ['chunks of text or bytes cut anywhere', chunked(text), 2_000],
  ] as const;
  for (const [what, source, count] of sources) {
    it(
      `reads ${what}, never throwing`,
      async () => {
        await fc.assert(
          fc.asyncProperty(source, async (given) => {
            await readAll(given, { format: 'jsonl', asOf: AS_OF });
          }),
          { numRuns: cases.plan('readCaseRecords', count) },
        );
      },
      timeout(60_000),
    );
  }
});

describe('readCaseRecords, options', () => {
  it(
    'throws only its typed errors for options it cannot use',
    async () => {
      const options = fc.oneof(
        hostileValue(['format', 'columns', 'delimiter', 'listSeparator', 'asOf']),
        fc.record(
          {
            format: fc.oneof(fc.constantFrom('csv', 'jsonl'), hostileValue()),
            columns: fc.oneof(
              hostileValue(),
              fc.dictionary(
                fc.oneof(hostileString, fc.constantFrom(...CASE_RECORD_COLUMNS)),
                fc.oneof(
                  fc.constantFrom(...CASE_RECORD_COLUMNS),
                  hostileValue(['field', 'values', 'separator', 'flag']),
                ),
                { maxKeys: 4 },
              ),
            ),
            delimiter: fc.oneof(fc.constantFrom(',', ';', '\t', '|'), hostileString),
            listSeparator: fc.oneof(fc.constantFrom(';', '|'), hostileString),
            asOf: fc.oneof(fc.constant(AS_OF), hostileString),
          },
          { requiredKeys: [] },
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          options,
          fc.constantFrom(`${header}\n${line}\n`, `${JSON.stringify(caseRecord())}\n`),
          async (given, source) => {
            await readAll(source, given);
          },
        ),
        { numRuns: cases.plan('readCaseRecords', 2_000) },
      );
    },
    timeout(60_000),
  );
});

cases.expectEnough(['readCaseRecords']);
