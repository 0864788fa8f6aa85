import type { StuckLexicon } from './schema.js';
import { STUCK_SIGNALS, inContractOrder, type StuckSignal } from './signals.js';
import { compileCue, findMatches, type CompiledCue, type CueMatch } from './match.js';
import { normalize } from '../text.js';
import { createModelScorer, type StuckModel } from './model.js';
import { PLACEHOLDER, prepare, type PrepareOptions, type Prepared, type Token } from './tokens.js';

/** Why a signal was raised: which words of the message carried it. */
export interface StuckEvidence {
  signal: StuckSignal;
  /**
   * The matched words as they stand in the message, normalised (lower case, no accents); for
   * shouting, the capitalised words as typed.
   */
  cue: string;
}

/** Signals of one message, in contract order, with the evidence for each. */
export interface StuckTurnResult {
  signals: StuckSignal[];
  evidence: StuckEvidence[];
  /**
   * Signals with a cue that stayed under the threshold on its own ("kan ik een
   * betalingsregeling krijgen?" is half a debt cue): the conversation can complete them.
   */
  partial?: StuckSignal[];
}

interface Rules {
  window: number;
  negations: ReadonlySet<string>;
  pseudo: ReadonlySet<string>;
  self: ReadonlySet<string>;
  other: ReadonlySet<string>;
  fuzzyMinLength: number;
  prepare: PrepareOptions;
}

// Messages are matched normalised, so word lists are too: "géén" in the data is "geen".
const normalised = (...lists: readonly string[][]) => new Set(lists.flat().map(normalize));

/** How the lexicon splits a message into words and clauses; the model reads the same words. */
export function prepareOptionsOf({ negation }: StuckLexicon): PrepareOptions {
  return {
    clauseBreaks: normalised(negation.clauseBreaks.nl, negation.clauseBreaks.en),
    expand: new Map(
      Object.entries(negation.expand).map(([from, to]) => [normalize(from), normalize(to)]),
    ),
  };
}

/**
 * Builds the per-message detector from a validated lexicon and, optionally, the learned model
 * (ADR 15): a signal is raised when a cue raises it or the model does. All compiling happens
 * once, here.
 */
export function createTurnDetector(
  lexicon: StuckLexicon,
  model?: StuckModel,
): (text: string) => StuckTurnResult {
  const { negation, subjects, shouting } = lexicon;
  const rules: Rules = {
    window: negation.window,
    negations: normalised(negation.words.nl, negation.words.en),
    pseudo: normalised(negation.pseudo.nl, negation.pseudo.en),
    self: normalised(subjects.self),
    other: normalised(subjects.other),
    fuzzyMinLength: lexicon.fuzzy.minLength,
    prepare: prepareOptionsOf(lexicon),
  };
  const scoreWithModel = model ? createModelScorer(model) : undefined;
  const compiled = STUCK_SIGNALS.map((signal) => ({
    signal,
    threshold: lexicon.signals[signal].threshold,
    // Strongest first, so that where cues overlap the strongest one claims the words.
    cues: lexicon.signals[signal].cues
      .map(compileCue)
      .sort((a, b) => b.source.weight - a.source.weight),
  }));
  const shoutingIgnored = new Set(shouting.ignore.map((word) => word.toUpperCase()));

  return function detectTurn(text: string): StuckTurnResult {
    const prepared = prepare(text, rules.prepare);
    const fired: StuckSignal[] = [];
    const partial: StuckSignal[] = [];
    const evidence: StuckEvidence[] = [];
    // Signals whose cue was there but cancelled ("ik heb niet géén computer", "de gemeente
    // maakte een vergissing"): the lexicon read the grammar; the model's bag of words may not
    // overrule it.
    const cancelled = new Set<StuckSignal>();
    for (const { signal, threshold, cues } of compiled) {
      let score = 0;
      const found: StuckEvidence[] = [];
      // The same words count once per signal: "deadline" in a Dutch and an English cue, or
      // "terugbetalen" inside "moet ... terugbetalen", are one piece of evidence, not two.
      const claimed: CueMatch[] = [];
      for (const cue of cues) {
        const match = firstLiveMatch(cue, prepared, rules, claimed);
        if (match === CANCELLED) cancelled.add(signal);
        if (!match || match === CANCELLED) continue;
        claimed.push(match);
        score += cue.source.weight;
        found.push({ signal, cue: match.text });
      }
      if (signal === 'frustration') {
        const shout = shoutedWords(text, shouting, shoutingIgnored);
        if (shout) {
          score += shout.weight;
          found.push({ signal, cue: shout.words.join(' ') });
        }
      }
      // Weights like 0.6 + 0.4 must reach 1 despite floating point.
      if (score + 1e-9 >= threshold) {
        fired.push(signal);
        evidence.push(...found);
      } else if (score > 0) partial.push(signal);
    }
    if (scoreWithModel) {
      const heard = scoreWithModel(prepared, text, cancelled);
      for (const item of heard.evidence) {
        if (fired.includes(item.signal) || cancelled.has(item.signal)) continue;
        fired.push(item.signal);
        evidence.push(item);
      }
      const likeliest = heard.likeliest;
      if (fired.length === 0 && likeliest) {
        fired.push(likeliest.signal);
        evidence.push(...likeliest.evidence);
      }
    }
    return {
      signals: inContractOrder(fired),
      evidence,
      partial: partial.filter((signal) => !fired.includes(signal)),
    };
  };
}

