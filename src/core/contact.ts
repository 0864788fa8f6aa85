import { isVerified, nameInSentence, type Catalog } from '../catalog/catalog.js';
import {
  MUNICIPAL_NUMBER,
  MUNICIPAL_NUMBER_EN,
  type Agency,
  type PhoneLine,
  type RosterContact,
} from '../catalog/schema.js';
import { fill, type Locale } from '../catalog/texts.js';
import type { HolidayCalendar } from './holidays.js';
import {
  describeStatus,
  describeWeeklyHours,
  openingStatus,
  overlapOf,
  type OpeningStatus,
} from './opening-hours.js';

/** The human contact every answer carries (the contract's `contact` object, plus extras). */
export interface Contact {
  name: string;
  role: string;
  organisation: string;
  /** The organisation's name as it reads mid-sentence. */
  organisationInSentence: string;
  phone: string;
  hours: string;
  openNow: boolean;
  url: string;
  agencyId: string;
  kind: 'person' | 'team';
  /** "Open now, until 20:00." or when it opens again, in the person's language. */
  status: string;
  /** ISO time of the next opening when closed now. */
  nextOpening: string | null;
  cost: string;
  /** Set when this is a stand-in for an agency whose own number we could not verify. */
  note?: string;
  /** How to dial a number that is a pattern ("14 + netnummer"), in the person's language. */
  howToDial?: string;
  /**
   * The number to dial from outside the Netherlands, where a source gives one ("+31 55 538 53
   * 85" for 0800-0543); the phone itself when that is already international.
   */
  phoneAbroad?: string;
  /**
   * `true`: the conversation says the person is abroad, so a Dutch reply also gives
   * `phoneAbroad`; `false`: they are in the Netherlands for sure (at a library kiosk), so not
   * even an English reply does.
   */
  abroad?: boolean;
}

export interface ContactRequest {
  agencyId: string | null;
  topicId?: string | null;
  /**
   * The person's case is with a caseworker of this agency: name a team, not another person to
   * ask for ("Vraag naar Mevrouw S. de Vries" after "Uw vraag ligt bij Meneer A. El Amrani").
   */
  teamOnly?: boolean;
  now: Date;
  locale: Locale;
  /** The person says they are abroad ("ik woon in Spanje"), or is here: see {@link Contact.abroad}. */
  abroad?: boolean;
}

interface Option {
  agency: Agency;
  person: RosterContact;
  line: PhoneLine;
  /** The hours to tell a caller ({@link shownHours}). */
  hours: RosterContact['hours'];
  /** Whether and until when those hours are open now: decides whom to name. */
  status: OpeningStatus;
}

/**
 * The hours to tell a caller. A team is whoever is on duty on its line, so it has the line's own
 * hours when they were checked (1400 answers from 08:00). A named adviser is there only when both
 * the line and the adviser are: "Vraag naar Mevrouw de Vries" at 18:30 would send the caller to
 * someone who went home at 17:00. Without checked line hours, the roster's.
 */
function shownHours(line: PhoneLine, person: RosterContact): RosterContact['hours'] {
  if (!line.hours || line.hoursVerification === 'unverified') return person.hours;
  return person.kind === 'team' ? line.hours : overlapOf(person.hours, line.hours);
}

/**
 * Chooses the named person or team to offer: someone of the routed agency who handles the topic
 * through a verified phone line, preferring whoever is at work now, else whoever opens first.
 * Without a verified line, the first agency of the fallback chain stands in, and says so.
 */
export function chooseContact(
  catalog: Catalog,
  calendar: HolidayCalendar,
  request: ContactRequest,
): Contact {
  const { now, locale } = request;
  const toContact = (option: Option) => contactOf(option, now, locale, request.abroad);
  const agency = request.agencyId ? catalog.agencies.get(request.agencyId) : undefined;
  const all = agency ? optionsFor(catalog, calendar, agency, request.topicId ?? null, now) : [];
  const teams = request.teamOnly ? all.filter((option) => option.person.kind === 'team') : [];
  const own = teams.length > 0 ? teams : all;
  if (own[0]) return toContact(own[0]);

  for (const fallbackId of catalog.fallbackChain) {
    const fallback = catalog.agencies.get(fallbackId);
    if (!fallback) continue;
    const [best] = optionsFor(catalog, calendar, fallback, null, now);
    if (!best) continue;
    const contact = toContact(best);
    if (agency) {
      contact.note =
        agency.noNumber?.[locale] ??
        fill(catalog.texts.unverifiedPhone[locale], { agency: nameInSentence(agency)[locale] });
    }
    return contact;
  }
  // buildCatalog refuses a fallback chain without a verified line, so this cannot happen.
  throw new Error('no verified contact in the catalog');
}

