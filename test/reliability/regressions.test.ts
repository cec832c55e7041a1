// The bugs the reliability properties found in @antislavery/rules and @antislavery/referrals, each
// pinned by a plain example. (Fixes in @antislavery/model and @antislavery/metrics are tested
// beside their code.)
import {
  decidePathway,
  defineLocalPathway,
  InvalidAsOfError,
  InvalidLocalPathwayError,
  InvalidPathwayFactsError,
  safeDecidePathway,
  validateLocalPathway,
} from '@antislavery/pathways';
import { checkPathway } from '@antislavery/referrals';
import {
  type ExportRow,
  InvalidColumnMappingError,
  type ReadCaseRecordsOptions,
  readCaseRecords,
} from '@antislavery/referrals/read-exports';
import {
  compile,
  evaluate,
  explain,
  InvalidArgumentError,
  runCases,
  type TestCase,
} from '@antislavery/rules';
import { loadCaseFile, loadOverlay, loadRuleSet } from '@antislavery/rules/json';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../packages/referrals/src/fields/field.js';
import {
  AS_OF,
  CASE_RECORD_COLUMNS,
  caseFileJson,
  caseRecord,
  caseRecordCsvLine,
  ruleSetJson,
} from './support/documents.js';
import { nested } from './support/hostile.js';

const UNREADABLE = {
  severity: 'error',
  code: 'json.unreadable',
  path: [],
  message: 'The document could not be read: check it is parsed JSON and not nested thousands of levels deep',
};

describe('@antislavery/rules', () => {
  const deep = nested(10_000, 'array');

  it('loadRuleSet returns an issue, not a stack overflow, for an outcome nested 10,000 deep', () => {
    const json = ruleSetJson();
    const rule = json.rules[0] as Record<string, unknown>;
    rule.outcome = deep;
    expect(loadRuleSet(json)).toEqual({ ok: false, issues: [UNREADABLE] });
  });

  it('loadCaseFile returns an issue, not a stack overflow, for expected outcomes nested 10,000 deep', () => {
    const json = caseFileJson();
    (json.cases[0] as { expect: Record<string, unknown> }).expect.outcomes = deep;
    expect(loadCaseFile(json)).toEqual({ ok: false, issues: [UNREADABLE] });
  });

  it('loadOverlay returns an issue, not a stack overflow, for an added rule nested 10,000 deep', () => {
    const base = loadRuleSet(ruleSetJson());
    if (!base.ok) throw new Error('the base rule set does not load');
    const added = { ...ruleSetJson().rules[0], id: 'deep', outcome: deep };
    expect(loadOverlay({ name: 'Example Council', add: [added] }, base.ruleSet)).toEqual({
      ok: false,
      issues: [UNREADABLE],
    });
  });

  it('explain explains a fact nested 10,000 lists deep instead of overflowing the stack', () => {
    const loaded = loadRuleSet(ruleSetJson());
    if (!loaded.ok) throw new Error('the rule set does not load');
    const evaluation = evaluate(
      compile(loaded.ruleSet),
      { person: { name: deep } },
      { asOf: '2025-06-01', trace: true },
    );
    expect(explain(evaluation, { include: 'all' })).toContain(
      'The age question is answered — because: person.name is known.',
    );
  });

  it('compile copies an outcome nested 100,000 deep, or holding a cycle, without overflowing the stack', () => {
    const rule = ruleSetJson().rules[0] as Record<string, unknown>;
    const cycle: Record<string, unknown> = { action: 'adult' };
    cycle.self = cycle;
    for (const outcome of [nested(100_000, 'object'), cycle]) {
      const compiled = compile({
        name: 'deep',
        rules: [{ ...rule, when: { op: 'exists', fact: 'a' }, outcome }],
      } as never);
      const [fired] = evaluate(compiled, { a: 1 }, { asOf: '2025-06-01' }).outcomes;
      expect(Object.isFrozen(fired?.outcome)).toBe(true);
    }
  });

  it('runCases fails a case of the wrong shape with check `case`, and runs the others', () => {
    const loaded = loadRuleSet(ruleSetJson());
    if (!loaded.ok) throw new Error('the rule set does not load');
    const good = {
      name: 'an adult',
      asOf: '2025-06-01',
      facts: { person: { age: 30 } },
      expect: { fired: ['adult'] },
    };
    const report = runCases(compile(loaded.ruleSet), [
      null,
      { name: 'a string for a list', asOf: '2025-06-01', facts: {}, expect: { missing: '' } },
      good,
    ] as unknown as TestCase[]);
    expect([report.total, report.passed, report.failed]).toEqual([3, 1, 2]);
    expect(
      report.results.map((result) => [result.name, result.failures.map((failure) => failure.check)]),
    ).toEqual([
      ['(a case that could not be read)', ['case']],
      ['a string for a list', ['case']],
      ['an adult', []],
    ]);
  });

  it('runCases throws InvalidArgumentError for cases that are neither a list nor a case file', () => {
    const loaded = loadRuleSet(ruleSetJson());
    if (!loaded.ok) throw new Error('the rule set does not load');
    for (const cases of [null, 42, { cases: 'none' }]) {
      expect(() => runCases(compile(loaded.ruleSet), cases as never)).toThrow(InvalidArgumentError);
    }
  });
});

