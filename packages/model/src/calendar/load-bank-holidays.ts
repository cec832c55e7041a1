import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../dates/iso-date.js';
import type { BankHoliday, BankHolidayCalendar } from './bank-holiday.js';
import { bankHolidaySchema } from './bank-holiday-schema.js';
import { BUILT_IN_CALENDAR } from './built-in-calendar.js';
import { DIVISION_LABELS, DIVISIONS, type Division } from './divisions.js';
import { InvalidCalendarArgumentError } from './errors.js';
import { createCalendar, indexFor } from './holiday-index.js';

/** The most events the loader accepts for one division: about 500 years of bank holidays. */
export const MAX_EVENTS_PER_DIVISION = 5000;

function divisionFileSchema(division: Division) {
  const label = DIVISION_LABELS[division];
  return z.object(
    {
      division: z
        .literal(division, { error: `Division must be ${division} to match the key it is under` })
        .optional(),
      events: z
        .array(z.unknown(), { error: `Enter the list of bank holidays for ${label}` })
        .min(1, { error: `Enter at least one bank holiday for ${label}` })
        .max(MAX_EVENTS_PER_DIVISION, {
          error: `Enter no more than ${MAX_EVENTS_PER_DIVISION.toLocaleString('en-GB')} bank holidays for ${label}`,
        })
        // Check the length before the events, so a huge array gives one issue, not one per event.
        .pipe(z.array(bankHolidaySchema)),
    },
    { error: `Enter the bank holidays for ${label}` },
  );
}

/**
 * Zod schema for GOV.UK's bank-holidays JSON (`https://www.gov.uk/bank-holidays.json`): an object
 * with the keys `england-and-wales`, `scotland` and `northern-ireland`, each
 * `{ division, events: [{ title, date, notes, bunting }] }`. Other keys are ignored. Each
 * division must list from 1 to 5,000 events. {@link loadBankHolidays} uses it and also checks
 * that no date is repeated within a division.
 *
 * @example
 * ```ts
 * import { govUkBankHolidaysSchema } from '@antislavery/model';
 *
 * govUkBankHolidaysSchema.safeParse({ scotland: { events: [] } }).success;
 * //=> false
 * ```
 */
export const govUkBankHolidaysSchema = z.object(
  {
    'england-and-wales': divisionFileSchema('england-and-wales'),
    scotland: divisionFileSchema('scotland'),
    'northern-ireland': divisionFileSchema('northern-ireland'),
  },
  {
    error:
      'The bank holidays file must be a JSON object with england-and-wales, scotland and northern-ireland',
  },
);

/**
 * GOV.UK's bank-holidays JSON as {@link govUkBankHolidaysSchema} parses it.
 *
 * @example
 * ```ts
 * import type { GovUkBankHolidays } from '@antislavery/model';
 *
 * const file: GovUkBankHolidays = {
 *   'england-and-wales': { division: 'england-and-wales', events: [] },
 *   scotland: { division: 'scotland', events: [] },
 *   'northern-ireland': { division: 'northern-ireland', events: [] },
 * };
 * ```
 */
export type GovUkBankHolidays = z.output<typeof govUkBankHolidaysSchema>;

/**
 * The stable codes of the issues {@link loadBankHolidays} reports.
 *
 * @example
 * ```ts
 * import { BANK_HOLIDAY_ISSUE_CODES } from '@antislavery/model';
 *
 * BANK_HOLIDAY_ISSUE_CODES.includes('calendar.event.date');
 * //=> true
 * ```
 */
export const BANK_HOLIDAY_ISSUE_CODES = [
  'calendar.file.invalid-json',
  'calendar.file.not-an-object',
  'calendar.file.unreadable',
  'calendar.division.missing',
  'calendar.division.mismatch',
  'calendar.events.missing',
  'calendar.events.empty',
  'calendar.events.too-many',
  'calendar.event.not-an-object',
  'calendar.event.title',
  'calendar.event.date',
  'calendar.event.duplicate-date',
  'calendar.event.notes',
  'calendar.event.bunting',
  'calendar.coverage.gap',
] as const;

/**
 * One of {@link BANK_HOLIDAY_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { BankHolidayIssueCode } from '@antislavery/model';
 *
 * const code: BankHolidayIssueCode = 'calendar.event.date';
 * ```
 */
export type BankHolidayIssueCode = (typeof BANK_HOLIDAY_ISSUE_CODES)[number];