/** What {@link firstLiveMatch} returns when the cue occurs only negated or said of others. */
const CANCELLED = Symbol('cancelled');

function firstLiveMatch(
  cue: CompiledCue,
  prepared: Prepared,
  rules: Rules,
  claimed: readonly CueMatch[],
): CueMatch | typeof CANCELLED | null {
  let cancelled = false;
  for (const match of findMatches(cue, prepared, rules.fuzzyMinLength)) {
    if (claimed.some((other) => match.start < other.end && other.start < match.end)) continue;
    if (
      isNegated(cue, match, prepared.tokens, rules) ||
      (cue.source.subject === 'self' && someoneElse(match, prepared.tokens, rules))
    ) {
      cancelled = true;
      continue;
    }
    return match;
  }
  return cancelled ? CANCELLED : null;
}

/**
 * A cue is cancelled by a negation word up to `window` words before it in the same clause ("ik
 * heb géén fout gemaakt"), or, in `scope` mode, by one between its own words ("fout niet
 * gemaakt"). Negation words that are words of the cue itself ("kan het niet betalen") are part
 * of what the person says and never cancel it.
 */
function isNegated(
  cue: CompiledCue,
  match: CueMatch,
  tokens: readonly Token[],
  rules: Rules,
): boolean {
  const mode = cue.source.negation ?? 'scope';
  if (mode === 'none') return false;
  const clause = tokens[match.first]?.clause;
  for (let i = match.first - 1; i >= 0 && i >= match.first - rules.window; i -= 1) {
    if (tokens[i]?.clause !== clause) break;
    if (negates(tokens, i, rules)) return true;
  }
  // Patterns cannot tell their own words from filler: every negation inside one counts, so
  // patterns that contain their own "niet" use `lookback`.
  return mode === 'scope' && insideNegation(match, tokens, rules);
}

function insideNegation(match: CueMatch, tokens: readonly Token[], rules: Rules): boolean {
  for (let i = match.first + 1; i < match.last; i += 1) {
    if (!match.own.has(i) && negates(tokens, i, rules)) return true;
  }
  return false;
}

function negates(tokens: readonly Token[], index: number, rules: Rules): boolean {
  const word = tokens[index]?.text;
  if (word === undefined || !rules.negations.has(word)) return false;
  const next = tokens[index + 1]?.text;
  return next === undefined || !rules.pseudo.has(`${word} ${next}`);
}

/** True when the nearest subject before the cue, in its clause, is not the person. */
function someoneElse(match: CueMatch, tokens: readonly Token[], rules: Rules): boolean {
  const clause = tokens[match.first]?.clause;
  for (let i = match.first - 1; i >= 0 && tokens[i]?.clause === clause; i -= 1) {
    const word = tokens[i]?.text ?? '';
    if (rules.self.has(word)) return false;
    if (rules.other.has(word)) return true;
  }
  return false;
}

/** The share of words in capitals above which a message was typed with caps lock on. */
const CAPS_LOCK_SHARE = 0.8;

const UPPER_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?![\p{L}\p{N}])/gu;

/** Words typed in capitals, which read as shouting; acronyms (UWV, DigiD) are not shouting. */
function shoutedWords(
  text: string,
  rules: StuckLexicon['shouting'],
  ignored: ReadonlySet<string>,
): { words: string[]; weight: number } | null {
  const plain = text.replace(PLACEHOLDER, ' ');
  const words = [...plain.matchAll(UPPER_WORD)]
    .map((match) => match[0])
    // Codes with digits ("C507", "A2") are printed that way, not shouted.
    .filter((word) => !ignored.has(word) && !/\p{N}/u.test(word));
  const loud = words.filter((word) => word.length >= rules.minLength);
  if (loud.length >= rules.minWords) {
    // A plain question typed wholly in capitals (caps lock, a copied FAQ heading: "MOET IK
    // ZORGTOESLAG TERUGBETALEN?") counts half: it needs a second cue, an "!" or "??" to shout.
    const letters = plain.match(/\p{L}{2,}/gu) ?? [];
    const plainQuestion = /\?\s*$/u.test(text) && !/!|\?\s*\?/u.test(text);
    const capsLock = plainQuestion && words.length >= CAPS_LOCK_SHARE * letters.length;
    return { words: loud, weight: capsLock ? rules.weight / 2 : rules.weight };
  }
  const single = words.find((word) => word.length >= rules.singleMinLength);
  return single && rules.singleWeight > 0 ? { words: [single], weight: rules.singleWeight } : null;
}
