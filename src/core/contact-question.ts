import type { Texts } from '../catalog/texts.js';
import { phraseIndex, words, wordsCovered } from './text.js';

export type ContactQuestion = keyof Texts['contactQuestions']['phrases'];

/**
 * Reads whether a short message asks how to reach an organisation: when it is open, its
 * number, whether one can go there, whether they speak English. Returns what it asks and the
 * rest of the message without those words, so the caller can check that the rest names no
 * organisation or subject of its own ("wat is het telefoonnummer van het UWV").
 */
export function createContactQuestionTest(texts: Pick<Texts, 'contactQuestions'>) {
  const { maxWords, phrases } = texts.contactQuestions;
  // The most specific first: "in person" is a visit, though "person" says nothing of hours.
  const kinds = (['language', 'visit', 'phone', 'hours'] as const).map((kind) => ({
    kind,
    index: phraseIndex(phrases[kind]),
  }));
  return function contactQuestionIn(
    text: string,
  ): { kind: ContactQuestion; rest: string } | undefined {
    const said = words(text);
    if (said.length === 0 || said.length > maxWords) return undefined;
    for (const { kind, index } of kinds) {
      const covered = wordsCovered(said, index);
      if (covered.size > 0) {
        return { kind, rest: said.filter((_, i) => !covered.has(i)).join(' ') };
      }
    }
    return undefined;
  };
}