/**
 * A problem found in a bank holidays file: where it is and what to do about it.
 *
 * @example
 * ```ts
 * import type { BankHolidayIssue } from '@antislavery/model';
 *
 * const issue: BankHolidayIssue = {
 *   severity: 'error',
 *   code: 'calendar.event.date',
 *   path: 'scotland.events[3].date',
 *   message: 'Enter a real date in the format YYYY-MM-DD',
 * };
 * ```
 */
export interface BankHolidayIssue {
  /** Always `error`: the file was not loaded. */
  readonly severity: 'error';
  /** A stable code for programs. */
  readonly code: BankHolidayIssueCode;
  /** Where in the file, for example `scotland.events[3].date`; empty for the file as a whole. */
  readonly path: string;
  /** What is wrong, in plain English, for example "Enter a real date in the format YYYY-MM-DD". */
  readonly message: string;
}

/**
 * The result of {@link loadBankHolidays}: the calendar, or the issues that stopped it loading.
 *
 * @example
 * ```ts
 * import { loadBankHolidays, type LoadBankHolidaysResult } from '@antislavery/model';
 *
 * const result: LoadBankHolidaysResult = loadBankHolidays(null);
 * result.ok;
 * //=> false
 * ```
 */
export type LoadBankHolidaysResult =
  | { readonly ok: true; readonly calendar: BankHolidayCalendar }
  | { readonly ok: false; readonly issues: readonly BankHolidayIssue[] };

/**
 * Options for {@link loadBankHolidays}.
 *
 * @example
 * ```ts
 * import type { LoadBankHolidaysOptions } from '@antislavery/model';
 *
 * const options: LoadBankHolidaysOptions = { mode: 'replace' };
 * ```
 */
export interface LoadBankHolidaysOptions {
  /**
   * `extend` (the default): keep the `base` calendar's holidays outside the years the file
   * covers, use the file's within them, and widen the coverage. `replace`: use only the file.
   */
  mode?: 'extend' | 'replace';
  /** The calendar to extend; {@link BUILT_IN_CALENDAR} when absent. Not used with `replace`. */
  base?: BankHolidayCalendar;
}

function pathOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

function codeOf(issue: z.core.$ZodIssue): BankHolidayIssueCode {
  const [, field, , property] = issue.path;
  switch (issue.path.length) {
    case 0:
      return 'calendar.file.not-an-object';
    case 1:
      return 'calendar.division.missing';
    case 2:
      if (field === 'division') return 'calendar.division.mismatch';
      if (issue.code === 'too_small') return 'calendar.events.empty';
      return issue.code === 'too_big' ? 'calendar.events.too-many' : 'calendar.events.missing';
    case 3:
      return 'calendar.event.not-an-object';
    default:
      if (property === 'title') return 'calendar.event.title';
      if (property === 'date') return 'calendar.event.date';
      return property === 'notes' ? 'calendar.event.notes' : 'calendar.event.bunting';
  }
}

const failure = (code: BankHolidayIssueCode, path: string, message: string): LoadBankHolidaysResult => ({
  ok: false,
  issues: [{ severity: 'error', code, path, message }],
});

/**
 * Makes a calendar from GOV.UK's bank-holidays JSON, so that the working-day functions know
 * bank holidays after the years the SDK ships (2015 to 2027). The SDK never fetches the file
 * itself: download `https://www.gov.uk/bank-holidays.json` (or keep a copy) and pass it here,
 * parsed or as text.
 *
 * The file covers whole years, from 1 January of the year of its earliest event to 31 December of
 * the year of its latest (GOV.UK publishes whole years). With `mode: 'extend'` (the default) the
 * new calendar has the file's holidays within those years and the base calendar's outside them,
 * and covers both; the file's years must meet or overlap the base calendar's, so that no years
 * are left unknown between them. With `mode: 'replace'` it has only the file's holidays and years.
 *
 * It never throws for bad input (`null`, a string that is not JSON, huge arrays, `__proto__`
 * keys): it returns `{ ok: false, issues }`, each issue with a `path` such as
 * `scotland.events[3].date` and a plain-English `message`.
 *
 * @param json - the parsed JSON, or its text
 * @param options - `mode` and `base`; see {@link LoadBankHolidaysOptions}
 * @returns `{ ok: true, calendar }` or `{ ok: false, issues }`
 * @throws {@link InvalidCalendarArgumentError} for a programmer error in `options` (an unknown
 *   `mode`, or a `base` that is not a calendar), never for the data
 *
 * @example
 * ```ts
 * import { isWorkingDay, loadBankHolidays } from '@antislavery/model';
 *
 * const file = {
 *   'england-and-wales': {
 *     division: 'england-and-wales',
 *     events: [{ title: 'Easter Monday', date: '2028-04-17', notes: '', bunting: true }],
 *   },
 *   scotland: {
 *     division: 'scotland',
 *     events: [{ title: 'Good Friday', date: '2028-04-14', notes: '', bunting: false }],
 *   },
 *   'northern-ireland': {
 *     division: 'northern-ireland',
 *     events: [{ title: 'Easter Monday', date: '2028-04-17', notes: '', bunting: true }],
 *   },
 * };
 * const result = loadBankHolidays(file);
 * result.ok && result.calendar.coverage;
 * //=> { from: '2015-01-01', to: '2028-12-31' }
 * result.ok && isWorkingDay('2028-04-17', 'england-and-wales', { calendar: result.calendar });
 * //=> false
 *
 * loadBankHolidays({ ...file, scotland: { events: [{ title: 'Good Friday', date: '2028-02-30' }] } });
 * //=> { ok: false, issues: [{ severity: 'error', code: 'calendar.event.date', path: 'scotland.events[0].date', message: 'Enter a real date in the format YYYY-MM-DD' }] }
 * ```
 */
