import { z } from 'zod';

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
// The turn's own language test (src/core/language.ts) needs the routing lexicon; the stuck model
// reads a message without it, so it carries its own short lists.
const ENGLISH_MARKS = new Set(
  'the and my i you have has to it that they with for but am are were this'.split(' '),
);
const DUTCH_MARKS = new Set(
  'de het een en ik je niet van dat die mijn met voor maar ze wij heb ben zijn er ook nog'.split(
    ' ',
  ),
);

/**
 * Whether more of the words (normalised, lower case) are English function words than Dutch
 * ones. Aliases apply to English messages only: in a Dutch one, "stress" is a Dutch word.
 */
export function readsAsEnglish(words: Iterable<string>): boolean {
  let balance = 0;
  for (const word of words) {
    if (ENGLISH_MARKS.has(word)) balance += 1;
    else if (DUTCH_MARKS.has(word)) balance -= 1;
  }
  return balance > 0;
}
