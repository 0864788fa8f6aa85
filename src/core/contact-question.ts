import type { Texts } from '../catalog/texts.js';
import { SequenceTable } from './routing/analysis.js';
import { createPhraseReader, phraseAt, words } from './text.js';

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
    restWithout: createPhraseReader({ phrases: phrases[kind], maxWords }),
  }));
  return function contactQuestionIn(
    text: string,
  ): { kind: ContactQuestion; rest: string } | undefined {
    for (const { kind, restWithout } of kinds) {
      const rest = restWithout(text);
      if (rest !== undefined) return { kind, rest };
    }
    return undefined;
  };
}

/**
 * Reads which organisation a message names by name ("wat is het nummer van de SVB?"), from the
 * lexicon's `mentions`; returns it with the rest of the message without its name.
 */
export function createAgencyNameReader(mentions: Readonly<Record<string, readonly string[]>>) {
  // The router's own table for the same names: the first name in the message, longest first.
  const names = new SequenceTable<string>();
  for (const [agencyId, list] of Object.entries(mentions)) {
    for (const name of list) names.add(words(name), agencyId);
  }
  return function agencyNamedIn(text: string): { agencyId: string; rest: string } | undefined {
    const said = words(text);
    const [found] = names.findAll(said);
    if (!found) return undefined;
    const at = said.findIndex((_, i) => phraseAt(said, found.sequence, i));
    const rest = [...said.slice(0, at), ...said.slice(at + found.sequence.length)];
    return { agencyId: found.value, rest: rest.join(' ') };
  };
}
