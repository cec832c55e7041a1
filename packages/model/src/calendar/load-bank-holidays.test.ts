import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BankHoliday } from './bank-holiday.js';
import { bankHolidays, isBankHoliday } from './bank-holidays.js';
import { BUILT_IN_CALENDAR } from './built-in-calendar.js';
import { DIVISIONS, type Division } from './divisions.js';
import { InvalidCalendarArgumentError } from './errors.js';
import { generateBankHolidays } from './generate-bank-holidays.js';
import {
  BANK_HOLIDAY_ISSUE_CODES,
  type LoadBankHolidaysResult,
  loadBankHolidays,
} from './load-bank-holidays.js';
import { addWorkingDays, isWorkingDay } from './working-days.js';

const ev = (title: string, date: string, notes = '', bunting = true): BankHoliday => ({
  title,
  date,
  notes,
  bunting,
});
const SUB = 'Substitute day';

// A file in the shape of GOV.UK's bank-holidays JSON for 2027 and 2028, written out by hand from
// the rules (2027 as in the domain notes; 2028: 1 January is a Saturday, Easter Sunday 16 April).
const govUkSample = () => ({
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      ev('New Year’s Day', '2027-01-01'),
      ev('Good Friday', '2027-03-26', '', false),
      ev('Easter Monday', '2027-03-29'),
      ev('Early May bank holiday', '2027-05-03'),
      ev('Spring bank holiday', '2027-05-31'),
      ev('Summer bank holiday', '2027-08-30'),
      ev('Christmas Day', '2027-12-27', SUB),
      ev('Boxing Day', '2027-12-28', SUB),
      ev('New Year’s Day', '2028-01-03', SUB),
      ev('Good Friday', '2028-04-14', '', false),
      ev('Easter Monday', '2028-04-17'),
      ev('Early May bank holiday', '2028-05-01'),
      ev('Spring bank holiday', '2028-05-29'),
      ev('Summer bank holiday', '2028-08-28'),
      ev('Christmas Day', '2028-12-25'),
      ev('Boxing Day', '2028-12-26'),
    ],
  },
  scotland: {
    division: 'scotland',
    events: [
      ev('New Year’s Day', '2027-01-01'),
      ev('2nd January', '2027-01-04', SUB),
      ev('Good Friday', '2027-03-26', '', false),
      ev('Early May bank holiday', '2027-05-03'),
      ev('Spring bank holiday', '2027-05-31'),
      ev('Summer bank holiday', '2027-08-02'),
      ev('St Andrew’s Day', '2027-11-30'),
      ev('Christmas Day', '2027-12-27', SUB),
      ev('Boxing Day', '2027-12-28', SUB),
      ev('New Year’s Day', '2028-01-03', SUB),
      ev('2nd January', '2028-01-04', SUB),
      ev('Good Friday', '2028-04-14', '', false),
      ev('Early May bank holiday', '2028-05-01'),
      ev('Spring bank holiday', '2028-05-29'),
      ev('Summer bank holiday', '2028-08-07'),
      ev('St Andrew’s Day', '2028-11-30'),
      ev('Christmas Day', '2028-12-25'),
      ev('Boxing Day', '2028-12-26'),
    ],
  },
  'northern-ireland': {
    division: 'northern-ireland',
    events: [
      ev('New Year’s Day', '2027-01-01'),
      ev('St Patrick’s Day', '2027-03-17'),
      ev('Good Friday', '2027-03-26', '', false),
      ev('Easter Monday', '2027-03-29'),
      ev('Early May bank holiday', '2027-05-03'),
      ev('Spring bank holiday', '2027-05-31'),
      ev('Battle of the Boyne (Orangemen’s Day)', '2027-07-12'),
      ev('Summer bank holiday', '2027-08-30'),
      ev('Christmas Day', '2027-12-27', SUB),
      ev('Boxing Day', '2027-12-28', SUB),
      ev('New Year’s Day', '2028-01-03', SUB),
      ev('St Patrick’s Day', '2028-03-17'),
      ev('Good Friday', '2028-04-14', '', false),
      ev('Easter Monday', '2028-04-17'),
      ev('Early May bank holiday', '2028-05-01'),
      ev('Spring bank holiday', '2028-05-29'),
      ev('Battle of the Boyne (Orangemen’s Day)', '2028-07-12'),
      ev('Summer bank holiday', '2028-08-28'),
      ev('Christmas Day', '2028-12-25'),
      ev('Boxing Day', '2028-12-26'),
    ],
  },
});

