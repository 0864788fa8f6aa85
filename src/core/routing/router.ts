import MiniSearch from 'minisearch';
import type { Catalog } from '../../catalog/catalog.js';
import type { Locale } from '../../catalog/texts.js';
import { normalize, stem, words } from '../text.js';
import { createDecompounder } from './compounds.js';

/** What the conversation so far tells the router. */
export interface RoutingContext {
  agencyId?: string | null;
  topicId?: string | null;
  /** Agencies offered in the previous clarifying question. */
  options?: readonly string[];
}

export interface Candidate {
  agencyId: string;
  topicId: string;
  /** 0–1: how sure the router is that this agency is the one. */
  confidence: number;
  score: number;
}

export type RoutingDecision =
  /** One agency fits clearly. */
  | { kind: 'routed'; best: Candidate; alternatives: Candidate[] }
  /** The question continues the conversation's subject. */
  | { kind: 'follow-up'; best: Candidate; alternatives: Candidate[] }
  /** Several agencies fit about equally: ask which subject the person means. */
  | { kind: 'clarify'; alternatives: Candidate[] }
  /** Nothing fits: ask the person to say it differently. */
  | { kind: 'none'; alternatives: Candidate[] };

export interface Router {
  route(text: string, context?: RoutingContext, locale?: Locale): RoutingDecision;
}

export interface RouterLexicon {
  stopwords: Record<Locale, readonly string[]>;
}

/** Tuning of the decision, in units of the catalog's typical top score (see `calibrate`). */
export interface RouterTuning {
  /** Below this share of a typical score, a question carries no usable subject. */
  minStrength: number;
  /** A runner-up at this ratio of the best score or closer makes the question ambiguous. */
  closeRatio: number;
  /** The conversation's agency keeps a follow-up when it scores at least this ratio of the best. */
  stickyRatio: number;
  /** Leaving the conversation's agency takes a subject at least this strong. */
  switchStrength: number;
  maxOptions: number;
}

export const DEFAULT_TUNING: RouterTuning = {
  minStrength: 0.12,
  closeRatio: 0.85,
  stickyRatio: 0.6,
  switchStrength: 0.25,
  maxOptions: 4,
};

const SUBJECT_FIELDS = ['terms', 'name', 'agency'];

interface TopicDocument {
  id: string;
  agencyId: string;
  topicId: string;
  terms: string;
  name: string;
  agency: string;
  examples: string;
}

/**
 * Builds the built-in router: a BM25 ranker (MiniSearch) over every agency topic, with Dutch
 * stemming and compound splitting. Pure: the catalog goes in, decisions come out, no I/O.
 */
