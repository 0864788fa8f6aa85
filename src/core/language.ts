import type { Locale } from '../catalog/texts.js';
import { words } from './text.js';

export interface LanguageLexicon {
  stopwords: Record<Locale, readonly string[]>;
}

/**
 * Builds a detector that counts function words found only in one language's list. Function
 * words are what tells the languages apart in short questions; content words are often
 * shared ("toeslag" appears in English questions too).
 */
export function createLanguageDetector(lexicon: LanguageLexicon) {
  const nl = new Set(lexicon.stopwords.nl);
  const en = new Set(lexicon.stopwords.en);
  const onlyNl = new Set([...nl].filter((word) => !en.has(word)));
  const onlyEn = new Set([...en].filter((word) => !nl.has(word)));

  /** `undefined` when the text gives no evidence either way. */
  return function detectLanguage(text: string): Locale | undefined {
    let nlCount = 0;
    let enCount = 0;
    for (const word of words(text)) {
      if (onlyNl.has(word)) nlCount += 1;
      if (onlyEn.has(word)) enCount += 1;
    }
    if (nlCount === enCount) return undefined;
    return nlCount > enCount ? 'nl' : 'en';
  };
}
