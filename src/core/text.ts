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

/** Splits normalised text into words; digits stay, so "14 070" or "2025" survive as words. */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
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
