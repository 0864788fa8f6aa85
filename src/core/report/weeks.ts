import { DAYS } from '../../catalog/schema.js';
import { addDays, localDateOf, weekdayOfDate } from '../amsterdam-time.js';

/** The ISO week ("2026-W49") an instant falls in, by the Amsterdam calendar date. */
export function isoWeekOf(instant: Date): string {
  return isoWeekOfDate(localDateOf(instant));
}

/** ISO 8601 week of a calendar date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOfDate(localDate: string): string {
  const [year = 1970, month = 1, day = 1] = localDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week
  const weekYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 24 * 3600 * 1000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * A period widened to whole ISO weeks, Monday to Sunday. The report counts per week; a period
 * that started or ended mid-week would let two reports whose periods differ by a day be
 * subtracted to find that one day's (small) count.
 */
export function wholeWeeks(from: string, to: string): { from: string; to: string } {
  const weekday = (date: string) => DAYS.indexOf(weekdayOfDate(date));
  return { from: addDays(from, -weekday(from)), to: addDays(to, 6 - weekday(to)) };
}

/** The Monday and Sunday of an ISO week ("2026-W48" → 2026-11-23 and 2026-11-29). */
export function isoWeekDates(week: string): { from: string; to: string } {
  const [year = 1970, number = 1] = week.split('-W').map(Number);
  const january4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(january4);
  monday.setUTCDate(january4.getUTCDate() - ((january4.getUTCDay() + 6) % 7) + (number - 1) * 7);
  const from = monday.toISOString().slice(0, 10);
  return { from, to: addDays(from, 6) };
}
