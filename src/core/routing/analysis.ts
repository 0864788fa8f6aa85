import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Locale } from '../../catalog/texts.js';
import { CLAUSE_PUNCTUATION, words as plainWords } from '../text.js';
import { createDecompounder } from './compounds.js';
import { createSeparableReader } from './separable.js';
import type { RoutingLexicon } from './lexicon.js';
import { createSpellingCorrector } from './typos.js';

/** How much each kind of evidence weighs in a query, against a word as written (1). */
export const QUERY_WEIGHTS = {
  /** The stem in the other language than the question's ("rent" for Dutch "rente"). */
  otherLanguage: 0.4,
  /** A second Dutch reading of a plural ("boetes" → "boete"). */
  plural: 0.6,
  /** A part of a compound: "toeslag" in "huurtoeslag". */
  part: 0.6,
  /** A word after spelling correction. */
  corrected: 0.8,
  /** A synonym, abbreviation or translation added from the lexicon. */
  synonym: 0.7,
  /**
   * A large synonym group shares the weight of this many members, so that one word with twelve
   * translations and phrasings ("bezwaar": objection, appeal, beroep, …) does not outweigh the
   * question's own subject ("huuraanpassing"). Chosen on the development split (3 to 8 tried).
   */
  synonymGroupShare: 5,
  /** Two content words next to each other, as in a catalog phrase ("eigen bijdrage"). */
  phrase: 1,
};

/** The language a catalog text is in, or both when it may be either (names, mixed examples). */
export type TextLanguage = Locale | 'both';

export interface QueryAnalysis {
  /** Index terms with their weight in this question. */
  terms: Map<string, number>;
  /** The question's content words (no stopwords), as corrected. */
  contentWords: string[];
  /** Compounds the question wrote apart, joined ("huur toeslag" → "huurtoeslag"). */
  joined: string[];
  /** Words that were corrected: misspelt → meant. */
  corrections: [string, string][];
  /**
   * What the question literally says, for the known-confusion rules: stems and compound parts of
   * every word (stopwords too, so "niet eens" can be a cue), and each pair of neighbouring words.
   * Synonyms are left out: a rule's cues list the words it means.
   */
  literal: Set<string>;
  /** The language the question reads as. */
  language: Locale;
  /** The question's words after misspellings and typos, stopwords included. */
  sequence: string[];
  /** Synonym groups found, with the words of the question that named them. */
  synonymHits: { words: string[]; terms: string[] }[];
}

export interface Analyzer {
  /** The index terms of catalog phrases: stems, compound parts, and two-word phrases. */
  indexTerms(phrases: readonly string[], language: TextLanguage): string[];
  /** A question's weighted terms, after misspellings, typos, synonyms and compounds. */
  analyse(text: string, locale?: Locale): QueryAnalysis;
  /**
   * A rule's cue as alternatives to find in `QueryAnalysis.literal`: per word its Dutch and
   * English stems, per pair of neighbouring words their phrase terms. Every list needs one hit.
   */
  cue(text: string): string[][];
  /** The catalog word a misspelt word is read as; undefined when the word is left as it is. */
  slipOf(word: string): string | undefined;
  /** Whether a word is a function word. */
  isStopword(word: string): boolean;
  /** The language a text reads as, from its function words; undefined when it does not tell. */
  detect(text: string): Locale | undefined;
  /** Every index term a single word may yield, in either language. */
  wordTerms(word: string): string[];
  /** The word's own stems, Dutch and English, without compound parts. */
  ownTerms(word: string): string[];
  /** Whether the catalog's index holds one of this word's own stems (compound parts aside). */
  isIndexed(word: string): boolean;
  /** Whether the catalog's index holds this term. */
  hasTerm(term: string): boolean;
  /** The phrase terms of two neighbouring words, Dutch and English. */
  phraseTerms(a: string, b: string): string[];
}

