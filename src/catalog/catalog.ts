import { z } from 'zod';
import {
  agencySchema,
  CONTRACT_AGENCY_IDS,
  rosterSchema,
  type Agency,
  type Localized,
  type PhoneLine,
  type Roster,
  type Topic,
} from './schema.js';
import { dangerLineNumbers } from './danger-line.js';
import { textsSchema, type Texts } from './texts.js';

export const fallbacksSchema = z.object({
  chain: z.array(z.string()).min(1),
});

/** Everything Wegwijzer knows about organisations, validated and cross-checked. */
export interface Catalog {
  agencies: ReadonlyMap<string, Agency>;
  rosters: ReadonlyMap<string, Roster>;
  texts: Texts;
  /** Agencies whose verified line is given when another agency's number is not verified. */
  fallbackChain: readonly string[];
}

/** The raw, unvalidated content of the `data/` folder. */
export interface CatalogSources {
  agencies: unknown[];
  rosters: unknown[];
  texts: unknown;
  fallbacks: unknown;
}

/** Thrown when the data folder holds an invalid entry; lists every problem at once. */
export class CatalogError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid catalog data:\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogError';
  }
}

function describeIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
}

/** An agency's name as it reads mid-sentence ("uw gemeente" for "Uw gemeente"). */
export function nameInSentence(agency: Agency): Localized {
  return agency.nameInSentence ?? agency.name;
}

/** One topic of one agency, by their ids; undefined when either is unknown. */
export function findTopic(
  catalog: Pick<Catalog, 'agencies'>,
  agencyId: string,
  topicId: string,
): Topic | undefined {
  return catalog.agencies.get(agencyId)?.topics.find((topic) => topic.id === topicId);
}

/** The topic an "agency/topic" reference names; undefined when the catalog has none such. */
export function topicOfRef(catalog: Pick<Catalog, 'agencies'>, ref: string): Topic | undefined {
  const [agencyId = '', topicId = ''] = ref.split('/');
  return findTopic(catalog, agencyId, topicId);
}

/** The agency and topic an "agency/topic" reference names, when the catalog has that topic. */
export function resolveTopicRef(
  catalog: Pick<Catalog, 'agencies'>,
  ref: string,
): { agencyId: string; topicId: string } | undefined {
  const [agencyId = '', topicId = ''] = ref.split('/');
  return topicOfRef(catalog, ref) ? { agencyId, topicId } : undefined;
}

/** A phone line that may be shown to a citizen as the number to call. */
/** The organisations' own phone numbers as published: facts, never a person's data. */
export function publicPhoneNumbers(catalog: Catalog): string[] {
  return [...catalog.agencies.values()].flatMap((agency) =>
    agency.phones.flatMap((l) => (l.numberAbroad ? [l.number, l.numberAbroad.number] : [l.number])),
  );
}

/**
 * Whether someone of the organisation takes hand-offs. An organisation without a roster has
 * its cases taken by the fallback chain; one whose roster takes none (a crisis line, which is
 * called, not called back) gets no offer of a caseworker.
 */
export function takesHandoffs(catalog: Catalog, agencyId: string): boolean {
  const roster = catalog.rosters.get(agencyId);
  return !roster || roster.contacts.some((contact) => contact.takesHandoffs);
}

export function isVerified(line: PhoneLine): boolean {
  return line.verification !== 'unverified';
}

/**
 * Validates the raw data and checks what zod cannot: references between agencies, rosters and
 * phone lines, and that every agency id of the public contract is present.
 */
