import { z } from 'zod';
import { STUCK_SIGNALS, type StuckSignal } from './signals.js';

/**
 * The shape of `data/stuck.json`. Content (cues, weights, thresholds) lives in data so that
 * policy owners can read and change it without touching code; this schema is the contract
 * between that file and the detector, and it fails loudly on typos (strict objects).
 */

const comment = { $comment: z.string().optional() };

const regexSource = z
  .string()
  .refine(
    (source) => {
      try {
        new RegExp(source, 'gu');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression (flags gu)' },
  )
  .refine((source) => strayBackReference(source) === null, {
    message:
      'a back-reference (\\N) points at a group that is not in its own alternative: it would match empty',
  });

/**
 * The first back-reference (`\3`) whose group is missing or stands in another top-level
 * alternative of the pattern, or null. JavaScript matches such a reference as the empty string,
 * so `from (x) to \1|(y)` is fine but `(y)|from (x) to \1` silently becomes "from (x) to": a
 * cue that fires on anything. Named references (`\k<name>`) and alternatives nested inside a
 * group are not checked; the lexicon uses neither.
 */
export function strayBackReference(source: string): string | null {
  const groupAlternative: number[] = [];
  let alternative = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      // `\0` is the NUL character, not a reference.
      const reference = /^\\([1-9]\d*)/.exec(source.slice(i));
      if (reference && !inClass) {
        const group = Number(reference[1]);
        if (groupAlternative[group - 1] !== alternative) return reference[0];
      }
      i += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else if (char === '(') {
      // "(?:", "(?=", "(?!", "(?<=", "(?<!" capture nothing; "(?<name>" does.
      const capturing = source[i + 1] !== '?' || /^\(\?<[^=!]/.test(source.slice(i));
      if (capturing) groupAlternative.push(alternative);
      depth += 1;
    } else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) alternative += 1;
  }
  return null;
}

/**
 * How negation words near a cue affect it:
 * - `scope` (default): a negation word shortly before the cue, or between its words, cancels it;
 * - `lookback`: only a negation word before the cue cancels it (for patterns that contain their
 *   own "niet", such as "snap de website niet");
 * - `none`: never cancelled (punctuation, swear words).
 */
const negationMode = z.enum(['scope', 'lookback', 'none']);

const cueBase = {
  ...comment,
  /** Which language the cue is written for; documentation and per-language checks only. */
  lang: z.enum(['nl', 'en', 'any']),
  /** Contribution to the signal's score; a signal fires when its cues add up to its threshold. */
  weight: z.number().positive().max(2),
  negation: negationMode.optional(),
  /**
   * `self`: the cue only counts when the nearest subject before it is the person ("ik heb een
   * fout gemaakt"), not an organisation ("de gemeente heeft een fout gemaakt").
   */
  subject: z.literal('self').optional(),
};

const phraseCue = z.strictObject({
  ...cueBase,
  /**
   * Words in order, separated by spaces; `a|b` alternatives at one position; `word*` a prefix,
   * `*word` a word ending (compounds: "*schulden" matches "belastingschulden"). Words match on
   * the normalised form, the Dutch stem, or one typo away for long words.
   */
  phrase: z.string().trim().min(1),
  /** How many other words may stand between two words of the phrase. */
  gap: z.number().int().min(0).max(6).optional(),
});

const patternCue = z.strictObject({
  ...cueBase,
  /** A regular expression on the normalised text (lower case, no accents, punctuation kept). */
  pattern: regexSource,
});

const cue = z.union([phraseCue, patternCue]);

const signalSpec = z.strictObject({
  ...comment,
  threshold: z.number().positive().max(5),
  cues: z.array(cue).min(1),
});

const byLanguage = z.strictObject({ nl: z.array(z.string()), en: z.array(z.string()) });

const signalsShape = Object.fromEntries(STUCK_SIGNALS.map((id) => [id, signalSpec])) as Record<
  StuckSignal,
  typeof signalSpec
>;

export const stuckLexiconSchema = z.strictObject({
  ...comment,
  version: z.literal(1),
  negation: z.strictObject({
    ...comment,
    /** How many words before a cue a negation word still reaches (within one clause). */
    window: z.number().int().min(1).max(8),
    words: byLanguage,
    /** Negation word + next word that do not negate: "niet alleen", "not only". */
    pseudo: byLanguage,
    /** Words that start a new clause, which negation does not cross ("maar", "but"). */
    clauseBreaks: byLanguage,
    /** Written-together forms that are expanded before matching: "cant" → "can not". */
    expand: z.record(z.string(), z.string()),
  }),
  subjects: z.strictObject({
    ...comment,
    self: z.array(z.string()).min(1),
    other: z.array(z.string()).min(1),
  }),
  fuzzy: z.strictObject({
    ...comment,
    /** Words at least this long may match with one typo (same first letter). */
    minLength: z.number().int().min(4).max(20),
  }),
  shouting: z.strictObject({
    ...comment,
    /** Upper-case words of at least `minLength` letters that are not in `ignore`. */
    minLength: z.number().int().min(2),
    /** This many shouted words give `weight` to frustration; a single one gives `singleWeight`. */
    minWords: z.number().int().min(1),
    weight: z.number().positive(),
    singleMinLength: z.number().int().min(2),
    singleWeight: z.number().min(0),
    ignore: z.array(z.string()),
  }),
  signals: z.strictObject(signalsShape),
  conversation: z.strictObject({
    ...comment,
    similarity: z.strictObject({
      ...comment,
      /** Cosine similarity over stemmed content-word sets at or above which a message repeats. */
      threshold: z.number().min(0).max(1),
      /** Content words the two messages must share (unless both are the same single word). */
      minShared: z.number().int().min(1),
      stopwords: z.array(z.string()),
    }),
    notUnderstood: z.strictObject({
      ...comment,
      /** Turns in a row (ending with the current one) that must stay unresolved. */
      consecutive: z.number().int().min(1),
      /** A routed turn below this confidence still counts as unresolved. */
      lowConfidence: z.number().min(0).max(1),
    }),
  }),
});

/** The validated content of `data/stuck.json`. */
export type StuckLexicon = z.infer<typeof stuckLexiconSchema>;
/** One cue of a signal, as written in the data. */
export type StuckCue = z.infer<typeof cue>;

/**
 * Validates raw lexicon data (for example the static import of `data/stuck.json`).
 *
 * @throws a `ZodError` listing every problem when the data does not fit.
 */
export function loadStuckLexicon(raw: unknown): StuckLexicon {
  return stuckLexiconSchema.parse(raw);
}
