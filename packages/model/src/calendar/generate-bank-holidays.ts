import {
  dayNumberOf,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
} from '../dates/iso-date.js';
import type { BankHoliday } from './bank-holiday.js';
import { DIVISIONS, type Division } from './divisions.js';
import { easterSundayDayNumber } from './easter.js';
import { InvalidCalendarArgumentError } from './errors.js';
import { isDivision, isWeekday } from './holiday-index.js';

/**
 * A one-off change to the regular bank holidays, made by royal proclamation: a regular holiday
 * moved to another date (`move`), or an extra holiday (`add`).
 *
 * @example
 * ```ts
 * import type { OneOffBankHolidayChange } from '@antislavery/model';
 *
 * const coronation: OneOffBankHolidayChange = {
 *   kind: 'add',
 *   date: '2023-05-08',
 *   title: 'Bank holiday for the coronation of King Charles III',
 *   bunting: true,
 *   divisions: ['england-and-wales', 'scotland', 'northern-ireland'],
 * };
 * ```
 */
export type OneOffBankHolidayChange =
  | {
      readonly kind: 'move';
      /** The regular holiday's date. */
      readonly from: IsoDate;
      /** The date it moved to. */
      readonly to: IsoDate;
      /** The moved holiday's title, as GOV.UK gives it. */
      readonly title: string;
      /** The divisions the change applies to. */
      readonly divisions: readonly Division[];
    }
  | {
      readonly kind: 'add';
      /** The extra holiday's date. */
      readonly date: IsoDate;
      /** Its title, as GOV.UK gives it. */
      readonly title: string;
      /** Whether GOV.UK shows bunting for it. */
      readonly bunting: boolean;
      /** The divisions the change applies to. */
      readonly divisions: readonly Division[];
    };

/**
 * The one-off changes to the regular bank holidays from 2015 on, applied by
 * {@link generateBankHolidays} and so present in {@link BUILT_IN_CALENDAR}:
 * - 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May (VE Day 75);
 * - 2022: the spring bank holiday moved from Monday 30 May to Thursday 2 June, with an extra
 *   holiday on Friday 3 June (Platinum Jubilee), and Monday 19 September (State Funeral of Queen
 *   Elizabeth II);
 * - 2023: Monday 8 May (Coronation of King Charles III).
 *
 * Titles are GOV.UK's.
 *
 * @example
 * ```ts
 * import { ONE_OFF_BANK_HOLIDAY_CHANGES } from '@antislavery/model';
 *
 * ONE_OFF_BANK_HOLIDAY_CHANGES.length;
 * //=> 5
 * ```
 */
export const ONE_OFF_BANK_HOLIDAY_CHANGES: readonly OneOffBankHolidayChange[] = Object.freeze([
  {
    kind: 'move',
    from: '2020-05-04',
    to: '2020-05-08',
    title: 'Early May bank holiday (VE day)',
    divisions: DIVISIONS,
  },
  { kind: 'move', from: '2022-05-30', to: '2022-06-02', title: 'Spring bank holiday', divisions: DIVISIONS },
  {
    kind: 'add',
    date: '2022-06-03',
    title: 'Platinum Jubilee bank holiday',
    bunting: true,
    divisions: DIVISIONS,
  },
  {
    kind: 'add',
    date: '2022-09-19',
    title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    bunting: false,
    divisions: DIVISIONS,
  },
  {
    kind: 'add',
    date: '2023-05-08',
    title: 'Bank holiday for the coronation of King Charles III',
    bunting: true,
    divisions: DIVISIONS,
  },
] as const);

/** A holiday before substitution: `fixed` holidays fall on a date, so may fall at a weekend. */
interface Draft {
  title: string;
  day: number;
  bunting: boolean;
}

