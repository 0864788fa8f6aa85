import { z } from 'zod';
import { createLanguageDetector } from './language.js';

/**
 * English words read as Dutch stems by the learned stuck reader (ADR 15): most of what it learnt
 * from is Dutch, and an English word then borrows the weight of its Dutch equivalent ("debts"
 * weighs as "schuld"). Keyed by the Dutch stem, so each is named once.
 */
export const aliasesSchema = z.record(z.string(), z.array(z.string().regex(/^[a-z]+$/)).min(1));
export type Aliases = z.infer<typeof aliasesSchema>;

/** The aliases as a map from each English word to its Dutch stem. */
export function aliasMap(aliases: Aliases = {}): Map<string, string> {
  return new Map(
    Object.entries(aliases).flatMap(([stem, words]) => words.map((word) => [word, stem] as const)),
  );
}

// The commonest function words of one language that are no word of the other ("was", "of",
// "me", "we" are Dutch words too); "die", "van", "ben" stay Dutch, though a name may hold them.
// The turn's own detector reads the routing lexicon's longer lists; the stuck model reads a
// message without that lexicon, so it counts these with the same detector.
const detectLanguage = createLanguageDetector({
  stopwords: {
    en: 'the and my i you have has to it that they with for but am are were this'.split(' '),
    nl: 'de het een en ik je niet van dat die mijn met voor maar ze wij heb ben zijn er ook nog'.split(
      ' ',
    ),
  },
});

/**
 * Whether more of the text's words are English function words than Dutch ones. Aliases apply to
 * English messages only: in a Dutch one, "stress" is a Dutch word.
 */
export function readsAsEnglish(text: string): boolean {
  return detectLanguage(text) === 'en';
}
