// No input crashes @antislavery/model: the parse functions and loadBankHolidays never throw for
// bad data, and the calendar, id, period and vocabulary functions throw only their typed errors.
import {
  addWorkingDays,
  ageGroupAtExploitation,
  ageGroupOfAnswer,
  BUILT_IN_CALENDAR,
  bankHolidays,
  DIVISIONS,
  divisionOf,
  easterSunday,
  exploitationCombinationLabel,
  exploitationTypeFromField,
  generateBankHolidays,
  InvalidCalendarArgumentError,
  InvalidIdError,
  InvalidIsoDateError,
  InvalidPeriodError,
  InvalidWorkingDayAmountError,
  isBankHoliday,
  isFirstResponderType,
  isIsoDate,
  isWithinCoverage,
  isWorkingDay,
  loadBankHolidays,
  metricId,
  parseActionPlan,
  parseAnnualReport,
  parseCommunityMeeting,
  parsePartnership,
  parsePledge,
  parseStrategy,
  partnershipId,
  periodEnd,
  periodStart,
  publishedExploitationLocationOf,
  publishedExploitationTypeOf,
  publishedGenderOf,
  toDayNumber,
  UnknownVocabularyValueError,
  workingDaysBetween,
} from '@antislavery/model';
import {
  cheshireJointActionPlan,
  cheshirePledge,
  derbyAndDerbyshirePartnership,
  northamptonshireStrategy,
  wolverhamptonAntiSlaveryPartnership,
  wolverhamptonPactMeetings,
} from '@antislavery/model/examples';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bankHolidaysJson } from './support/documents.js';
import {
  assertIssues,
  callDocumented,
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

const BAD_DATE: DocumentedError = { type: InvalidIsoDateError, code: 'model.date.invalid' };
const BAD_ARGUMENT: DocumentedError = {
  type: InvalidCalendarArgumentError,
  code: 'model.calendar.invalid-argument',
};
const BAD_AMOUNT: DocumentedError = {
  type: InvalidWorkingDayAmountError,
  code: 'model.calendar.invalid-amount',
};

/** A JSON round trip of an example document, as a file or an API would give it. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the parse functions', () => {
  const PARSERS = [
    [
      'parsePartnership',
      parsePartnership,
      [derbyAndDerbyshirePartnership, wolverhamptonAntiSlaveryPartnership],
    ],
    ['parseStrategy', parseStrategy, [northamptonshireStrategy]],
    ['parsePledge', parsePledge, [cheshirePledge]],
    ['parseActionPlan', parseActionPlan, [cheshireJointActionPlan]],
    ['parseCommunityMeeting', parseCommunityMeeting, [wolverhamptonPactMeetings]],
    ['parseAnnualReport', parseAnnualReport, [derbyAndDerbyshirePartnership.annualReports?.[0]]],
  ] as const;

  for (const [name, parse, examples] of PARSERS) {
    const documents = examples.filter((example) => example !== undefined).map(asJson);
    const fields = [...new Set(documents.flatMap((document) => Object.keys(document as object)))];
    const check = (input: unknown) => {
      const called = callDocumented(() => parse(input));
      if (!called.ok) return;
      const result = called.value as { ok: boolean; value?: unknown; issues?: unknown };
      if (result.ok) {
        if (!isPlainObject(result.value)) throw new Error('the parsed document is not an object');
      } else assertIssues(result.issues);
    };

    it(
      `${name} returns the document or issues for any value, or an example broken in one to three places`,
      () => {
        expect(documents.length).toBeGreaterThan(0);
        fc.assert(fc.property(hostileValue(fields), check), { numRuns: cases.plan(name, 4_000) });
        fc.assert(fc.property(fc.oneof(...documents.map((document) => mutated(document, fields))), check), {
          numRuns: cases.plan(name, 6_000),
        });
      },
      timeout(90_000),
    );
  }
});

describe('loadBankHolidays', () => {
  const file = bankHolidaysJson();
  const fields = [...DIVISIONS, 'division', 'events', 'title', 'date', 'notes', 'bunting'];
  const check = (json: unknown, options?: unknown) => {
    const called = callDocumented(() => loadBankHolidays(json, options as never), [BAD_ARGUMENT]);
    if (!called.ok) return;
    const result = called.value;
    if (result.ok) {
      // A loaded calendar works with every calendar function.
      for (const division of DIVISIONS) {
        callDocumented(() => isWorkingDay('2026-12-25', division, { calendar: result.calendar }));
      }
    } else assertIssues(result.issues, { pathIsString: true });
  };

  it(
    'returns a calendar or issues for any value, a file broken in one to three places, or broken JSON text',
    () => {
      fc.assert(
        fc.property(hostileValue(fields), (json) => check(json)),
        {
          numRuns: cases.plan('loadBankHolidays', 3_000),
        },
      );
      fc.assert(
        fc.property(mutated(file, fields), (json) => check(json)),
        {
          numRuns: cases.plan('loadBankHolidays', 4_000),
        },
      );
      const text = JSON.stringify(file);
      fc.assert(
        fc.property(fc.nat({ max: text.length }), hostileString, (cut, insert) =>
          check(`${text.slice(0, cut)}${insert}${text.slice(cut)}`),
        ),
        { numRuns: cases.plan('loadBankHolidays', 1_000) },
      );
    },
    timeout(90_000),
  );

  it(
    'throws only InvalidCalendarArgumentError for options it cannot use',
    () => {
      const options = fc.oneof(
        hostileValue(['mode', 'base']),
        fc.record({ mode: hostileValue(), base: fc.oneof(hostileValue(), fc.constant(BUILT_IN_CALENDAR)) }),
      );
      fc.assert(
        fc.property(options, (given) => check(file, given)),
        { numRuns: cases.plan('loadBankHolidays', 2_000) },
      );
    },
    timeout(60_000),
  );
});

/** Strings shaped like dates, many of them real (years 0001 to 9999), many not. */
const dateLike: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(
    ([year, month, day]) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

/** Whether a `YYYY-MM-DD` string is a real date, worked out with the proleptic Gregorian calendar of `Date`. */
function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const dateArgument = fc.oneof(dateLike, hostileString, hostileValue());
const divisionArgument = fc.oneof(
  fc.constantFrom(...DIVISIONS),
  fc.constantFrom('england', 'wales', 'England and Wales'),
  hostileValue(),
);
const calendarOptions = fc.oneof(
  fc.constant(undefined),
  fc.constant({ calendar: BUILT_IN_CALENDAR }),
  hostileValue(['calendar']),
  fc.record({ calendar: hostileValue(['coverage', 'divisions']) }),
);

describe('the calendar functions', () => {
  it(
    'isIsoDate agrees with the Gregorian calendar for any string, and toDayNumber throws only for what it rejects',
    () => {
      fc.assert(
        fc.property(fc.oneof(dateLike, hostileString), (text) => {
          expect(isIsoDate(text)).toBe(isRealDate(text));
          const called = callDocumented(() => toDayNumber(text), [BAD_DATE]);
          expect(called.ok).toBe(isRealDate(text));
          if (called.ok) {
            const date = new Date(0);
            date.setUTCFullYear(
              Number(text.slice(0, 4)),
              Number(text.slice(5, 7)) - 1,
              Number(text.slice(8, 10)),
            );
            expect(called.value).toBe(Math.round(date.getTime() / 86_400_000));
          }
        }),
        { numRuns: cases.plan('isIsoDate', 8_000) },
      );
      fc.assert(
        fc.property(hostileValue(), (value) => {
          expect(typeof callDocumented(() => isIsoDate(value)).ok).toBe('boolean');
          callDocumented(() => toDayNumber(value as string), [BAD_DATE]);
        }),
        { numRuns: cases.plan('isIsoDate', 2_000) },
      );
    },
    timeout(60_000),
  );

  const CALLS = [
    [
      'isWorkingDay',
      fc.tuple(dateArgument, divisionArgument, calendarOptions),
      ([date, division, options]: unknown[]) =>
        isWorkingDay(date as string, division as never, options as never),
    ],
    [
      'isBankHoliday',
      fc.tuple(dateArgument, divisionArgument, calendarOptions),
      ([date, division, options]: unknown[]) =>
        isBankHoliday(date as string, division as never, options as never),
    ],
    [
      'addWorkingDays',
      fc.tuple(
        dateArgument,
        fc.oneof(fc.integer({ min: -4_000_000, max: 4_000_000 }), fc.integer(), hostileValue()),
        divisionArgument,
        calendarOptions,
      ),
      ([date, amount, division, options]: unknown[]) =>
        addWorkingDays(date as string, amount as number, division as never, options as never),
    ],
    [
      'workingDaysBetween',
      fc.tuple(dateArgument, dateArgument, divisionArgument, calendarOptions),
      ([start, end, division, options]: unknown[]) =>
        workingDaysBetween(start as string, end as string, division as never, options as never),
    ],
    [
      'bankHolidays',
      fc.tuple(
        divisionArgument,
        fc.oneof(
          fc.constant(undefined),
          fc.record({ from: dateArgument, to: dateArgument }, { requiredKeys: [] }),
          hostileValue(['from', 'to', 'calendar']),
        ),
      ),
      ([division, options]: unknown[]) => bankHolidays(division as never, options as never),
    ],
    [
      'isWithinCoverage',
      fc.tuple(dateArgument, calendarOptions),
      ([date, options]: unknown[]) => isWithinCoverage(date as string, options as never),
    ],
    [
      'divisionOf',
      fc.tuple(fc.oneof(divisionArgument, hostileString)),
      ([value]: unknown[]) => divisionOf(value as never),
    ],
    [
      'easterSunday',
      fc.tuple(fc.oneof(fc.integer({ min: 1500, max: 10_100 }), hostileValue())),
      ([year]: unknown[]) => easterSunday(year as number),
    ],
    [
      'generateBankHolidays',
      fc.tuple(divisionArgument, fc.oneof(fc.integer({ min: 1500, max: 10_100 }), hostileValue())),
      ([division, year]: unknown[]) => generateBankHolidays(division as never, year as number),
    ],
  ] as const;

  for (const [name, args, call] of CALLS) {
    it(
      `${name} answers, or throws only the calendar's typed errors, for arguments of any type`,
      () => {
        fc.assert(
          fc.property(args, (given) => {
            callDocumented(() => call(given as unknown[]), [BAD_DATE, BAD_ARGUMENT, BAD_AMOUNT]);
          }),
          { numRuns: cases.plan(name, 10_000) },
        );
      },
      timeout(60_000),
    );
  }
});

describe('ids, periods and vocabulary', () => {
  const UNKNOWN: DocumentedError = {
    type: UnknownVocabularyValueError,
    code: 'model.vocabulary.unknown-value',
  };
  const value = fc.oneof(
    hostileString,
    hostileValue(),
    fc.constantFrom('yes', 'no', 'not-sure', 'female', 'uk'),
  );
  const CALLS = [
    [
      'partnershipId',
      (input: unknown) => partnershipId(input as string),
      [{ type: InvalidIdError, code: 'model.id.invalid' }],
    ],
    [
      'metricId',
      (input: unknown) => metricId(input as string),
      [{ type: InvalidIdError, code: 'model.id.invalid' }],
    ],
    [
      'periodStart',
      (input: unknown) => periodStart({ from: input as string }),
      [{ type: InvalidPeriodError, code: 'model.period.invalid' }],
    ],
    [
      'periodEnd',
      (input: unknown) => periodEnd({ to: input as string }),
      [{ type: InvalidPeriodError, code: 'model.period.invalid' }],
    ],
    ['ageGroupOfAnswer', (input: unknown) => ageGroupOfAnswer(input as never), [UNKNOWN]],
    ['ageGroupAtExploitation', (input: unknown) => ageGroupAtExploitation('no', input as never), [UNKNOWN]],
    ['publishedGenderOf', (input: unknown) => publishedGenderOf(input as never), [UNKNOWN]],
    [
      'publishedExploitationTypeOf',
      (input: unknown) => publishedExploitationTypeOf(input as never),
      [UNKNOWN],
    ],
    [
      'publishedExploitationLocationOf',
      (input: unknown) => publishedExploitationLocationOf(input as never),
      [UNKNOWN],
    ],
    [
      'exploitationCombinationLabel',
      (input: unknown) => exploitationCombinationLabel(input as never),
      [UNKNOWN],
    ],
    ['exploitationTypeFromField', (input: unknown) => exploitationTypeFromField(input as string), [UNKNOWN]],
    ['isFirstResponderType', (input: unknown) => isFirstResponderType(input as never), [UNKNOWN]],
  ] as const;

  for (const [name, call, documented] of CALLS) {
    it(`${name} answers, or throws only its typed error, for a value of any type`, () => {
      fc.assert(
        fc.property(value, (input) => {
          callDocumented(() => call(input), documented as readonly DocumentedError[]);
        }),
        { numRuns: 2_000 },
      );
    });
  }
});

cases.expectEnough([
  'parsePartnership',
  'parseStrategy',
  'parsePledge',
  'parseActionPlan',
  'parseCommunityMeeting',
  'parseAnnualReport',
  'loadBankHolidays',
  'isIsoDate',
  'isWorkingDay',
  'isBankHoliday',
  'addWorkingDays',
  'workingDaysBetween',
  'bankHolidays',
  'isWithinCoverage',
  'divisionOf',
  'easterSunday',
  'generateBankHolidays',
]);
