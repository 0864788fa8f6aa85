import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError } from '../../src/catalog/catalog.js';
import { agencyFileSchema, CONTRACT_AGENCY_IDS } from '../../src/catalog/schema.js';
import { catalogSources } from '../../src/catalog/sources.js';
import { testCore } from '../support/app.js';
import { agency, fixtureTexts, person, roster } from '../support/catalog-fixture.js';

const ids = (folder: string) =>
  readdirSync(new URL(`../../data/${folder}/`, import.meta.url))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

describe('the catalog in data/', () => {
  it('loads and validates without a single problem', () => {
    expect(() => testCore()).not.toThrow();
  });

  it('holds every agency id the contract promises', () => {
    expect([...testCore().catalog.agencies.keys()]).toEqual(
      expect.arrayContaining([...CONTRACT_AGENCY_IDS]),
    );
  });

  it('imports every agency and roster file that is in data/', () => {
    const imported = (list: unknown[], key: 'id' | 'agency') =>
      list.map((entry) => (entry as Record<string, string>)[key]).sort();
    expect(imported(catalogSources.agencies, 'id')).toEqual(ids('agencies'));
    expect(imported(catalogSources.rosters, 'agency')).toEqual(ids('rosters'));
  });

  it('gives every agency topics with Dutch and English terms and real example questions', () => {
    for (const entry of testCore().catalog.agencies.values()) {
      expect(entry.topics.length, entry.id).toBeGreaterThan(0);
      for (const topic of entry.topics) {
        expect(topic.terms.nl.length, `${entry.id}/${topic.id}`).toBeGreaterThan(0);
        expect(topic.terms.en.length, `${entry.id}/${topic.id}`).toBeGreaterThan(0);
        expect(topic.examples.length, `${entry.id}/${topic.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('names someone for every topic: a roster contact who handles it, or one who handles all', () => {
    const { catalog } = testCore();
    const unhandled = [...catalog.agencies.values()].flatMap((entry) => {
      const contacts = catalog.rosters.get(entry.id)?.contacts ?? [];
      if (contacts.length === 0 || contacts.some((c) => c.topics.length === 0)) return [];
      return entry.topics
        .filter((topic) => !contacts.some((c) => c.topics.includes(topic.id)))
        .map((topic) => `${entry.id}/${topic.id}`);
    });
    expect(unhandled).toEqual([]);
  });

  it('marks one general contact who takes hand-offs wherever nobody who takes them handles every topic', () => {
    // Otherwise a case without a topic goes to whichever specialist is free first (a named
    // person comes before a team), such as the line for businesses or for ships.
    const { catalog } = testCore();
    const lacking = [...catalog.rosters.values()].flatMap((entry) => {
      const takers = entry.contacts.filter((contact) => contact.takesHandoffs);
      if (takers.length === 0 || takers.some((contact) => contact.topics.length === 0)) return [];
      const general = takers.filter((contact) => contact.general).map((contact) => contact.id);
      return general.length === 1 ? [] : [`${entry.agency}: ${general.join(', ') || 'none'}`];
    });
    expect(lacking).toEqual([]);
    // A general contact who takes no hand-offs would be passed over.
    const idle = [...catalog.rosters.values()].flatMap((entry) =>
      entry.contacts
        .filter((contact) => contact.general && !contact.takesHandoffs)
        .map((contact) => `${entry.agency}/${contact.id}`),
    );
    expect(idle).toEqual([]);
  });

  it('says what a call costs in everyday words, not "gewoon tarief" or "lokaal tarief"', () => {
    // The cost is shown beside every number, at the kiosk too, to people who read with difficulty.
    const jargon = [...testCore().catalog.agencies.values()].flatMap((entry) =>
      entry.phones
        .filter((phone) => /tarief/i.test(phone.cost.nl))
        .map((phone) => `${entry.id}/${phone.id}: ${phone.cost.nl}`),
    );
    expect(jargon).toEqual([]);
  });

  it('marks every roster as sample data until an agency replaces it', () => {
    for (const entry of testCore().catalog.rosters.values())
      expect(entry.sample, entry.agency).toBe(true);
  });
});

describe('catalog validation', () => {
  const valid = () => ({
    agencies: [agency('a'), agency('b')],
    rosters: [roster('a', [person('p')]), roster('b', [person('q')])],
    // The danger line may only name numbers the catalog has: here, the fixture's.
    texts: {
      ...fixtureTexts,
      dangerLine: { nl: 'In gevaar? Bel 0800-0000.', en: 'In danger? Call 0800-0000.' },
    },
    fallbacks: { chain: ['a'] },
  });

  const problemsOf = (sources: ReturnType<typeof valid>, required: string[] = []) => {
    try {
      buildCatalog(sources, { requiredAgencies: required });
    } catch (error) {
      if (error instanceof CatalogError) return error.problems.join('\n');
      throw error;
    }
    return '';
  };

  it('accepts a valid catalog', () => {
    expect(problemsOf(valid())).toBe('');
  });

  it.each([
    [
      'an agency without a name',
      (s: ReturnType<typeof valid>) => (s.agencies[0] = agency('a', { name: undefined })),
      /agency a: name/,
    ],
    [
      'a phone number with letters',
      (s: ReturnType<typeof valid>) =>
        (s.agencies[0] = agency('a', {
          phones: [{ ...agency('a').phones[0], number: '0800-BEL-ONS' }],
        })),
      /phones\.0\.number/,
    ],
    [
      'hours that end before they start',
      (s: ReturnType<typeof valid>) =>
        (s.agencies[0] = agency('a', {
          phones: [{ ...agency('a').phones[0], hours: { mon: ['17:00-09:00'] } }],
        })),
      /must end after it starts/,
    ],
    [
      'a notFor pointing nowhere',
      (s: ReturnType<typeof valid>) =>
        (s.agencies[0] = agency('a', {
          notFor: [{ subject: { nl: 'x', en: 'x' }, goTo: 'nowhere' }],
        })),
      /unknown agency nowhere/,
    ],
    [
      'a roster contact on an unknown line',
      (s: ReturnType<typeof valid>) =>
        (s.rosters[0] = roster('a', [person('p', { phoneLine: 'nope' })])),
      /unknown phone line nope/,
    ],
    [
      'a roster contact with an unknown topic',
      (s: ReturnType<typeof valid>) =>
        (s.rosters[0] = roster('a', [person('p', { topics: ['nope'] })])),
      /unknown topic nope/,
    ],
    [
      'an agency without a roster',
      (s: ReturnType<typeof valid>) => s.rosters.pop(),
      /roster b: missing/,
    ],
    [
      'a fallback without a verified line',
      (s: ReturnType<typeof valid>) =>
        (s.agencies[0] = agency('a', {
          phones: [{ ...agency('a').phones[0], verification: 'unverified' }],
        })),
      /cannot be a fallback/,
    ],
    [
      'a topic named as a question, which reads wrongly mid-sentence',
      (s: ReturnType<typeof valid>) => {
        const first = agency('a');
        const [topic] = first.topics;
        if (topic) topic.name = { nl: 'Wat verandert er?', en: 'What is changing?' };
        s.agencies[0] = first;
      },
      /no closing punctuation/,
    ],
    [
      'a danger line with a number no agency has',
      (s: ReturnType<typeof valid>) =>
        (s.texts = {
          ...s.texts,
          dangerLine: { nl: 'Bel 0800-0000 of 113.', en: 'Call 0800-0000.' },
        }),
      /dangerLine\.nl names 113, which no agency has/,
    ],
    [
      'a text with a missing key',
      (s: ReturnType<typeof valid>) => (s.texts = { ...fixtureTexts, routed: undefined } as never),
      /texts: routed/,
    ],
  ])('refuses %s and says where', (_name, spoil, message) => {
    const sources = valid();
    spoil(sources);
    expect(problemsOf(sources)).toMatch(message);
  });

  it('refuses a catalog that lacks an agency the contract promises', () => {
    expect(problemsOf(valid(), ['a', 'toeslagen'])).toMatch(/agency toeslagen: missing/);
  });
});

describe('a number to dial from abroad in data/agencies', () => {
  const line = (numberAbroad: unknown) => ({
    ...agency('a'),
    sources: ['https://example.org'],
    phones: [{ ...agency('a').phones[0], source: 'https://example.org', numberAbroad }],
  });

  it('is international and names the source it was read in', () => {
    const read = { number: '+31 55 538 53 85', verification: 'secondary', source: 'a page' };
    expect(agencyFileSchema.safeParse(line(read)).success).toBe(true);
    const withoutSource = { number: read.number, verification: read.verification };
    expect(agencyFileSchema.safeParse(line(withoutSource)).success).toBe(false);
    expect(agencyFileSchema.safeParse(line({ ...read, number: '0800-0543' })).success).toBe(false);
  });

  it('is never an unverified number', () => {
    const guessed = { number: '+31 58 233 88 88', verification: 'unverified', source: 'a guess' };
    expect(agencyFileSchema.safeParse(line(guessed)).success).toBe(false);
  });
});
