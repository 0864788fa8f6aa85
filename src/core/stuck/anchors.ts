/**
 * Literals a regular expression cannot match without: a cheap test run before the expression
 * itself. The lexicon holds hundreds of pattern cues and almost none match a given message, so
 * checking `text.includes(anchor)` first skips most regex runs (the largest share of a chat
 * turn's CPU otherwise).
 *
 * The analysis is conservative: when it cannot be sure, it returns `undefined` and the pattern
 * always runs. It understands literal characters, escaped punctuation, groups with alternatives
 * and quantifiers; classes, `.`, `\s`-style escapes, anchors and lookarounds only end a literal.
 */

/** Minimum useful anchor length: a shorter literal occurs in almost every message. */
const MIN_LENGTH = 2;

interface Item {
  /** Literal text this item certainly contributes, when it is one plain character. */
  char?: string;
  /** Alternatives of a group. */
  alternatives?: Item[][];
  /** Zero-width or unknown content: ends a literal, contributes nothing. */
  opaque?: true;
  /** Whether the item may be absent (`?`, `*`, `{0,n}`). */
  optional: boolean;
  /** Whether the item may repeat (`+`, `*`, `{n,m}` with m > 1): a literal stops after it. */
  repeats: boolean;
}

/**
 * Literals of which at least one occurs in any text the pattern matches, or `undefined` when
 * the pattern does not allow such a conclusion.
 */
export function requiredLiterals(pattern: string): string[] | undefined {
  let parsed: Item[][];
  try {
    parsed = parseAlternatives(pattern, { at: 0 }, false);
  } catch {
    return undefined;
  }
  return anchorsOfAlternatives(parsed);
}

/** A test for `text` that is false only when the pattern cannot match it. */
export function anchorTest(pattern: string): (text: string) => boolean {
  const anchors = requiredLiterals(pattern);
  return anchors ? (text) => anchors.some((anchor) => text.includes(anchor)) : () => true;
}

function anchorsOfAlternatives(alternatives: Item[][]): string[] | undefined {
  const all: string[] = [];
  for (const sequence of alternatives) {
    const anchors = anchorsOfSequence(sequence);
    if (!anchors) return undefined;
    all.push(...anchors);
  }
  return [...new Set(all)];
}

/** The most selective required part of a sequence: a literal run, or a required group. */
function anchorsOfSequence(sequence: Item[]): string[] | undefined {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= MIN_LENGTH) candidates.push([run]);
    run = '';
  };
  for (const item of sequence) {
    if (item.optional || item.opaque) {
      endRun();
      continue;
    }
    if (item.char !== undefined) {
      run += item.char;
      if (item.repeats) endRun();
      continue;
    }
    endRun();
    const inner = item.alternatives && anchorsOfAlternatives(item.alternatives);
    if (inner) candidates.push(inner);
  }
  endRun();
  if (candidates.length === 0) return undefined;
  // The candidate whose shortest literal is longest rules out the most messages.
  const weakest = (anchors: string[]) => Math.min(...anchors.map((anchor) => anchor.length));
  return candidates.reduce((best, next) => (weakest(next) > weakest(best) ? next : best));
}

interface Cursor {
  at: number;
}

function parseAlternatives(source: string, cursor: Cursor, inGroup: boolean): Item[][] {
  const alternatives: Item[][] = [[]];
  while (cursor.at < source.length) {
    const char = source[cursor.at] as string;
    if (char === ')') {
      if (!inGroup) throw new Error('unbalanced');
      return alternatives;
    }
    if (char === '|') {
      cursor.at += 1;
      alternatives.push([]);
      continue;
    }
    const item = parseAtom(source, cursor);
    applyQuantifier(source, cursor, item);
    alternatives[alternatives.length - 1]?.push(item);
  }
  if (inGroup) throw new Error('unclosed group');
  return alternatives;
}

const OPAQUE_ESCAPES = new Set(['s', 'S', 'w', 'W', 'd', 'D', 'b', 'B', 'p', 'P', 'u', 'x', 'k']);

function parseAtom(source: string, cursor: Cursor): Item {
  const char = source[cursor.at] as string;
  const item: Item = { optional: false, repeats: false };
  if (char === '(') {
    cursor.at += 1;
    let zeroWidth = false;
    if (source[cursor.at] === '?') {
      const kind = source.slice(cursor.at, cursor.at + 3);
      if (kind.startsWith('?:')) cursor.at += 2;
      else if (/^\?<[a-zA-Z]/.test(kind)) cursor.at = source.indexOf('>', cursor.at) + 1;
      else {
        // Lookahead or lookbehind: required in a sense, but zero-width; skip it safely.
        zeroWidth = true;
        cursor.at += kind.startsWith('?<') ? 3 : 2;
      }
    }
    const alternatives = parseAlternatives(source, cursor, true);
    cursor.at += 1; // ')'
    return zeroWidth ? { ...item, opaque: true } : { ...item, alternatives };
  }
  if (char === '[') {
    // A class: skip to its unescaped end.
    cursor.at += 1;
    while (cursor.at < source.length && source[cursor.at] !== ']') {
      cursor.at += source[cursor.at] === '\\' ? 2 : 1;
    }
    if (cursor.at >= source.length) throw new Error('unclosed class');
    cursor.at += 1;
    return { ...item, opaque: true };
  }
  if (char === '\\') {
    const next = source[cursor.at + 1];
    if (next === undefined) throw new Error('trailing backslash');
    cursor.at += 2;
    if (OPAQUE_ESCAPES.has(next) || /[0-9]/.test(next)) {
      // \p{...}, \u{...}, \k<name>: skip their argument too.
      if ((next === 'p' || next === 'P' || next === 'u') && source[cursor.at] === '{') {
        cursor.at = source.indexOf('}', cursor.at) + 1;
      }
      if (next === 'k' && source[cursor.at] === '<') cursor.at = source.indexOf('>', cursor.at) + 1;
      return { ...item, opaque: true };
    }
    if (/[a-zA-Z]/.test(next)) return { ...item, opaque: true }; // \n, \t, \f, \cX, ...
    return { ...item, char: next };
  }
  cursor.at += 1;
  if (char === '.' || char === '^' || char === '$') return { ...item, opaque: true };
  return { ...item, char };
}

function applyQuantifier(source: string, cursor: Cursor, item: Item): void {
  const char = source[cursor.at];
  if (char === '?' || char === '*') {
    item.optional = true;
    item.repeats = char === '*';
    cursor.at += 1;
  } else if (char === '+') {
    item.repeats = true;
    cursor.at += 1;
  } else if (char === '{') {
    const match = /^\{(\d*)(,?)(\d*)\}/.exec(source.slice(cursor.at));
    if (!match) return; // a literal "{"
    const min = Number(match[1] || '0');
    const max = match[2] ? (match[3] ? Number(match[3]) : Infinity) : min;
    item.optional = min === 0;
    item.repeats = max > 1;
    cursor.at += match[0].length;
  } else {
    return;
  }
  if (source[cursor.at] === '?') cursor.at += 1; // lazy
}
