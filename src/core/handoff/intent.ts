import { PLACEHOLDER, placeholderSource } from '../redact.js';
import { phraseIndex, words, wordsCovered, type PhraseIndex } from '../text.js';
import type { Router } from '../routing/router.js';
import type { HandoffConfig } from './config.js';

export type HandoffAnswer = 'accept' | 'decline' | 'other';

/** A clock time as `words` reads it: "3", "15" and "00" of "15:00", "1530", "3pm", "3u". */
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])(?:[0-5]\d)?(?:am|pm|u|uur)?$/;

/** The placeholder a typed phone number becomes. */
const PHONE_PLACEHOLDERS = new RegExp(placeholderSource('phone'), 'g');
const hasPhone = (text: string) => text.includes(PLACEHOLDER.phone);

/** Words around a phone number given with a yes: "ja graag, bel me op 06…", "my number is …". */
const AROUND_A_NUMBER = new Set(
  'op on at via naar nummer number telefoonnummer telefoon phone tel mijn my is mobiel mobile'.split(
    ' ',
  ),
);

/** What people write around a number they give to be called back on. */
const CALLBACK_WORDS = new Set(
  (
    'u je jij kunt kan kunnen me mij iemand bellen bel belt graag alstublieft alsjeblieft dit het maar ' +
    'ja dank bedankt hier dat is ok oke prima you can could call ring please this it yes ' +
    'thanks thank here that s ok okay fine reach someone somebody anyone'
  ).split(' '),
);

/**
 * Whether a redacted message only gives a phone number to be called back on ("06 1234 5678",
 * "u kunt me bellen op 06…"), not a question that happens to quote a number.
 */
export function givesOnlyANumber(text: string): boolean {
  return hasPhone(text) && saysOnlyCallbackWords(text.replace(PHONE_PLACEHOLDERS, ' '));
}

/**
 * A redacted message without its number and the words around a call request: "kunt u mij
 * bellen over mijn uitkering? [TELEFOON]" is a question about "over mijn uitkering", not about
 * calling (which the ombudsman's "slecht bereikbaar" would take).
 */
export function withoutCallWords(text: string): string {
  return words(text.replace(PHONE_PLACEHOLDERS, ' '))
    .filter((word) => !AROUND_A_NUMBER.has(word) && !CALLBACK_WORDS.has(word))
    .join(' ');
}

/** Whether what is left beside a number is only what people write around one they give. */
const saysOnlyCallbackWords = (rest: string) =>
  words(rest).every((word) => AROUND_A_NUMBER.has(word) || CALLBACK_WORDS.has(word));

/**
 * Reads a redacted message typed where the case still needs a number: whether it gives the
 * person's own ("mijn nummer is …, ik ben er altijd"), not one they called ("ik belde … maar
 * niemand nam op") or a refusal ("bel me niet op …").
 */
export function createNumberAnswerTest(config: HandoffConfig) {
  const notOwn = phraseIndex([...config.numberAsked.quoted, ...config.acceptWithNumber.refusals]);
  return function numberGivenIn(text: string): boolean {
    if (!hasPhone(text)) return false;
    const rest = words(text.replace(PHONE_PLACEHOLDERS, ' '));
    return rest.length <= config.numberAsked.maxWords && wordsCovered(rest, notOwn).size === 0;
  };
}

/**
 * Whether a short message tries to give a phone number that is too short to call ("06 123",
 * "bel me op 0612"): the redactor leaves it alone, and it must not vanish without a word.
 */
export function givesAnIncompleteNumber(text: string): boolean {
  if (hasPhone(text)) return false;
  const attempt = /(?:\+|\b0)[\d\s-]*\d/.exec(text)?.[0];
  if (!attempt) return false;
  const digits = attempt.replace(/\D/g, '').length;
  if (digits < 3 || digits > 9) return false;
  return saysOnlyCallbackWords(text.replace(attempt, ' '));
}

