// No input crashes @antislavery/metrics: buildReport reads records of any shape and throws only
// InvalidMetricsArgumentError for options it cannot use; every renderer renders what it builds;
// parsePeriod, parseEnteredFigures and prepareRecord never throw.
//
// A report costs milliseconds whatever it holds, so buildReport's cases are records: 500 reports of
// 20 generated records each put 10,000 records through it.

import {
  buildReport,
  InvalidMetricsArgumentError,
  parseEnteredFigures,
  parsePeriod,
  prepareRecord,
  type Report,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '@antislavery/metrics';
import { InvalidCalendarArgumentError, UnknownVocabularyValueError } from '@antislavery/model';
import { cheshirePledge } from '@antislavery/model/examples';
import type { CaseRecord } from '@antislavery/referrals';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { caseRecord } from './support/documents.js';
import {
  assertIssues,
  assertValidationResult,
  callDocumented,
  callDocumentedAsync,
  type DocumentedError,
  expectPrototypesUntouched,
  isPlainObject,
} from './support/guards.js';
import { hostileString, hostileValue } from './support/hostile.js';
import { mutated } from './support/mutate.js';
import { timeout } from './support/runs.js';
import { tally } from './support/tally.js';

afterEach(expectPrototypesUntouched);

const cases = tally();

const BAD_ARGUMENT: DocumentedError = { type: InvalidMetricsArgumentError, code: 'metrics.invalid-argument' };

const fields = Object.keys(caseRecord());
const RECORDS_PER_REPORT = 20;

/** A record of any shape: a valid one broken, any value, or the fields with values of any type. */
const record = fc.oneof(
  { weight: 3, arbitrary: mutated(caseRecord(), fields) },
  { weight: 1, arbitrary: hostileValue(fields) },
  {
    weight: 2,
    arbitrary: fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue()])), {
      requiredKeys: [],
    }),
  },
);
const records = fc.array(record, { minLength: RECORDS_PER_REPORT, maxLength: RECORDS_PER_REPORT });

const SCRIPT = '<script>alert(1)</script>';

/** Renders a report in every format; each gives text, and the HTML never carries a script through. */
function renderAll(report: Report): void {
  for (const render of [renderMarkdown, renderCsv, renderJson, renderHtml]) {
    const called = callDocumented(() => render(report));
    if (called.ok && typeof called.value !== 'string') throw new Error('a renderer gave no text');
  }
  expect(renderHtml(report)).not.toContain(SCRIPT);
}

function checkReport(report: unknown, read: number): void {
  if (!isPlainObject(report)) throw new Error('the report is not an object');
  expect((report as Report).records.read).toBe(read);
  renderAll(report as Report);
}

describe('buildReport', () => {
  it(
    'reports on records of any shape, and every renderer renders the report',
    () => {
      fc.assert(
        fc.property(records, (given) => {
          const called = callDocumented(() =>
            buildReport(given as never[], { period: '2025-Q4', asOf: '2026-03-31', title: SCRIPT }),
          );
          if (called.ok) checkReport(called.value, given.length);
        }),
        { numRuns: Math.ceil(cases.plan('buildReport records', 10_000) / RECORDS_PER_REPORT) },
      );
    },
    timeout(90_000),
  );

  it(
    'reads an async iterable of records of any shape',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(record, { maxLength: 5 }), async (given) => {
          async function* stream() {
            yield* given;
          }
          const called = await callDocumentedAsync(() =>
            buildReport(stream() as AsyncIterable<CaseRecord>, { period: '2025-Q4' }),
          );
          if (called.ok) expect(called.value.records.read).toBe(given.length);
        }),
        { numRuns: 100 },
      );
    },
    timeout(60_000),
  );

  it(
    'throws only the documented errors for a period, threshold, parameter or text it cannot use',
    () => {
      const options = fc.oneof(
        hostileValue(['period', 'title', 'area', 'populations', 'suppression', 'asOf']),
        fc.record(
          {
            period: fc.oneof(fc.constantFrom('2025-Q1', 'FY2024-25', '2025'), hostileString, hostileValue()),
            title: fc.oneof(hostileString, hostileValue()),
            area: fc.oneof(hostileString, hostileValue(), fc.constant(SCRIPT)),
            // A partnership and measures are typed documents from the parse functions of
            // @antislavery/model, which have their own tests; only valid ones are given here.
            partnership: fc.constant(cheshirePledge),
            suppression: fc.oneof(hostileValue(['threshold']), fc.record({ threshold: hostileValue() })),
            enteredFigures: hostileValue(),
            maintainTolerance: hostileValue(),
            populations: fc.oneof(
              hostileValue(),
              fc.dictionary(hostileString, hostileValue(), { maxKeys: 3 }),
            ),
            asOf: fc.oneof(hostileString, hostileValue()),
            trendLength: hostileValue(),
            division: hostileValue(),
            calendar: hostileValue(),
            rgTargetWorkingDays: hostileValue(),
            checkpoints: hostileValue(),
            topNationalities: hostileValue(),
          },
          { requiredKeys: ['period'] },
        ),
      );
      const sample: CaseRecord[] = [
        caseRecord(),
        { ...caseRecord(), kind: 'notification', referralDate: '2025-02-03' },
      ];
      fc.assert(
        fc.property(options, (given) => {
          const called = callDocumented(
            () => buildReport(sample, given as never),
            [
              BAD_ARGUMENT,
              { type: UnknownVocabularyValueError, code: 'model.vocabulary.unknown-value' },
              { type: InvalidCalendarArgumentError, code: 'model.calendar.invalid-argument' },
            ],
          );
          if (called.ok) checkReport(called.value, sample.length);
        }),
        { numRuns: cases.plan('buildReport options', 600) },
      );
    },
    timeout(90_000),
  );
});

describe('parsing what people type', () => {
  it(
    'parsePeriod returns a period or an issue for any value',
    () => {
      const label = fc.oneof(
        hostileString,
        hostileValue(),
        fc.stringMatching(/^\s*(FY|fy)?\d{1,5}(-(Q|q)?\d{1,3})?(\s*\/\s*\d{4}-\d{2}-\d{2})?\s*$/),
      );
      fc.assert(
        fc.property(label, (text) => {
          const called = callDocumented(() => parsePeriod(text as string));
          if (called.ok) assertValidationResult(called.value);
        }),
        { numRuns: cases.plan('parsePeriod', 10_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'parseEnteredFigures returns figures or issues for any value',
    () => {
      const figure = { metricId: 'training.sessions.count', period: '2025-Q1', value: 3 };
      const input = fc.oneof(
        hostileValue(['metricId', 'period', 'value']),
        mutated([figure, figure], ['metricId', 'period', 'value', 'note']),
      );
      fc.assert(
        fc.property(input, (given) => {
          const called = callDocumented(() => parseEnteredFigures(given));
          if (!called.ok) return;
          const result = called.value as { ok: boolean; issues?: unknown };
          if (!result.ok) assertIssues(result.issues);
        }),
        { numRuns: cases.plan('parseEnteredFigures', 3_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'prepareRecord prepares a record of any shape',
    () => {
      fc.assert(
        fc.property(record, (given) => {
          callDocumented(() => prepareRecord(given as never));
        }),
        { numRuns: cases.plan('prepareRecord', 3_000) },
      );
    },
    timeout(60_000),
  );
});

// parseEnteredFigures and prepareRecord are not among the entry points the suite promises 10,000
// cases; they run fewer.
cases.expectEnough(['buildReport records', 'parsePeriod']);
