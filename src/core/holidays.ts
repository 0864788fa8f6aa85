import { z } from 'zod';
import holidays from '../../data/holidays.json';
import { localizedSchema, type Localized } from '../catalog/schema.js';

/** Looks up public holidays by Europe/Amsterdam local date ("YYYY-MM-DD"). */
export interface HolidayCalendar {
  /** The holiday on that date, or undefined when there is none or the date is not covered. */
  holidayOn(localDate: string): Localized | undefined;
  /** Whether the calendar knows that date's year; outside it, "no holiday" means "unknown". */
  covers(localDate: string): boolean;
}

const holidayRowSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates look like 2026-12-25'),
  name: localizedSchema,
});

/** The shape of `data/holidays.json`: sorted by date, no date twice. */
export const holidayTableSchema = z
  .array(holidayRowSchema)
  .min(1)
  .refine(
    (rows) => rows.every((row, i) => i === 0 || (rows[i - 1]?.date ?? '') < row.date),
    'holidays must be sorted by date without duplicates',
  );
export type HolidayTable = z.infer<typeof holidayTableSchema>;

/** Builds a calendar from a validated table; it covers every year from the first to the last row. */
export function createHolidayCalendar(table: HolidayTable): HolidayCalendar {
  const byDate = new Map(table.map((row) => [row.date, row.name]));
  const firstYear = table[0]?.date.slice(0, 4) ?? '';
  const lastYear = table[table.length - 1]?.date.slice(0, 4) ?? '';
  const covers = (localDate: string): boolean => {
    const year = localDate.slice(0, 4);
    return year >= firstYear && year <= lastYear;
  };
  return {
    covers,
    holidayOn: (localDate) => (covers(localDate) ? byDate.get(localDate) : undefined),
  };
}

// Parsed at module load so a broken table fails at start-up, not on the first holiday.
const table = holidayTableSchema.parse(holidays);

/** Dutch public holidays from the generated `data/holidays.json`. */
export const dutchHolidays: HolidayCalendar = createHolidayCalendar(table);
