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
  /** What each of `matched` added to the score, in the same order, when the engine tells. */
  termScores?: readonly number[];
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
 *
 * The catalog never changes after start, so what one term scores in one field of one topic
 * never changes either. MiniSearch's search builds maps and objects for every term of every
 * question; asking it once per term and field, and keeping the answer, leaves a question only
 * additions. The sum is taken in MiniSearch's own order and form (weight × field boost × BM25,
 * field by field, term by term, times the number of matched terms), so the ranking is the one
 * `index.search` gives, ties included.
 */
export function createMiniSearchEngine(bm25 = BM25): RankingEngine {
  return {
    name: 'minisearch',
    build(documents) {
      const fields = Object.keys(FIELD_BOOST) as TopicField[];
      const index = new MiniSearch<Record<string, string>>({
        fields,
        tokenize: (text) => (text ? text.split(' ') : []),
        processTerm: (term) => term,
      });
      index.addAll(
        documents.map((doc, i) => ({
          id: String(i),
          ...Object.fromEntries(fields.map((field) => [field, doc.terms[field].join(' ')])),
        })),
      );
      const postingsOf = createPostings(index, fields, documents.length, bm25);
      const scores = new Float64Array(documents.length);
      const matchedTerms: (string[] | undefined)[] = new Array(documents.length);
      const termScores: (number[] | undefined)[] = new Array(documents.length);

      return {
        rank(query) {
          // Documents in the order MiniSearch first meets them: ties keep that order.
          const touched: number[] = [];
          for (const [term, weight] of query.terms) {
            for (const posting of postingsOf(term)) {
              let score = 0;
              for (const [boost, raw] of posting.fields) score += weight * boost * raw;
              const terms = matchedTerms[posting.doc];
              if (terms === undefined) {
                touched.push(posting.doc);
                matchedTerms[posting.doc] = [term];
                termScores[posting.doc] = [score];
                scores[posting.doc] = score;
              } else {
                terms.push(term);
                termScores[posting.doc]?.push(score);
                scores[posting.doc] = (scores[posting.doc] ?? 0) + score;
              }
            }
          }
          const hits = touched.map((doc) => {
            const matched = matchedTerms[doc] ?? [];
            const topic = documents[doc] as TopicDocument;
            return {
              agencyId: topic.agencyId,
              topicId: topic.topicId,
              score: (scores[doc] ?? 0) * matched.length,
              matched,
              termScores: termScores[doc] ?? [],
            };
          });
          for (const doc of touched) matchedTerms[doc] = undefined;
          return hits.sort((a, b) => b.score - a.score);
        },
      };
    },
  };
}

/** One topic's share of a term: per field that holds it, the field's boost and the BM25 score. */
interface Posting {
  doc: number;
  fields: (readonly [boost: number, raw: number])[];
}

/**
 * A term's postings, asked of MiniSearch the first time the term is searched: one search per
 * field, unboosted, gives the BM25 score itself. Only terms the catalog holds are kept, so the
 * cache is bounded by the catalog's vocabulary, whatever people type.
 */
function createPostings(
  index: MiniSearch<Record<string, string>>,
  fields: readonly TopicField[],
  documentCount: number,
  bm25: typeof BM25,
): (term: string) => readonly Posting[] {
  const cache = new Map<string, readonly Posting[]>();
  return (term) => {
    const cached = cache.get(term);
    if (cached) return cached;
    // Per field, documents in MiniSearch's own order (the order they were added).
    const byDoc = new Map<number, Posting>();
    const perField = fields.map((field) => {
      const raw = new Map<number, number>();
      for (const hit of index.search(term, { fields: [field], bm25, combineWith: 'OR' })) {
        raw.set(Number(hit.id), hit.score);
      }
      return raw;
    });
    fields.forEach((field, f) => {
      const raw = perField[f] as Map<number, number>;
      for (let doc = 0; doc < documentCount; doc += 1) {
        const score = raw.get(doc);
        if (score === undefined) continue;
        const posting = byDoc.get(doc) ?? { doc, fields: [] };
        posting.fields.push([FIELD_BOOST[field], score]);
        byDoc.set(doc, posting);
      }
    });
    const postings = [...byDoc.values()];
    if (postings.length > 0) cache.set(term, postings);
    return postings;
  };
}

export const miniSearchEngine: RankingEngine = createMiniSearchEngine();