type Lexicon = Pick<RoutingLexicon, 'stopwords'> &
  Partial<RoutingLexicon> & {
    /**
     * Whether a word is a real Dutch or English word (data/real-words.json). A real word is
     * never a slip: "herkeuring" is a re-inspection, not a misspelt "bekeuring" (a fine).
     */
    isRealWord?: (word: string) => boolean;
  };

/** The stemmers the analysis uses; swappable to compare libraries (ADR 0005). */
export interface Stemmers {
  nl: (word: string) => string;
  en: (word: string) => string;
}

/**
 * Snowball's Dutch stemmer folds double vowels and drops endings, so a few everyday words meet a
 * catalog word of another meaning: "zoon" (son) and "zone" (blauwe zone) both become "zon", and
 * "mijn zoon studeert" went to parking; "weten" (to know) became "wet" (a law), "opeens"
 * (suddenly) "open", "reden" (a reason) "red" like "reed" (drove), "geweldig" (great) "geweld"
 * (violence). These keep a stem of their own.
 */
export const DUTCH_STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['zoon', 'zoon'],
  ['zonen', 'zoon'],
  ['zoons', 'zoon'],
  ['zoontje', 'zoon'],
  ['zoontjes', 'zoon'],
  ['weten', 'weten'],
  ['weet', 'weten'],
  ['opeens', 'opeens'],
  ['reden', 'reden'],
  ['redenen', 'reden'],
  // "geweldig" (great) is no "geweld" (violence): "mijn scootmobiel bevalt geweldig" went to the
  // sexual assault centre.
  ['geweldig', 'geweldig'],
  ['geweldige', 'geweldig'],
  ['geweldiger', 'geweldig'],
]);

/** Snowball's Dutch and English stemmers, as packaged by Orama. */
export const SNOWBALL: Stemmers = {
  nl: (word) => DUTCH_STEM_EXCEPTIONS.get(word) ?? dutchStemmer(word),
  en: englishStemmer,
};

/**
 * "I'm", "we've", "they'll", "what's": what follows the apostrophe is part of the word before
 * it. Read as a word of its own, the "m" of "I'm" matched the "M" of "M-formulier" and sent
 * English questions to emigration, and the "s" of "What's next?" the "s" of "neighbour's child"
 * (Veilig Thuis). "auto's" reads as "auto", as its plural should.
 */
