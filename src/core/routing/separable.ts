import { z } from 'zod';

/**
 * Dutch separable verbs, split as a sentence splits them: "hoe schrijf ik mijn auto over" asks
 * about "overschrijven", "om huurtoeslag aan te vragen" about "aanvragen", "hoe zeg ik mijn
 * zorgverzekering op" about "opzeggen". The particle is a function word, so without this the
 * question lost its verb: "Wat heb je nodig om een auto over te schrijven?" was asked back
 * instead of going to the RDW. No stemmer or search library joins them. The words are data
 * (`separable` in data/lexicon.json).
 */
export const separableWordsSchema = z.object({
  /** The particles of separable verbs ("aan", "op", "uit", "over"). */
  particles: z.array(z.string().min(2)),
  /** Words that start a new clause: a particle before one ends the clause before it. */
  clauseStarts: z.array(z.string().min(2)),
  /**
   * Joins a split sentence does not mean, or that read as another word: "wat houdt dat in?"
   * asks what something is, not about "inhouden" (what the CAK withholds).
   */
  notMeant: z.array(z.string().min(4)),
  /**
   * Words that are never the verb, though they stand before a particle: articles,
   * prepositions, pronouns and words for a time ("een … over" is no "overeen").
   */
  neverTheVerb: z.array(z.string().min(1)),
  /**
   * Prepositions that may start a phrase after the particle, which then still ends its verb
   * ("schrijf mijn auto over op mijn zoon").
   */
  phraseStarts: z.array(z.string().min(2)).default([]),
});
export type SeparableWords = z.infer<typeof separableWordsSchema>;

/** How many words before a clause-final particle may hold its verb. */
const REACH = 8;

const VOWEL = /[aeiou]/;

/**
 * The infinitives a present-tense form may belong to: "schrijf(t)" → "schrijven", "vraag(t)" →
 * "vragen", "geef(t)" → "geven", "vul(t)" → "vullen", "meld(t)" → "melden". Several readings,
 * since spelling alone does not tell; the caller keeps the ones its vocabulary knows.
 */
export function infinitivesOf(form: string): string[] {
  const readings = new Set<string>([form]);
  if (form.endsWith('t') && form.length > 3) readings.add(form.slice(0, -1));
  const infinitives = new Set<string>();
  for (const stem of readings) {
    if (stem.length < 2) continue;
    const last = stem.slice(-1);
    const body = stem.slice(0, -1);
    // A voiced ending written voiceless: "schrijf" → "schrijv", "lees" → "lez".
    const voiced = last === 'f' ? `${body}v` : last === 's' ? `${body}z` : stem;
    const endings = new Set([stem, voiced]);
    // A long vowel written double in a closed syllable is single in the open one: "vraag" → "vrag".
    for (const ending of [...endings]) {
      const double = /([aeou])\1([^aeiou])$/.exec(ending);
      if (double) endings.add(ending.slice(0, double.index + 1) + (double[2] ?? ''));
    }
    for (const ending of endings) infinitives.add(`${ending}en`);
    // A short vowel keeps its consonant doubled: "vul" → "vullen", "zet" → "zetten".
    if (!VOWEL.test(last) && VOWEL.test(stem.slice(-2, -1)) && !VOWEL.test(stem.slice(-3, -2))) {
      infinitives.add(`${stem}${last}en`);
    }
    // A stem ending in a vowel takes "-n": "doe" → "doen", "gaa(t)" → "gaan", "ga" → "gaan".
    if (VOWEL.test(last)) {
      infinitives.add(
        /[aou]$/.test(stem) && !/([aou])\1$/.test(stem) ? `${stem}${last}n` : `${stem}n`,
      );
    }
  }
  return [...infinitives];
}

/**
 * Reads the separable verbs of a question's clauses (each as its words), among the words
 * `isWord` knows: a particle that ends a clause joined with a word before it ("vraag … aan" →
 * "aanvraag", "aanvragen"), and a particle before "te" joined with the infinitive after it ("aan
 * te vragen" → "aanvragen").
 */
export function createSeparableReader(words: SeparableWords) {
  const particles = new Set(words.particles);
  const clauseStarts = new Set(words.clauseStarts);
  const notMeant = new Set(words.notMeant);
  const neverTheVerb = new Set(words.neverTheVerb);
  const phraseStarts = new Set(words.phraseStarts);

  const splitAtClauseStarts = (clause: readonly string[]): string[][] => {
    const parts: string[][] = [[]];
    for (const word of clause) {
      if (clauseStarts.has(word)) parts.push([]);
      else parts[parts.length - 1]?.push(word);
    }
    return parts.filter((part) => part.length > 0);
  };

  return function separableVerbs(
    clauses: readonly (readonly string[])[],
    isWord: (word: string) => boolean,
  ): string[] {
    const found = new Set<string>();
    const tryJoin = (particle: string, forms: string[]) => {
      for (const form of forms) {
        const joined = particle + form;
        if (!notMeant.has(joined) && isWord(joined)) found.add(joined);
      }
    };
    for (const part of clauses.flatMap(splitAtClauseStarts)) {
      part.forEach((word, i) => {
        if (!particles.has(word)) return;
        const next = part[i + 1];
        const after = part[i + 2];
        // "om te" is nearly always a purpose ("om te gaan studeren"); "om … om te zetten" is not.
        const purpose = word === 'om' && !part.slice(0, i).includes('om');
        if (next === 'te' && after) {
          if (!purpose) tryJoin(word, [after]);
          return;
        }
        // At the end of its clause, or before a phrase of its own ("schrijf … over op mijn zoon",
        // "geef … door aan de gemeente"): "een vraag aan de gemeente" is no "aanvraag". Any word
        // after the particle lost as many questions as it won on the development split; "met"
        // made "neem contact op met" an "opnemen".
        if (next !== undefined && !phraseStarts.has(next)) return;
        for (const form of part.slice(Math.max(0, i - REACH), i)) {
          // A noun in -ing ("uitstel van betaling aan") or a number is never the verb either.
          if (particles.has(form) || neverTheVerb.has(form) || /ing(en)?$|\d/.test(form)) continue;
          tryJoin(word, [form, ...infinitivesOf(form)]);
        }
      });
    }
    return [...found];
  };
}