function firstMonday(year: number, month: number): number {
  const first = dayNumberOf(year, month, 1);
  return first + ((8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumberOf(year, month, daysInMonth(year, month));
  return last - ((dayOfWeek(last) + 6) % 7);
}

function regularHolidays(division: Division, year: number): Draft[] {
  const easter = easterSundayDayNumber(year);
  const on = (month: number, day: number) => dayNumberOf(year, month, day);
  const scotland = division === 'scotland';
  const northernIreland = division === 'northern-ireland';
  const drafts: (Draft | false)[] = [
    { title: 'New Year’s Day', day: on(1, 1), bunting: true },
    scotland && { title: '2nd January', day: on(1, 2), bunting: true },
    northernIreland && { title: 'St Patrick’s Day', day: on(3, 17), bunting: true },
    { title: 'Good Friday', day: easter - 2, bunting: false },
    !scotland && { title: 'Easter Monday', day: easter + 1, bunting: true },
    { title: 'Early May bank holiday', day: firstMonday(year, 5), bunting: true },
    { title: 'Spring bank holiday', day: lastMonday(year, 5), bunting: true },
    northernIreland && { title: 'Battle of the Boyne (Orangemen’s Day)', day: on(7, 12), bunting: true },
    {
      title: 'Summer bank holiday',
      day: scotland ? firstMonday(year, 8) : lastMonday(year, 8),
      bunting: true,
    },
    scotland && { title: 'St Andrew’s Day', day: on(11, 30), bunting: true },
    { title: 'Christmas Day', day: on(12, 25), bunting: true },
    { title: 'Boxing Day', day: on(12, 26), bunting: true },
  ];
  return drafts.filter((draft): draft is Draft => draft !== false);
}

function applyOneOffChanges(drafts: Draft[], division: Division, year: number): void {
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const change of ONE_OFF_BANK_HOLIDAY_CHANGES) {
    if (!change.divisions.includes(division)) continue;
    if (change.kind === 'move') {
      if (!change.from.startsWith(prefix)) continue;
      const moved = drafts.find((draft) => draft.day === toDayNumber(change.from));
      if (moved) {
        moved.day = toDayNumber(change.to);
        moved.title = change.title;
      }
    } else if (change.date.startsWith(prefix)) {
      drafts.push({ title: change.title, day: toDayNumber(change.date), bunting: change.bunting });
    }
  }
}

/**
 * A division's bank holidays for one year, generated from the rules: the regular holidays of the
 * division, the {@link ONE_OFF_BANK_HOLIDAY_CHANGES} for that year, and substitute days.
 *
 * The regular holidays:
 * - England and Wales (8): New Year's Day, Good Friday, Easter Monday, early May (first Monday of
 *   May), spring (last Monday of May), summer (last Monday of August), Christmas Day, Boxing Day.
 * - Scotland (9): New Year's Day, 2 January, Good Friday, early May, spring, summer (first Monday
 *   of August), St Andrew's Day (30 November), Christmas Day, Boxing Day. No Easter Monday.
 * - Northern Ireland (10): those of England and Wales, with St Patrick's Day (17 March) and the
 *   Battle of the Boyne (12 July).
 *
 * A holiday on a Saturday or Sunday moves to the next weekday that is not already a holiday, with
 * `notes: 'Substitute day'`: when Christmas Day is a Sunday, Boxing Day stays on Monday 26 and
 * Christmas Day's substitute is Tuesday 27 December.
 *
 * This is a projection: for a year after the data the SDK ships ({@link BUILT_IN_CALENDAR}'s
 * coverage) it cannot know a one-off change not yet announced. Prefer GOV.UK's published data,
 * loaded with {@link loadBankHolidays}, when you have it. Before 1978 the rules were different, so
 * years before then are not history either.
 *
 * @param division - the division
 * @param year - a whole year from 1583 to 9999
 * @returns the holidays in date order, in GOV.UK's event shape
 * @throws {@link InvalidCalendarArgumentError} if `division` or `year` is not valid
 *
 * @example
 * ```ts
 * import { generateBankHolidays } from '@antislavery/model';
 *
 * generateBankHolidays('england-and-wales', 2026).map((holiday) => holiday.date);
 * //=> ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']
 * generateBankHolidays('england-and-wales', 2026)[7];
 * //=> { title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true }
 * ```
 */
export function generateBankHolidays(division: Division, year: number): BankHoliday[] {
  if (!isDivision(division)) {
    throw new InvalidCalendarArgumentError(
      'generateBankHolidays(division)',
      'one of england-and-wales, scotland or northern-ireland',
    );
  }
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new InvalidCalendarArgumentError('generateBankHolidays(year)', 'a whole year from 1583 to 9999');
  }
  const drafts = regularHolidays(division, year);
  applyOneOffChanges(drafts, division, year);

  const taken = new Set<number>();
  const events: { day: number; holiday: BankHoliday }[] = [];
  for (const draft of drafts) {
    if (!isWeekday(draft.day)) continue;
    taken.add(draft.day);
    events.push({
      day: draft.day,
      holiday: { title: draft.title, date: fromDayNumber(draft.day), notes: '', bunting: draft.bunting },
    });
  }
  // Weekend holidays in date order, so that Christmas Day takes its substitute before Boxing Day.
  const weekend = drafts.filter((draft) => !isWeekday(draft.day)).sort((a, b) => a.day - b.day);
  for (const draft of weekend) {
    let day = draft.day + 1;
    while (!isWeekday(day) || taken.has(day)) day++;
    taken.add(day);
    events.push({
      day,
      holiday: {
        title: draft.title,
        date: fromDayNumber(day),
        notes: 'Substitute day',
        bunting: draft.bunting,
      },
    });
  }
  return events.sort((a, b) => a.day - b.day).map((event) => event.holiday);
}
