import type { Locale } from '../catalog/texts.js';
import { words } from './text.js';

export interface LanguageLexicon {
  stopwords: Record<Locale, readonly string[]>;
}

/** Content words known to be of one language, such as the catalog's Dutch and English terms. */
export type LanguageVocabulary = Record<Locale, Iterable<string>>;

/**
 * Builds a detector that counts function words found only in one language's list. Function
 * words are what tells the languages apart in short questions; content words are often
 * shared ("toeslag" appears in English questions too). When a `vocabulary` is given, content
 * words that only one language uses ("rent benefit", "huurverhoging") count too, at half the
 * weight, so that a question without function words still gets a verdict.
 */
export function createLanguageDetector(lexicon: LanguageLexicon, vocabulary?: LanguageVocabulary) {
  const nl = new Set(lexicon.stopwords.nl);
  const en = new Set(lexicon.stopwords.en);
  const onlyNl = new Set([...nl].filter((word) => !en.has(word)));
  const onlyEn = new Set([...en].filter((word) => !nl.has(word)));

  const nlWords = new Set([...(vocabulary?.nl ?? [])].flatMap(words));
  const enWords = new Set([...(vocabulary?.en ?? [])].flatMap(words));
  const onlyNlWords = new Set([...nlWords].filter((word) => !enWords.has(word) && !en.has(word)));
  const onlyEnWords = new Set([...enWords].filter((word) => !nlWords.has(word) && !nl.has(word)));

  /** `undefined` when the text gives no evidence either way. */
  return function detectLanguage(text: string): Locale | undefined {
    let balance = 0;
    for (const word of words(text)) {
      if (onlyNl.has(word)) balance += 2;
      if (onlyEn.has(word)) balance -= 2;
      if (onlyNlWords.has(word)) balance += 1;
      if (onlyEnWords.has(word)) balance -= 1;
    }
    if (balance === 0) return undefined;
    return balance > 0 ? 'nl' : 'en';
  };
}

/**
 * Whether a message is mostly written in a script other than the Latin one (Arabic, Cyrillic,
 * Chinese …): then no Dutch or English answer can be read by its writer, and the answer says
 * so in both languages.
 */
export function isInAnotherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  return latin < letters.length / 2;
}

/**
 * Short replies ("ok", "ja", "huurtoeslag") carry too little to change a conversation's
 * language: "ok" once turned an English conversation Dutch.
 */
export const SHORT_REPLY_WORDS = 2;

/**
 * The language a person used most in a conversation, for the caseworker who calls them: ten
 * Dutch messages and two English ones are a Dutch conversation, whatever the last one was. A
 * tie goes to the language used last; short replies ("ok", "ja") and messages that show no
 * language do not count. Undefined when no message shows one.
 */
export function conversationLanguage(
  messages: readonly string[],
  detect: (text: string) => Locale | undefined,
): Locale | undefined {
  const counts = new Map<Locale, number>();
  let latest: Locale | undefined;
  for (const message of messages) {
    if (words(message).length <= SHORT_REPLY_WORDS) continue;
    const locale = detect(message);
    if (!locale) continue;
    counts.set(locale, (counts.get(locale) ?? 0) + 1);
    latest = locale;
  }
  if (!latest) return undefined;
  const most = Math.max(...counts.values());
  return counts.get(latest) === most
    ? latest
    : [...counts].find(([, count]) => count === most)?.[0];
}
