import { stem } from '../text.js';
import { anchorTest } from './anchors.js';
import type { StuckCue } from './schema.js';
import { tokenAt, type Prepared, type Token } from './tokens.js';

/**
 * The ways one word position of a phrase can be filled, indexed so that a token is decided with
 * a few set look-ups instead of a loop over every alternative: the normalised word, its Dutch
 * stem, a prefix ("aanman*"), an ending ("*schulden"), or one typo away from a long word.
 */
interface Position {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
  /** Whole words of the position by first letter, for the typo check. */
  byFirstLetter: ReadonlyMap<string, readonly string[]>;
  /** Length of the longest whole word: no typo check when it is shorter than the minimum. */
  longestWord: number;
}

/** A cue ready for matching. */
export type CompiledCue =
  | { kind: 'phrase'; positions: Position[]; gap: number; source: StuckCue }
  | {
      kind: 'pattern';
      regex: RegExp;
      /** False when the text lacks every literal the pattern needs (see anchors.ts). */
      mayMatch: (text: string) => boolean;
      source: StuckCue;
    };

/** A place where a cue occurs: token range and which tokens the cue itself supplied. */
export interface CueMatch {
  first: number;
  last: number;
  /** Tokens that are words of the cue; a "niet" among them belongs to the cue, not against it. */
  own: ReadonlySet<number>;
  text: string;
  /** Character offsets in the prepared text. */
  start: number;
  end: number;
}

/** Compiles a cue from the data; phrases are normalised so data may be written with accents. */
export function compileCue(cue: StuckCue): CompiledCue {
  if ('pattern' in cue) {
    return {
      kind: 'pattern',
      regex: new RegExp(cue.pattern, 'gu'),
      mayMatch: anchorTest(cue.pattern),
      source: cue,
    };
  }
  const positions = cue.phrase.split(/\s+/).map((position) =>
    toPosition(
      position
        .split('|')
        .filter(Boolean)
        .map((written) =>
          written
            .toLowerCase()
            .normalize('NFD')
            .replace(/\p{Diacritic}/gu, ''),
        ),
    ),
  );
  return { kind: 'phrase', positions, gap: cue.gap ?? 0, source: cue };
}

const MIN_STEMMED_LENGTH = 5;

function toPosition(alternatives: readonly string[]): Position {
  const words = new Set<string>();
  const stems = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const byFirstLetter = new Map<string, string[]>();
  for (const word of alternatives) {
    if (word.endsWith('*')) prefixes.push(word.slice(0, -1));
    else if (word.startsWith('*')) suffixes.push(word.slice(1));
    else {
      words.add(word);
      // Short words match only as written: the Dutch stemmer folds them into other words
      // ("heel" and "hel" share the stem "hel", "boos" and "bos" the stem "bos").
      if (word.length >= MIN_STEMMED_LENGTH) stems.add(stem(word));
      const first = word[0] ?? '';
      const list = byFirstLetter.get(first);
      if (list) list.push(word);
      else byFirstLetter.set(first, [word]);
    }
  }
  const longestWord = Math.max(0, ...[...words].map((word) => word.length));
  return { words, stems, prefixes, suffixes, byFirstLetter, longestWord };
}

/** Every place the cue occurs in the prepared text. */
export function findMatches(
  cue: CompiledCue,
  prepared: Prepared,
  fuzzyMinLength: number,
): CueMatch[] {
  if (cue.kind === 'phrase')
    return phraseMatches(cue, prepared.tokens, prepared.text, fuzzyMinLength);
  return cue.mayMatch(prepared.text) ? patternMatches(cue.regex, prepared) : [];
}

function patternMatches(regex: RegExp, prepared: Prepared): CueMatch[] {
  const matches: CueMatch[] = [];
  for (const match of prepared.text.matchAll(regex)) {
    const from = match.index;
    const to = from + match[0].length;
    const first = tokenAt(prepared.tokens, from);
    // Punctuation-only matches ("!!!") have no word of their own; they sit before `first`.
    const last = Math.max(first, tokenAt(prepared.tokens, Math.max(from, to - 1)));
    matches.push({ first, last, own: new Set(), text: match[0].trim(), start: from, end: to });
  }
  return matches;
}

/** Where each word of a message stands, built once per message and shared by all phrase cues. */
interface MessageIndex {
  byText: Map<string, number[]>;
  byStem: Map<string, number[]>;
  /** The distinct words of the message by first letter, for prefixes and typos. */
  byFirstLetter: Map<string, string[]>;
}

const messageIndexes = new WeakMap<readonly Token[], MessageIndex>();

function indexOf(tokens: readonly Token[]): MessageIndex {
  let index = messageIndexes.get(tokens);
  if (!index) {
    index = { byText: new Map(), byStem: new Map(), byFirstLetter: new Map() };
    for (const [i, token] of tokens.entries()) {
      const atText = index.byText.get(token.text);
      if (atText) atText.push(i);
      else {
        index.byText.set(token.text, [i]);
        const first = token.text[0] ?? '';
        const sameLetter = index.byFirstLetter.get(first);
        if (sameLetter) sameLetter.push(token.text);
        else index.byFirstLetter.set(first, [token.text]);
      }
      const atStem = index.byStem.get(token.stem);
      if (atStem) atStem.push(i);
      else index.byStem.set(token.stem, [i]);
    }
    messageIndexes.set(tokens, index);
  }
  return index;
}