export function buildCatalog(
  sources: CatalogSources,
  options: { requiredAgencies?: readonly string[] } = {},
): Catalog {
  const problems: string[] = [];
  const agencies = new Map<string, Agency>();
  const rosters = new Map<string, Roster>();

  sources.agencies.forEach((raw, index) => {
    const parsed = agencySchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      problems.push(...describeIssues(`agency ${String(id ?? `#${index}`)}`, parsed.error));
      return;
    }
    if (agencies.has(parsed.data.id)) problems.push(`agency ${parsed.data.id}: defined twice`);
    agencies.set(parsed.data.id, parsed.data);
  });

  sources.rosters.forEach((raw, index) => {
    const parsed = rosterSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { agency?: unknown } | null)?.agency;
      problems.push(...describeIssues(`roster ${String(id ?? `#${index}`)}`, parsed.error));
      return;
    }
    rosters.set(parsed.data.agency, parsed.data);
  });

  const texts = textsSchema.safeParse(sources.texts);
  if (!texts.success) problems.push(...describeIssues('texts', texts.error));
  const fallbacks = fallbacksSchema.safeParse(sources.fallbacks);
  if (!fallbacks.success) problems.push(...describeIssues('fallbacks', fallbacks.error));

  for (const id of options.requiredAgencies ?? CONTRACT_AGENCY_IDS) {
    if (!agencies.has(id)) problems.push(`agency ${id}: missing (the public contract promises it)`);
  }

  for (const agency of agencies.values()) {
    const topicIds = new Set<string>();
    for (const topic of agency.topics) {
      if (topicIds.has(topic.id)) problems.push(`agency ${agency.id}: topic ${topic.id} twice`);
      topicIds.add(topic.id);
    }
    const lineIds = new Set(agency.phones.map((line) => line.id));
    if (lineIds.size !== agency.phones.length) {
      problems.push(`agency ${agency.id}: phone line ids must be unique`);
    }
    for (const notFor of agency.notFor) {
      if (!agencies.has(notFor.goTo)) {
        problems.push(`agency ${agency.id}: notFor points to unknown agency ${notFor.goTo}`);
      }
    }
    const roster = rosters.get(agency.id);
    if (!roster) {
      problems.push(`roster ${agency.id}: missing (every agency needs named contacts)`);
      continue;
    }
    for (const contact of roster.contacts) {
      // "fallback" is allowed where an agency publishes no phone line at all.
      if (contact.phoneLine !== 'fallback' && !lineIds.has(contact.phoneLine)) {
        problems.push(
          `roster ${agency.id}: ${contact.id} uses unknown phone line ${contact.phoneLine}`,
        );
      }
      for (const topic of contact.topics) {
        if (!topicIds.has(topic)) {
          problems.push(`roster ${agency.id}: ${contact.id} names unknown topic ${topic}`);
        }
      }
    }
  }
  for (const rosterId of rosters.keys()) {
    if (!agencies.has(rosterId)) problems.push(`roster ${rosterId}: no such agency`);
  }

  if (fallbacks.success) {
    for (const id of fallbacks.data.chain) {
      const agency = agencies.get(id);
      if (!agency) problems.push(`fallbacks: unknown agency ${id}`);
      else if (!agency.phones.some(isVerified)) {
        problems.push(`fallbacks: ${id} has no verified phone line, so it cannot be a fallback`);
      }
    }
  }

  if (texts.success) {
    // The line above every chat is read in danger: a number that no agency in the catalog has
    // (as its number, or as the short number its cost names: "U kunt ook 113 bellen") is a typo.
    const known = [...agencies.values()].flatMap((agency) =>
      agency.phones.flatMap((line) => [line.number, ...dangerLineNumbers(line.cost.nl)]),
    );
    for (const locale of ['nl', 'en'] as const) {
      for (const number of dangerLineNumbers(texts.data.dangerLine[locale])) {
        if (!known.includes(number)) {
          problems.push(`texts: dangerLine.${locale} names ${number}, which no agency has`);
        }
      }
    }
  }

  if (problems.length > 0 || !texts.success || !fallbacks.success) throw new CatalogError(problems);
  return {
    agencies,
    rosters,
    texts: texts.data,
    fallbackChain: fallbacks.data.chain,
  };
}
