import type { Texts } from '../catalog/texts.js';
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
  const names = Object.entries(mentions)
    .flatMap(([agencyId, list]) => list.map((name) => ({ agencyId, said: words(name) })))
    .filter(({ said }) => said.length > 0)
    .sort((a, b) => b.said.length - a.said.length);
  return function agencyNamedIn(text: string): { agencyId: string; rest: string } | undefined {
    const said = words(text);
    for (let at = 0; at < said.length; at += 1) {
      const found = names.find((name) => phraseAt(said, name.said, at));
      if (found) {
        const rest = [...said.slice(0, at), ...said.slice(at + found.said.length)];
        return { agencyId: found.agencyId, rest: rest.join(' ') };
      }
    }
    return undefined;
  };
}