const CONTRACTION = /(\p{L})['’](?:m|re|ve|ll|d|s)\b/gu;
const words = (text: string) => plainWords(text.replace(CONTRACTION, '$1'));

/**
 * English stems carry a mark, so that a Dutch word and an English word that happen to stem
 * alike stay apart: Dutch "rente" (interest) and English "rent" (huur) both stem to "rent".
 */
const EN = '~';
/** A Dutch plural in -en after a doubled consonant: "toestellen", "bussen", "brillen". */
const DOUBLED_PLURAL = /([bdfgklmnprst])\1en$/;

/** The marker between the two stems of a phrase term; no word contains it. */
const JOIN = '_';

interface WordTerms {
  /** Dutch stems: the word's own, then a plural's singular reading ("boetes" → "boet"). */
  nl: string[];
  /** The English stem, marked. */
  en: string;
  /** Dutch stems of the word's compound parts. */
  parts: string[];
}

/**
 * Builds the text analysis the router shares between catalog and questions. `catalogWords` are
 * the words of the catalog's terms and names: they are the parts compounds are split into and
 * the words typos are corrected to.
 */
export function createAnalyzer(
  catalogWords: Iterable<string>,
  lexicon: Lexicon,
  stemmers: Stemmers = SNOWBALL,
): Analyzer {
  const dutchStem = memoize((word: string) => (word.length <= 3 ? word : stemmers.nl(word)));
  const englishStem = memoize((word: string) => (word.length <= 3 ? word : stemmers.en(word)));
  const stopwords = new Set([...lexicon.stopwords.nl, ...lexicon.stopwords.en].flatMap(words));
  const onlyNl = new Set(lexicon.stopwords.nl.flatMap(words));
  const onlyEn = new Set(lexicon.stopwords.en.flatMap(words));
  for (const word of [...onlyNl]) {
    if (onlyEn.has(word)) {
      onlyNl.delete(word);
      onlyEn.delete(word);
    }
  }
  const content = (list: string[]) => list.filter((word) => !stopwords.has(word));

  const misspellings = new SequenceTable<string[]>();
  for (const [wrong, meant] of Object.entries(lexicon.misspellings ?? {})) {
    misspellings.add(words(wrong), words(meant));
  }
  const synonymGroups = (lexicon.synonyms ?? []).map((group) => group.map(words));
  const synonyms = new SequenceTable<number>();
  synonymGroups.forEach((group, index) => group.forEach((member) => synonyms.add(member, index)));

  const vocabulary = new Set<string>();
  const addVocabulary = (word: string) => {
    if (word.length >= 3 && !stopwords.has(word) && !/^\d+$/.test(word)) vocabulary.add(word);
  };
  for (const word of catalogWords) addVocabulary(word);
  for (const part of lexicon.compoundParts ?? []) words(part).forEach(addVocabulary);
  for (const group of synonymGroups) group.flat().forEach(addVocabulary);
  const compoundParts = createDecompounder(vocabulary);
  const isVocabulary = (word: string) => vocabulary.has(word);
  const correct = createSpellingCorrector(vocabulary);
  const separableVerbs = lexicon.separable && createSeparableReader(lexicon.separable);

  /** Every term the index holds, so a question's word that yields one is known, not a typo. */
  const indexed = new Set<string>();

  const wordCache = new Map<string, WordTerms>();
  function analyseWord(word: string): WordTerms {
    let cached = wordCache.get(word);
    if (!cached) {
      const nl = [dutchStem(word)];
      if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) {
        const singular = dutchStem(word.slice(0, -1));
        if (!nl.includes(singular)) nl.push(singular);
      }
      // Snowball keeps a doubled consonant ("hoortoestellen" → "hoortoestell"), so a plural never
      // met its singular in the catalog ("hoortoestel"). Only a catalog word: a verb such as
      // "invullen" or "inloggen" has no singular, and "invul" or "inlog" would match other terms.
      const singular = word.slice(0, -3);
      if (DOUBLED_PLURAL.test(word) && word.length > 6 && vocabulary.has(singular)) {
        const stem = dutchStem(singular);
        if (!nl.includes(stem)) nl.push(stem);
      }
      const parts = [...new Set(compoundParts(word).map(dutchStem))].filter(
        (term) => !nl.includes(term),
      );
      cached = { nl, en: EN + englishStem(word), parts };
      if (wordCache.size > 20_000) wordCache.clear();
      wordCache.set(word, cached);
    }
    return cached;
  }

  const known = (word: string) => {
    if (stopwords.has(word) || vocabulary.has(word)) return true;
    if (lexicon.isRealWord?.(word)) return true;
    const { nl, en, parts } = analyseWord(word);
    return parts.length > 0 || indexed.has(en) || nl.some((term) => indexed.has(term));
  };

  const detect = (text: string): Locale | undefined => {
    let balance = 0;
    for (const word of words(text)) {
      if (onlyNl.has(word)) balance += 1;
      if (onlyEn.has(word)) balance -= 1;
    }
    return balance === 0 ? undefined : balance > 0 ? 'nl' : 'en';
  };

  const phraseNl = (a: string, b: string) =>
    `${analyseWord(a).nl[0]}${JOIN}${analyseWord(b).nl[0]}`;
  const phraseEn = (a: string, b: string) => `${analyseWord(a).en}${JOIN}${analyseWord(b).en}`;

  /** Adds one word's terms, weighted for a question in `language`. */
  function addWord(
    add: (term: string, weight: number) => void,
    word: string,
    weight: number,
    language: Locale,
    withParts = true,
  ) {
    const { nl, en, parts } = analyseWord(word);
    const nlWeight = language === 'nl' ? 1 : QUERY_WEIGHTS.otherLanguage;
    const enWeight = language === 'en' ? 1 : QUERY_WEIGHTS.otherLanguage;
    nl.forEach((term, i) => add(term, weight * nlWeight * (i === 0 ? 1 : QUERY_WEIGHTS.plural)));
    add(en, weight * enWeight);
    if (withParts) for (const term of parts) add(term, weight * nlWeight * QUERY_WEIGHTS.part);
  }

  function addPhrase(
    add: (term: string, weight: number) => void,
    a: string,
    b: string,
    weight: number,
    language: Locale,
  ) {
    add(phraseNl(a, b), weight * (language === 'nl' ? 1 : QUERY_WEIGHTS.otherLanguage));
    add(phraseEn(a, b), weight * (language === 'en' ? 1 : QUERY_WEIGHTS.otherLanguage));
  }

  function literal(sequence: string[]): Set<string> {
    const terms = new Set<string>();
    sequence.forEach((word, i) => {
      const { nl, en, parts } = analyseWord(word);
      for (const term of [...nl, en, ...parts]) terms.add(term);
      const next = sequence[i + 1];
      if (next) terms.add(phraseNl(word, next)).add(phraseEn(word, next));
    });
    return terms;
  }

  function slipOf(word: string): string | undefined {
    return known(word) ? undefined : correct(word);
  }

  function correctedSequence(text: string, corrections: [string, string][]): string[] {
    return misspellings.replace(words(text)).map((word) => {
      const meant = slipOf(word);
      if (!meant) return word;
      corrections.push([word, meant]);
      return meant;
    });
  }

  return {
    detect,
    slipOf,
    isStopword: (word) => stopwords.has(word),

    phraseTerms: (a, b) => [phraseNl(a, b), phraseEn(a, b)],
    hasTerm: (term) => indexed.has(term),

    isIndexed(word) {
      const { nl, en } = analyseWord(word);
      return [...nl, en].some((term) => indexed.has(term));
    },

    ownTerms(word) {
      const { nl, en } = analyseWord(word);
      return [...nl, en];
    },

    wordTerms(word) {
      const { nl, en, parts } = analyseWord(word);
      return [...nl, en, ...parts];
    },

    indexTerms(phrases, language) {
      const terms: string[] = [];
      for (const phrase of phrases) {
        const list = content(words(phrase));
        const lang = language === 'both' ? (detect(phrase) ?? 'both') : language;
        list.forEach((word, i) => {
          const { nl, en, parts } = analyseWord(word);
          if (lang !== 'en') terms.push(...nl, ...parts);
          if (lang !== 'nl') terms.push(en);
          const next = list[i + 1];
          if (next && lang !== 'en') terms.push(phraseNl(word, next));
          if (next && lang !== 'nl') terms.push(phraseEn(word, next));
        });
      }
      for (const term of terms) indexed.add(term);
      return terms;
    },

    analyse(text, locale) {
      const language = detect(text) ?? locale ?? 'nl';
      const terms = new Map<string, number>();
      const add = (term: string, weight: number) => {
        if (weight > (terms.get(term) ?? 0)) terms.set(term, weight);
      };
      const corrections: [string, string][] = [];
      const sequence = correctedSequence(text, corrections);
      const corrected = new Set(corrections.map(([, meant]) => meant));

      const contentWords = content(sequence);
      const joinedWords: string[] = [];
      contentWords.forEach((word, i) => {
        addWord(add, word, corrected.has(word) ? QUERY_WEIGHTS.corrected : 1, language);
        const next = contentWords[i + 1];
        if (!next) return;
        addPhrase(add, word, next, QUERY_WEIGHTS.phrase, language);
        // A compound written apart ("huur toeslag", "belasting aangifte") is read as one word.
        const joined = ['', 's', 'en'].map((link) => word + link + next).find(isVocabulary);
        if (joined) {
          joinedWords.push(joined);
          addWord(add, joined, 1, 'nl');
        }
      });

      // A Dutch verb split in two ("vraag … aan", "aan te vragen") is read as one word as well.
      if (language === 'nl' && separableVerbs) {
        const clauses = text.split(CLAUSE_PUNCTUATION).map((clause) => words(clause));
        for (const verb of separableVerbs(clauses, isVocabulary)) {
          if (joinedWords.includes(verb)) continue;
          joinedWords.push(verb);
          addWord(add, verb, 1, 'nl');
        }
      }

      const synonymHits: QueryAnalysis['synonymHits'] = [];
      for (const { value: group, sequence: named } of synonyms.findAll(sequence)) {
        const hit = { words: named, terms: [] as string[] };
        synonymHits.push(hit);
        const addSynonym = (term: string, weight: number) => {
          hit.terms.push(term);
          add(term, weight);
        };
        const members = synonymGroups[group]?.length ?? 1;
        const synonymWeight =
          QUERY_WEIGHTS.synonym * Math.min(1, QUERY_WEIGHTS.synonymGroupShare / members);
        for (const member of synonymGroups[group] ?? []) {
          // A synonym of one word adds that word's stems, not its compound parts: an
          // "immigratiedienst" stands for the IND, not for every "dienst". A synonym of several
          // words adds them as phrases only: "social security number" is not about "social".
          const list = content(member);
          if (list.length === 1) {
            const { nl, en } = analyseWord(list[0] as string);
            for (const term of [nl[0] as string, en]) addSynonym(term, synonymWeight);
          }
          list.forEach((word, i) => {
            const next = list[i + 1];
            if (!next) return;
            addSynonym(phraseNl(word, next), synonymWeight);
            addSynonym(phraseEn(word, next), synonymWeight);
          });
        }
      }
      return {
        terms,
        contentWords,
        joined: joinedWords,
        corrections,
        literal: literal(sequence),
        language,
        sequence,
        synonymHits,
      };
    },

    cue(text) {
      const sequence = misspellings.replace(words(text));
      const needs = sequence.map((word) => {
        const { nl, en } = analyseWord(word);
        return [...nl, en];
      });
      sequence.forEach((word, i) => {
        const next = sequence[i + 1];
        if (next) needs.push([phraseNl(word, next), phraseEn(word, next)]);
      });
      return needs;
    },
  };
}

