import {
  DAYS,
  type Day,
  type Localized,
  type Locale,
  type WeeklyHours,
} from '../catalog/schema.js';
import {
  addDays,
  amsterdamToUtc,
  formatClock,
  localDateOf,
  minutesOfDay,
  weekdayOfDate,
} from './amsterdam-time.js';
import type { HolidayCalendar } from './holidays.js';

/** Whether something is open at a given instant, and what to tell the citizen about it. */
export interface OpeningStatus {
  openNow: boolean;
  /** Today's intervals as written in the hours, e.g. ['08:00-20:00']; [] when closed all day, incl. holidays. */
  todayIntervals: string[];
  /** Today's public holiday, if any, whether or not it closes this line. */
  holiday?: Localized;
  /** When open now: the instant it closes. Undefined when it stays open past the search horizon. */
  closesAt?: Date;
  /** When closed now: the next instant it opens, within the search horizon. */
  nextOpening?: Date;
}

/** Output language. */

/** How far ahead we look for the next opening or closing; beyond that we say nothing. */
const HORIZON_DAYS = 14;
const MINUTES_PER_DAY = 24 * 60;

interface Interval {
  start: number;
  end: number;
}

function toMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function parseInterval(interval: string): Interval {
  const [from = '', to = ''] = interval.split('-');
  return { start: toMinutes(from), end: toMinutes(to) };
}

/** The intervals as written for a date, after applying the holiday rule. */
function intervalsOn(hours: WeeklyHours, localDate: string, calendar: HolidayCalendar): string[] {
  if (hours.holidays === 'closed' && calendar.holidayOn(localDate)) return [];
  return hours[weekdayOfDate(localDate)] ?? [];
}

function parsedIntervalsOn(
  hours: WeeklyHours,
  localDate: string,
  calendar: HolidayCalendar,
): Interval[] {
  return intervalsOn(hours, localDate, calendar)
    .map(parseInterval)
    .sort((a, b) => a.start - b.start);
}

/** Pushes `minute` to the end of any interval containing it, so touching intervals merge. */
function extendThrough(intervals: Interval[], minute: number): number {
  let reached = minute;
  for (const interval of intervals) {
    if (interval.start <= reached && interval.end > reached) reached = interval.end;
  }
  return reached;
}

/** Follows open intervals from (date, minute) across midnights, e.g. for 24/7 lines. */
function findClosing(
  hours: WeeklyHours,
  calendar: HolidayCalendar,
  localDate: string,
  minute: number,
): Date | undefined {
  let date = localDate;
  let reached = minute;
  for (let day = 0; day <= HORIZON_DAYS; day++) {
    reached = extendThrough(parsedIntervalsOn(hours, date, calendar), reached);
    if (reached < MINUTES_PER_DAY) return amsterdamToUtc(date, reached);
    date = addDays(date, 1);
    reached = 0;
  }
  return undefined;
}

function findNextOpening(
  hours: WeeklyHours,
  calendar: HolidayCalendar,
  localDate: string,
  minute: number,
): Date | undefined {
  for (let day = 0; day <= HORIZON_DAYS; day++) {
    const date = addDays(localDate, day);
    const after = day === 0 ? minute : -1;
    const next = parsedIntervalsOn(hours, date, calendar).find((i) => i.start > after);
    if (next) return amsterdamToUtc(date, next.start);
  }
  return undefined;
}

/**
 * Whether a line with these weekly hours is open at `now`, with today's hours, today's holiday,
 * and when it closes or next opens. Pure: the current time and holiday calendar are passed in.
 */
export function openingStatus(
  hours: WeeklyHours,
  now: Date,
  calendar: HolidayCalendar,
): OpeningStatus {
  const today = localDateOf(now);
  const minute = minutesOfDay(now);
  const todayIntervals = intervalsOn(hours, today, calendar);
  const holiday = calendar.holidayOn(today);
  const openNow = todayIntervals
    .map(parseInterval)
    .some((i) => i.start <= minute && minute < i.end);

  const status: OpeningStatus = { openNow, todayIntervals: [...todayIntervals] };
  if (holiday) status.holiday = holiday;
  if (openNow) {
    const closesAt = findClosing(hours, calendar, today, minute);
    if (closesAt) status.closesAt = closesAt;
  } else {
    const nextOpening = findNextOpening(hours, calendar, today, minute);
    if (nextOpening) status.nextOpening = nextOpening;
  }
  return status;
}

