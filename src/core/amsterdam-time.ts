import { DAYS, type Day } from '../catalog/schema.js';

/**
 * Europe/Amsterdam wall-clock helpers built on `Intl.DateTimeFormat` only, so they behave the
 * same in Node and in Cloudflare Workers without a time-zone library.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

// One shared formatter: constructing Intl formatters is comparatively expensive.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  // h23, not hour12:false: some engines render midnight as "24" with the latter.
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock from Intl itself: exact, but the costliest call on a chat turn's path. */
function intlWallClock(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * Amsterdam's offset from UTC changes only at a whole UTC hour (01:00 UTC, under the EU rules), so
 * the offset of any instant holds for its whole UTC hour. Remembering it per hour lets a turn ask
 * Intl once an hour instead of a dozen times per turn; the cache is bounded.
 */
const offsetByUtcHour = new Map<number, number>();
const HOUR_MS = 60 * MINUTE_MS;

function offsetOfUtcHour(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const start = new Date(hour * HOUR_MS);
    const c = intlWallClock(start);
    offset = Math.round(
      (Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - start.getTime()) /
        MINUTE_MS,
    );
    if (offsetByUtcHour.size >= 512) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

function wallClock(instant: Date): WallClock {
  const local = new Date(instant.getTime() + offsetOfUtcHour(instant) * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The Amsterdam calendar date of an instant, as "YYYY-MM-DD". */
export function localDateOf(instant: Date): string {
  const { year, month, day } = wallClock(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whole minutes since Amsterdam local midnight (0..1439) at an instant. */
export function minutesOfDay(instant: Date): number {
  const { hour, minute } = wallClock(instant);
  return hour * 60 + minute;
}

/** The Amsterdam weekday of an instant. */
export function weekdayOf(instant: Date): Day {
  return weekdayOfDate(localDateOf(instant));
}

/** The weekday of a calendar date ("YYYY-MM-DD"); pure calendar arithmetic, no time zone. */
export function weekdayOfDate(localDate: string): Day {
  // getUTCDay counts from Sunday; DAYS starts on Monday.
  const day = DAYS[(dateToUtcMidnight(localDate).getUTCDay() + 6) % 7];
  if (day === undefined) throw new Error(`invalid date ${localDate}`);
  return day;
}

/** The calendar date `days` after (or before, when negative) `localDate`. */
export function addDays(localDate: string, days: number): string {
  return new Date(dateToUtcMidnight(localDate).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Formats minutes since midnight as "HH:MM"; 1440 stays "24:00" as opening hours write it. */
export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date): number {
  return offsetOfUtcHour(instant);
}

/**
 * The instant at which Amsterdam clocks show `localDate` plus `minutes` since midnight (1440 is
 * the next midnight). On the spring-forward day a time in the skipped hour maps to the same
 * distance after the change (02:30 becomes 03:30 CEST); on the fall-back day a time that occurs
 * twice maps to its first (summer-time) occurrence.
 */
export function amsterdamToUtc(localDate: string, minutes: number): Date {
  const naive = dateToUtcMidnight(localDate).getTime() + minutes * MINUTE_MS;
  // Amsterdam changes offset at most once in any 48 hours, so these two cover both sides.
  const before = offsetMinutes(new Date(naive - DAY_MS));
  const after = offsetMinutes(new Date(naive + DAY_MS));
  const candidates = [before, after]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((utc) => utc === naive - offsetMinutes(new Date(utc)) * MINUTE_MS)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? naive - before * MINUTE_MS);
}

function dateToUtcMidnight(localDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new Error(`invalid date ${localDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
