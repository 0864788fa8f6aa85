import { z } from 'zod';
import { aliasesSchema, aliasMap, readsAsEnglish } from '../english-aliases.js';
import { learnedWeightsSchema, weightRows } from '../learned-weights.js';
import { STUCK_SIGNALS, type StuckSignal } from './signals.js';
import type { Prepared } from './tokens.js';

/**
 * The learned half of stuck detection (ADR 15): one logistic regression per signal over the
 * words of a message, trained by scripts/train-stuck-model.ts on the labelled sets the lexicon
 * was tuned on. It hears what no cue lists ("Omdat mijn zoon bij ons is komen wonen krijgen wij
 * ineens minder bijstand, terwijl hij zelf bijna niks verdient": hardship) and explains itself
 * the way a cue does, by the words that weighed most.
 */
export const stuckModelSchema = z.strictObject({
  /** What the model was trained on and how; for whoever reads the file, never for scoring. */
  trainedOn: z.strictObject({
    positives: z.number().int().positive(),
    negatives: z.number().int().positive(),
    sets: z.array(z.string()).min(1),
  }),
  /**
   * Messages shorter than this are left to the lexicon: a short message says its need in words
   * the cues know, and on blind sets the model added almost nothing under fifteen words while it
   * misread short plain questions ("Moet alles via de website of kan het ook per post?").
   */
  minWords: z.number().int().nonnegative(),
  /** The signal of each position in `bias`, `threshold` and every weight list. */
  signals: z.array(z.enum(STUCK_SIGNALS)).length(STUCK_SIGNALS.length),
  bias: z.array(z.number()).length(STUCK_SIGNALS.length),
  /** The probability above which the signal is raised. */
  threshold: z.array(z.number().gt(0).lt(1)).length(STUCK_SIGNALS.length),
  /**
   * When no signal passes its own threshold, the chance that at least one of them applies (one
   * minus the chance that none does) may still pass this: the message then raises the likeliest
   * signal alone. A story with some evidence of debt, of hardship and of frustration is a story
   * of someone stuck, even when no one signal is sure (ADR 15, session 20).
   */
  anyThreshold: z.number().gt(0).lt(1).optional(),
  /**
   * Per feature ({@link modelFeatures}), the weight for each signal, one column per signal in
   * `signals` order; weights too small to matter are 0 and features with only zeros are left out.
   */
  weights: learnedWeightsSchema(STUCK_SIGNALS.length),
  /**
   * English words read as the Dutch stem the model learnt as well (`data/stuck-english.json`):
   * most stuck stories it learnt from are Dutch, so "debts" also weighs as "schuld". Keyed by
   * the Dutch stem, so the file names each once.
   */
  aliases: aliasesSchema.optional(),
});

export type StuckModel = z.infer<typeof stuckModelSchema>;

/** One word or word pair of the message that weighed for a signal, as the message has it. */
export interface ModelEvidence {
  signal: StuckSignal;
  cue: string;
}

/** A feature of the message and the words it stands for. */
interface Feature {
  name: string;
  words: string;
}

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niets', 'niks', 'not', 'no', 'never']);

/**
 * The features of a prepared message: every stem, every pair of neighbouring stems in one
 * clause, and a stem after a negation in its clause marked as negated ("geen fout" gives
 * "~fout", not "fout"). Pairs carry what a single word cannot ("kastje muur", "niet betal");
 * the marking keeps "ik heb geen fout gemaakt" from weighing like "ik heb een fout gemaakt".
 * Marks of punctuation that people use to shout ("!", "??") are features too. A word with an
 * alias also gives the alias's stem, alone and in its pairs ("nobody answers" gives "niemand
 * antwoord" beside its own stems).
 */
export function modelFeatures(
  prepared: Prepared,
  raw: string,
  aliases: ReadonlyMap<string, string> = NO_ALIASES,
): Feature[] {
  const features = new Map<string, string>();
  const add = (name: string, words: string) => {
    if (!features.has(name)) features.set(name, words);
  };
  const { tokens } = prepared;
  const aliased = aliases.size > 0 && readsAsEnglish(prepared.text) ? aliases : NO_ALIASES;
  let negatedClause = -1;
  let negatedUntil = -1;
  tokens.forEach((token, index) => {
    if (token.clause !== negatedClause) negatedUntil = -1;
    const negated = index <= negatedUntil;
    const alias = aliased.get(token.text);
    for (const name of alias ? [token.stem, alias] : [token.stem]) {
      add(negated ? `~${name}` : name, token.text);
    }
    const next = tokens[index + 1];
    if (next && next.clause === token.clause) {
      const words = `${token.text} ${next.text}`;
      add(`${token.stem} ${next.stem}`, words);
      const nextAlias = aliased.get(next.text);
      if (alias || nextAlias) add(`${alias ?? token.stem} ${nextAlias ?? next.stem}`, words);
    }
    if (NEGATIONS.has(token.text)) {
      negatedClause = token.clause;
      negatedUntil = index + NEGATION_REACH;
    }
  });
  if (raw.includes('!')) add('<!>', '!');
  if (/\?\s*\?/u.test(raw)) add('<??>', '??');
  return [...features].map(([name, words]) => ({ name, words }));
}

