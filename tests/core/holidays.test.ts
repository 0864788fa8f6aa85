import { describe, expect, it } from 'vitest';
import table from '../../data/holidays.json';
import { buildHolidayTable, FIRST_YEAR, LAST_YEAR } from '../../scripts/generate-holidays.js';
import {
  createHolidayCalendar,
  dutchHolidays,
  holidayTableSchema,
} from '../../src/core/holidays.js';

describe('Dutch public holidays', () => {
  it.each([
    ['2026-01-01', 'Nieuwjaar', "New Year's Day"],
    ['2026-04-05', 'Pasen', 'Easter Sunday'],
    ['2026-04-06', 'Tweede paasdag', 'Easter Monday'],
    ['2026-04-27', 'Koningsdag', "King's Day"],
    ['2025-04-26', 'Koningsdag', "King's Day"],
    ['2026-05-14', 'Hemelvaartsdag', 'Ascension Day'],
    ['2025-05-29', 'Hemelvaartsdag', 'Ascension Day'],
    ['2026-05-25', 'Tweede pinksterdag', 'Whit Monday'],
    ['2025-12-25', 'Kerstmis', 'Christmas Day'],
    ['2026-12-26', 'Tweede kerstdag', 'Boxing Day'],
  ])('%s is %s (%s)', (date, nl, en) => {
    expect(dutchHolidays.holidayOn(date)).toEqual({ nl, en });
  });

  it.each([
    ['2025-04-27', "King's Day falls on a Sunday, so it moved to Saturday the 26th"],
    ['2026-04-03', 'Good Friday is not a public holiday in date-holidays'],
    ['2026-05-05', 'Liberation Day is not a public holiday in date-holidays'],
    ['2025-05-05', 'Liberation Day is not public even in a lustrum year'],
    ['2026-05-04', 'Remembrance of the Dead is an observance'],
    ['2026-12-31', "New Year's Eve is not a holiday"],
    ['2026-04-28', 'an ordinary Tuesday'],
  ])('%s is not a holiday: %s', (date) => {
    expect(dutchHolidays.holidayOn(date)).toBeUndefined();
  });

  it.each([
    ['2024-01-01', true],
    ['2040-12-31', true],
    ['2023-12-31', false],
    ['2041-01-01', false],
  ])('the calendar covers %s: %s', (date, expected) => {
    expect(dutchHolidays.covers(date)).toBe(expected);
  });

  it.each(['2023-12-25', '2041-01-01'])(
    'outside the covered years, %s reports no holiday',
    (date) => {
      expect(dutchHolidays.holidayOn(date)).toBeUndefined();
    },
  );

  it('the checked-in table matches what date-holidays generates for every covered year', () => {
    expect(table).toEqual(buildHolidayTable(FIRST_YEAR, LAST_YEAR));
  });

  it('the table covers 2026 plus at least 10 years', () => {
    for (let year = 2026; year <= 2036; year++) {
      expect(dutchHolidays.covers(`${year}-06-01`)).toBe(true);
    }
  });

  // Fails on purpose once the table runs short, as a reminder to run `npm run holidays:generate`.
  it('the table covers the current year plus at least 10 years', () => {
    const thisYear = new Date().getUTCFullYear();
    for (let year = thisYear; year <= thisYear + 10; year++) {
      expect(dutchHolidays.covers(`${year}-06-01`)).toBe(true);
    }
  });

  it.each([
    [
      'unsorted',
      [
        { date: '2026-12-26', name: { nl: 'b', en: 'b' } },
        { date: '2026-12-25', name: { nl: 'a', en: 'a' } },
      ],
    ],
    [
      'duplicate dates',
      [
        { date: '2026-12-25', name: { nl: 'a', en: 'a' } },
        { date: '2026-12-25', name: { nl: 'a', en: 'a' } },
      ],
    ],
    ['a badly written date', [{ date: '25-12-2026', name: { nl: 'a', en: 'a' } }]],
    ['a missing English name', [{ date: '2026-12-25', name: { nl: 'a' } }]],
    ['no rows', []],
  ])('the table schema rejects a table with %s', (_, rows) => {
    expect(holidayTableSchema.safeParse(rows).success).toBe(false);
  });

  it('a calendar built from a small table only covers the years in it', () => {
    const calendar = createHolidayCalendar([
      { date: '2030-01-01', name: { nl: 'Nieuwjaar', en: "New Year's Day" } },
    ]);
    expect(calendar.covers('2030-12-31')).toBe(true);
    expect(calendar.covers('2031-01-01')).toBe(false);
    expect(calendar.holidayOn('2030-01-01')?.nl).toBe('Nieuwjaar');
  });
});