/** A file with the same events for every division. */
const fileOf = (events: unknown) => ({
  'england-and-wales': { division: 'england-and-wales', events },
  scotland: { division: 'scotland', events },
  'northern-ireland': { division: 'northern-ireland', events },
});

const calendarOf = (result: LoadBankHolidaysResult) => {
  if (!result.ok) throw new Error(`expected the file to load: ${JSON.stringify(result.issues)}`);
  return result.calendar;
};

const issuesOf = (result: LoadBankHolidaysResult) => {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues.map(({ code, path, message }) => ({ code, path, message }));
};

describe('loadBankHolidays with a GOV.UK file', () => {
  it('extends the built-in calendar to 2028', () => {
    const calendar = calendarOf(loadBankHolidays(govUkSample()));
    expect(calendar.coverage).toEqual({ from: '2015-01-01', to: '2028-12-31' });
    expect(isWorkingDay('2028-01-03', 'england-and-wales', { calendar })).toBe(false);
    expect(isWorkingDay('2028-01-04', 'england-and-wales', { calendar })).toBe(true);
    expect(isWorkingDay('2028-01-04', 'scotland', { calendar })).toBe(false);
    expect(isBankHoliday('2028-07-12', 'northern-ireland', { calendar })).toBe(true);
    // Earlier years still come from the built-in data.
    expect(isBankHoliday('2022-09-19', 'scotland', { calendar })).toBe(true);
    expect(bankHolidays('england-and-wales', { calendar })).toHaveLength(107 + 8);
    // Friday 22 December 2028: Christmas Day and Boxing Day, then 27 and 28 December.
    expect(addWorkingDays('2028-12-22', 2, 'england-and-wales', { calendar })).toBe('2028-12-28');
    expect(addWorkingDays('2028-12-22', 2, 'england-and-wales')).toBe('2028-12-26');
  });

  it('keeps GOV.UK’s titles, notes and bunting', () => {
    const calendar = calendarOf(loadBankHolidays(govUkSample()));
    expect(bankHolidays('scotland', { from: '2028-01-01', to: '2028-01-31', calendar })).toEqual([
      { title: 'New Year’s Day', date: '2028-01-03', notes: 'Substitute day', bunting: true },
      { title: '2nd January', date: '2028-01-04', notes: 'Substitute day', bunting: true },
    ]);
  });

  it('agrees with the rule-based projection for 2028', () => {
    const calendar = calendarOf(loadBankHolidays(govUkSample()));
    for (const division of DIVISIONS) {
      expect(bankHolidays(division, { from: '2028-01-01', calendar })).toEqual(
        generateBankHolidays(division, 2028),
      );
    }
  });

  it('accepts the file as JSON text', () => {
    const calendar = calendarOf(loadBankHolidays(JSON.stringify(govUkSample())));
    expect(calendar.coverage.to).toBe('2028-12-31');
  });

  it('takes the file’s holidays within its years over the base calendar’s', () => {
    const sample = govUkSample();
    // A made-up extra holiday in 2027, and no Boxing Day substitute.
    sample.scotland.events = sample.scotland.events.filter((e) => e.date !== '2027-12-28');
    sample.scotland.events.push(ev('Extra bank holiday', '2027-06-07'));
    const calendar = calendarOf(loadBankHolidays(sample));
    expect(isBankHoliday('2027-06-07', 'scotland', { calendar })).toBe(true);
    expect(isBankHoliday('2027-12-28', 'scotland', { calendar })).toBe(false);
    expect(isBankHoliday('2027-12-28', 'scotland')).toBe(true);
    // The events come out in date order whatever order the file had.
    const dates = bankHolidays('scotland', { calendar }).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('replaces the calendar when asked, covering only the file’s years', () => {
    const calendar = calendarOf(loadBankHolidays(govUkSample(), { mode: 'replace' }));
    expect(calendar.coverage).toEqual({ from: '2027-01-01', to: '2028-12-31' });
    expect(isBankHoliday('2026-12-25', 'england-and-wales', { calendar })).toBe(false);
    expect(bankHolidays('northern-ireland', { calendar })).toHaveLength(20);
  });

  it('extends a calendar given as base', () => {
    const only2028 = govUkSample();
    for (const division of DIVISIONS) {
      only2028[division].events = only2028[division].events.filter((e) => e.date.startsWith('2028'));
    }
    const base = calendarOf(loadBankHolidays(only2028, { mode: 'replace' }));
    const extended = calendarOf(loadBankHolidays(fileOf([ev('New Year’s Day', '2029-01-01')]), { base }));
    expect(extended.coverage).toEqual({ from: '2028-01-01', to: '2029-12-31' });
    expect(isBankHoliday('2028-12-25', 'scotland', { calendar: extended })).toBe(true);
    expect(isBankHoliday('2029-01-01', 'scotland', { calendar: extended })).toBe(true);
  });

  it('extends backwards to an earlier year that meets the coverage', () => {
    const calendar = calendarOf(loadBankHolidays(fileOf([ev('Christmas Day', '2014-12-25')])));
    expect(calendar.coverage).toEqual({ from: '2014-01-01', to: '2027-12-31' });
    expect(isWorkingDay('2014-12-25', 'england-and-wales', { calendar })).toBe(false);
  });

  it('fills in notes and bunting when a file leaves them out', () => {
    const calendar = calendarOf(loadBankHolidays(fileOf([{ title: '  Boxing Day ', date: '2028-12-26' }])));
    expect(bankHolidays('scotland', { from: '2028-01-01', calendar })).toEqual([
      { title: 'Boxing Day', date: '2028-12-26', notes: '', bunting: true },
    ]);
  });

  it('returns an immutable calendar and leaves the built-in one alone', () => {
    const sample = govUkSample();
    const calendar = calendarOf(loadBankHolidays(sample));
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.coverage)).toBe(true);
    expect(Object.isFrozen(calendar.divisions.scotland)).toBe(true);
    expect(Object.isFrozen(calendar.divisions.scotland[0])).toBe(true);
    // Changing the input afterwards does not change the calendar.
    sample.scotland.events.length = 0;
    expect(isBankHoliday('2028-01-04', 'scotland', { calendar })).toBe(true);
    expect(BUILT_IN_CALENDAR.coverage.to).toBe('2027-12-31');
  });

  it('ignores keys it does not know, including __proto__, without polluting prototypes', () => {
    const text = JSON.stringify(govUkSample()).replace(
      '{"england-and-wales"',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"england-and-wales"',
    );
    const calendar = calendarOf(loadBankHolidays(JSON.parse(text)));
    expect(calendar.coverage.to).toBe('2028-12-31');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(calendar)).toBe(Object.prototype);
  });
});

