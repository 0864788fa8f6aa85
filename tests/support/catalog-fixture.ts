import { buildCatalog, type Catalog } from '../../src/catalog/catalog.js';
import texts from '../../data/texts.json';

const WEEKDAYS_9_TO_17 = {
  mon: ['09:00-17:00'],
  tue: ['09:00-17:00'],
  wed: ['09:00-17:00'],
  thu: ['09:00-17:00'],
  fri: ['09:00-17:00'],
};

/** A minimal valid agency; tests override what they are about. */
export function agency(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: { nl: `Organisatie ${id}`, en: `Organisation ${id}` },
    description: { nl: 'Doet iets.', en: 'Does something.' },
    notFor: [],
    website: `https://${id}.example.nl`,
    phones: [
      {
        id: 'main',
        label: { nl: 'Algemeen nummer', en: 'General number' },
        number: '0800-0000',
        cost: { nl: 'Gratis', en: 'Free' },
        hours: WEEKDAYS_9_TO_17,
        hoursVerification: 'official',
        verification: 'official',
        source: 'https://example.nl',
      },
    ],
    topics: [
      {
        id: 'main-topic',
        name: { nl: 'Onderwerp', en: 'Topic' },
        terms: { nl: ['onderwerp'], en: ['topic'] },
        examples: ['een vraag over het onderwerp'],
        why: { nl: 'Daarom.', en: 'Because.' },
      },
    ],
    sources: ['https://example.nl'],
    ...overrides,
  };
}

export function roster(agencyId: string, contacts: Record<string, unknown>[]) {
  return { agency: agencyId, sample: true, contacts };
}

export function person(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: `Contact ${id}`,
    kind: 'person',
    role: { nl: 'Medewerker', en: 'Officer' },
    phoneLine: 'main',
    hours: WEEKDAYS_9_TO_17,
    ...overrides,
  };
}

/**
 * The real texts, but with a danger line that names no number: the catalog refuses one that none
 * of its organisations has, and a fixture has no 112.
 */
export const fixtureTexts = { ...texts, dangerLine: { nl: 'In gevaar?', en: 'In danger?' } };

/** A catalog of the given agencies and rosters, with the real texts and a fallback chain. */
export function fixtureCatalog(
  agencies: Record<string, unknown>[],
  rosters: Record<string, unknown>[],
  chain: string[] = ['fallback'],
): Catalog {
  return buildCatalog(
    { agencies, rosters, texts: fixtureTexts, fallbacks: { chain } },
    { requiredAgencies: [] },
  );
}