export function loadBankHolidays(json: unknown, options?: LoadBankHolidaysOptions): LoadBankHolidaysResult {
  const mode = options?.mode ?? 'extend';
  if (mode !== 'extend' && mode !== 'replace') {
    throw new InvalidCalendarArgumentError('loadBankHolidays(options.mode)', "'extend' or 'replace'");
  }
  const base = mode === 'extend' ? (options?.base ?? BUILT_IN_CALENDAR) : undefined;
  // Checked before the data, so that a programmer error is reported whatever the file holds.
  const baseIndex = base === undefined ? undefined : indexFor(base, 'loadBankHolidays(options.base)');

  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch {
      return failure('calendar.file.invalid-json', '', 'The bank holidays file must be valid JSON');
    }
  }

  let file: GovUkBankHolidays;
  try {
    const parsed = govUkBankHolidaysSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue) => ({
          severity: 'error',
          code: codeOf(issue),
          path: pathOf(issue.path),
          message: issue.message,
        })),
      };
    }
    file = parsed.data;
  } catch {
    // A value no JSON file can produce, such as a proxy or an object whose getter throws.
    return failure('calendar.file.unreadable', '', 'The bank holidays file could not be read');
  }

  const issues: BankHolidayIssue[] = [];
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  for (const division of DIVISIONS) {
    const seen = new Set<string>();
    file[division].events.forEach((event, position) => {
      if (seen.has(event.date)) {
        issues.push({
          severity: 'error',
          code: 'calendar.event.duplicate-date',
          path: `${division}.events[${position}].date`,
          message: `Enter each date only once for ${DIVISION_LABELS[division]}`,
        });
      }
      seen.add(event.date);
      const year = Number(event.date.slice(0, 4));
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const fileFrom = toDayNumber(`${String(firstYear).padStart(4, '0')}-01-01`);
  const fileTo = toDayNumber(`${String(lastYear).padStart(4, '0')}-12-31`);
  if (baseIndex === undefined) {
    return {
      ok: true,
      calendar: createCalendar(
        { from: fromDayNumber(fileFrom), to: fromDayNumber(fileTo) },
        {
          'england-and-wales': file['england-and-wales'].events,
          scotland: file.scotland.events,
          'northern-ireland': file['northern-ireland'].events,
        },
      ),
    };
  }

  if (fileFrom > baseIndex.coverageTo + 1 || fileTo < baseIndex.coverageFrom - 1) {
    const years = `${fromDayNumber(baseIndex.coverageFrom).slice(0, 4)} to ${fromDayNumber(baseIndex.coverageTo).slice(0, 4)}`;
    return failure(
      'calendar.coverage.gap',
      '',
      `The bank holidays must meet or overlap the years the calendar already covers (${years}), with no gap`,
    );
  }
  const merged = {} as Record<Division, BankHoliday[]>;
  for (const division of DIVISIONS) {
    const { events, eventDays } = baseIndex.divisions[division];
    const kept = events.filter((_, i) => {
      const day = eventDays[i] as number;
      return day < fileFrom || day > fileTo;
    });
    merged[division] = [...kept, ...file[division].events];
  }
  return {
    ok: true,
    calendar: createCalendar(
      {
        from: fromDayNumber(Math.min(fileFrom, baseIndex.coverageFrom)),
        to: fromDayNumber(Math.max(fileTo, baseIndex.coverageTo)),
      },
      merged,
    ),
  };
}