describe('loadBankHolidays with malformed input', () => {
  const NOT_AN_OBJECT = {
    code: 'calendar.file.not-an-object',
    path: '',
    message:
      'The bank holidays file must be a JSON object with england-and-wales, scotland and northern-ireland',
  };

  it('rejects values that are not an object', () => {
    for (const input of [null, undefined, 42, true, [], [govUkSample()], '"text"', '[1, 2]', 'null']) {
      expect(issuesOf(loadBankHolidays(input))).toEqual([NOT_AN_OBJECT]);
    }
  });

  it('rejects text that is not JSON', () => {
    for (const input of ['', 'not json', '{"scotland":', "{'scotland': 1}"]) {
      expect(issuesOf(loadBankHolidays(input))).toEqual([
        {
          code: 'calendar.file.invalid-json',
          path: '',
          message: 'The bank holidays file must be valid JSON',
        },
      ]);
    }
  });

  it('asks for each missing division', () => {
    expect(issuesOf(loadBankHolidays({}))).toEqual([
      {
        code: 'calendar.division.missing',
        path: 'england-and-wales',
        message: 'Enter the bank holidays for England and Wales',
      },
      {
        code: 'calendar.division.missing',
        path: 'scotland',
        message: 'Enter the bank holidays for Scotland',
      },
      {
        code: 'calendar.division.missing',
        path: 'northern-ireland',
        message: 'Enter the bank holidays for Northern Ireland',
      },
    ]);
    expect(issuesOf(loadBankHolidays({ ...govUkSample(), scotland: 'none' }))).toEqual([
      {
        code: 'calendar.division.missing',
        path: 'scotland',
        message: 'Enter the bank holidays for Scotland',
      },
    ]);
  });

  it('rejects a division filed under another division’s key', () => {
    const sample = {
      ...govUkSample(),
      scotland: { ...govUkSample().scotland, division: 'england-and-wales' },
    };
    expect(issuesOf(loadBankHolidays(sample))).toEqual([
      {
        code: 'calendar.division.mismatch',
        path: 'scotland.division',
        message: 'Division must be scotland to match the key it is under',
      },
    ]);
  });

  it('asks for a list of events with at least one and at most 5,000', () => {
    const withEvents = (events: unknown) => ({ ...govUkSample(), 'northern-ireland': { events } });
    expect(issuesOf(loadBankHolidays(withEvents(undefined)))).toEqual([
      {
        code: 'calendar.events.missing',
        path: 'northern-ireland.events',
        message: 'Enter the list of bank holidays for Northern Ireland',
      },
    ]);
    expect(issuesOf(loadBankHolidays(withEvents({ 0: ev('Boxing Day', '2028-12-26') })))).toEqual([
      {
        code: 'calendar.events.missing',
        path: 'northern-ireland.events',
        message: 'Enter the list of bank holidays for Northern Ireland',
      },
    ]);
    expect(issuesOf(loadBankHolidays(withEvents([])))).toEqual([
      {
        code: 'calendar.events.empty',
        path: 'northern-ireland.events',
        message: 'Enter at least one bank holiday for Northern Ireland',
      },
    ]);
    const tooMany = {
      code: 'calendar.events.too-many',
      path: 'northern-ireland.events',
      message: 'Enter no more than 5,000 bank holidays for Northern Ireland',
    };
    expect(
      issuesOf(loadBankHolidays(withEvents(new Array(5001).fill(ev('Boxing Day', '2028-12-26'))))),
    ).toEqual([tooMany]);
    // A huge array of junk gives one issue, quickly, not one per element.
    const started = performance.now();
    expect(issuesOf(loadBankHolidays(withEvents(new Array(1_000_000).fill(null))))).toEqual([tooMany]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('points at each bad field of each event with a plain-English message', () => {
    const events = [
      ev('New Year’s Day', '2028-01-03', SUB),
      null,
      'Boxing Day',
      { date: '2028-12-26' },
      { title: '   ', date: '2028-12-26' },
      { title: 42, date: '2028-12-26' },
      { title: 'x'.repeat(201), date: '2028-12-26' },
      { title: 'Boxing Day' },
      { title: 'Boxing Day', date: '2028-02-30' },
      { title: 'Boxing Day', date: '2028-2-3' },
      { title: 'Boxing Day', date: 20281226 },
      { title: 'Boxing Day', date: '2028-12-26T00:00:00Z' },
      { title: 'Boxing Day', date: '2028-12-26', notes: 7 },
      { title: 'Boxing Day', date: '2028-12-26', notes: 'n'.repeat(501) },
      { title: 'Boxing Day', date: '2028-12-26', bunting: 'yes' },
    ];
    expect(
      issuesOf(loadBankHolidays({ ...govUkSample(), scotland: { division: 'scotland', events } })),
    ).toEqual([
      {
        code: 'calendar.event.not-an-object',
        path: 'scotland.events[1]',
        message: 'Enter each bank holiday as an object with a title and a date',
      },
      {
        code: 'calendar.event.not-an-object',
        path: 'scotland.events[2]',
        message: 'Enter each bank holiday as an object with a title and a date',
      },
      {
        code: 'calendar.event.title',
        path: 'scotland.events[3].title',
        message: 'Enter the title of the bank holiday',
      },
      {
        code: 'calendar.event.title',
        path: 'scotland.events[4].title',
        message: 'Enter the title of the bank holiday',
      },
      {
        code: 'calendar.event.title',
        path: 'scotland.events[5].title',
        message: 'Enter the title of the bank holiday',
      },
      {
        code: 'calendar.event.title',
        path: 'scotland.events[6].title',
        message: 'Title must be 200 characters or fewer',
      },
      {
        code: 'calendar.event.date',
        path: 'scotland.events[7].date',
        message: 'Enter the date of the bank holiday',
      },
      {
        code: 'calendar.event.date',
        path: 'scotland.events[8].date',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
      {
        code: 'calendar.event.date',
        path: 'scotland.events[9].date',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
      {
        code: 'calendar.event.date',
        path: 'scotland.events[10].date',
        message: 'Enter the date of the bank holiday',
      },
      {
        code: 'calendar.event.date',
        path: 'scotland.events[11].date',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
      { code: 'calendar.event.notes', path: 'scotland.events[12].notes', message: 'Notes must be text' },
      {
        code: 'calendar.event.notes',
        path: 'scotland.events[13].notes',
        message: 'Notes must be 500 characters or fewer',
      },
      {
        code: 'calendar.event.bunting',
        path: 'scotland.events[14].bunting',
        message: 'Bunting must be true or false',
      },
    ]);
  });

  it('reads an event’s own fields only, not ones smuggled in through __proto__', () => {
    const event = JSON.parse('{"__proto__": {"title": "Boxing Day"}, "date": "2028-12-26"}');
    expect(issuesOf(loadBankHolidays(fileOf([event])))).toEqual(
      DIVISIONS.map((division) => ({
        code: 'calendar.event.title',
        path: `${division}.events[0].title`,
        message: 'Enter the title of the bank holiday',
      })),
    );
  });

  it('rejects a date listed twice in a division', () => {
    const sample = govUkSample();
    sample['england-and-wales'].events.push(ev('Extra', '2028-12-26'));
    expect(issuesOf(loadBankHolidays(sample))).toEqual([
      {
        code: 'calendar.event.duplicate-date',
        path: 'england-and-wales.events[16].date',
        message: 'Enter each date only once for England and Wales',
      },
    ]);
  });

  it('rejects a file that would leave a gap of unknown years after or before the base calendar', () => {
    const gap = (year: number) => issuesOf(loadBankHolidays(fileOf([ev('Christmas Day', `${year}-12-25`)])));
    const expected = [
      {
        code: 'calendar.coverage.gap',
        path: '',
        message:
          'The bank holidays must meet or overlap the years the calendar already covers (2015 to 2027), with no gap',
      },
    ];
    expect(gap(2029)).toEqual(expected);
    expect(gap(2013)).toEqual(expected);
    // In replace mode there is nothing to meet.
    expect(
      calendarOf(loadBankHolidays(fileOf([ev('Christmas Day', '2031-12-25')]), { mode: 'replace' })).coverage,
    ).toEqual({ from: '2031-01-01', to: '2031-12-31' });
  });

  it('reports a value no JSON file can produce instead of throwing', () => {
    const throwing = {
      get scotland() {
        throw new Error('boom');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const input of [throwing, proxy]) {
      expect(issuesOf(loadBankHolidays(input))).toEqual([
        { code: 'calendar.file.unreadable', path: '', message: 'The bank holidays file could not be read' },
      ]);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.jsonValue()), (input) => {
        const result = loadBankHolidays(input);
        if (!result.ok) {
          for (const issue of result.issues) {
            expect(BANK_HOLIDAY_ISSUE_CODES).toContain(issue.code);
            expect(issue.message).toMatch(/^[A-Z]/);
          }
        }
      }),
      { numRuns: 500 },
    );
    const division = fc.record({
      division: fc.anything(),
      events: fc.array(fc.anything(), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(division, division, division, (a, b, c) => {
        const result = loadBankHolidays({ 'england-and-wales': a, scotland: b, 'northern-ireland': c });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('throws a typed error for a programmer error in the options, whatever the file', () => {
    expect(() => loadBankHolidays(govUkSample(), { mode: 'merge' as never })).toThrow(
      InvalidCalendarArgumentError,
    );
    expect(() => loadBankHolidays(null, { mode: 'merge' as never })).toThrow(
      "loadBankHolidays(options.mode): expected 'extend' or 'replace'",
    );
    expect(() => loadBankHolidays(govUkSample(), { base: {} as never })).toThrow(
      'loadBankHolidays(options.base)',
    );
  });
});

describe('issue codes', () => {
  it('are stable dotted codes', () => {
    for (const code of BANK_HOLIDAY_ISSUE_CODES) expect(code).toMatch(/^calendar\.[a-z]+\.[a-z-]+$/);
  });
});

// Keep the fixture honest: every division in it has the regular number of holidays each year.
describe('the GOV.UK-shaped fixture', () => {
  it('has 8, 9 and 10 events a year', () => {
    const counts: Record<Division, number> = {
      'england-and-wales': 16,
      scotland: 18,
      'northern-ireland': 20,
    };
    for (const division of DIVISIONS) expect(govUkSample()[division].events).toHaveLength(counts[division]);
  });
});