/**
 * Reads a short answer to our offer, from the redacted message. Only short replies count ("ja,
 * graag", "nee dank u"): a longer message is a new question, even if it starts with "ja". A
 * phone number given with the yes, or instead of it, accepts too, and so does a number after a
 * yes that says more ("ja graag, bel me morgen na 10 uur op 06 …").
 */
export function createHandoffIntent(config: HandoffConfig) {
  const phrases = (list: string[]) => new Set(list.map((phrase) => words(phrase).join(' ')));
  const accept = phrases([...config.accept.nl, ...config.accept.en]);
  const decline = phrases([...config.decline.nl, ...config.decline.en]);
  const withNumberConfig = config.acceptWithNumber;
  const starts = new Set(withNumberConfig.starts.flatMap((word) => words(word)));
  const refusals = withNumberConfig.refusals.map((phrase) => ` ${words(phrase).join(' ')} `);
  const yesWithANumber = (rest: string[]) =>
    rest.length <= withNumberConfig.maxWords &&
    starts.has(rest[0] ?? '') &&
    !refusals.some((refusal) => ` ${rest.join(' ')} `.includes(refusal));

  const declineLeads = config.decline.leads.map((lead) => words(lead));
  const afterANo = new Set(config.decline.after.flatMap((word) => words(word)));
  // "nee, ik wil niet gebeld worden", but not "nee, ik wil een mens spreken" or "no wait,
  // please call me": after the no, only words that say no more.
  const startsWithANo = (said: string[]) =>
    said.length <= config.decline.maxWords &&
    declineLeads.some(
      (lead) =>
        lead.every((word, i) => said[i] === word) &&
        said.slice(lead.length).every((word) => afterANo.has(word)),
    );

  return function answer(text: string): HandoffAnswer {
    const withNumber = hasPhone(text);
    const rest = words(text.replace(PHONE_PLACEHOLDERS, ' ')).filter(
      (word) => !withNumber || !AROUND_A_NUMBER.has(word),
    );
    const said = rest.join(' ');
    if (accept.has(said) || (withNumber && said === '')) return 'accept';
    if (withNumber && yesWithANumber(rest)) return 'accept';
    // "nee, ik wil niet gebeld worden": the caller checks that it asks nothing else.
    if (!withNumber && (decline.has(said) || startsWithANo(rest))) return 'decline';
    return 'other';
  };
}

/**
 * Whether a message speaks of being called: "kan iemand mij bellen?", "mijn nummer is …", "call
 * me". With a phone number it asks to be called on it; whether the number is the person's own
 * (not quoted, not refused) is `createNumberAnswerTest`'s to say.
 */
export function createCallWordTest(config: HandoffConfig) {
  const callWords = new Set(config.callRequest.words.flatMap((word) => words(word)));
  return (text: string): boolean => words(text).some((word) => callWords.has(word));
}

/**
 * Reads what a redacted message that asks to be called says besides that request: "kan iemand
 * mij bellen over mijn bijstand? mijn nummer is …" and "toch wel, bel me op …" say nothing
 * more (the subject is the case's own topic), "…, liefst na drie uur" or "…, ik ben doof" do.
 * Returns those words as the person wrote them ("liefst tussen 10 en 12", "ik ben doof"),
 * without the yes, the wish to be called, the number and the subject, or undefined: only then
 * does the case get a note, and the answer say that the caseworker reads it.
 */
