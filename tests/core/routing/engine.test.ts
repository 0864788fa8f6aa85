import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  BM25,
  FIELD_BOOST,
  miniSearchEngine,
  type TopicDocument,
  type TopicField,
} from '../../../src/core/routing/engine.js';

const topic = (id: string, terms: Partial<Record<TopicField, string[]>>): TopicDocument => {
  const [agencyId = '', topicId = ''] = id.split('/');
  const all = { terms: [], name: [], agency: [], examples: [], ...terms };
  return {
    id,
    agencyId,
    topicId,
    text: { terms: '', name: '', agency: '', examples: '' },
    terms: all,
  };
};

const documents = [
  topic('toeslagen/huurtoeslag', {
    terms: ['huurtoeslag', 'huur', 'toeslag'],
    name: ['huurtoeslag'],
    agency: ['toeslagen'],
    examples: ['huur', 'terugbetal'],
  }),
  topic('toeslagen/zorgtoeslag', {
    terms: ['zorgtoeslag', 'zorg', 'toeslag'],
    name: ['zorgtoeslag'],
    agency: ['toeslagen'],
  }),
  topic('cak/eigen-bijdrage', { terms: ['eigen', 'bijdrag', 'zorg'], agency: ['cak'] }),
  topic('uwv/ww', { terms: ['ww', 'werkloos', 'uitker'], name: ['ww'], agency: ['uwv'] }),
  topic('svb/aow', { terms: ['aow', 'uitker', 'pensioen'], name: ['aow'], agency: ['svb'] }),
  // Same length and terms as the AOW topic: a tie, which must keep MiniSearch's order.
  topic('svb/anw', { terms: ['anw', 'uitker', 'pensioen'], name: ['anw'], agency: ['svb'] }),
];

/** MiniSearch searched directly, the way the engine used to: the ranking it must keep. */
function searchedDirectly(terms: ReadonlyMap<string, number>) {
  const fields = Object.keys(FIELD_BOOST) as TopicField[];
  const index = new MiniSearch<Record<string, string>>({
    fields,
    storeFields: ['agencyId', 'topicId'],
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
  });
  index.addAll(
    documents.map((doc) => ({
      id: doc.id,
      agencyId: doc.agencyId,
      topicId: doc.topicId,
      ...Object.fromEntries(fields.map((field) => [field, doc.terms[field].join(' ')])),
    })),
  );
  return index
    .search([...terms.keys()].join(' '), {
      boost: FIELD_BOOST,
      boostTerm: (term) => terms.get(term) ?? 1,
      combineWith: 'OR',
      bm25: BM25,
    })
    .map((hit) => ({
      agencyId: hit.agencyId as string,
      topicId: hit.topicId as string,
      score: hit.score,
      matched: hit.terms,
    }));
}

describe('the MiniSearch ranking engine', () => {
  const engine = miniSearchEngine.build(documents);

  it.each([
    ['one term', [['huurtoeslag', 1]]],
    ['a term in several fields and topics', [['toeslag', 1]]],
    [
      'weighted terms',
      [
        ['zorg', 1],
        ['toeslag', 0.4],
        ['eigen', 1],
      ],
    ],
    [
      'a tie between two topics',
      [
        ['uitker', 1],
        ['pensioen', 0.5],
      ],
    ],
    [
      'terms no topic holds beside ones it does',
      [
        ['onbekend', 1],
        ['ww', 1],
        ['huur', 0.4],
      ],
    ],
  ] as const)('ranks %s exactly as MiniSearch searched directly', (_, terms) => {
    const query = new Map(terms.map(([term, weight]) => [term, weight]));
    // Twice: the second time the terms' scores come from what the first search kept.
    for (let round = 0; round < 2; round += 1) {
      const ranked = engine.rank({ text: '', terms: query });
      expect(ranked.map(({ termScores: _, ...hit }) => hit)).toEqual(searchedDirectly(query));
      // Each matched term's share, summed and times how many matched, is the whole score.
      for (const hit of ranked) {
        const shares = hit.termScores ?? [];
        expect(shares).toHaveLength(hit.matched?.length ?? 0);
        const sum = shares.reduce((total, share) => total + share, 0);
        expect(sum * shares.length).toBeCloseTo(hit.score, 9);
      }
    }
  });

  it('finds nothing for a question without terms', () => {
    expect(engine.rank({ text: '', terms: new Map() })).toEqual([]);
  });
});
