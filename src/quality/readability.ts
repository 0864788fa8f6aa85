/**
 * Dutch readability (Flesch-Douma) for the B1 plain-language check on our own texts.
 *
 * Used by tests only, never by the running app: the hyphenation patterns are a dev dependency
 * and would only add weight to the Worker bundle.
 */
import createHyphenator from 'hyphen';
import dutchPatterns from 'hyphen/patterns/nl.js';

const SOFT_HYPHEN = '\u00AD';

// minWordLength 1: the default (5) leaves short words such as "café" unsplit, and we count
// syllables, not line breaks. html false: our texts are plain, "<" is not a tag.
const hyphenate = createHyphenator(dutchPatterns, {
  hyphenChar: SOFT_HYPHEN,
  minWordLength: 1,
  html: false,
});

/**
 * Minimum Flesch-Douma score for a citizen-facing Dutch text of at least eight words.
 *
 * On the Flesch-Douma scale 60–70 is "fairly easy" and 70–80 "easy"; plain-language guidance
 * for the Dutch government commonly takes 60 as the lower bound for running B1 text. Below 60
 * ("moderately difficult") sentences get long or words get heavy, which is what B1 readers
 * struggle with. Short labels skew the score either way (one long compound word in a two-word
 * label scores terribly), so the check only applies to texts of eight words or more.
 */
export const B1_MIN_SCORE = 60;

/**
 * Longest average sentence, in words, we accept in a B1 text. Plain-language guides advise
 * 15–20 words per sentence; above 20 readers lose the thread even with easy words.
 */
export const B1_MAX_WORDS_PER_SENTENCE = 20;

/** The result of {@link fleschDouma}: the score and the counts it was computed from. */
export interface Readability {
  /** 206.835 − 0.93 × words per sentence − 77 × syllables per word; NaN for text without words. */
  score: number;
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
}

/**
 * Flesch-Douma readability of Dutch `text`: higher is easier, 60 and up is fairly easy.
 *
 * Words are whitespace-separated tokens holding a letter or digit; punctuation around them is
 * ignored. Syllables come from Dutch hyphenation (hyphenation points + 1 per word); a number
 * counts as one syllable. Sentences end at `.`, `!`, `?`, `;` and line breaks, but not at
 * abbreviations such as "bijv." or "o.a.".
 */
export function fleschDouma(text: string): Readability {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const line of text.split(/\r?\n/)) {
    let wordsInSentence = 0;
    for (const token of line.split(/\s+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word !== '') {
        words += 1;
        wordsInSentence += 1;
        syllables += countSyllables(word);
      }
      if (wordsInSentence > 0 && endsSentence(token, wordsInSentence)) {
        sentences += 1;
        wordsInSentence = 0;
      }
    }
    if (wordsInSentence > 0) sentences += 1;
  }
  if (words === 0) {
    return {
      score: Number.NaN,
      words,
      sentences,
      syllables,
      wordsPerSentence: 0,
      syllablesPerWord: 0,
    };
  }
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  return {
    score: 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord,
    words,
    sentences,
    syllables,
    wordsPerSentence,
    syllablesPerWord,
  };
}

/**
 * Syllables in one word (without surrounding punctuation). "e-mail" and "en/of" count their
 * parts; apostrophes are dropped first so "auto's" is hyphenated like "autos".
 *
 * Known bias: the Dutch patterns never split off a single letter at either end of a word, so
 * a few short words ("over", "eten") count one syllable short and scores come out slightly
 * optimistic. The check is meant to catch heavy texts, which it still does.
 */
export function countSyllables(word: string): number {
  const parts = word.replace(/['’]/gu, '').match(/\p{L}+/gu);
  if (parts === null) return 1;
  let count = 0;
  for (const part of parts) count += hyphenate(part).split(SOFT_HYPHEN).length;
  return count;
}

/**
 * Abbreviations whose full stop does not end a sentence. Multi-letter initialisms ("d.w.z.",
 * "i.v.m.") are recognised by shape and need not be listed.
 */
const ABBREVIATIONS = new Set(
  (
    'bijv. bv. vb. enz. etc. evt. incl. excl. ca. nr. nrs. art. blz. pag. zgn. zg. resp. ' +
    'max. min. mr. dr. drs. ir. ing. prof. dhr. mevr. mw. st. vs. tel. jl. jr. sr. afd. ' +
    'gem. mln. mld. mrd. vlg. wo. vnl. bijz. dd. ong. aanv.'
  ).split(' '),
);

function endsSentence(token: string, wordsInSentence: number): boolean {
  // Closing quotes and brackets may follow the punctuation: «"terugbetalen."»
  const trimmed = token.replace(/["'’”»)\]]+$/u, '');
  if (/[!?;…]$/u.test(trimmed)) return true;
  if (!trimmed.endsWith('.')) return false;
  const word = trimmed.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
  if (ABBREVIATIONS.has(word) || /^(?:\p{L}{1,2}\.){2,}$/u.test(word)) return false;
  // "1." opening a line is a list marker, not a one-word sentence.
  return !(wordsInSentence === 1 && /^\d+\.$/u.test(word));
}
