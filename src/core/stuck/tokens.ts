import { CLAUSE_PUNCTUATION, normalize, stem } from '../text.js';

/** A word of the prepared text, with where it stands. */
export interface Token {
  /** Normalised word (lower case, no accents). */
  text: string;
  stem: string;
  /** Offsets in {@link Prepared.text}. */
  start: number;
  end: number;
  /** Clauses end at punctuation and at clause-break words; negation does not cross them. */
  clause: number;
}

/** A message ready for matching: one normalised string and its words. */
export interface Prepared {
  text: string;
  tokens: Token[];
}

export interface PrepareOptions {
  clauseBreaks: ReadonlySet<string>;
  /** Whole-word rewrites applied after normalising ("cant" → "can not"). */
  expand: ReadonlyMap<string, string>;
}

/**
 * Placeholders from redact() ("[BSN]", "[TELEFOON]") are not the person's words: "[TELEFOON]"
 * must not read as the person asking for the telephone, nor "[NAAM]" as shouting.
 */
export const PLACEHOLDER = /\[[A-Z][A-Z-]*\]/g;
// The same word pattern as words() in ../text.ts, with offsets.
const WORD = /[\p{L}\p{N}]+/gu;
// "don't" → "do not": English negation must be a word of its own to be recognised. "can't" and
// "won't" are irregular.
const CONTRACTION = /\b([a-z]+?)n['’]t\b/g;

/**
 * Stemming is the costliest step of preparing a message, and people use the same words over and
 * over; a bounded cache of stems keeps long messages cheap. Deterministic, so still pure.
 */
const STEM_CACHE_LIMIT = 20_000;
const stemCache = new Map<string, string>();

function cachedStem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    result = stem(word);
    stemCache.set(word, result);
  }
  return result;
}

/** Normalises the message and splits it into words and clauses. */
export function prepare(raw: string, options: PrepareOptions): Prepared {
  let text = normalize(raw.replace(PLACEHOLDER, ' '))
    .replace(/\bcan['’]t\b/g, 'can not')
    .replace(/\bwon['’]t\b/g, 'will not')
    .replace(CONTRACTION, '$1 not');
  if (options.expand.size > 0) {
    text = text.replace(WORD, (word) => options.expand.get(word) ?? word);
  }

  const tokens: Token[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const between = text.slice(previousEnd, start);
    if (tokens.length > 0 && (CLAUSE_PUNCTUATION.test(between) || options.clauseBreaks.has(word))) {
      clause += 1;
    }
    tokens.push({ text: word, stem: cachedStem(word), start, end: start + word.length, clause });
    previousEnd = start + word.length;
  }
  return { text, tokens };
}

/** Index of the first token that ends after `offset`, or `tokens.length`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