const NO_ALIASES: ReadonlyMap<string, string> = new Map();

/** How many words after a negation read as negated. */
const NEGATION_REACH = 3;

/** How many words a signal's evidence names at most. */
const EVIDENCE_WORDS = 3;

/**
 * Scores prepared messages with one model; everything is looked up once, here. Signals in
 * `ruledOut` (the lexicon read them as negated or said of someone else) take no part in the
 * likeliest signal: "ik heb géén fout gemaakt" is no evidence that something is wrong.
 */
export function createModelScorer(model: StuckModel) {
  const weights = weightRows(model.weights);
  const aliases = aliasMap(model.aliases);
  return function score(
    prepared: Prepared,
    raw: string,
    ruledOut: ReadonlySet<StuckSignal> = new Set(),
  ): ModelScore {
    if (prepared.tokens.length < model.minWords) {
      return { signals: [], evidence: [], probability: new Map() };
    }
    const present = modelFeatures(prepared, raw, aliases).flatMap((feature) => {
      const w = weights.get(feature.name);
      return w ? [{ ...feature, w }] : [];
    });
    const signals: StuckSignal[] = [];
    const evidence: ModelEvidence[] = [];
    const probability = new Map<StuckSignal, number>();
    const evidenceFor = (signal: StuckSignal, position: number): ModelEvidence[] => {
      // A word and its alias are two features of the same words: named once.
      const strongest = [
        ...new Set(
          present
            .filter((feature) => (feature.w[position] ?? 0) > 0)
            .sort((a, b) => (b.w[position] ?? 0) - (a.w[position] ?? 0))
            .map((feature) => feature.words),
        ),
      ].slice(0, EVIDENCE_WORDS);
      // One item per word or pair, as a cue is one phrase of the message; a word its pair
      // already names ("belastingdienst" beside "de belastingdienst") is said once.
      return strongest
        .filter((words) => !strongest.some((other) => other !== words && covers(other, words)))
        .map((cue) => ({ signal, cue }));
    };
    model.signals.forEach((signal, position) => {
      let z = model.bias[position] ?? 0;
      for (const feature of present) z += feature.w[position] ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      probability.set(signal, p);
      if (p <= (model.threshold[position] ?? 1)) return;
      signals.push(signal);
      evidence.push(...evidenceFor(signal, position));
    });
    const signal =
      signals.length === 0 && model.anyThreshold !== undefined
        ? likeliestSignal(probability, model.anyThreshold, ruledOut)
        : undefined;
    // Like a cue, the likeliest signal needs words of the message that speak for it.
    const heard = signal ? evidenceFor(signal, model.signals.indexOf(signal)) : [];
    return {
      signals,
      evidence,
      probability,
      ...(signal && heard.length > 0 ? { likeliest: { signal, evidence: heard } } : {}),
    };
  };
}

/**
 * The likeliest of the signals not ruled out, when the chance that at least one of them applies
 * (one minus the product of the chances that each does not) passes `anyThreshold`.
 */
export function likeliestSignal(
  probability: ReadonlyMap<StuckSignal, number>,
  anyThreshold: number,
  ruledOut: ReadonlySet<StuckSignal> = new Set(),
): StuckSignal | undefined {
  let none = 1;
  let likeliest: { signal: StuckSignal; p: number } | undefined;
  for (const [signal, p] of probability) {
    if (ruledOut.has(signal)) continue;
    none *= 1 - p;
    if (p > (likeliest?.p ?? 0)) likeliest = { signal, p };
  }
  return 1 - none > anyThreshold ? likeliest?.signal : undefined;
}

export interface ModelScore {
  /** Signals whose own probability passed their threshold, and the words that weighed most. */
  signals: StuckSignal[];
  evidence: ModelEvidence[];
  probability: Map<StuckSignal, number>;
  /**
   * When no signal passed its own threshold but together (those not ruled out) they pass
   * `anyThreshold`: the likeliest one, with the words that weighed for it. The detector raises it
   * only when the lexicon raised nothing either.
   */
  likeliest?: { signal: StuckSignal; evidence: ModelEvidence[] };
}

/** True when every word of `part` is a word of `whole`. */
function covers(whole: string, part: string): boolean {
  const words = whole.split(' ');
  return part.split(' ').every((word) => words.includes(word));
}
