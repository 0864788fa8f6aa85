import MiniSearch from 'minisearch';
import type { Catalog } from '../../catalog/catalog.js';
import type { Locale } from '../../catalog/texts.js';
import { normalize, stems, words } from '../text.js';
import { createDecompounder } from './compounds.js';
import { compileRules, type RoutingRule, type RuleMatch } from './rules.js';

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
  /** One agency fits clearly; `rule` is set when a known confusion decided it. */
  | { kind: 'routed'; best: Candidate; alternatives: Candidate[]; rule?: RuleMatch }
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
  rules?: readonly RoutingRule[];
}

/** Tuning of the decision. */
export interface RouterTuning {
  /** A word found in more than this share of all topics names no subject on its own. */
  maxSubjectShare: number;
  /** A runner-up at this ratio of the best score or closer makes the question ambiguous. */
  closeRatio: number;
  /** The conversation's agency keeps a follow-up when it scores at least this ratio of the best. */
  stickyRatio: number;
  maxOptions: number;
}

export const DEFAULT_TUNING: RouterTuning = {
  maxSubjectShare: 0.08,
  closeRatio: 0.85,
  stickyRatio: 0.6,
  maxOptions: 4,
};

interface TopicDocument {
  id: string;
  agencyId: string;
  topicId: string;
  terms: string;
  name: string;
  agency: string;
  examples: string;
}

type Ranked = { agencyId: string; topicId: string; score: number };

/**
 * Builds the built-in router: a BM25 ranker (MiniSearch) over every agency topic, with Dutch and
 * English stemming and Dutch compound splitting, plus the known confusions from
 * `data/routing-rules.json`. Pure: the catalog goes in, decisions come out, no I/O.
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
        for (const word of words(term)) {
          if (word.length >= 3 && !stopwords.has(word)) vocabulary.add(word);
        }
      }
    }
  }
  const compoundParts = createDecompounder(vocabulary);

  const analyseWord = (word: string): string[] | null => {
    if (stopwords.has(word)) return null;
    return [...new Set([word, ...compoundParts(word)].flatMap(stems))];
  };
  const analyseText = (text: string) => new Set(words(text).flatMap((w) => analyseWord(w) ?? []));

  const rules = lexicon.rules ?? [];
  checkRules(catalog, rules);
  const matchRules = compileRules(rules, analyseText);

  const index = new MiniSearch<TopicDocument>({
    fields: ['terms', 'name', 'agency', 'examples'],
    storeFields: ['agencyId', 'topicId'],
    tokenize: (text) => words(text),
    processTerm: (term) => analyseWord(term),
    searchOptions: {
      boost: { terms: 3, name: 2, agency: 2, examples: 0.5 },
      prefix: (term) => term.length >= 6,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: 'OR',
    },
  });
  for (const agency of catalog.agencies.values()) {
    for (const topic of agency.topics) {
      index.add({
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

  /** Best topic per agency, strongest first. */
  function rank(text: string): Ranked[] {
    const best = new Map<string, Ranked>();
    for (const hit of index.search(text)) {
      const agencyId = hit.agencyId as string;
      const current = best.get(agencyId);
      if (!current || hit.score > current.score) {
        best.set(agencyId, { agencyId, topicId: hit.topicId as string, score: hit.score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  // A subject is a word that names something in the catalog (a term or topic name) and is not
  // so common that it names everything ("aanvragen", "betalen" alone say little).
  const subjectFrequency = new Map<string, number>();
  let topicCount = 0;
  for (const agency of catalog.agencies.values()) {
    for (const topic of agency.topics) {
      topicCount += 1;
      const text = [...topic.terms.nl, ...topic.terms.en, topic.name.nl, topic.name.en].join(' ');
      for (const term of analyseText(text)) {
        subjectFrequency.set(term, (subjectFrequency.get(term) ?? 0) + 1);
      }
    }
  }
  const maxSubjectTopics = Math.max(2, Math.round(tuning.maxSubjectShare * topicCount));
  const subjectWords = (text: string) =>
    words(text).filter((word) =>
      (analyseWord(word) ?? []).some((term) => {
        const frequency = subjectFrequency.get(term) ?? 0;
        return frequency > 0 && frequency <= maxSubjectTopics;
      }),
    ).length;

  /**
   * Confidence is the best score's share against the runner-up: two close candidates give
   * about 0.5 each, a clear winner nears 1. Without a subject word it is halved.
   */
  function withConfidence(ranked: Ranked[], hasSubject: boolean): Candidate[] {
    const first = ranked[0]?.score ?? 0;
    const second = ranked[1]?.score ?? 0;
    const factor = hasSubject ? 1 : 0.5;
    return ranked.map((candidate) => ({
      ...candidate,
      confidence: round2((factor * candidate.score) / (first + second || 1)),
    }));
  }

  /** A known confusion decides; several conflicting ones make the router ask. */
  function applyRules(text: string, candidates: Candidate[]): RoutingDecision | undefined {
    const matches = matchRules(text);
    const agencies = [...new Set(matches.map((match) => match.agency))];
    if (agencies.length === 0) return undefined;
    const fromRule = (match: RuleMatch): Candidate => {
      const ranked = candidates.find((c) => c.agencyId === match.agency);
      return {
        agencyId: match.agency,
        topicId: match.topic ?? ranked?.topicId ?? firstTopic(catalog, match.agency),
        score: Math.max(ranked?.score ?? 0, candidates[0]?.score ?? 0),
        confidence: Math.max(ranked?.confidence ?? 0, 0.9),
      };
    };
    const [match] = matches;
    if (agencies.length === 1 && match) {
      const best = fromRule(match);
      return {
        kind: 'routed',
        best,
        alternatives: candidates.filter((c) => c.agencyId !== best.agencyId).slice(0, 3),
        rule: match,
      };
    }
    const options = agencies.map((agency) => matches.find((m) => m.agency === agency) as RuleMatch);
    return {
      kind: 'clarify',
      alternatives: options.map(fromRule).map((c) => ({ ...c, confidence: 0.5 })),
    };
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
      const subject = subjectWords(text);
      const candidates = withConfidence(ranked, subject > 0);
      const ruled = applyRules(text, candidates);
      if (ruled) return ruled;

      const [first, second] = candidates;
      const weak = !first || subject === 0;
      const strongEnoughToSwitch = subject > 0;

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

/** Rules point at agencies and topics by id; a typo there must fail at start, not in a reply. */
function checkRules(catalog: Catalog, rules: readonly RoutingRule[]) {
  for (const rule of rules) {
    const agency = catalog.agencies.get(rule.agency);
    if (!agency) throw new Error(`routing rule ${rule.id}: unknown agency ${rule.agency}`);
    if (rule.topic && !agency.topics.some((topic) => topic.id === rule.topic)) {
      throw new Error(`routing rule ${rule.id}: unknown topic ${rule.agency}/${rule.topic}`);
    }
  }
}

function firstTopic(catalog: Catalog, agencyId: string): string {
  return catalog.agencies.get(agencyId)?.topics[0]?.id ?? '';
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
