import { describe, expect, it } from 'vitest';
import { BUILT_IN_CALENDAR } from './built-in-calendar.js';
import { DIVISIONS, type Division } from './divisions.js';
import { InvalidCalendarArgumentError } from './errors.js';
import { generateBankHolidays, ONE_OFF_BANK_HOLIDAY_CHANGES } from './generate-bank-holidays.js';

const datesOf = (division: Division, year: number) => generateBankHolidays(division, year).map((h) => h.date);
const inYear = (division: Division, year: number) =>
  BUILT_IN_CALENDAR.divisions[division].filter((h) => h.date.startsWith(`${year}-`));

describe('the derived dates in the domain notes', () => {
  // Each expectation is checked against the generator and against the built-in data.
  const datesOf = (division: Division, year: number) => {
    const generated = generateBankHolidays(division, year).map((h) => h.date);
    expect(inYear(division, year).map((h) => h.date)).toEqual(generated);
    return generated;
  };

  it('gives England and Wales 2026', () => {
    expect(datesOf('england-and-wales', 2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('gives England and Wales 2027', () => {
    expect(datesOf('england-and-wales', 2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('gives Scotland 2027, with 2 January moved to Monday 4 January', () => {
    expect(datesOf('scotland', 2027)).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-03-26',
      '2027-05-03',
      '2027-05-31',
      '2027-08-02',
      '2027-11-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('gives Northern Ireland 2025: England and Wales’s plus 17 March and 14 July', () => {
    expect(datesOf('northern-ireland', 2025)).toEqual([
      '2025-01-01',
      '2025-03-17',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-07-14',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
  });
});

describe('titles, notes and bunting in GOV.UK’s style', () => {
  it('matches GOV.UK’s England and Wales events for 2022 exactly, one-off changes included', () => {
    // Copied by hand from GOV.UK's bank-holidays JSON.
    expect(generateBankHolidays('england-and-wales', 2022)).toEqual([
      { title: 'New Year’s Day', date: '2022-01-03', notes: 'Substitute day', bunting: true },
      { title: 'Good Friday', date: '2022-04-15', notes: '', bunting: false },
      { title: 'Easter Monday', date: '2022-04-18', notes: '', bunting: true },
      { title: 'Early May bank holiday', date: '2022-05-02', notes: '', bunting: true },
      { title: 'Spring bank holiday', date: '2022-06-02', notes: '', bunting: true },
      { title: 'Platinum Jubilee bank holiday', date: '2022-06-03', notes: '', bunting: true },
      { title: 'Summer bank holiday', date: '2022-08-29', notes: '', bunting: true },
      {
        title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
        date: '2022-09-19',
        notes: '',
        bunting: false,
      },
      { title: 'Boxing Day', date: '2022-12-26', notes: '', bunting: true },
      { title: 'Christmas Day', date: '2022-12-27', notes: 'Substitute day', bunting: true },
    ]);
  });

  it('matches GOV.UK’s England and Wales events for 2020 and 2021', () => {
    const titled = (division: Division, year: number) =>
      generateBankHolidays(division, year).map((h) => [h.date, h.title, h.notes]);
    expect(titled('england-and-wales', 2020)).toEqual([
      ['2020-01-01', 'New Year’s Day', ''],
      ['2020-04-10', 'Good Friday', ''],
      ['2020-04-13', 'Easter Monday', ''],
      ['2020-05-08', 'Early May bank holiday (VE day)', ''],
      ['2020-05-25', 'Spring bank holiday', ''],
      ['2020-08-31', 'Summer bank holiday', ''],
      ['2020-12-25', 'Christmas Day', ''],
      ['2020-12-28', 'Boxing Day', 'Substitute day'],
    ]);
    expect(titled('england-and-wales', 2021).slice(-2)).toEqual([
      ['2021-12-27', 'Christmas Day', 'Substitute day'],
      ['2021-12-28', 'Boxing Day', 'Substitute day'],
    ]);
  });

  it('titles the holidays that only Scotland or Northern Ireland have as GOV.UK does', () => {
    expect(generateBankHolidays('scotland', 2026).map((h) => h.title)).toEqual([
      'New Year’s Day',
      '2nd January',
      'Good Friday',
      'Early May bank holiday',
      'Spring bank holiday',
      'Summer bank holiday',
      'St Andrew’s Day',
      'Christmas Day',
      'Boxing Day',
    ]);
    expect(generateBankHolidays('northern-ireland', 2026).map((h) => h.title)).toContain(
      'Battle of the Boyne (Orangemen’s Day)',
    );
    expect(generateBankHolidays('northern-ireland', 2026).map((h) => h.title)).toContain('St Patrick’s Day');
  });
});

describe('substitute days', () => {
  const event = (division: Division, date: string) =>
    generateBankHolidays(division, Number(date.slice(0, 4))).find((h) => h.date === date);

  it('moves Boxing Day on a Saturday to the Monday', () => {
    for (const date of ['2015-12-28', '2020-12-28', '2026-12-28']) {
      for (const division of DIVISIONS) {
        expect(event(division, date)).toMatchObject({ title: 'Boxing Day', notes: 'Substitute day' });
      }
    }
  });

  it('moves Christmas Day on a Saturday to Monday 27 and Boxing Day on the Sunday to Tuesday 28', () => {
    expect(event('scotland', '2021-12-27')).toMatchObject({
      title: 'Christmas Day',
      notes: 'Substitute day',
    });
    expect(event('scotland', '2021-12-28')).toMatchObject({ title: 'Boxing Day', notes: 'Substitute day' });
  });

  it('keeps Boxing Day on Monday 26 and moves Christmas Day on a Sunday to Tuesday 27', () => {
    expect(event('northern-ireland', '2022-12-26')).toMatchObject({ title: 'Boxing Day', notes: '' });
    expect(event('northern-ireland', '2022-12-27')).toMatchObject({
      title: 'Christmas Day',
      notes: 'Substitute day',
    });
    expect(event('england-and-wales', '2016-12-27')).toMatchObject({ title: 'Christmas Day' });
  });

  it('moves New Year’s Day on a Sunday to Monday 2 January in England and Wales', () => {
    expect(datesOf('england-and-wales', 2017)[0]).toBe('2017-01-02');
    expect(datesOf('england-and-wales', 2023)[0]).toBe('2023-01-02');
  });

  it('moves New Year’s Day past 2 January in Scotland, and 2 January past New Year’s substitute', () => {
    // 2022: Saturday 1 and Sunday 2 January.
    expect(datesOf('scotland', 2022).slice(0, 2)).toEqual(['2022-01-03', '2022-01-04']);
    expect(event('scotland', '2022-01-03')?.title).toBe('New Year’s Day');
    expect(event('scotland', '2022-01-04')?.title).toBe('2nd January');
    // 2023 and 2017: Sunday 1 and Monday 2 January.
    expect(event('scotland', '2023-01-02')).toMatchObject({ title: '2nd January', notes: '' });
    expect(event('scotland', '2023-01-03')).toMatchObject({
      title: 'New Year’s Day',
      notes: 'Substitute day',
    });
    expect(datesOf('scotland', 2017).slice(0, 2)).toEqual(['2017-01-02', '2017-01-03']);
    // 2021: Friday 1 and Saturday 2 January.
    expect(datesOf('scotland', 2021).slice(0, 2)).toEqual(['2021-01-01', '2021-01-04']);
  });

  it('moves St Andrew’s Day at a weekend to the Monday', () => {
    expect(event('scotland', '2019-12-02')).toMatchObject({
      title: 'St Andrew’s Day',
      notes: 'Substitute day',
    });
    expect(event('scotland', '2024-12-02')).toMatchObject({
      title: 'St Andrew’s Day',
      notes: 'Substitute day',
    });
    expect(event('scotland', '2025-12-01')).toMatchObject({
      title: 'St Andrew’s Day',
      notes: 'Substitute day',
    });
    expect(event('scotland', '2026-11-30')).toMatchObject({ title: 'St Andrew’s Day', notes: '' });
    expect(event('scotland', '2019-11-30')).toBeUndefined();
  });

  it('moves St Patrick’s Day and the Battle of the Boyne at a weekend to the Monday', () => {
    expect(event('northern-ireland', '2018-03-19')).toMatchObject({ notes: 'Substitute day' });
    expect(event('northern-ireland', '2019-03-18')).toMatchObject({ title: 'St Patrick’s Day' });
    expect(event('northern-ireland', '2024-03-18')).toMatchObject({ title: 'St Patrick’s Day' });
    expect(event('northern-ireland', '2015-07-13')).toMatchObject({
      title: 'Battle of the Boyne (Orangemen’s Day)',
      notes: 'Substitute day',
    });
    expect(event('northern-ireland', '2020-07-13')).toMatchObject({ notes: 'Substitute day' });
  });

  it('never puts a holiday on a Saturday or Sunday, nor two on one day', () => {
    for (const division of DIVISIONS) {
      for (let year = 2000; year <= 2100; year++) {
        const dates = datesOf(division, year);
        expect(new Set(dates).size).toBe(dates.length);
        for (const date of dates) {
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          expect([0, 6]).not.toContain(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
        }
      }
    }
  });
});

describe('one-off changes', () => {
  it('lists the five changes from 2015 on', () => {
    expect(
      ONE_OFF_BANK_HOLIDAY_CHANGES.map((c) => (c.kind === 'move' ? `${c.from}>${c.to}` : c.date)),
    ).toEqual(['2020-05-04>2020-05-08', '2022-05-30>2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']);
  });

  it('applies each of them in all three divisions', () => {
    for (const division of DIVISIONS) {
      const dates = new Set(BUILT_IN_CALENDAR.divisions[division].map((h) => h.date));
      for (const date of [
        '2020-05-08',
        '2022-06-02',
        '2022-06-03',
        '2022-09-19',
        '2023-05-08',
        '2023-05-01',
      ]) {
        expect(dates.has(date)).toBe(true);
      }
      for (const date of ['2020-05-04', '2022-05-30']) expect(dates.has(date)).toBe(false);
    }
  });
});

describe('the built-in calendar', () => {
  it('covers 2015 to 2027 and nothing else', () => {
    expect(BUILT_IN_CALENDAR.coverage).toEqual({ from: '2015-01-01', to: '2027-12-31' });
    for (const division of DIVISIONS) {
      const events = BUILT_IN_CALENDAR.divisions[division];
      expect(events[0]?.date).toBe('2015-01-01');
      expect(events.at(-1)?.date.slice(0, 4)).toBe('2027');
    }
  });

  it('has 8, 9 and 10 holidays a year, with the extra days of 2022 and 2023', () => {
    const regular: Record<Division, number> = { 'england-and-wales': 8, scotland: 9, 'northern-ireland': 10 };
    for (const division of DIVISIONS) {
      for (let year = 2015; year <= 2027; year++) {
        const extra = year === 2022 ? 2 : year === 2023 ? 1 : 0;
        expect(inYear(division, year)).toHaveLength(regular[division] + extra);
      }
    }
    expect(BUILT_IN_CALENDAR.divisions['england-and-wales']).toHaveLength(107);
    expect(BUILT_IN_CALENDAR.divisions.scotland).toHaveLength(120);
    expect(BUILT_IN_CALENDAR.divisions['northern-ireland']).toHaveLength(133);
  });

  it('is in date order and cannot be changed', () => {
    for (const division of DIVISIONS) {
      const dates = BUILT_IN_CALENDAR.divisions[division].map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
    }
    expect(Object.isFrozen(BUILT_IN_CALENDAR)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_CALENDAR.coverage)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_CALENDAR.divisions)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_CALENDAR.divisions.scotland)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_CALENDAR.divisions.scotland[0])).toBe(true);
    expect(() => (BUILT_IN_CALENDAR.divisions.scotland as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('generateBankHolidays as a projection', () => {
  it('projects 2028 from the rules', () => {
    // Worked by hand: 1 January 2028 is a Saturday and Easter Sunday is 16 April.
    expect(datesOf('england-and-wales', 2028)).toEqual([
      '2028-01-03',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ]);
    expect(datesOf('scotland', 2028)).toEqual([
      '2028-01-03',
      '2028-01-04',
      '2028-04-14',
      '2028-05-01',
      '2028-05-29',
      '2028-08-07',
      '2028-11-30',
      '2028-12-25',
      '2028-12-26',
    ]);
  });

  it('returns a new array each time, so a caller cannot change another’s', () => {
    const first = generateBankHolidays('scotland', 2026);
    first.pop();
    expect(generateBankHolidays('scotland', 2026)).toHaveLength(9);
  });

  it('throws a typed error for an unknown division or a year it cannot compute', () => {
    expect(() => generateBankHolidays('wales' as never, 2026)).toThrow(
      'generateBankHolidays(division): expected one of england-and-wales, scotland or northern-ireland',
    );
    for (const year of [1582, 10000, 2026.5, Number.NaN]) {
      expect(() => generateBankHolidays('scotland', year)).toThrow(InvalidCalendarArgumentError);
    }
  });
});
