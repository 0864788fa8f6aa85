import MiniSearch from 'minisearch';

/** The fields of a topic the ranker searches, with their weight. */
export const FIELD_BOOST = { terms: 3, name: 2, agency: 2, examples: 0.5 } as const;
export type TopicField = keyof typeof FIELD_BOOST;

/** One agency topic, as raw text and as the router's analysed terms. */
export interface TopicDocument {
  id: string;
  agencyId: string;
  topicId: string;
  text: Record<TopicField, string>;
  terms: Record<TopicField, string[]>;
}

/** A question, as raw text and as the router's weighted terms. */
export interface RankQuery {
  text: string;
  terms: ReadonlyMap<string, number>;
}

export interface RankedTopic {
  agencyId: string;
  topicId: string;
  score: number;
  /** The query terms this topic matched, when the engine tells. */
  matched?: readonly string[];
}

/** A full-text ranker over the catalog's topics: the swappable part of the router. */
export interface RankingEngine {
  name: string;
  build(documents: readonly TopicDocument[]): { rank(query: RankQuery): RankedTopic[] };
}

/**
 * BM25 parameters (MiniSearch's defaults): `k` is how fast repeating a term stops adding score,
 * `b` how much a long topic (one with many terms) is held back. Other values (b 0–0.75,
 * k 0.8–2) changed top-1 on the development split by at most one question.
 */
export const BM25 = { k: 1.2, b: 0.75, d: 0.5 };

/**
 * MiniSearch's BM25 over the router's own analysis: documents and questions arrive as stems,
 * compound parts and phrase terms, so MiniSearch only counts and ranks (see ADR 0005).
 */
export function createMiniSearchEngine(bm25 = BM25): RankingEngine {
  return {
    name: 'minisearch',
    build(documents) {
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
      return {
        rank(query) {
          if (query.terms.size === 0) return [];
          const hits = index.search([...query.terms.keys()].join(' '), {
            boost: FIELD_BOOST,
            boostTerm: (term) => query.terms.get(term) ?? 1,
            combineWith: 'OR',
            bm25,
          });
          return hits.map((hit) => ({
            agencyId: hit.agencyId as string,
            topicId: hit.topicId as string,
            score: hit.score,
            matched: hit.terms,
          }));
        },
      };
    },
  };
}

export const miniSearchEngine: RankingEngine = createMiniSearchEngine();