export function createRemarkReader(
  config: HandoffConfig,
  stopwords: ReadonlySet<string>,
  router: Pick<Router, 'subjectOf' | 'namesBroadWord'>,
) {
  const request = new Set(
    [...config.callRequest.words, ...config.callRequest.wish].flatMap((word) => words(word)),
  );
  const aboutTheCall = (word: string) =>
    AROUND_A_NUMBER.has(word) || CALLBACK_WORDS.has(word) || request.has(word);
  return function remarkIn(text: string): string | undefined {
    // The number goes, the clauses stay apart: "[TELEFOON] liefst …" starts a clause of its own.
    const said = text.split(REMARK_CLAUSE_BREAK);
    const clauses = said.map((clause) =>
      [...clause.matchAll(WORD_AS_TYPED)].map((match) => ({
        typed: match[0],
        at: match.index,
        word: words(match[0]).join(' '),
      })),
    );
    const rest = clauses
      .flat()
      .map((token) => token.word)
      .filter((word) => !aboutTheCall(word) && !stopwords.has(word));
    // A subject may be a phrase ("rijbewijs verlopen") or a misspelt word the router corrects.
    const named = new Set(router.subjectOf(rest.join(' ')).flatMap((subject) => words(subject)));
    const isSubject = (word: string) =>
      named.has(word) || router.subjectOf(word).length > 0 || router.namesBroadWord(word);
    // Clock times stay: the router reads the "15" of "na 15:00" as a subject.
    const remarkWord = (word: string) =>
      !aboutTheCall(word) && !stopwords.has(word) && (CLOCK_TIME.test(word) || !isSubject(word));
    const pieces = said.flatMap((clause, i) => {
      const tokens = clauses[i] ?? [];
      const kept = tokens.flatMap((token, at) => (remarkWord(token.word) ? [at] : []));
      const last = kept.at(-1);
      let first = kept[0];
      if (first === undefined || last === undefined) return [];
      // The little words that lead up to it stay: "ik ben doof", "ook 's ochtends".
      while (first > 0) {
        const before = tokens[first - 1]?.word ?? '';
        if (before.length > 1 && (!stopwords.has(before) || aboutTheCall(before))) break;
        first -= 1;
      }
      const from = tokens[first];
      const to = tokens[last];
      if (!from || !to) return [];
      const start = /['’]/u.test(clause[from.at - 1] ?? '') ? from.at - 1 : from.at;
      return [clause.slice(start, to.at + to.typed.length)];
    });
    return pieces.length > 0 ? pieces.join(', ') : undefined;
  };
}

/** Where a remark's clauses part: punctuation (not the colon of "15:00") and the number. */
const REMARK_CLAUSE_BREAK = new RegExp(`[.,;!?()\\n]|:(?!\\d)|${placeholderSource('phone')}`);
/** A word as typed, with its place in the clause. */
const WORD_AS_TYPED = /[\p{L}\p{N}]+/gu;

const timeIndexes = new WeakMap<HandoffConfig, PhraseIndex>();

/**
 * Whether a redacted note says when the person can be called ("liefst tussen 10 en 12", "na
 * vijf uur", "morgen"): then no time of ours is promised beside theirs.
 */
export function givesATime(config: HandoffConfig, text: string): boolean {
  let times = timeIndexes.get(config);
  if (!times) {
    times = phraseIndex(config.callbackWish.times);
    timeIndexes.set(config, times);
  }
  const said = words(text);
  return said.some((word) => CLOCK_TIME.test(word)) || wordsCovered(said, times).size > 0;
}

/**
 * Reads whether a short redacted message says when the person can be reached: "ik ben pas na
 * drie uur thuis", "bel me morgen liever", "I'm at work until 5". It takes a word about being
 * reached and a time. Returns the rest of the message without them, or undefined: the caller
 * checks that the rest names no subject ("bel me morgen over mijn WW" is a question).
 */
export function createCallbackWishTest(config: HandoffConfig) {
  const reach = phraseIndex(config.callbackWish.reach);
  const times = phraseIndex(config.callbackWish.times);
  return function callbackWishIn(text: string): string | undefined {
    const said = words(text);
    if (said.length === 0 || said.length > config.callbackWish.maxWords) return undefined;
    const reached = wordsCovered(said, reach);
    const timed = wordsCovered(said, times);
    said.forEach((word, i) => {
      if (CLOCK_TIME.test(word)) timed.add(i);
    });
    if (reached.size === 0 || timed.size === 0) return undefined;
    // Single letters are what is left of "I'm" and "'s avonds", never a subject.
    const rest = said.filter((word, i) => !reached.has(i) && !timed.has(i) && word.length > 1);
    return rest.join(' ');
  };
}