export function createRouter(
  catalog: Catalog,
  lexicon: RouterLexicon,
  tuning: RouterTuning = DEFAULT_TUNING,
): Router {
  const stopwords = new Set([...lexicon.stopwords.nl, ...lexicon.stopwords.en].map(normalize));

  const vocabulary = new Set<string>();
  for (const agency of catalog.agencies.values()) {
    for (const topic of agency.topics) {
      for (const term of [...topic.terms.nl, ...topic.terms.en]) {
        for (const word of words(term))
          if (word.length >= 3 && !stopwords.has(word)) vocabulary.add(word);
      }
    }
  }
  const compoundParts = createDecompounder(vocabulary);

  const analyse = (word: string): string[] | null => {
    if (stopwords.has(word)) return null;
    return [...new Set([word, ...compoundParts(word)].map(stem))];
  };

  const index = new MiniSearch<TopicDocument>({
    fields: ['terms', 'name', 'agency', 'examples'],
    storeFields: ['agencyId', 'topicId'],
    tokenize: (text) => words(text),
    processTerm: (term) => analyse(term),
    searchOptions: {
      boost: { terms: 3, name: 2, agency: 2, examples: 0.5 },
      prefix: (term) => term.length >= 6,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: 'OR',
    },
  });

  const documents: TopicDocument[] = [];
  for (const agency of catalog.agencies.values()) {
    for (const topic of agency.topics) {
      documents.push({
        id: `${agency.id}/${topic.id}`,
        agencyId: agency.id,
        topicId: topic.id,
        terms: [...topic.terms.nl, ...topic.terms.en].join(' \n '),
        name: `${topic.name.nl} ${topic.name.en}`,
        agency: `${agency.name.nl} ${agency.name.en}`,
        examples: topic.examples.join(' \n '),
      });
    }
  }
  index.addAll(documents);

  /** Best topic per agency, strongest first. */
  function rank(
    text: string,
    fields?: string[],
  ): { agencyId: string; topicId: string; score: number }[] {
    const best = new Map<string, { agencyId: string; topicId: string; score: number }>();
    for (const hit of index.search(text, fields ? { fields } : {})) {
      const agencyId = hit.agencyId as string;
      const current = best.get(agencyId);
      if (!current || hit.score > current.score) {
        best.set(agencyId, { agencyId, topicId: hit.topicId as string, score: hit.score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  // A score means little on its own; measure it against what the catalog's own example
  // questions score, so the thresholds survive changes in the size of the catalog.
  const allExamples = [...catalog.agencies.values()].flatMap((agency) =>
    agency.topics.flatMap((topic) => topic.examples),
  );
  const typicalScore = median(allExamples.map((example) => rank(example)[0]?.score ?? 0));
  // Words that only occur in example questions ("duurt", "gekregen") are no subject; a subject
  // is what matches the terms, topic names or agency names.
  const subjectStrength = (text: string) => rank(text, SUBJECT_FIELDS)[0]?.score ?? 0;
  const typicalSubject = median(allExamples.map(subjectStrength));

  function withConfidence(
    ranked: { agencyId: string; topicId: string; score: number }[],
  ): Candidate[] {
    const first = ranked[0]?.score ?? 0;
    const second = ranked[1]?.score ?? 0;
    const strength = 1 - Math.exp(-first / (typicalScore / 2));
    return ranked.map((candidate) => ({
      ...candidate,
      confidence: round2((strength * candidate.score) / (first + second || 1)),
    }));
  }

  return {
    route(text, context = {}) {
      let ranked = rank(text);
      const options = context.options ?? [];
      // An answer to our own clarifying question picks among the options we offered.
      if (options.length > 0) {
        const chosen = ranked.filter((candidate) => options.includes(candidate.agencyId));
        if (chosen.length > 0) ranked = [...chosen, ...ranked.filter((c) => !chosen.includes(c))];
      }
      const candidates = withConfidence(ranked);
      const [first, second] = candidates;
      const subject = subjectStrength(text);
      const weak = !first || subject < tuning.minStrength * typicalSubject;
      const strongEnoughToSwitch = subject >= tuning.switchStrength * typicalSubject;

      if (context.agencyId) {
        const own = candidates.find((candidate) => candidate.agencyId === context.agencyId);
        const stays =
          !strongEnoughToSwitch ||
          (own !== undefined &&
            first !== undefined &&
            own.score >= tuning.stickyRatio * first.score);
        if (stays) {
          const best: Candidate = own ?? {
            agencyId: context.agencyId,
            topicId: context.topicId ?? '',
            score: 0,
            confidence: 0.5,
          };
          if (!best.topicId && context.topicId) best.topicId = context.topicId;
          return {
            kind: 'follow-up',
            best,
            alternatives: candidates.filter((c) => c.agencyId !== best.agencyId).slice(0, 3),
          };
        }
      }

      if (weak || !first) return { kind: 'none', alternatives: [] };

      const chosenFromOptions = options.includes(first.agencyId);
      if (!chosenFromOptions && second && second.score >= tuning.closeRatio * first.score) {
        return {
          kind: 'clarify',
          alternatives: candidates
            .filter((candidate) => candidate.score >= 0.5 * first.score)
            .slice(0, tuning.maxOptions),
        };
      }
      return { kind: 'routed', best: first, alternatives: candidates.slice(1, 4) };
    },
  };
}

function median(values: number[]): number {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return 1;
  return sorted[Math.floor(sorted.length / 2)] ?? 1;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