describe('@antislavery/pathways', () => {
  const unreadable = { length: Symbol('length') };

  it('safeDecidePathway gives an issue, not a throw, for facts that throw when read', () => {
    const facts = {
      jurisdiction: 'england',
      get responder(): never {
        throw new Error('a getter that throws');
      },
      person: { under18: 'no' },
    };
    expect(safeDecidePathway(facts, { asOf: AS_OF })).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'pathway.unreadable',
          path: [],
          message: 'The facts could not be read: check they are plain data, such as parsed JSON',
        },
      ],
    });
    expect(() => decidePathway(facts as never, { asOf: AS_OF })).toThrow(InvalidPathwayFactsError);
  });

  it('validateLocalPathway and defineLocalPathway give an issue, not a throw, for a local pathway zod cannot read', () => {
    const local = { name: unreadable, jurisdiction: 'england' };
    expect(validateLocalPathway(local)).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'local-pathway.unreadable',
          path: [],
          message: 'The local pathway could not be read: check it is plain data, such as parsed JSON',
        },
      ],
    });
    expect(() => defineLocalPathway(local)).toThrow(InvalidLocalPathwayError);
  });

  it('safeDecidePathway gives the issue under assumptions for assumptions that throw when read', () => {
    const assumptions = {
      get unconfirmedDutyToNotify(): never {
        throw new Error('a getter that throws');
      },
    };
    const result = safeDecidePathway(
      { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'no' } },
      { asOf: AS_OF, assumptions: assumptions as never },
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['pathway.assumptions.unreadable', ['assumptions']],
    ]);
  });
});

