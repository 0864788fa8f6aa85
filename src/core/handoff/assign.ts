import type { Catalog } from '../../catalog/catalog.js';
import type { Locale, RosterContact } from '../../catalog/schema.js';
import { fill } from '../../catalog/texts.js';
import { formatClock, localDateOf, minutesOfDay } from '../amsterdam-time.js';
import type { HolidayCalendar } from '../holidays.js';
import { describeDay, openingStatus, type OpeningStatus } from '../opening-hours.js';
import type { HandoffConfig } from './config.js';

export interface Assignment {
  agencyId: string;
  caseworker: RosterContact;
  /** When the caseworker will have contacted the person at the latest. */
  expectedContactAt: Date;
  /** The same in words: "vandaag vóór 14:30", "maandag 7 december tussen 09:00 en 11:00". */
  expectedContact: string;
}

export interface AssignmentRequest {
  agencyId: string;
  topicId: string | null;
  now: Date;
  locale: Locale;
  /** Open cases per roster contact id, for a fair share. */
  openCases: ReadonlyMap<string, number>;
}

const HOUR_MS = 60 * 60 * 1000;
/** Too close to closing time to promise a call today. */
const MINIMUM_LEFT_MS = 30 * 60 * 1000;

interface Option {
  person: RosterContact;
  status: OpeningStatus;
  available: boolean;
  /** When the person can next take the case: now, or the next opening. */
  from: Date;
  load: number;
}

/**
 * Chooses the caseworker: someone of the agency who takes hand-offs and handles the topic (a
 * case without one: the general team for private people, where nobody handles every topic),
 * available soonest, a named person before a team, and then whoever has the fewest open cases,
 * so work is shared fairly. Falls back to the fallback chain's agency when the
 * agency has nobody who takes hand-offs.
 */
export function assignCaseworker(
  catalog: Catalog,
  calendar: HolidayCalendar,
  config: HandoffConfig,
  request: AssignmentRequest,
): Assignment {
  const { now, locale } = request;
  for (const agencyId of [request.agencyId, ...catalog.fallbackChain]) {
    const roster = catalog.rosters.get(agencyId);
    if (!roster) continue;
    const takers = roster.contacts.filter((person) => person.takesHandoffs);
    const forTopic = takers.filter(
      (person) =>
        person.topics.length === 0 || (request.topicId && person.topics.includes(request.topicId)),
    );
    // A case without a topic (or of one nobody handles) goes to the general team for private
    // people, never to whichever specialist line is free first, such as the one for businesses.
    const general = takers.filter((person) => person.general);
    const pool = forTopic.length > 0 ? forTopic : general.length > 0 ? general : takers;
    const options: Option[] = pool.map((person) => {
      const status = openingStatus(person.hours, now, calendar);
      const available = availableNow(status, now);
      return {
        person,
        status,
        available,
        from: available ? now : nextStart(status, person, now, calendar),
        load: request.openCases.get(person.id) ?? 0,
      };
    });
    const [best] = options.sort(compareOptions);
    if (!best) continue;
    const window = config.callbackWindowHours * HOUR_MS;
    const { at, from } = contactWindow(best, window);
    return {
      agencyId,
      caseworker: best.person,
      expectedContactAt: at,
      expectedContact: describeWindow(config, at, from, now, locale),
    };
  }
  throw new Error(`nobody takes hand-offs for ${request.agencyId} or the fallback chain`);
}

function availableNow(status: OpeningStatus, now: Date): boolean {
  return (
    status.openNow &&
    (status.closesAt === undefined || status.closesAt.getTime() - now.getTime() > MINIMUM_LEFT_MS)
  );
}

/** The next opening; for someone about to close, the opening after this one. */
function nextStart(
  status: OpeningStatus,
  person: RosterContact,
  now: Date,
  calendar: HolidayCalendar,
): Date {
  if (status.openNow && status.closesAt) {
    return openingStatus(person.hours, status.closesAt, calendar).nextOpening ?? FAR_AWAY(now);
  }
  return status.nextOpening ?? FAR_AWAY(now);
}

const FAR_AWAY = (now: Date) => new Date(now.getTime() + 14 * 24 * HOUR_MS);

function compareOptions(a: Option, b: Option): number {
  // Among those available as soon, whoever handles this very topic (Team Verlengingen for a
  // renewal) before a generalist, then a named person before a team, then the lighter load.
  const specialist = (option: Option) => Number(option.person.topics.length > 0);
  return (
    a.from.getTime() - b.from.getTime() ||
    specialist(b) - specialist(a) ||
    Number(b.person.kind === 'person') - Number(a.person.kind === 'person') ||
    a.load - b.load ||
    a.person.id.localeCompare(b.person.id)
  );
}

/** Within the callback window from now, or from the next opening, never past closing time. */
function contactWindow(option: Option, window: number): { at: Date; from: Date } {
  const end = option.from.getTime() + window;
  if (option.available && option.status.closesAt) {
    return { at: new Date(Math.min(end, option.status.closesAt.getTime())), from: option.from };
  }
  return { at: new Date(end), from: option.from };
}

/** "vandaag vóór 14:30" or "maandag 7 december tussen 09:00 en 11:00", relative to `now`. */
export function describeWindow(
  config: HandoffConfig,
  at: Date,
  from: Date,
  now: Date,
  locale: Locale,
) {
  const today = localDateOf(now);
  const day = localDateOf(at);
  const time = (instant: Date) => formatClock(minutesOfDay(instant));
  if (day === today && from.getTime() <= now.getTime()) {
    return fill(config.texts.whenToday[locale], { time: time(at) });
  }
  return fill(config.texts.whenLater[locale], {
    day: describeDay(day, today, locale),
    from: time(from),
    to: time(at),
  });
}
