import type { Crisis } from '../crisis.js';
import { findTopic, resolveTopicRef, type Catalog } from '../../catalog/catalog.js';
import { NAME_INTRODUCTIONS, placeholderSource, type PersonalDataKind } from '../redact.js';
import type { Locale } from '../../catalog/texts.js';
import { phraseAt, phraseIndex, stems, words, wordsCovered } from '../text.js';
import { createAnalyzer, SequenceTable, type QueryAnalysis, type Stemmers } from './analysis.js';
import {
  miniSearchEngine,
  type RankedTopic,
  type RankingEngine,
  type TopicDocument,
  type TopicField,
} from './engine.js';
import { ageNumbersIn, statedAge } from './age.js';
import type { RoutingLexicon } from './lexicon.js';
import {
  compileRules,
  expandCues,
  type RoutingRule,
  type RuleContext,
  type RuleMatch,
} from './rules.js';

/** What the conversation so far tells the router. */
export interface RoutingContext {
  agencyId?: string | null;
  topicId?: string | null;
  /**
   * What the previous answer offered to pick from: agencies ("uwv"), or topics ("uwv/ww") when
   * it named them, so that "de tweede" gets the very topic that was shown second.
   */
  options?: readonly string[];
  /** The question those options were offered for: its need still holds for the chosen one. */
  optionsFor?: string;
  /**
   * The crisis the caller already read in this very message (`heard` undefined: none), for the
   * crisis lines in front of the router (`withCrisisLines`), which then do not read the message
   * a second time. The router itself ignores it.
   */
  crisis?: { heard: Crisis | undefined };
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
  | {
      kind: 'routed';
      best: Candidate;
      alternatives: Candidate[];
      rule?: RuleMatch;
      /** "ik heb geen DigiD, hoe vraag ik huurtoeslag aan?": the way in to the subject is missing. */
      wayInMissing?: true;
    }
  /** The question continues the conversation's subject. */
  | { kind: 'follow-up'; best: Candidate; alternatives: Candidate[] }
  /** Several agencies fit about equally, or the subject is missing: ask which one is meant. */
  | {
      kind: 'clarify';
      alternatives: Candidate[];
      /** The same options as the turn before: the reply said no subject, and none was picked. */
      again?: true;
    }
  /** Nothing fits: ask the person to say it differently. */
  | { kind: 'none'; alternatives: Candidate[] };

/** Every candidate of a decision, best first: the chosen one (if any), then the alternatives. */
export function candidatesOf(decision: RoutingDecision): Candidate[] {
  return ['best' in decision ? [decision.best] : [], decision.alternatives].flat();
}

export interface Router {
  route(text: string, context?: RoutingContext, locale?: Locale): RoutingDecision;
  /** The words of a message that name a subject of the catalog ("rijbewijs"); none for "is het al klaar". */
  subjectOf(text: string): string[];
  /**
   * Whether a message uses a word for a whole kind of thing the catalog handles ("uitkering",
   * "toeslag"): no one subject, yet a question for one of its organisations.
   */
  namesBroadWord(text: string): boolean;
}

/** How the router read a question: for debugging and scripts/explain-route.ts. */
export interface RoutingExplanation {
  language: Locale;
  corrections: [string, string][];
  terms: [string, number][];
  subjectTerms: string[];
  rules: string[];
  ranked: { agencyId: string; topicId: string; score: number }[];
}

/** data/lexicon.json (stopwords, synonyms, misspellings, generic words) plus the known confusions. */
export type RouterLexicon = Pick<RoutingLexicon, 'stopwords'> &
  Partial<Omit<RoutingLexicon, 'stopwords'>> & {
    rules?: readonly RoutingRule[];
    /** Real words are never read as a misspelt catalog word (data/real-words.json). */
    isRealWord?: (word: string) => boolean;
  };

/** Tuning of the decision. */
export interface RouterTuning {
  /** A term names a subject when at most this many agencies list it among their terms. */
  maxSubjectAgencies: number;
  /**
   * A runner-up at this ratio of the best score or closer makes the question ambiguous. On the
   * development split 0.9 asked back on 2.8 % of clear questions and lost top-1 on questions
   * whose best guess was right; 0.95 keeps asking on near-ties (ADR 0005).
   */
  closeRatio: number;
  /** The conversation's agency keeps a follow-up when it scores at least this ratio of the best. */
  stickyRatio: number;
  /**
   * A follow-up that stays keeps the conversation's topic when that topic matches one of its
   * subject words and scores at least this ratio of the organisation's best topic.
   */
  topicStickyRatio: number;
  /** Options offered in a clarifying question score at least this ratio of the best. */
  optionRatio: number;
  /** The same, when the question lacks its subject and every option is a guess anyway. */
  noSubjectOptionRatio: number;
  /**
   * Nor are options offered for such a question when even the best scores below this: a word
   * or two of a long catalog phrase ("gestuurd", "muur") is no subject. On the labelled set
   * (session 31) every no-subject question whose best scored under 8 got only wrong options.
   */
  noSubjectMinScore: number;
  /**
   * A question without a subject is still routed when its best candidate scores this many times
   * the runner-up: the words together point one way ("eigen bijdrage" and "rekening").
   */
  dominance: number;
  /** An agency the question names by name scores this many times higher. */
  mentionBoost: number;
  /**
   * A known-confusion rule decides only when the full-text ranking also sees its agency: at
   * least this ratio of the best score. A cue in a question about something else is ignored.
   */
  ruleMinRatio: number;
  /** Beside a missing DigiD, the question's other subject wins when it scores this ratio. */
  wayInRatio: number;
  /**
   * A topic that matches none of a question's subject words, where another topic does, keeps
   * this share of its score ("hoe werkt dat" beside "hypotheekrenteaftrek"). Session 15: 0.5
   * took the held-out third from 85.6 % to 86.1 % top-1 and a blind review set from 91.0 % to
   * 92.1 %; 0.3 and 0.7 gained less.
   */
  subjectlessRatio: number;
  maxOptions: number;
}

export const DEFAULT_TUNING: RouterTuning = {
  maxSubjectAgencies: 3,
  closeRatio: 0.95,
  stickyRatio: 0.6,
  topicStickyRatio: 0.5,
  optionRatio: 0.5,
  noSubjectOptionRatio: 0.2,
  noSubjectMinScore: 8,
  dominance: 4,
  mentionBoost: 2,
  ruleMinRatio: 0.1,
  wayInRatio: 0.2,
  subjectlessRatio: 0.5,
  maxOptions: 4,
};

/** The libraries behind the router; the defaults are the ones chosen in ADR 0005. */
export interface RouterOptions {
  /** Full-text ranking; MiniSearch's BM25 by default. */
  engine?: RankingEngine;
  /** Dutch and English stemmers; Snowball (from @orama/stemmers) by default. */
  stemmers?: Stemmers;
  /**
   * Organisations reached by words of danger, not by a subject (the crisis lines): "killing"
   * in "these fines are killing me" matches 113's topic, and must not hold the fines back.
   */
  crisisLines?: ReadonlySet<string>;
}

/** `unheld`: the score before it was held back for matching no subject word. */
type Ranked = { agencyId: string; topicId: string; score: number; unheld?: number };

/** "1", "de tweede", "third": a choice among the options of a clarifying question. */
const ORDINALS: Record<string, number> = {
  '1': 0,
  '2': 1,
  '3': 2,
  '4': 3,
  eerste: 0,
  tweede: 1,
  derde: 2,
  vierde: 3,
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
};

/** The words of the catalog's names and terms: what compounds split into and typos are corrected to. */
export function catalogWords(catalog: Catalog): string[] {
  const found: string[] = [];
  for (const agency of catalog.agencies.values()) {
    found.push(...words(`${agency.name.nl} ${agency.name.en}`));
    for (const topic of agency.topics) {
      for (const text of [...topic.terms.nl, ...topic.terms.en, topic.name.nl, topic.name.en]) {
        found.push(...words(text));
      }
    }
  }
  return found;
}

/**
 * Builds the built-in router: a full-text ranker (MiniSearch's BM25 by default, see ADR 0005) over
 * every agency topic, fed by the router's own analysis — Dutch and English stems, Dutch compound
 * splitting, phrases, synonyms and abbreviations, misspellings and typo tolerance — plus the known
 * confusions of `data/routing-rules.json`. Pure: the catalog goes in, decisions come out, no I/O.
 */
export function createRouter(
  catalog: Catalog,
  lexicon: RouterLexicon,
  tuning: RouterTuning = DEFAULT_TUNING,
  options: RouterOptions = {},
): Router & { explain(text: string): RoutingExplanation } {
  const analyzer = createAnalyzer(catalogWords(catalog), lexicon, options.stemmers);
  const engine = options.engine ?? miniSearchEngine;
  const crisisLines = options.crisisLines ?? new Set<string>();

  const documents: TopicDocument[] = [];
  for (const agency of catalog.agencies.values()) {
    for (const topic of agency.topics) {
      const phrases: Record<TopicField, string[]> = {
        terms: [...topic.terms.nl, ...topic.terms.en],
        name: [topic.name.nl, topic.name.en],
        agency: [agency.name.nl, agency.name.en],
        examples: topic.examples,
      };
      documents.push({
        id: `${agency.id}/${topic.id}`,
        agencyId: agency.id,
        topicId: topic.id,
        text: {
          terms: phrases.terms.join('\n'),
          name: phrases.name.join('\n'),
          agency: phrases.agency.join('\n'),
          examples: phrases.examples.join('\n'),
        },
        terms: {
          terms: [
            ...analyzer.indexTerms(topic.terms.nl, 'nl'),
            ...analyzer.indexTerms(topic.terms.en, 'en'),
          ],
          name: [
            ...analyzer.indexTerms([topic.name.nl], 'nl'),
            ...analyzer.indexTerms([topic.name.en], 'en'),
          ],
          agency: [
            ...analyzer.indexTerms([agency.name.nl], 'nl'),
            ...analyzer.indexTerms([agency.name.en], 'en'),
          ],
          examples: analyzer.indexTerms(phrases.examples, 'both'),
        },
      });
    }
  }
  const index = engine.build(documents);
  const agencyNameTerms = new Map<string, Set<string>>();
  for (const doc of documents) agencyNameTerms.set(doc.agencyId, new Set(doc.terms.agency));
  const anyAgencyName = new Set([...agencyNameTerms.values()].flatMap((terms) => [...terms]));

  // A subject is a term the catalog lists for only a few agencies ("huurtoeslag", "apk"), and
  // not one of the lexicon's generic words ("aanvragen", "kosten" say what, not about what).
  const agenciesOfTerm = new Map<string, Set<string>>();
  for (const doc of documents) {
    for (const term of [...doc.terms.terms, ...doc.terms.name, ...doc.terms.agency]) {
      const set = agenciesOfTerm.get(term) ?? new Set<string>();
      set.add(doc.agencyId);
      agenciesOfTerm.set(term, set);
    }
  }
  const generic = new Set((lexicon.generic ?? []).flatMap(words).flatMap(analyzer.ownTerms));
  // A single digit names nothing ("3 keer gebeld" is no tax box, "druk 1" no first anything),
  // nor do the thousands of an amount ("3.000"). Within a phrase it still may ("box 3"); an
  // age ("18 worden") or a number that is a line ("112") stays a subject.
  const isGenericWord = (word: string) =>
    analyzer.isStopword(word) ||
    LONE_DIGIT.test(word) ||
    analyzer.ownTerms(word).some((term) => generic.has(term));
  const isSubjectTerm = (term: string) => {
    if (generic.has(term)) return false;
    const count = agenciesOfTerm.get(term)?.size ?? 0;
    return count > 0 && count <= tuning.maxSubjectAgencies;
  };
  /**
   * A letter that names a kind of a thing ("BE-rijbewijs", "T-rijbewijs") or an ending after an
   * apostrophe ("zzp'er") is a function word on its own; the synonym that joins the two words
   * names a subject that the thing alone does not.
   */
  const namesAKind = (said: readonly string[]) =>
    said.length === 2 && said.filter((word) => analyzer.isStopword(word)).length === 1;
  /**
   * A question has a subject when one of its words names something only a few agencies deal
   * with, or two of its words do together ("eigen bijdrage"), or it uses a synonym or
   * abbreviation for such a thing that the catalog itself does not list ("fiscus").
   */
  const subjectWords = (analysis: QueryAnalysis): string[] => {
    const ages = ageNumbersIn(analysis.sequence);
    const namesNothing = (word: string) => isGenericWord(word) || ages.has(word);
    const found = [...analysis.contentWords, ...analysis.joined].filter(
      (word) => !namesNothing(word) && analyzer.wordTerms(word).some(isSubjectTerm),
    );
    analysis.contentWords.forEach((word, i) => {
      const next = analysis.contentWords[i + 1];
      if (!next || (namesNothing(word) && namesNothing(next))) return;
      if (analyzer.phraseTerms(word, next).some(isSubjectTerm)) found.push(`${word} ${next}`);
    });
    for (const hit of analysis.synonymHits) {
      const unknown = hit.words.every((w) => analyzer.isStopword(w) || !analyzer.isIndexed(w));
      if ((unknown || namesAKind(hit.words)) && hit.terms.some(isSubjectTerm)) {
        found.push(hit.words.join(' '));
      }
    }
    return found;
  };
  const hasSubject = (analysis: QueryAnalysis) => subjectWords(analysis).length > 0;
  const unsureWhich = phraseIndex(lexicon.unsureWhich ?? []);
  /**
   * Whether the person says they do not know which one, of the thing itself: "welke" at the end
   * or before a function word or a broad word ("weet niet welke ik moet aanvragen", "which
   * benefit"), not "which office to contact", which asks for an organisation.
   */
  const unsureOfTheKind = (said: readonly string[]) => {
    const covered = wordsCovered(said, unsureWhich);
    return [...covered].some((at) => {
      if (covered.has(at + 1)) return false;
      const next = said[at + 1];
      return next === undefined || analyzer.isStopword(next) || broadOptionsOf(next) !== undefined;
    });
  };
  /** "uitkering", "toeslag": the common cases to offer, read and checked once at start. */
  const broadOptions = new Map<string, readonly { agencyId: string; topicId: string }[]>();
  for (const [word, options] of Object.entries(lexicon.broad ?? {})) {
    const parsed = options.map((option) => {
      const topic = resolveTopicRef(catalog, option);
      if (!topic) throw new Error(`lexicon broad: unknown topic ${option} for ${word}`);
      return topic;
    });
    broadOptions.set(word, parsed);
  }
  // By the word as written, plural or not: a stem would also take "allowed" for "allowance".
  const broadOptionsOf = (word: string) =>
    broadOptions.get(word) ??
    broadOptions.get(word.replace(/s$/, '')) ??
    broadOptions.get(word.replace(/en$/, ''));
  /**
   * The options for a question whose only naming word is a broad one ("ik wil een uitkering"):
   * the common cases, each with what the ranking gave its organisation.
   */
  const offerForBroadWord = (
    analysis: QueryAnalysis,
    candidates: readonly Candidate[],
  ): Candidate[] | undefined => {
    const options = analysis.contentWords.map(broadOptionsOf).find((found) => found !== undefined);
    return options?.map(({ agencyId, topicId }) => {
      const ranked = candidates.find((candidate) => candidate.agencyId === agencyId);
      return { agencyId, topicId, score: ranked?.score ?? 0, confidence: ranked?.confidence ?? 0 };
    });
  };
  const followUpWords = new Set((lexicon.followUp ?? []).flatMap(words));
  /**
   * "en mijn man?", "is it free?": a short message whose only subject words ask about the same
   * subject for someone else, or its cost or channel. Short, because "mijn man wil naar
   * Nederland komen" names a subject of its own.
   */
  const asksOnAboutTheSame = (analysis: QueryAnalysis) =>
    analysis.contentWords.length <= FOLLOW_UP_WORDS &&
    subjectWords(analysis).every((found) =>
      words(found).every((word) => followUpWords.has(word) || isGenericWord(word)),
    );

  const newQuestionOpenings = (lexicon.newQuestion ?? []).map((phrase) => words(phrase));
  /** "ik heb nog een vraag over geld": whatever it names, it is not the last subject again. */
  const opensANewQuestion = (text: string) => {
    const said = words(text);
    return newQuestionOpenings.some((opening) => said.some((_, at) => phraseAt(said, opening, at)));
  };

  const needCues = (lexicon.needs ?? []).map((need) => analyzer.cue(need));
  // Any word of a need: an organisation whose topic has one ("betalen") may still meet it.
  const needWords = new Set(needCues.flat(2));
  /** Whether terms say a whole need ("terug" and "betalen", not "betalen" alone). */
  const saysANeed = (has: (term: string) => boolean) =>
    needCues.some((cue) => cue.every((alternatives) => alternatives.some(has)));
  /** "terug te betalen", "a payment plan": a need only some organisations meet. */
  const namesANeed = (analysis: QueryAnalysis) =>
    saysANeed((term) => analysis.literal.has(term) || analysis.terms.has(term));
  const meetsANeed = (hit: RankedTopic) =>
    saysANeed((term) => hit.matched?.includes(term) === true);
  /**
   * The organisation's topic for a need the question names without a subject, when the
   * conversation's topic does not meet it: "kan ik een betalingsregeling krijgen?" after a
   * question about a tax assessment is about paying it in parts.
   */
  const topicForTheNeed = (
    agencyId: string,
    topicId: string | undefined,
    hits: readonly RankedTopic[],
  ): string | undefined => {
    const meets = hits.filter((hit) => hit.agencyId === agencyId && meetsANeed(hit));
    if (meets.some((hit) => hit.topicId === topicId)) return undefined;
    return meets.sort((a, b) => b.score - a.score)[0]?.topicId;
  };
  /**
   * Whether no topic of the conversation's organisation meets the need a question names: "kan ik
   * een betalingsregeling krijgen?" after DigiD matched a DigiD topic only by "krijgen".
   */
  const needsAnotherThan = (agencyId: string, hits: readonly RankedTopic[]) =>
    !hits.some(
      (hit) => hit.agencyId === agencyId && hit.matched?.some((term) => needWords.has(term)),
    );

  const lacking = {
    things: new Set((lexicon.lacking?.things ?? []).flatMap(words)),
    marks: new Set((lexicon.lacking?.marks ?? []).flatMap(words)),
    unless: new Set((lexicon.lacking?.unless ?? []).flatMap(words)),
    marksAfter: new Set((lexicon.lacking?.marksAfter ?? []).flatMap(words)),
    using: new Set((lexicon.lacking?.using ?? []).flatMap(words)),
    trouble: new Set((lexicon.lacking?.trouble ?? []).flatMap(words)),
  };
  /** "ze heeft ook geen DigiD": a way in is missing; the subject is still the conversation's. */
  const saysAWayInIsMissing = (text: string, analysis: QueryAnalysis) => {
    const said = words(text);
    return (
      said.some((word) => lacking.marks.has(word)) &&
      said.some((word) => lacking.things.has(word)) &&
      !said.some((word) => lacking.unless.has(word)) &&
      analysis.contentWords.every(
        (word) => lacking.things.has(word) || followUpWords.has(word) || isGenericWord(word),
      )
    );
  };

  const wayIn = new Set(lexicon.lacking?.wayIn ?? []);
  const gettingIt = new Set((lexicon.lacking?.gettingIt ?? []).flatMap(words));
  const isAWayIn = (candidate: Ranked) =>
    wayIn.has(candidate.agencyId) || wayIn.has(`${candidate.agencyId}/${candidate.topicId}`);
  /**
   * "ik heb geen DigiD, hoe doe ik mijn belastingaangifte?": the question is the aangifte; the
   * missing DigiD is what stands in the way (the stuck step adds help for that). So a candidate
   * for the way in gives way to the best one for the other subject, when the question has one.
   * So it does when the way in is only the means: "hoe vraag ik huurtoeslag aan met DigiD?".
   */
  const missesTheWayIn = (text: string, analysis: QueryAnalysis) => {
    const said = words(text);
    const named = said.flatMap((word, i) => (lacking.things.has(word) ? [i] : []));
    // Asked of every routed answer: most name no way in, and need no more reading than this.
    if (named.length === 0) return false;
    return lacksTheWayIn(said, named, analysis) || usesTheWayIn(said, named, analysis);
  };
  /** The question's subject words besides the way in ("huurtoeslag" beside "DigiD"). */
  const otherSubjects = (analysis: QueryAnalysis) =>
    subjectWords(analysis).filter((found) =>
      words(found).some((word) => !lacking.things.has(word)),
    );
  const hasOtherSubject = (analysis: QueryAnalysis) => otherSubjects(analysis).length > 0;
  const usesTheWayIn = (said: string[], named: number[], analysis: QueryAnalysis) =>
    named.every((i) => said.slice(Math.max(0, i - 4), i).some((word) => lacking.using.has(word))) &&
    !said.some((word) => lacking.trouble.has(word) || gettingIt.has(word)) &&
    onlyOtherSubjects(analysis);
  /**
   * Whether the question's other subject words are all foreign to the way in: "fraude met mijn
   * DigiD", "sms-controle" and "before moving abroad" are DigiD's own subjects, so the DigiD named
   * beside them is no mere means.
   */
  const onlyOtherSubjects = (analysis: QueryAnalysis) => {
    const others = otherSubjects(analysis);
    return (
      others.length > 0 &&
      others.every((found) =>
        words(found).every((word) =>
          analyzer
            .wordTerms(word)
            .every((term) => ![...(agenciesOfTerm.get(term) ?? [])].some((id) => wayIn.has(id))),
        ),
      )
    );
  };
  // "geen DigiD", "zonder DigiD", "I don't have DigiD", "mijn DigiD kwijt": a mark shortly
  // before the thing, or one of its own marks right after it, every time it is named.
  const lacksTheWayIn = (said: string[], named: number[], analysis: QueryAnalysis) => {
    // Where a mark stands ("lost" in "I lost my DigiD"): there it says the thing is missing, not
    // that the question is about getting it.
    const marks = new Set<number>();
    const missing = named.every((i) => {
      const from = Math.max(0, i - 3);
      const before = said.slice(from, i).findIndex((word) => lacking.marks.has(word));
      if (before >= 0) {
        marks.add(from + before);
        return true;
      }
      const after = said.slice(i + 1, i + 3).findIndex((word) => lacking.marksAfter.has(word));
      if (after >= 0) marks.add(i + 1 + after);
      return after >= 0;
    });
    if (!missing) return false;
    const aboutGettingIt = said.some((word, i) => !marks.has(i) && gettingIt.has(word));
    return hasOtherSubject(analysis) && !aboutGettingIt;
  };
  const besideTheMissingWayIn = (text: string, analysis: QueryAnalysis, ranked: Ranked[]) => {
    const [first] = ranked;
    if (!first || !isAWayIn(first) || !missesTheWayIn(text, analysis)) return ranked;
    const other = ranked.find(
      (candidate) => !isAWayIn(candidate) && candidate.score >= tuning.wayInRatio * first.score,
    );
    if (!other) return ranked;
    // Clearly first, so that the answer is the subject, not a question back about the way in.
    const rest = ranked
      .filter((candidate) => candidate !== other)
      .map((candidate) =>
        isAWayIn(candidate)
          ? { ...candidate, score: candidate.score * tuning.wayInRatio }
          : candidate,
      );
    return [{ ...other, score: first.score }, ...rest].sort((a, b) => b.score - a.score);
  };

  // Names of organisations, to lean towards the one a question names.
  const mentions = new SequenceTable<string>();
  for (const [agencyId, names] of Object.entries(lexicon.mentions ?? {})) {
    if (!catalog.agencies.has(agencyId)) {
      throw new Error(`lexicon mentions: unknown agency ${agencyId}`);
    }
    for (const name of names) mentions.add(words(name), agencyId);
  }
  // "uitkering", "toeslag": words for a whole kind of thing, which pick no one topic.
  const broadTerms = new Set(Object.keys(lexicon.broad ?? {}).flatMap(analyzer.ownTerms));
  // Every term an organisation's name yields (its compound parts, its synonyms): "belasting" in
  // "belastingdienst" names the organisation, not its income-tax topic.
  const nameDerivedTerms = new Map<string, Set<string>>();
  for (const [agencyId, terms] of agencyNameTerms) {
    const derived = new Set(terms);
    for (const name of lexicon.mentions?.[agencyId] ?? []) {
      for (const locale of ['nl', 'en'] as const) {
        for (const term of analyzer.analyse(name, locale).terms.keys()) derived.add(term);
      }
    }
    nameDerivedTerms.set(agencyId, derived);
  }

  const rules = withSynonymGroups(lexicon.rules ?? [], lexicon.synonyms ?? []);
  checkRules(catalog, rules);
  const matchRules = compileRules(rules, (cue) => analyzer.cue(cue));
  // Rules that share every cue and their why, each for another organisation, ask which of them
  // is meant ("een brief van de belasting" may be the Benefits Office): when the ranking sees
  // one of them, the others count too, or the question back would never be asked.
  const cueSet = new Map(
    rules.map((rule) => [
      rule.id,
      JSON.stringify([rule.all, rule.none, rule.after, rule.minAge, rule.why]),
    ]),
  );

  /** The organisations a question names ("een brief van het CJIB"). */
  const namedIn = (analysis: QueryAnalysis) =>
    mentions.findAll(analysis.sequence).map((found) => found.value);

  /**
   * A question's terms that the catalog holds: others cannot score, and leaving them out keeps
   * the search short.
   */
  const indexedTerms = (analysis: QueryAnalysis) =>
    new Map(
      [...analysis.terms].filter(([term]) => analyzer.hasTerm(term) && !LONE_DIGIT.test(term)),
    );

  /** Every topic the question matches, with its score and the terms it matched. */
  const search = (text: string, analysis: QueryAnalysis) =>
    index.rank({ text, terms: indexedTerms(analysis) });

  /**
   * Whether a follow-up's subject words still fit the conversation's topic at least half as well
   * as the organisation's best topic: "kan ik uitstel krijgen?" after a question about the tax
   * return asks for more time for the return, not for paying, though "uitstel" fits both.
   */
  function stillFitsTopic(
    hits: readonly RankedTopic[],
    agencyId: string,
    topicId: string,
  ): boolean {
    const own = hits.filter((hit) => hit.agencyId === agencyId);
    const current = own.find((hit) => hit.topicId === topicId);
    const strongest = Math.max(0, ...own.map((hit) => hit.score));
    return (
      current !== undefined &&
      current.matched?.some(isSubjectTerm) === true &&
      current.score >= tuning.topicStickyRatio * strongest
    );
  }

  /** Best topic per agency, strongest first; an agency the question names leans ahead. */
  function rank(
    text: string,
    analysis: QueryAnalysis,
    named: readonly string[] = namedIn(analysis),
    hits: readonly RankedTopic[] = search(text, analysis),
  ): Ranked[] {
    const best = new Map<string, Ranked>();
    // The hit each agency's best came from: which of its terms matched.
    const bestHit = new Map<string, RankedTopic>();
    // Where some topic matches a word that names a subject ("hypotheekrenteaftrek", "KOR"), a
    // topic that matches only the rest ("hoe werkt dat", "aanmelden") is held back.
    const namesSubject = (hit: RankedTopic) =>
      !crisisLines.has(hit.agencyId) && hit.matched?.some(isSubjectTerm);
    const demote = hits.some(namesSubject);
    for (const hit of hits) {
      const score = demote && !namesSubject(hit) ? hit.score * tuning.subjectlessRatio : hit.score;
      const current = best.get(hit.agencyId);
      if (!current || score > current.score) {
        bestHit.set(hit.agencyId, hit);
        best.set(hit.agencyId, {
          agencyId: hit.agencyId,
          topicId: hit.topicId,
          score,
          ...(score !== hit.score ? { unheld: hit.score } : {}),
        });
      }
    }
    for (const agencyId of named) {
      const leaning = best.get(agencyId);
      if (!leaning) continue;
      leaning.score *= tuning.mentionBoost;
      leaning.topicId = topicBesidesName(hits, agencyId, analysis) ?? leaning.topicId;
    }
    // Unnamed too: "the Dutch health insurance" matches only the insurer's own name (through its
    // synonyms), and the topic whose terms repeat that name most is the complaint about the
    // insurer. A general word beside the name keeps the topic it chose: in "een brief van de
    // belastingdienst dat ik moet terugbetalen" it is the need, paying back.
    for (const leaning of best.values()) {
      if (named.includes(leaning.agencyId)) continue;
      const name = nameDerivedTerms.get(leaning.agencyId);
      const onlyTheName = bestHit
        .get(leaning.agencyId)
        ?.matched?.every((term) => name?.has(term) && !generic.has(term) && !broadTerms.has(term));
      if (onlyTheName) {
        leaning.topicId = topicBesidesName(hits, leaning.agencyId, analysis) ?? leaning.topicId;
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * The topic of a named agency, judged by the question's other words: "a letter from the CJIB"
   * names the CJIB, not the one CJIB topic whose terms repeat "CJIB" most. The best of its topics
   * that matched a word besides the name; a general word ("aanvragen") or one for a whole kind of
   * thing ("uitkering") picks no topic. Without one, no topic: "niemand helpt me met mijn uwv
   * uitkering" is about the UWV, and the answer says what the UWV does rather than guess at a
   * supplement. Undefined when the engine does not say which terms matched.
   */
  function topicBesidesName(
    hits: readonly RankedTopic[],
    agencyId: string,
    analysis: QueryAnalysis,
  ): string | undefined {
    const name = nameDerivedTerms.get(agencyId) ?? new Set<string>();
    const other = (term: string) => !name.has(term) && !generic.has(term) && !broadTerms.has(term);
    let withOtherWords: { topicId: string; score: number } | undefined;
    for (const hit of hits) {
      if (hit.agencyId !== agencyId) continue;
      if (!hit.matched) return undefined;
      const score = scoreBesidesName(hit, other);
      if (score > 0 && (!withOtherWords || score > withOtherWords.score)) {
        withOtherWords = { topicId: hit.topicId, score };
      }
    }
    if (withOtherWords) return withOtherWords.topicId;
    // "aangifte bij de belastingdienst": of what the broad word may mean, the organisation named
    // handles one thing, so that is the topic; "uwv uitkering" may be WW or WIA, so none.
    const meant = new Set(
      analysis.contentWords
        .flatMap((word) => broadOptionsOf(word) ?? [])
        .filter((option) => option.agencyId === agencyId)
        .map((option) => option.topicId),
    );
    return meant.size === 1 ? [...meant][0] : '';
  }

  /**
   * What a topic scores on the question's other words alone, as the engine scores a whole
   * question: the sum of those terms' scores, times how many matched. A topic that repeats the
   * organisation's name ("uittreksel handelsregister kamer van koophandel") no longer wins on the
   * name when another topic fits the rest of the question better ("inschrijven"). Engines that
   * do not tell each term's share fall back to the whole score.
   */
  function scoreBesidesName(hit: RankedTopic, other: (term: string) => boolean): number {
    const matched = hit.matched ?? [];
    if (!matched.some(other)) return 0;
    const shares = hit.termScores;
    if (!shares) return hit.score;
    let sum = 0;
    let count = 0;
    matched.forEach((term, i) => {
      if (!other(term)) return;
      sum += shares[i] ?? 0;
      count += 1;
    });
    return sum * count;
  }

  /**
   * Confidence is the best score's share against the runner-up: two close candidates give
   * about 0.5 each, a clear winner nears 1. Without a subject word it is halved.
   */
  function withConfidence(ranked: Ranked[], subject: boolean): Candidate[] {
    const first = ranked[0]?.score ?? 0;
    const second = ranked[1]?.score ?? 0;
    const factor = subject ? 1 : 0.5;
    return ranked.map((candidate) => ({
      ...candidate,
      confidence: round2((factor * candidate.score) / (first + second || 1)),
    }));
  }

  /**
   * The topic of an option the person chose. "Hoe lang heb ik om terug te betalen?" answered
   * with "zorgtoeslag" asks about paying back zorgtoeslag: a question without a subject keeps its
   * need (its words are all general ones: "terug", "betalen"), and the answer only names the
   * organisation. So does an answer without a subject ("de tweede"). When the question named
   * something too, the answer says more precisely what it is about ("Ik heb een vraag over een
   * toeslag" → "kinderopvangtoeslag").
   */
  function withTopicOfQuestion(
    chosen: Ranked,
    answer: QueryAnalysis,
    question: string | undefined,
    locale: Locale | undefined,
  ): Ranked {
    if (!question) return chosen;
    const asked = analyzer.analyse(question, locale);
    if (namesSomethingBesidesAgencies(asked) && hasSubject(answer)) return chosen;
    const topic = rank(question, asked).find((c) => c.agencyId === chosen.agencyId);
    return topic ? { ...chosen, topicId: topic.topicId } : chosen;
  }

  /**
   * Only words the catalog knows name something; "gehad" in "ik heb een brief gehad dat ik moet
   * terugbetalen" does not, nor does an organisation's own name.
   */
  function namesSomethingBesidesAgencies(analysis: QueryAnalysis): boolean {
    return analysis.contentWords.some(
      (word) =>
        !isGenericWord(word) &&
        analyzer.isIndexed(word) &&
        !analyzer.wordTerms(word).every((term) => anyAgencyName.has(term)),
    );
  }

  const isAboutTheConversation = ({ agencyId, topicId }: Ranked) =>
    findTopic(catalog, agencyId, topicId)?.aboutTheConversation === true;

  /** A known confusion decides; several conflicting ones make the router ask. */
  function applyRules(
    terms: ReadonlySet<string>,
    candidates: Candidate[],
    context: RoutingContext & RuleContext,
    named: readonly string[],
    unheld: ReadonlyMap<string, number>,
  ): RoutingDecision | undefined {
    const top = candidates[0]?.score ?? 0;
    // Whether the ranking sees an agency at all: before holding back, so that a rule can still
    // name an organisation the question's words did not ("een brief van de belastingdienst dat
    // ik moet terugbetalen" may be a toeslag).
    const seen = (agencyId: string) => (unheld.get(agencyId) ?? 0) >= tuning.ruleMinRatio * top;
    // A follow-up rule stands on the conversation's subject: the question need not name it. An
    // intent rule stands on its own cues: the subject's words rank another organisation first.
    // A follow-up rule gives way to an organisation the message names itself: "geen antwoord
    // op mijn bezwaar bij het UWV" after a CJIB fine is about the UWV, not the fine's objection.
    const matched = matchRules(terms, context);
    const seenSets = new Set(
      matched.filter((match) => seen(match.agency)).map((match) => cueSet.get(match.id)),
    );
    const fired = matched.filter((match) =>
      match.followUp
        ? named.length === 0 || named.includes(match.agency)
        : match.intent || seen(match.agency) || seenSets.has(cueSet.get(match.id)),
    );
    const intents = fired.filter((match) => match.intent);
    // A rule that holds for the age the person stated says more than one that ignores it: at 76
    // a licence is renewed after the CBR's health declaration, not straight at the RDW.
    const forAge = fired.filter((match) => match.forAge);
    const matches = intents.length > 0 ? intents : forAge.length > 0 ? forAge : fired;
    const agencies = [...new Set(matches.map((match) => match.agency))];
    if (agencies.length === 0) return undefined;
    const fromRule = (match: RuleMatch): Candidate => {
      const ranked = candidates.find((c) => c.agencyId === match.agency);
      return {
        agencyId: match.agency,
        topicId: match.topic ?? (ranked?.topicId || firstTopic(catalog, match.agency)),
        score: Math.max(ranked?.score ?? 0, candidates[0]?.score ?? 0),
        confidence: Math.max(ranked?.confidence ?? 0, 0.9),
      };
    };
    // Of the rules for one organisation, one that names the topic says more than one that does
    // not: "ik kan mijn verkeersboete niet betalen" is about a payment plan, not paying a fine.
    const [first] = matches;
    const match = first && (matches.find((m) => m.agency === first.agency && m.topic) ?? first);
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

  /** The options worth offering: the best few, none far behind the first. */
  function offerOptions(candidates: Candidate[], ratio = tuning.optionRatio): Candidate[] {
    const top = candidates[0]?.score ?? 0;
    return candidates
      .filter((candidate) => candidate.score >= ratio * top)
      .slice(0, tuning.maxOptions);
  }

  return {
    explain(message) {
      const text = withoutIntroduction(withoutMarkup(message));
      const analysis = analyzer.analyse(text);
      return {
        language: analysis.language,
        corrections: analysis.corrections,
        terms: [...analysis.terms].sort((a, b) => b[1] - a[1]),
        subjectTerms: subjectWords(analysis),
        rules: matchRules(analysis.literal).map((rule) => rule.id),
        ranked: rank(text, analysis)
          .slice(0, 6)
          .map((r) => ({ ...r, score: round2(r.score) })),
      };
    },

    subjectOf(message) {
      return subjectWords(analyzer.analyse(withoutIntroduction(message)));
    },

    namesBroadWord(message) {
      const analysis = analyzer.analyse(withoutIntroduction(message));
      return analysis.contentWords.some((word) => broadOptionsOf(word) !== undefined);
    },

    route(message, context = {}, locale) {
      const text = withoutIntroduction(withoutMarkup(message));
      const analysis = analyzer.analyse(text, locale);
      const decision = decide(text, analysis, context, locale);
      return decision.kind === 'routed' &&
        !isAWayIn(decision.best) &&
        missesTheWayIn(text, analysis)
        ? { ...decision, wayInMissing: true }
        : decision;
    },
  };

  function decide(
    text: string,
    analysis: QueryAnalysis,
    context: RoutingContext,
    locale: Locale | undefined,
  ): RoutingDecision {
    const named = namedIn(analysis);
    const hits = search(text, analysis);
    let ranked = besideTheMissingWayIn(text, analysis, rank(text, analysis, named, hits));
    const offeredOptions = (context.options ?? []).map((option) => {
      const [agencyId = '', topicId] = option.split('/');
      return {
        agencyId,
        topicId: topicId && findTopic(catalog, agencyId, topicId) ? topicId : '',
      };
    });
    const offered = offeredOptions.map((option) => option.agencyId);
    // A bare number ("2", "3") picks from a list we offered; without one it says nothing,
    // unless it names an organisation itself (112).
    const onlyNumbers = !/\p{L}/u.test(text);
    if (onlyNumbers && offered.length === 0 && named.length === 0) {
      return { kind: 'none', alternatives: [] };
    }

    // An answer to our own clarifying question picks among the options we offered: by name
    // ("huurtoeslag"), or by number ("de tweede").
    let chosen: Ranked | undefined;
    if (offered.length > 0) {
      const ordinal = picksByPlace(analysis.contentWords)
        ? pickOrdinal(text)
        : pickByName(catalog, analysis.contentWords, offeredOptions);
      const option = ordinal === undefined ? undefined : offeredOptions[ordinal];
      const byNumber = option?.agencyId;
      const ownRank = byNumber ? ranked.find((c) => c.agencyId === byNumber) : undefined;
      // "verkeersboete" picked from the CJIB and the OM: a known confusion decides between the
      // organisations offered (paying is the common case) where the ranking picks another.
      // A reply that names nothing ("what documents does she need") picks no option by the
      // ranking of its stray words: it is a follow-up on the answer itself.
      const byRanking = hasSubject(analysis)
        ? ranked.find((c) => offered.includes(c.agencyId))
        : undefined;
      const ruledOption = byNumber
        ? undefined
        : matchRules(analysis.literal, context).find(
            (match) => !match.followUp && offered.includes(match.agency),
          );
      const byRule =
        ruledOption && ruledOption.agency !== byRanking?.agencyId
          ? offeredOptions.find((one) => one.agencyId === ruledOption.agency)
          : undefined;
      chosen = byNumber
        ? {
            agencyId: byNumber,
            topicId: option?.topicId || ownRank?.topicId || firstTopic(catalog, byNumber),
            score: ownRank?.score ?? ranked[0]?.score ?? 1,
          }
        : byRule
          ? {
              agencyId: byRule.agencyId,
              topicId:
                ruledOption?.topic ?? (byRule.topicId || firstTopic(catalog, byRule.agencyId)),
              score: ranked[0]?.score ?? 1,
            }
          : byRanking;
      const top = ranked[0]?.score ?? 0;
      if (chosen && (byNumber || chosen.score >= tuning.optionRatio * top)) {
        const picked = chosen;
        // A topic picked by its place in the list, or by a rule, is the one that was meant; so
        // is the one topic offered with an organisation the answer only names ("DUO" for "te
        // veel ontvangen (DUO)"). "UWV" for WW or WIA (UWV) picks neither.
        const ownOptions = offeredOptions.filter((one) => one.agencyId === picked.agencyId);
        const offeredTopic = ownOptions.length === 1 ? ownOptions[0]?.topicId : undefined;
        chosen =
          option?.topicId || byRule
            ? picked
            : offeredTopic && !namesSomethingBesidesAgencies(analysis)
              ? { ...picked, topicId: offeredTopic }
              : withTopicOfQuestion(picked, analysis, context.optionsFor, locale);
        ranked = [chosen, ...ranked.filter((c) => c !== picked)];
      } else {
        chosen = undefined;
      }
    }
    const subject = hasSubject(analysis) || chosen !== undefined;
    const candidates = withConfidence(ranked, subject);
    const ruled = chosen
      ? undefined
      : applyRules(
          analysis.literal,
          candidates,
          { ...context, age: statedAge(text), named: named.length },
          named,
          new Map(ranked.map((one) => [one.agencyId, one.unheld ?? one.score])),
        );
    if (ruled) return ruled;

    const [first, second] = candidates;

    // A follow-up stays with the conversation's agency unless it clearly names a new subject,
    // or, without one, a need that agency has no topic for.
    const need = !!context.agencyId && !subject && namesANeed(analysis);
    if (
      context.agencyId &&
      !chosen &&
      !opensANewQuestion(text) &&
      !(need && needsAnotherThan(context.agencyId, hits))
    ) {
      const own = candidates.find((candidate) => candidate.agencyId === context.agencyId);
      // "Nobody picks up" names no new subject: it is about the conversation's organisation.
      const aboutIt = first !== undefined && isAboutTheConversation(first);
      const sameSubject =
        !subject || asksOnAboutTheSame(analysis) || saysAWayInIsMissing(text, analysis);
      const stays =
        sameSubject ||
        aboutIt ||
        (own !== undefined && first !== undefined && own.score >= tuning.stickyRatio * first.score);
      if (stays) {
        const keepsTopic =
          sameSubject ||
          aboutIt ||
          (!!context.topicId && stillFitsTopic(hits, context.agencyId, context.topicId));
        // Staying is a decision of its own, at least half sure: "hoeveel maanden?" scores low
        // against the catalog, yet it was understood, and must not count as not understood.
        // Without a subject word the topic is the conversation's, or none: "hoe kan ik jullie
        // bellen?" on the UWV's own site is about the UWV, not about whichever of its topics a
        // general word happened to match.
        const unnamed =
          (need && topicForTheNeed(context.agencyId, context.topicId ?? undefined, hits)) ||
          (context.topicId ?? '');
        const best: Candidate = own
          ? {
              ...own,
              topicId: subject ? (keepsTopic && context.topicId) || own.topicId : unnamed,
              confidence: Math.max(own.confidence, STAYING_CONFIDENCE),
            }
          : {
              agencyId: context.agencyId,
              topicId: unnamed,
              score: 0,
              confidence: STAYING_CONFIDENCE,
            };
        return {
          // Same organisation, another of its topics ("huurtoeslag" after zorgtoeslag): the
          // answer names the new topic instead of saying the question is "still" about it.
          kind: context.topicId && best.topicId !== context.topicId ? 'routed' : 'follow-up',
          best,
          alternatives: candidates.filter((c) => c.agencyId !== best.agencyId).slice(0, 3),
        };
      }
    }

    if (!first) return { kind: 'none', alternatives: [] };
    // Without a subject ("Hoe lang heb ik om terug te betalen?") the router does not guess: it
    // offers the subjects the rest of the question fits. Only when the words together point
    // far more to one organisation than to any other, or to one organisation alone ("een brief
    // die ik niet begrijp" fits only the Informatiepunt), does it go there (at half confidence).
    // A crisis line is never a guess: "ik wil met iemand praten" wants a person, not 113. Those
    // lines are reached by words of danger (the crisis check) or by a subject of their own.
    const dominant =
      !crisisLines.has(first.agencyId) &&
      (second === undefined || first.score >= tuning.dominance * second.score);
    // A word for a whole kind of thing ("mijn uitkering is gestopt") is asked about even when
    // the other words lean one way: "gestopt" fits the WW, but bijstand and the AOW stop too.
    // So is one the person says they do not know which of ("een uitkering aanvragen, maar ik
    // weet niet welke"), even beside a word that names a subject of one of them.
    const broadOffer =
      subject && !unsureOfTheKind(analysis.sequence)
        ? undefined
        : offerForBroadWord(analysis, candidates);
    // "I get an allowance and need to pay it back": every allowance is the one organisation's,
    // the ranking put that organisation first, and the rest of the question chose its topic
    // for all of them (paying back): asking which allowance would only delay the same answer.
    const narrowed =
      broadOffer !== undefined &&
      broadOffer.every((option) => option.agencyId === first.agencyId) &&
      !broadOffer.some((option) => option.topicId === first.topicId);
    const broad = narrowed ? undefined : broadOffer;
    if ((!subject || broad) && ((!dominant && !narrowed) || broad)) {
      const offer =
        broad ??
        (first.score < tuning.noSubjectMinScore
          ? []
          : offerOptions(candidates, tuning.noSubjectOptionRatio));
      return offer.length >= 2
        ? { kind: 'clarify', alternatives: offer }
        : { kind: 'none', alternatives: [] };
    }
    if (!chosen && second && second.score >= tuning.closeRatio * first.score) {
      return { kind: 'clarify', alternatives: offerOptions(candidates) };
    }
    // The person picked this from our own list: offering other topics again would be noise.
    return { kind: 'routed', best: first, alternatives: chosen ? [] : candidates.slice(1, 4) };
  }
}

/**
 * Pasted web page code says nothing about the subject: "<script>alert(1)</script>" was read as
 * a question about NL-Alert. Scripts and styles go whole; other tags leave their text
 * ("<b>huurtoeslag</b>").
 */
function withoutMarkup(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/giu, ' ')
    .replace(/<\/?[a-z][^<>]*>/giu, ' ');
}

/**
 * What personal data left behind says nothing about the subject: "mijn naam is [NAAM]" once
 * sent a greeting to the RDW's registration topic ("naam" as in "op naam zetten"), "Mijn BSN is
 * [BSN]" beside a question about huurtoeslag asked how to get a BSN, and "ik ben geboren op
 * [GEBOORTEDATUM]" asked about registering a birth. A value goes, with the words that only
 * introduce it; the word for what it is stays where it can be a subject of its own ("mijn nieuwe
 * rekeningnummer is [IBAN]" asks about changing one's account number, "een boete voor
 * [KENTEKEN]" is the CJIB's: "kenteken" and "paspoort" said by the person still count).
 */
function withoutIntroduction(text: string): string {
  return PERSONAL_DATA.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
/** Per kind of personal data, the words that only introduce a value, as a pattern's source. */
const INTRODUCED: Record<PersonalDataKind, string> = {
  name: String.raw`(?:\b(?:${NAME_INTRODUCTIONS.join('|')})\s+)?`,
  bsn:
    String.raw`(?:\b(?:(?:mijn|zijn|haar|ons|my|his|her|our)\s+)?` +
    String.raw`(?:bsn(?:[- ]?nummer)?|burgerservicenummer|sofi-?nummer|citizen service number|bsn number)\s*(?:is|=|:)?\s*)?`,
  birthdate:
    String.raw`(?:\b(?:(?:(?:ik|hij|zij|ze) (?:ben|is)|i was|he was|she was)\s+)?(?:geboren|born)(?:\s+(?:op|on|in))?\s*` +
    String.raw`|\b(?:(?:mijn|my)\s+)?(?:geboortedatum|date of birth|birth ?date)\s*(?:is|:)?\s*)?`,
  address:
    String.raw`(?:\b(?:(?:ik|wij|we|i)\s+)?(?:woon|wonen|live)(?:\s+(?:op|aan|in|at|on))?\s*` +
    String.raw`|\b(?:(?:mijn|ons|my|our)\s+)?(?:adres|address)\s*(?:is|:)?\s*)?`,
  phone:
    String.raw`(?:\b(?:(?:mijn|my)\s+)?(?:telefoonnummer|nummer|mobiele nummer|phone number|number)\s*(?:is|:)?\s*` +
    String.raw`|\b(?:bel|call|ring)(?:\s+(?:me|mij))?(?:\s+(?:op|on|at))?\s*)?`,
  email:
    String.raw`(?:\b(?:(?:mijn|my)\s+)?(?:e-?mailadres|e-?mail|mail|email address)\s*(?:is|:)?\s*` +
    String.raw`|\b(?:e-?mail|mail)\s+(?:me|mij)(?:\s+(?:op|on|at))?\s*)?`,
  iban: '',
  plate: '',
  document: '',
};
const PERSONAL_DATA = (Object.entries(INTRODUCED) as [PersonalDataKind, string][]).map(
  ([kind, introduction]) => new RegExp(`${introduction}${placeholderSource(kind)}`, 'giu'),
);

/**
 * A digit alone, or the thousands of an amount: "druk 1, druk 3" in a complaint about a phone
 * menu scored the tax boxes. In a word pair it still counts ("box 3", "box_3").
 */
const LONE_DIGIT = /^~?(?:\d|0+)$/;

/** The least confidence of an answer that stays with the conversation's organisation. */
const STAYING_CONFIDENCE = 0.5;

/** At most this many content words make a message a short follow-up ("voor mijn moeder"). */
const FOLLOW_UP_WORDS = 3;

/** Words that may stand beside an ordinal that picks from a list: "de tweede optie", "nummer 2". */
const CHOICE_WORDS = new Set([
  'optie',
  'keuze',
  'nummer',
  'onderwerp',
  'graag',
  'one',
  'option',
  'choice',
  'number',
  'topic',
  'please',
]);

/**
 * Whether a message is a pick by place ("de eerste", "nummer 2", "the second one"): an ordinal
 * with at most a word for an option. "what do I need to arrange first" is a question of its own,
 * not the first option of the answer before.
 */
function picksByPlace(contentWords: readonly string[]): boolean {
  return (
    contentWords.length <= 2 &&
    contentWords.every((word) => ORDINALS[word] !== undefined || CHOICE_WORDS.has(word))
  );
}

/**
 * "verlengen" after "rijbewijs verlengen (RDW), rijbewijs ophalen (uw gemeente) of
 * rijexamen (CBR)": the one option whose name, as the question back showed it, holds every
 * word of the reply. A word that is no subject of its own still says which one was meant.
 */
function pickByName(
  catalog: Catalog,
  contentWords: readonly string[],
  options: readonly { agencyId: string; topicId: string }[],
): number | undefined {
  if (contentWords.length === 0 || contentWords.length > 3) return undefined;
  const said = contentWords.map((word) => stems(word));
  const fits = options.flatMap((option, at) => {
    const topic = option.topicId ? findTopic(catalog, option.agencyId, option.topicId) : undefined;
    if (!topic) return [];
    const name = new Set(words(`${topic.name.nl} ${topic.name.en}`).flatMap(stems));
    return said.every((forms) => forms.some((form) => name.has(form))) ? [at] : [];
  });
  return fits.length === 1 ? fits[0] : undefined;
}

function pickOrdinal(text: string): number | undefined {
  for (const word of words(text)) {
    const index = ORDINALS[word];
    if (index !== undefined) return index;
  }
  return undefined;
}

/** Rules point at agencies and topics by id; a typo there must fail at start, not in a reply. */
function checkRules(catalog: Catalog, rules: readonly RoutingRule[]) {
  for (const rule of rules) {
    const agency = catalog.agencies.get(rule.agency);
    if (!agency) throw new Error(`routing rule ${rule.id}: unknown agency ${rule.agency}`);
    if (rule.topic && !agency.topics.some((topic) => topic.id === rule.topic)) {
      throw new Error(`routing rule ${rule.id}: unknown topic ${rule.agency}/${rule.topic}`);
    }
    for (const subject of rule.after ?? []) {
      const [agencyId = '', topicId] = subject.split('/');
      const about = catalog.agencies.get(agencyId);
      if (!about || (topicId && !about.topics.some((topic) => topic.id === topicId))) {
        throw new Error(`routing rule ${rule.id}: unknown subject ${subject} in after`);
      }
    }
  }
}

/**
 * A rule cue "@buitenland" stands for every member of the lexicon's synonym group that holds
 * "buitenland" (Spanje, Thailand, abroad, …), so a rule can name a kind of thing once.
 */
function withSynonymGroups(
  rules: readonly RoutingRule[],
  synonyms: readonly (readonly string[])[],
): RoutingRule[] {
  return rules.map((rule) =>
    expandCues(rule, (cue) => {
      if (!cue.startsWith('@')) return [cue];
      const group = synonyms.find((members) => members.includes(cue.slice(1)));
      if (!group) throw new Error(`routing rule ${rule.id}: no synonym group holds ${cue}`);
      return group;
    }),
  );
}

/** An agency's first (main) topic: where a question about it goes without a topic of its own. */
export function firstTopic(catalog: Catalog, agencyId: string): string {
  return catalog.agencies.get(agencyId)?.topics[0]?.id ?? '';
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