function optionsFor(
  catalog: Catalog,
  calendar: HolidayCalendar,
  agency: Agency,
  topicId: string | null,
  now: Date,
): Option[] {
  const roster = catalog.rosters.get(agency.id);
  if (!roster) return [];
  const options: (Option & { fit: number })[] = [];
  for (const person of roster.contacts) {
    const line = agency.phones.find((candidate) => candidate.id === person.phoneLine);
    if (!line || !isVerified(line)) continue;
    const hours = shownHours(line, person);
    options.push({
      agency,
      person,
      line,
      hours,
      status: openingStatus(hours, now, calendar),
      fit: fitFor(person, topicId),
    });
  }
  // Someone at work now comes first, so the reply never says "closed" while a colleague on the
  // same line is there: the specialist when at work, else whoever handles everything. When no one
  // is at work, a team before a person, since a team is whoever answers the line next.
  const handles = (option: { fit: number }) => Number(option.fit > 0);
  const atWork = (option: Option) => Number(option.status.openNow);
  const team = (option: Option) => Number(option.person.kind === 'team');
  return options.sort(
    (a, b) =>
      handles(b) - handles(a) ||
      atWork(b) - atWork(a) ||
      (atWork(a) === 0 ? team(b) - team(a) : 0) ||
      b.fit - a.fit ||
      opensAt(a.status) - opensAt(b.status),
  );
}

/**
 * Whoever handles the topic first, then whoever handles everything; then anyone else of the
 * agency, on the agency's own verified line: better than a stand-in that tells the person we
 * could not check a number we did check.
 */
function fitFor(person: RosterContact, topicId: string | null): number {
  if (person.topics.length === 0) return 1;
  return topicId && person.topics.includes(topicId) ? 2 : 0;
}

function opensAt(status: OpeningStatus): number {
  if (status.openNow) return 0;
  return status.nextOpening?.getTime() ?? Number.POSITIVE_INFINITY;
}

/** Dutch forms of address as an English reader expects them: "ask for Mr H. (Henk) Visser". */
const ENGLISH_ADDRESS: readonly [RegExp, string][] = [
  [/^Meneer /u, 'Mr '],
  [/^Mevrouw /u, 'Ms '],
];

/** A roster name as the reader's language addresses a person. */
export function addressedIn(name: string, locale: Locale): string {
  if (locale !== 'en') return name;
  return ENGLISH_ADDRESS.reduce((named, [dutch, english]) => named.replace(dutch, english), name);
}

/**
 * A roster contact's name in the reader's language: the English name of a team in an English
 * reply ("Team Benefit Repayments", not "Team Terugvordering Toeslagen"), a person addressed as
 * English does ("Ms S. (Sanne) de Vries").
 */
export function rosterNameIn(
  person: Pick<RosterContact, 'name' | 'nameEn'>,
  locale: Locale,
): string {
  if (locale === 'en' && person.nameEn) return person.nameEn;
  return addressedIn(person.name, locale);
}

/**
 * The name of a contact known only by its Dutch roster name (a case stores the caseworker's
 * name), in the reader's language: the English name when the agency's roster has one.
 */
export function namedIn(
  catalog: Pick<Catalog, 'rosters'>,
  agencyId: string,
  name: string,
  locale: Locale,
): string {
  const person = catalog.rosters.get(agencyId)?.contacts.find((one) => one.name === name);
  return rosterNameIn(person ?? { name }, locale);
}

function contactOf(
  option: Option,
  now: Date,
  locale: Locale,
  abroad: boolean | undefined,
): Contact {
  const { agency, person, line, hours, status } = option;
  const phoneAbroad =
    line.numberAbroad?.number ?? (line.number.startsWith('+') ? line.number : undefined);
  return {
    name: rosterNameIn(person, locale),
    role: person.role[locale],
    organisation: agency.name[locale],
    organisationInSentence: nameInSentence(agency)[locale],
    phone: line.number === MUNICIPAL_NUMBER && locale === 'en' ? MUNICIPAL_NUMBER_EN : line.number,
    hours: describeWeeklyHours(hours, locale),
    openNow: status.openNow,
    url: agency.website,
    agencyId: agency.id,
    kind: person.kind,
    status: describeStatus(status, now, locale),
    nextOpening: status.openNow ? null : (status.nextOpening?.toISOString() ?? null),
    cost: line.cost[locale],
    ...(line.howToDial ? { howToDial: line.howToDial[locale] } : {}),
    ...(phoneAbroad ? { phoneAbroad } : {}),
    ...(abroad !== undefined ? { abroad } : {}),
  };
}
