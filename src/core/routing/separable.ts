/**
 * Dutch separable verbs, split as a sentence splits them: "hoe schrijf ik mijn auto over" asks
 * about "overschrijven", "om huurtoeslag aan te vragen" about "aanvragen", "hoe zeg ik mijn
 * zorgverzekering op" about "opzeggen". The particle is a function word, so without this the
 * question lost its verb: "Hoe schrijf ik mijn auto over op iemand anders?" was asked back
 * instead of going to the RDW. No stemmer or search library joins them.
 */

/** The particles of separable verbs that the catalog's verbs use. */
const PARTICLES = new Set([
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'weg',
  'vast',
]);

/** Words that start a new clause: a particle before one ends the clause before it. */
const CLAUSE_STARTS = new Set([
  'en',
  'maar',
  'of',
  'want',
  'omdat',
  'als',
  'wanneer',
  'zodat',
  'terwijl',
  'dus',
  'dan',
  'nadat',
  'voordat',
]);

/**
 * Joins that a split sentence never means: "wat houdt dat in?" asks what something is, not
 * about "inhouden" (what the CAK withholds from a pension), and went there.
 */
const NOT_MEANT = new Set(['inhoud', 'inhouden']);

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
  }
  return [...infinitives];
}

/**
 * The separable verbs a question holds, joined, among the words `isWord` knows: a particle that
 * ends a clause joined with a word before it ("vraag … aan" → "aanvraag", "aanvragen"), and a
 * particle before "te" joined with the infinitive after it ("aan te vragen" → "aanvragen").
 * `clauses` are the question's clauses, each as its words.
 */
export function separableVerbs(
  clauses: readonly (readonly string[])[],
  isWord: (word: string) => boolean,
): string[] {
  const found = new Set<string>();
  const tryJoin = (particle: string, forms: string[]) => {
    for (const form of forms) {
      const joined = particle + form;
      if (!NOT_MEANT.has(joined) && isWord(joined)) found.add(joined);
    }
  };
  for (const clause of clauses) {
    const parts = splitAtClauseStarts(clause);
    for (const part of parts) {
      part.forEach((word, i) => {
        if (!PARTICLES.has(word)) return;
        const next = part[i + 1];
        const after = part[i + 2];
        if (next === 'te' && after) {
          tryJoin(word, [after]);
          return;
        }
        // Only at the end of its clause: "een vraag aan de gemeente" is no "aanvraag". Words
        // after the particle ("schrijf … over op iemand anders") lost as many questions as
        // they won on the development split.
        if (next !== undefined) return;
        for (const form of part.slice(Math.max(0, i - REACH), i)) {
          if (PARTICLES.has(form)) continue;
          tryJoin(word, [form, ...infinitivesOf(form)]);
        }
      });
    }
  }
  return [...found];
}

function splitAtClauseStarts(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (CLAUSE_STARTS.has(word)) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  }
  return parts.filter((part) => part.length > 0);
}
