import { stem } from '../text.js';
import type { StuckCue } from './schema.js';
import { tokenAt, type Prepared, type Token } from './tokens.js';

/** One way a word position of a phrase can be filled. */
type Alternative =
  | { kind: 'word'; word: string; stem: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'suffix'; value: string };

/** A cue ready for matching. */
export type CompiledCue =
  | { kind: 'phrase'; positions: Alternative[][]; gap: number; source: StuckCue }
  | { kind: 'pattern'; regex: RegExp; source: StuckCue };

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
  if ('pattern' in cue)
    return { kind: 'pattern', regex: new RegExp(cue.pattern, 'gu'), source: cue };
  const positions = cue.phrase
    .split(/\s+/)
    .map((position) => position.split('|').filter(Boolean).map(toAlternative));
  return { kind: 'phrase', positions, gap: cue.gap ?? 0, source: cue };
}

function toAlternative(written: string): Alternative {
  const word = written
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
  if (word.endsWith('*')) return { kind: 'prefix', value: word.slice(0, -1) };
  if (word.startsWith('*')) return { kind: 'suffix', value: word.slice(1) };
  return { kind: 'word', word, stem: stem(word) };
}

/** Every place the cue occurs in the prepared text. */
export function findMatches(
  cue: CompiledCue,
  prepared: Prepared,
  fuzzyMinLength: number,
): CueMatch[] {
  return cue.kind === 'pattern'
    ? patternMatches(cue.regex, prepared)
    : phraseMatches(cue, prepared.tokens, prepared.text, fuzzyMinLength);
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

function phraseMatches(
  cue: Extract<CompiledCue, { kind: 'phrase' }>,
  tokens: readonly Token[],
  text: string,
  fuzzyMinLength: number,
): CueMatch[] {
  // Words repeat within a message ("de", "ik", the subject); decide each word once per position.
  const memo = cue.positions.map(() => new Map<string, boolean>());
  const fits = (token: Token | undefined, position: number): boolean => {
    if (token === undefined) return false;
    const seen = memo[position]?.get(token.text);
    if (seen !== undefined) return seen;
    const result = (cue.positions[position] ?? []).some((alternative) =>
      alternativeFits(alternative, token, fuzzyMinLength),
    );
    memo[position]?.set(token.text, result);
    return result;
  };

  // Depth-first over the allowed gaps; phrases are short, so this stays cheap.
  const extend = (position: number, after: number, taken: number[]): number[] | null => {
    if (position === cue.positions.length) return taken;
    for (let next = after + 1; next <= after + 1 + cue.gap && next < tokens.length; next += 1) {
      if (fits(tokens[next], position)) {
        const found = extend(position + 1, next, [...taken, next]);
        if (found) return found;
      }
    }
    return null;
  };

  const matches: CueMatch[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    if (!fits(tokens[start], 0)) continue;
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

function alternativeFits(alternative: Alternative, token: Token, fuzzyMinLength: number): boolean {
  switch (alternative.kind) {
    case 'prefix':
      return token.text.startsWith(alternative.value);
    case 'suffix':
      return token.text.endsWith(alternative.value);
    case 'word':
      return (
        token.text === alternative.word ||
        token.stem === alternative.stem ||
        oneTypoApart(token.text, alternative.word, fuzzyMinLength)
      );
  }
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