const SHORT_DAY: Record<Locale, Record<Day, string>> = {
  nl: { mon: 'ma', tue: 'di', wed: 'wo', thu: 'do', fri: 'vr', sat: 'za', sun: 'zo' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

const LONG_DAY: Record<Locale, Record<Day, string>> = {
  nl: {
    mon: 'maandag',
    tue: 'dinsdag',
    wed: 'woensdag',
    thu: 'donderdag',
    fri: 'vrijdag',
    sat: 'zaterdag',
    sun: 'zondag',
  },
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
};

const MONTHS: Record<Locale, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const WORDS = {
  nl: {
    through: ' t/m ',
    and: ' en ',
    closedOnHolidays: 'gesloten op feestdagen',
    openOnHolidays: 'ook open op feestdagen',
    neverOpen: 'altijd gesloten',
    dayAndNight: 'dag en nacht, elke dag, ook op feestdagen',
  },
  en: {
    through: '–',
    and: ' and ',
    closedOnHolidays: 'closed on public holidays',
    openOnHolidays: 'also open on public holidays',
    neverOpen: 'always closed',
    dayAndNight: 'day and night, every day, public holidays included',
  },
} as const;

/** Consecutive days (Monday to Sunday) that share the same non-empty hours. */
interface DayGroup {
  days: Day[];
  intervals: string[];
}

function groupDays(hours: WeeklyHours): DayGroup[] {
  const groups: DayGroup[] = [];
  let previous: DayGroup | undefined;
  for (const day of DAYS) {
    const intervals = [...(hours[day] ?? [])].sort();
    if (intervals.length === 0) {
      previous = undefined;
    } else if (previous && previous.intervals.join() === intervals.join()) {
      previous.days.push(day);
    } else {
      previous = { days: [day], intervals };
      groups.push(previous);
    }
  }
  return groups;
}

function describeDays(days: Day[], locale: Locale): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return '';
  const names = SHORT_DAY[locale];
  if (days.length === 1) return names[first];
  // Two days read better as "za en zo" than as a range.
  const joiner = days.length === 2 ? WORDS[locale].and : WORDS[locale].through;
  return `${names[first]}${joiner}${names[last]}`;
}

function describeGroup(group: DayGroup, locale: Locale): string {
  const times = group.intervals.map((interval) => interval.replace('-', '–'));
  return `${describeDays(group.days, locale)} ${times.join(WORDS[locale].and)}`;
}

/**
 * The hours two schedules share: when a named adviser can be reached on a line, both must be
 * open. Closed on public holidays when either is.
 */
export function overlapOf(a: WeeklyHours, b: WeeklyHours): WeeklyHours {
  const shared: WeeklyHours = {
    holidays: a.holidays === 'open' && b.holidays === 'open' ? 'open' : 'closed',
  };
  for (const day of DAYS) {
    const intervals = (a[day] ?? []).flatMap((first) => {
      const [from1 = '', to1 = ''] = first.split('-');
      return (b[day] ?? []).flatMap((second) => {
        const [from2 = '', to2 = ''] = second.split('-');
        // Zero-padded "HH:MM" strings compare as times do.
        const from = from1 > from2 ? from1 : from2;
        const to = to1 < to2 ? to1 : to2;
        return from < to ? [`${from}-${to}`] : [];
      });
    });
    if (intervals.length > 0) shared[day] = intervals;
  }
  return shared;
}

/**
 * Weekly hours as one short B1 line, grouping equal consecutive days, e.g.
 * "ma t/m do 08:00–20:00, vr 08:00–17:00; gesloten op feestdagen" or
 * "Mon–Thu 08:00–20:00, Fri 08:00–17:00; closed on public holidays".
 */
export function describeWeeklyHours(hours: WeeklyHours, locale: Locale): string {
  const groups = groupDays(hours);
  const words = WORDS[locale];
  if (groups.length === 0) return words.neverOpen;
  const [all] = groups;
  if (
    groups.length === 1 &&
    all?.days.length === 7 &&
    all.intervals.join() === '00:00-24:00' &&
    hours.holidays === 'open'
  ) {
    return words.dayAndNight;
  }
  const holidays = hours.holidays === 'closed' ? words.closedOnHolidays : words.openOnHolidays;
  return `${groups.map((group) => describeGroup(group, locale)).join(', ')}; ${holidays}`;
}

/** "maandag 28 december" / "Monday 28 December". */
function describeDate(localDate: string, locale: Locale): string {
  const [, month = 1, day = 1] = localDate.split('-').map(Number);
  const weekday = LONG_DAY[locale][weekdayOfDate(localDate)];
  return `${weekday} ${day} ${MONTHS[locale][month - 1] ?? ''}`;
}

/** When it closes, relative to today: "20:00", "24:00", "morgen 02:00", … */
function describeClosing(closesAt: Date, today: string, locale: Locale): string {
  const date = localDateOf(closesAt);
  const minute = minutesOfDay(closesAt);
  if (date === today) return formatClock(minute);
  const tomorrow = addDays(today, 1);
  // Closing at the next midnight is how "until 24:00" in the hours reads back.
  if (date === tomorrow && minute === 0) return formatClock(MINUTES_PER_DAY);
  const day =
    date === tomorrow ? (locale === 'nl' ? 'morgen' : 'tomorrow') : describeDate(date, locale);
  return locale === 'nl' ? `${day} ${formatClock(minute)}` : `${day} at ${formatClock(minute)}`;
}

/** When it opens, relative to today: "om 13:30", "morgen om 08:00", "maandag 28 december om 08:00". */
function describeOpening(opensAt: Date, today: string, locale: Locale): string {
  const date = localDateOf(opensAt);
  const at = `${locale === 'nl' ? 'om' : 'at'} ${formatClock(minutesOfDay(opensAt))}`;
  if (date === today) return at;
  if (date === addDays(today, 1)) return `${locale === 'nl' ? 'morgen' : 'tomorrow'} ${at}`;
  return `${describeDate(date, locale)} ${at}`;
}

function describeOpen(status: OpeningStatus, today: string, locale: Locale): string {
  if (!status.closesAt) return locale === 'nl' ? 'Nu open.' : 'Open now.';
  const until = describeClosing(status.closesAt, today, locale);
  return locale === 'nl' ? `Nu open, tot ${until}.` : `Open now, until ${until}.`;
}

function describeClosed(status: OpeningStatus, today: string, locale: Locale): string {
  // Name the holiday only when it is a whole closed day, where it explains the closure.
  const reason =
    status.holiday && status.todayIntervals.length === 0 ? ` (${status.holiday[locale]})` : '';
  const closed = locale === 'nl' ? `Nu gesloten${reason}.` : `Closed now${reason}.`;
  if (!status.nextOpening) {
    const none =
      locale === 'nl' ? 'De komende 2 weken niet open.' : 'Not open in the next 2 weeks.';
    return `${closed} ${none}`;
  }
  const when = describeOpening(status.nextOpening, today, locale);
  return locale === 'nl' ? `${closed} Weer open ${when}.` : `${closed} Opens again ${when}.`;
}

/**
 * The status as one or two short B1 sentences in Amsterdam local time, e.g. "Nu open, tot 20:00."
 * or "Closed now (Boxing Day). Opens again Monday 28 December at 08:00.". `now` decides what
 * "today" and "tomorrow" mean and should be the instant the status was computed for.
 */
export function describeStatus(status: OpeningStatus, now: Date, locale: Locale): string {
  const today = localDateOf(now);
  return status.openNow
    ? describeOpen(status, today, locale)
    : describeClosed(status, today, locale);
}

/** "vandaag", "morgen" or "maandag 28 december" (and the English), relative to `today`. */
export function describeDay(localDate: string, today: string, locale: Locale): string {
  if (localDate === today) return locale === 'nl' ? 'vandaag' : 'today';
  if (localDate === addDays(today, 1)) return locale === 'nl' ? 'morgen' : 'tomorrow';
  return describeDate(localDate, locale);
}
