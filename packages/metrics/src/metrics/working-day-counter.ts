// Internal: working days between two day numbers, as `workingDaysBetween` of @antislavery/model
// counts them (the days d with from < d <= to that are Monday to Friday and not bank holidays),
// but from day numbers, so that a million decisions need no date strings and no `Date`. A test
// checks it against `workingDaysBetween`.
import {
  type BankHolidayCalendar,
  BUILT_IN_CALENDAR,
  DIVISIONS,
  dayOfWeek,
  isWorkingDay,
  toDayNumber,
} from '@antislavery/model';

/** Mondays to Fridays up to and including `day`, from a fixed origin (day -3 was a Monday). */
function weekdaysUpTo(day: number): number {
  const fromMonday = day + 3;
  const weeks = Math.floor(fromMonday / 7);
  return weeks * 5 + Math.min(fromMonday - weeks * 7 + 1, 5);
}

function countAtOrBelow(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Counts working days in each division (by position in `DIVISIONS`) between two day numbers. */
export type WorkingDayCounter = (from: number, to: number, division: number) => number;

const cache = new WeakMap<BankHolidayCalendar, WorkingDayCounter>();

/**
 * A counter for a calendar. The calendar is checked by `isWorkingDay`, which throws the model's
 * `InvalidCalendarArgumentError` for one that is not a calendar.
 */
export function workingDayCounter(calendar: BankHolidayCalendar = BUILT_IN_CALENDAR): WorkingDayCounter {
  const cached = cache.get(calendar);
  if (cached) return cached;
  isWorkingDay('2020-01-01', 'england-and-wales', { calendar });
  const holidays = DIVISIONS.map((division) =>
    Int32Array.from(
      [...new Set(calendar.divisions[division].map((event) => toDayNumber(event.date)))]
        .filter((day) => {
          const weekday = dayOfWeek(day);
          return weekday !== 0 && weekday !== 6;
        })
        .sort((a, b) => a - b),
    ),
  );
  const counter: WorkingDayCounter = (from, to, division) => {
    const days = holidays[division] as Int32Array;
    return weekdaysUpTo(to) - weekdaysUpTo(from) - (countAtOrBelow(days, to) - countAtOrBelow(days, from));
  };
  cache.set(calendar, counter);
  return counter;
}
