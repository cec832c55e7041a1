// Internal: the precomputed lookup structures behind the calendar functions. Not re-exported.
import { InvalidIsoDateError } from '../dates/errors.js';
import { dayOfWeek, isIsoDate, toDayNumber } from '../dates/iso-date.js';
import type { BankHoliday, BankHolidayCalendar, CalendarCoverage } from './bank-holiday.js';
import { DIVISIONS, type Division } from './divisions.js';
import { InvalidCalendarArgumentError } from './errors.js';

/** One division's holidays, ready for fast lookups. */
export interface DivisionIndex {
  /** Events in date order. */
  readonly events: readonly BankHoliday[];
  /** Day numbers of `events`, in the same order (ascending). */
  readonly eventDays: readonly number[];
  /** Every holiday's day number. */
  readonly holidays: ReadonlySet<number>;
  /** Day numbers of the holidays that fall Monday to Friday, ascending and unique. */
  readonly weekdayHolidays: Int32Array;
}

/** A calendar's lookup structures. */
export interface CalendarIndex {
  readonly divisions: Readonly<Record<Division, DivisionIndex>>;
  readonly coverageFrom: number;
  readonly coverageTo: number;
}

const cache = new WeakMap<object, CalendarIndex>();
// The calendar used last, so that a run of calls with one calendar skips the WeakMap.
let lastCalendar: object | undefined;
let lastIndex: CalendarIndex | undefined;

const NOT_A_CALENDAR = 'a BankHolidayCalendar (BUILT_IN_CALENDAR or one from loadBankHolidays)';

/** Sorts, freezes and returns a calendar; the events are copied so the caller keeps no handle. */
export function createCalendar(
  coverage: CalendarCoverage,
  divisions: Readonly<Record<Division, readonly BankHoliday[]>>,
): BankHolidayCalendar {
  const frozen = {} as Record<Division, readonly BankHoliday[]>;
  for (const division of DIVISIONS) {
    frozen[division] = Object.freeze(
      [...divisions[division]]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((event) =>
          Object.freeze({ title: event.title, date: event.date, notes: event.notes, bunting: event.bunting }),
        ),
    );
  }
  return Object.freeze({
    coverage: Object.freeze({ from: coverage.from, to: coverage.to }),
    divisions: Object.freeze(frozen),
  });
}

/**
 * The lookup structures of a calendar, built once per calendar object and cached. A calendar
 * built by hand is checked here, so that a malformed one fails with a typed error.
 */
export function indexFor(calendar: unknown, where: string): CalendarIndex {
  if (calendar === lastCalendar && lastIndex !== undefined) return lastIndex;
  if (typeof calendar !== 'object' || calendar === null) {
    throw new InvalidCalendarArgumentError(where, NOT_A_CALENDAR);
  }
  let index = cache.get(calendar);
  if (index === undefined) {
    index = buildIndex(calendar, where);
    cache.set(calendar, index);
  }
  lastCalendar = calendar;
  lastIndex = index;
  return index;
}

function buildIndex(calendar: object, where: string): CalendarIndex {
  const { coverage, divisions } = calendar as Partial<BankHolidayCalendar>;
  if (
    typeof coverage !== 'object' ||
    coverage === null ||
    !isIsoDate(coverage.from) ||
    !isIsoDate(coverage.to) ||
    typeof divisions !== 'object' ||
    divisions === null
  ) {
    throw new InvalidCalendarArgumentError(where, NOT_A_CALENDAR);
  }
  const index = {} as Record<Division, DivisionIndex>;
  for (const division of DIVISIONS) {
    const events: unknown = divisions[division];
    if (!Array.isArray(events)) throw new InvalidCalendarArgumentError(where, NOT_A_CALENDAR);
    index[division] = buildDivisionIndex(events, where);
  }
  return { divisions: index, coverageFrom: toDayNumber(coverage.from), coverageTo: toDayNumber(coverage.to) };
}

function buildDivisionIndex(events: readonly unknown[], where: string): DivisionIndex {
  const dated: { event: BankHoliday; day: number }[] = [];
  for (const event of events) {
    const date = typeof event === 'object' && event !== null ? (event as { date?: unknown }).date : undefined;
    if (!isIsoDate(date)) throw new InvalidCalendarArgumentError(where, NOT_A_CALENDAR);
    dated.push({ event: event as BankHoliday, day: toDayNumber(date) });
  }
  dated.sort((a, b) => a.day - b.day);
  const holidays = new Set(dated.map((d) => d.day));
  const weekdays = [...holidays].filter((day) => isWeekday(day)).sort((a, b) => a - b);
  return {
    events: dated.map((d) => d.event),
    eventDays: dated.map((d) => d.day),
    holidays,
    weekdayHolidays: Int32Array.from(weekdays),
  };
}

/** The index of one division of the calendar in `options`, checking both arguments. */
export function divisionIndexFor(
  fn: string,
  division: unknown,
  calendar: BankHolidayCalendar | undefined,
  defaultCalendar: BankHolidayCalendar,
): DivisionIndex {
  const index = indexFor(calendar ?? defaultCalendar, `${fn}(options.calendar)`);
  if (!isDivision(division)) {
    throw new InvalidCalendarArgumentError(
      `${fn}(division)`,
      'one of england-and-wales, scotland or northern-ireland',
    );
  }
  return index.divisions[division];
}

/** Whether a value is one of the three divisions. */
export function isDivision(value: unknown): value is Division {
  return (DIVISIONS as readonly unknown[]).includes(value);
}

/** Whether a day number falls Monday to Friday. */
export function isWeekday(day: number): boolean {
  const dow = dayOfWeek(day);
  return dow !== 0 && dow !== 6;
}

/** How many entries of an ascending array are less than or equal to `value` (binary search). */
export function countAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The day number of a date argument, or a typed error naming the function and argument. */
export function dayNumberArgument(date: unknown, where: string): number {
  // toDayNumber validates; catching its error here avoids validating twice on the hot path.
  try {
    return toDayNumber(date as string);
  } catch {
    throw new InvalidIsoDateError(where);
  }
}