describe('@antislavery/referrals', () => {
  const submission = {
    document: 'referral',
    kind: 'nrm-referral',
    consentAnswered: true,
    identifiesPerson: true,
  } as const;

  it('checkPathway throws InvalidPathwayFactsError, not a TypeError, for facts without a responder', () => {
    for (const facts of [null, 42, {}, { jurisdiction: 'england', person: { under18: 'no' } }]) {
      expect(() => checkPathway(facts as never, submission, { asOf: AS_OF })).toThrow(
        InvalidPathwayFactsError,
      );
    }
  });

  it('checkPathway throws InvalidPathwayFactsError for facts holding a bigint, which cannot be a cache key', () => {
    const facts = {
      jurisdiction: 'england',
      responder: { organisationType: 'police' },
      person: { under18: 1n },
    };
    expect(() => checkPathway(facts as never, submission, { asOf: AS_OF })).toThrow(InvalidPathwayFactsError);
  });

  it('checkPathway throws InvalidAsOfError for a date that is not text, and takes null options as none', () => {
    const facts = {
      jurisdiction: 'england',
      responder: { organisationType: 'police' },
      person: { under18: 'yes' },
    };
    expect(() => checkPathway(facts as never, submission, { asOf: Object.create(null) })).toThrow(
      InvalidAsOfError,
    );
    expect(checkPathway(facts as never, { ...submission, consentAnswered: false }, null as never)).toEqual(
      [],
    );
  });

  it('formatCount groups thousands with commas, as the lookahead regex it replaces did, in linear time', () => {
    expect([0, 7, 250, 999, 1000, 15_000, 1_234_567, -1234, -999].map(formatCount)).toEqual([
      '0',
      '7',
      '250',
      '999',
      '1,000',
      '15,000',
      '1,234,567',
      '-1,234',
      '-999',
    ]);
    expect(formatCount(1e21)).toBe('1e+21');
  });

  async function read(source: string, options: ReadCaseRecordsOptions): Promise<ExportRow[]> {
    const rows: ExportRow[] = [];
    for await (const row of readCaseRecords(source, options)) rows.push(row);
    return rows;
  }

  const csv = `${CASE_RECORD_COLUMNS.join(',')}\n${caseRecordCsvLine(caseRecord())}\n`;

  it('readCaseRecords reads an empty delimiter as a comma, where Papa Parse would loop for ever', async () => {
    const rows = await read(csv, { delimiter: '', asOf: AS_OF });
    expect(rows.map((row) => row.ok)).toEqual([true]);
  });

  it('readCaseRecords takes null options as none', async () => {
    const rows = await read(csv, null as never);
    expect(rows.map((row) => row.row)).toEqual([1]);
  });

  it('readCaseRecords throws InvalidColumnMappingError for a column mapped to null or a number', async () => {
    for (const spec of [null, 7]) {
      await expect(read(csv, { columns: { reference: spec as never }, asOf: AS_OF })).rejects.toThrow(
        InvalidColumnMappingError,
      );
    }
  });

  it('readCaseRecords ignores a null map of values', async () => {
    const rows = await read(csv, {
      columns: { reference: { field: 'reference', values: null as never } },
      asOf: AS_OF,
    });
    expect(rows.map((row) => row.row)).toEqual([1]);
  });

  /** Text in chunks of 64 KiB, as a file stream gives it. */
  const chunksOf = (text: string) =>
    Array.from({ length: Math.ceil(text.length / 65_536) }, (_, i) =>
      text.slice(i * 65_536, (i + 1) * 65_536),
    );

  const tooLong = (row: number) => ({
    severity: 'error',
    path: [],
    code: 'export.row.too-long',
    message: 'Check the file: this row is longer than 1,000,000 characters',
    row,
  });

  it('readCaseRecords stops at a CSV row longer than 1,000,000 characters, read in chunks', async () => {
    const long = `${caseRecordCsvLine(caseRecord())},"${'x'.repeat(1_000_001)}`;
    const chunks = [`${CASE_RECORD_COLUMNS.join(',')},notes\n`, ...chunksOf(long), '"\n'];
    const rows: ExportRow[] = [];
    for await (const row of readCaseRecords(chunks, { asOf: AS_OF })) rows.push(row);
    expect(rows).toEqual([{ row: 1, ok: false, issues: [tooLong(1)] }]);
  });

  it('readCaseRecords skips a JSON line longer than 1,000,000 characters and reads on', async () => {
    const line = JSON.stringify(caseRecord());
    const long = `{"reference":"${'x'.repeat(1_000_001)}"}`;
    const chunks = [`${line}\n`, ...chunksOf(long), `\n${line}\n`];
    const rows: ExportRow[] = [];
    for await (const row of readCaseRecords(chunks, { format: 'jsonl', asOf: AS_OF })) rows.push(row);
    expect(rows.map((row) => (row.ok ? [row.row, 'ok'] : [row.row, row.issues]))).toEqual([
      [1, 'ok'],
      [2, [tooLong(2)]],
      [3, 'ok'],
    ]);
  });
});
