import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';

/** Lower case, without accents, so "géén" and "geen" are the same word. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** Splits normalised text into words; digits stay, so "14 070" or "2025" survive as words. */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stem used for matching; Dutch rules, which leave most English words recognisable. */
export function stem(word: string): string {
  return word.length <= 3 ? word : dutchStemmer(word);
}
