/**
 * Generates `data/holidays.json`: the Dutch public holidays Wegwijzer uses to decide whether a
 * phone line or desk is closed. The table is checked in so the runtime (Node and Cloudflare
 * Workers) never needs `date-holidays`, which is a dev dependency only.
 *
 * Run with `npm run holidays:generate`.
 *
 * Decision on Goede Vrijdag and Bevrijdingsdag (5 May): both are included only when
 * date-holidays marks them `public`. In date-holidays 3.37 both are typed `school` for NL, so
 * they are left out. Reason: neither is a general day off. Goede Vrijdag is not a national
 * holiday at all; Bevrijdingsdag is a day off only in some years under many collective
 * agreements, so many government lines stay open on it. Marking either as "closed" for every
 * line would tell citizens a line is shut when it may not be. A line that does close on one of
 * those days needs that in its own data, not in this national table.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';

/** First and last year in the table; the runtime treats dates outside it as "unknown". */
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2040;

/** One row of `data/holidays.json`. */
export interface HolidayRow {
  date: string;
  name: { nl: string; en: string };
}

/** Builds the table for `from`..`to` (inclusive), sorted by date, public holidays only. */
export function buildHolidayTable(from: number, to: number): HolidayRow[] {
  const calendar = new Holidays('NL');
  const rows: HolidayRow[] = [];
  for (let year = from; year <= to; year++) {
    rows.push(...publicHolidaysIn(calendar, year));
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

function publicHolidaysIn(calendar: Holidays, year: number): HolidayRow[] {
  // The same rule yields the same date in every language, so the rule is the join key.
  const english = new Map(
    calendar.getHolidays(year, 'en').map((holiday) => [holiday.rule, holiday.name]),
  );
  return calendar
    .getHolidays(year, 'nl')
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => {
      const en = english.get(holiday.rule);
      if (en === undefined) throw new Error(`no English name for ${holiday.name} (${year})`);
      // `date` is "YYYY-MM-DD 00:00:00" in local time; only the calendar date matters here.
      return { date: holiday.date.slice(0, 10), name: { nl: holiday.name, en } };
    });
}

/** Names date-holidays knows for NL but that are not public, to show what was left out. */
function excludedNames(year: number): string[] {
  return new Holidays('NL')
    .getHolidays(year, 'nl')
    .filter((holiday) => holiday.type !== 'public')
    .map((holiday) => `${holiday.name} (${holiday.type})`);
}

function main(): void {
  const table = buildHolidayTable(FIRST_YEAR, LAST_YEAR);
  const target = fileURLToPath(new URL('../data/holidays.json', import.meta.url));
  writeFileSync(target, `${JSON.stringify(table, null, 2)}\n`);

  const perYear = table.length / (LAST_YEAR - FIRST_YEAR + 1);
  console.log(`Wrote ${table.length} public holidays for ${FIRST_YEAR}-${LAST_YEAR} to ${target}`);
  console.log(`Per year: ${perYear.toFixed(1)} on average`);
  const sample = table.filter((row) => row.date.startsWith(String(FIRST_YEAR)));
  console.log(`${FIRST_YEAR}: ${sample.map((row) => `${row.date} ${row.name.nl}`).join(', ')}`);
  console.log(`Not included (not public): ${excludedNames(FIRST_YEAR).join(', ')}`);
}

// Only write the file when run as a script, so tests can import `buildHolidayTable`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