/**
 * The tokens that can start the phrase, in message order: looked up by word and stem, and only
 * the distinct words of the message are scanned for prefixes, endings and typos. Most cues find
 * no start at all, so this saves walking every token for every cue.
 */
function startsOf(position: Position, tokens: readonly Token[], fuzzyMinLength: number): number[] {
  const message = indexOf(tokens);
  const starts: number[] = [];
  const add = (at: readonly number[] | undefined) => {
    if (at) for (const i of at) starts.push(i);
  };
  for (const word of position.words) add(message.byText.get(word));
  for (const wordStem of position.stems) add(message.byStem.get(wordStem));
  for (const prefix of position.prefixes) {
    for (const text of message.byFirstLetter.get(prefix[0] ?? '') ?? []) {
      if (text.startsWith(prefix)) add(message.byText.get(text));
    }
  }
  if (position.suffixes.length > 0) {
    for (const [text, at] of message.byText) {
      if (position.suffixes.some((suffix) => text.endsWith(suffix))) add(at);
    }
  }
  if (position.longestWord >= fuzzyMinLength) {
    for (const [letter, words] of position.byFirstLetter) {
      for (const text of message.byFirstLetter.get(letter) ?? []) {
        if (text.length < fuzzyMinLength || position.words.has(text)) continue;
        if (words.some((word) => oneTypoApart(text, word, fuzzyMinLength)))
          add(message.byText.get(text));
      }
    }
  }
  return starts.length > 1 ? [...new Set(starts)].sort((a, b) => a - b) : starts;
}

function phraseMatches(
  cue: Extract<CompiledCue, { kind: 'phrase' }>,
  tokens: readonly Token[],
  text: string,
  fuzzyMinLength: number,
): CueMatch[] {
  // Each token is decided once per position (0 = not yet, 1 = fits, 2 = does not); a typed
  // array indexed by token is cheaper than a map keyed by word, and messages are short.
  const memo = cue.positions.map(() => new Uint8Array(tokens.length));
  const fits = (index: number, position: number): boolean => {
    const token = tokens[index];
    const known = memo[position];
    const spec = cue.positions[position];
    if (token === undefined || known === undefined || spec === undefined) return false;
    let state = known[index] ?? 0;
    if (state === 0) {
      state = positionFits(spec, token, fuzzyMinLength) ? 1 : 2;
      known[index] = state;
    }
    return state === 1;
  };

  // Depth-first over the allowed gaps; phrases are short, so this stays cheap.
  const extend = (position: number, after: number, taken: number[]): number[] | null => {
    if (position === cue.positions.length) return taken;
    for (let next = after + 1; next <= after + 1 + cue.gap && next < tokens.length; next += 1) {
      if (fits(next, position)) {
        const found = extend(position + 1, next, [...taken, next]);
        if (found) return found;
      }
    }
    return null;
  };

  const matches: CueMatch[] = [];
  const first = cue.positions[0];
  for (const start of first ? startsOf(first, tokens, fuzzyMinLength) : []) {
    const taken = extend(1, start, [start]);
    if (!taken) continue;
    const first = taken[0] ?? start;
    const last = taken[taken.length - 1] ?? start;
    const from = tokens[first]?.start ?? 0;
    const to = tokens[last]?.end ?? 0;
    matches.push({
      first,
      last,
      own: new Set(taken),
      text: text.slice(from, to),
      start: from,
      end: to,
    });
  }
  return matches;
}

function positionFits(position: Position, token: Token, fuzzyMinLength: number): boolean {
  const text = token.text;
  if (position.words.has(text) || position.stems.has(token.stem)) return true;
  if (position.prefixes.some((prefix) => text.startsWith(prefix))) return true;
  if (position.suffixes.some((suffix) => text.endsWith(suffix))) return true;
  if (text.length < fuzzyMinLength) return false;
  const candidates = position.byFirstLetter.get(text[0] ?? '');
  return (
    candidates !== undefined && candidates.some((word) => oneTypoApart(text, word, fuzzyMinLength))
  );
}

/**
 * True when two long words differ by one edit (insert, delete, substitute or swap of neighbours)
 * and start with the same letter: "deurwaader", "betalingsreling". Short words are exempt
 * because one letter changes their meaning ("niet"/"nie", "iemand"/"niemand" differ in the
 * first letter for that reason).
 */
export function oneTypoApart(a: string, b: string, minLength: number): boolean {
  if (a.length < minLength || b.length < minLength || a[0] !== b[0] || a === b) return false;
  if (Math.abs(a.length - b.length) > 1 || /\d/.test(a)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA.length > 1 &&
      restA[0] === restB[1] &&
      restA[1] === restB[0] &&
      restA.slice(2) === restB.slice(2))
  );
}