/** Remembers a word function's results; the table is cleared when it grows large. */
function memoize(fn: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let result = cache.get(word);
    if (result === undefined) {
      result = fn(word);
      if (cache.size > 50_000) cache.clear();
      cache.set(word, result);
    }
    return result;
  };
}

/** Word sequences (one word or a phrase) looked up in a stream of words. */
export class SequenceTable<T> {
  private readonly byFirst = new Map<string, { sequence: string[]; value: T }[]>();

  add(sequence: string[], value: T) {
    const [first] = sequence;
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ sequence, value });
    // Longest first, so "eigen bijdrage wmo" wins over "eigen bijdrage".
    list.sort((a, b) => b.sequence.length - a.sequence.length);
    this.byFirst.set(first, list);
  }

  private entriesAt(stream: readonly string[], index: number) {
    const word = stream[index];
    const entries = word === undefined ? [] : (this.byFirst.get(word) ?? []);
    return entries.filter(({ sequence }) => sequence.every((w, k) => stream[index + k] === w));
  }

  /** Every sequence found in the stream, each value once. */
  findAll(stream: readonly string[]): { sequence: string[]; value: T }[] {
    const found = new Map<T, { sequence: string[]; value: T }>();
    for (let i = 0; i < stream.length; i += 1) {
      for (const entry of this.entriesAt(stream, i)) {
        if (!found.has(entry.value)) found.set(entry.value, entry);
      }
    }
    return [...found.values()];
  }

  /** The stream with every sequence found replaced by its value (for T = string[]). */
  replace(this: SequenceTable<string[]>, stream: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < stream.length;) {
      const [match] = this.entriesAt(stream, i);
      if (match) {
        out.push(...match.value);
        i += match.sequence.length;
      } else {
        out.push(stream[i] as string);
        i += 1;
      }
    }
    return out;
  }
}
