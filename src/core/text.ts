import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';

/** Lower case, without accents, so "géén" and "geen" are the same word. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII, which has no accents to strip; NFD and the Unicode-class replace
  // are the slowest steps of indexing the catalog and of every turn.
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

const ASCII = /^[ -~\t\n\r]*$/;

/** Marks that end a clause in a message as typed. */
export const CLAUSE_PUNCTUATION = /[.,;:!?()\n]/;

/** Splits normalised text into words; digits stay, so "14 070" or "2025" survive as words. */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** In a phrase of `phraseIndex`, stands for any one word ("wil * dood"). */
export const ANY_WORD = '*';

/** Phrases by their first word, longest first: a message is read once, not once per phrase. */
export type PhraseIndex = ReadonlyMap<string, readonly string[][]>;

/** Indexes phrases as `words` reads them; '*' stays as the one-word wildcard. */
export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  const read = phrases.map((phrase) =>
    phrase
      .trim()
      .split(/\s+/)
      .flatMap((word) => (word === ANY_WORD ? [ANY_WORD] : words(word))),
  );
  for (const phrase of read.sort((a, b) => b.length - a.length)) {
    const [first] = phrase;
    // A phrase must start with a word; "*" only stands between words.
    if (first === undefined || first === ANY_WORD) throw new Error(`phrase: ${phrase.join(' ')}`);
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  return index;
}

/**
 * The positions of the words the phrases cover in `said`, also where phrases overlap; a phrase
 * starting at a position in `skip` does not count.
 */
export function wordsCovered(
  said: readonly string[],
  phrases: PhraseIndex,
  skip: ReadonlySet<number> = new Set(),
): Set<number> {
  const found = new Set<number>();
  for (let at = 0; at < said.length; at++) {
    if (skip.has(at)) continue;
    const phrase = phrases.get(said[at] ?? '')?.find((one) => matchesAt(said, one, at));
    if (phrase) phrase.forEach((_, i) => found.add(at + i));
  }
  return found;
}

/**
 * Reads whether a short message says one of `phrases`: "is mijn zaak al klaar?" asks about the
 * open case, "ik heb geen telefoon" answers the question for a number, "wanneer zijn ze open?"
 * asks for the hours. Returns the rest of the message without the phrases' words, or undefined:
 * the caller checks that the rest names no other subject ("de deurwaarder heeft gebeld").
 */
export function createPhraseReader(config: { phrases: readonly string[]; maxWords: number }) {
  const phrases = phraseIndex(config.phrases);
  return function restWithout(text: string): string | undefined {
    const said = words(text);
    if (said.length === 0 || said.length > config.maxWords) return undefined;
    // Every word any phrase covers goes, also where phrases overlap ("has my case been
    // handled", "has anyone picked up my case"), so no "handled" or "picked up" is left behind
    // to be read as a subject of its own.
    const covered = wordsCovered(said, phrases);
    if (covered.size === 0) return undefined;
    return said.filter((_, i) => !covered.has(i)).join(' ');
  };
}

function matchesAt(said: readonly string[], phrase: readonly string[], at: number): boolean {
  return (
    at + phrase.length <= said.length &&
    phrase.every((word, i) => word === ANY_WORD || said[at + i] === word)
  );
}

/** Whether a message says any of `phrases`, wherever it stands and however long the message. */
export function createPhraseTest(phrases: readonly string[]) {
  const index = phraseIndex(phrases);
  return (text: string): boolean => wordsCovered(words(text), index).size > 0;
}

/** Whether the words of `phrase` stand in `said` from position `at` on. */
export function phraseAt(said: readonly string[], phrase: readonly string[], at: number): boolean {
  return phrase.every((word, i) => said[at + i] === word);
}

/** The Dutch stem of a word; short words are kept whole. */
export function stem(word: string): string {
  return word.length <= 3 ? word : dutchStemmer(word);
}

/**
 * Both the Dutch and the English stem. Questions mix the languages ("mijn fines", "AOW
 * paying"), and each stemmer fixes what the other misses (Dutch "boetes", English "fines").
 */
export function stems(word: string): string[] {
  if (word.length <= 3) return [word];
  const dutch = dutchStemmer(word);
  const english = englishStemmer(word);
  return dutch === english ? [dutch] : [dutch, english];
}
