import type { Texts } from '../catalog/texts.js';
import { phraseAt, words } from './text.js';

export type SmallTalk = keyof Texts['smallTalk']['phrases'];

/** The most words a greeting or thanks takes ("heel erg bedankt, fijne dag"). */
const MAX_WORDS = 8;

/**
 * Reads whether a message is only a greeting, thanks or a goodbye ("goedemorgen", "dank je
 * wel", "bedankt, doei"). Such a message is no question the router failed to understand. The
 * phrases are matched whole, longest first; a word that belongs to none makes it a question.
 */
export function createSmallTalkTest(texts: Pick<Texts, 'smallTalk'>) {
  const phrases = (Object.entries(texts.smallTalk.phrases) as [SmallTalk, string[]][])
    .flatMap(([kind, list]) => list.map((phrase) => ({ kind, said: words(phrase) })))
    .sort((a, b) => b.said.length - a.said.length);
  return function smallTalkIn(text: string): SmallTalk | undefined {
    const said = words(text);
    if (said.length === 0 || said.length > MAX_WORDS) return undefined;
    let last: SmallTalk | undefined;
    for (let at = 0; at < said.length;) {
      const found = phrases.find(({ said: phrase }) => phraseAt(said, phrase, at));
      if (!found) return undefined;
      last = found.kind;
      at += found.said.length;
    }
    return last;
  };
}
