/**
 * Literals a regular expression cannot match without: a cheap test run before the expression
 * itself. The lexicon holds hundreds of pattern cues and almost none match a given message, so
 * checking `text.includes(anchor)` first skips most regex runs (the largest share of a chat
 * turn's CPU otherwise).
 *
 * The analysis is conservative: when it cannot be sure, it returns `undefined` and the pattern
 * always runs. It understands literal characters, escaped punctuation, groups with alternatives
 * and quantifiers; classes, `.`, `\s`-style escapes, anchors and lookarounds only end a literal.
 * It runs once per pattern when the detector is built, on the first chat turn of a process or
 * Worker isolate, over some hundred thousand characters of patterns: hence one native regex to
 * cut a pattern into tokens, and a run of plain characters handled as one string.
 */

/** Minimum useful anchor length: a shorter literal occurs in almost every message. */
const MIN_LENGTH = 2;

type Item =
  /** Plain text that must occur as it stands (a quantifier ends it, see `parseTokens`). */
  | { kind: 'literal'; text: string; optional: boolean; repeats: boolean }
  /** A group: one of its alternatives occurs. */
  | { kind: 'group'; alternatives: Item[][]; optional: boolean; repeats: boolean }
  /** Zero-width or unknown content: ends a literal, contributes nothing. */
  | { kind: 'opaque'; optional: boolean; repeats: boolean };

/**
 * Literals of which at least one occurs in any text the pattern matches, or `undefined` when
 * the pattern does not allow such a conclusion.
 */
export function requiredLiterals(pattern: string): string[] | undefined {
  let parsed: Item[][];
  try {
    const tokens = tokenize(pattern);
    const cursor = { at: 0 };
    parsed = parseTokens(tokens, cursor, false);
  } catch {
    return undefined;
  }
  return anchorsOfAlternatives(parsed);
}

/** A test for `text` that is false only when the pattern cannot match it. */
export function anchorTest(pattern: string): (text: string) => boolean {
  const anchors = requiredLiterals(pattern);
  return anchors ? (text) => containsAny(text, anchors) : alwaysTrue;
}

function containsAny(text: string, anchors: readonly string[]): boolean {
  for (const anchor of anchors) if (text.includes(anchor)) return true;
  return false;
}

function alwaysTrue(): boolean {
  return true;
}

function anchorsOfAlternatives(alternatives: Item[][]): string[] | undefined {
  const all = new Set<string>();
  for (const sequence of alternatives) {
    const anchors = anchorsOfSequence(sequence);
    if (!anchors) return undefined;
    for (const anchor of anchors) all.add(anchor);
  }
  return [...all];
}

/**
 * The most selective required part of a sequence: a run of required literal text, or a
 * required group. Most selective: its shortest literal is the longest.
 */
function anchorsOfSequence(sequence: Item[]): string[] | undefined {
  let best: string[] | undefined;
  let bestStrength = 0;
  const consider = (anchors: string[]) => {
    const strength = shortest(anchors);
    if (strength > bestStrength) {
      best = anchors;
      bestStrength = strength;
    }
  };
  let run = '';
  for (const item of sequence) {
    if (item.kind === 'literal' && !item.optional) {
      run += item.text;
      if (!item.repeats) continue;
    }
    if (run.length >= MIN_LENGTH) consider([run]);
    run = '';
    if (item.kind === 'group' && !item.optional) {
      const inner = anchorsOfAlternatives(item.alternatives);
      if (inner) consider(inner);
    }
  }
  if (run.length >= MIN_LENGTH) consider([run]);
  return best;
}

function shortest(anchors: readonly string[]): number {
  let length = Infinity;
  for (const anchor of anchors) if (anchor.length < length) length = anchor.length;
  return length;
}

const TOKEN =
  /\\[pPu]\{[^}]*\}|\\k<[^>]*>|\\.|\[(?:\\.|[^\]\\])*\]|\((?:\?(?:[:=!]|<[=!]|<[a-zA-Z]\w*>))?|[)|.^$]|[?*+]\??|\{\d*,?\d*\}\??|[^\\[\](){}|.^$?*+]+|[{}]/gy;
const ESCAPE_WITHOUT_LITERAL = /^\\[a-zA-Z0-9]/;
const LOOKAROUND = /^\(\?<?[=!]/;
const BOUNDS = /^\{(\d*)(,?)(\d*)\}/;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const match = TOKEN.exec(source);
    if (!match) throw new Error(`cannot read the pattern at ${TOKEN.lastIndex}`);
    tokens.push(match[0]);
  }
  return tokens;
}

/** Reads tokens up to the end, or up to the `)` that closes the group being read. */
function parseTokens(tokens: string[], cursor: { at: number }, inGroup: boolean): Item[][] {
  const alternatives: Item[][] = [[]];
  let sequence = alternatives[0] as Item[];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at] as string;
    cursor.at += 1;
    const first = token[0];
    if (first === ')') {
      if (!inGroup) throw new Error('unbalanced');
      return alternatives;
    }
    if (first === '|') {
      sequence = [];
      alternatives.push(sequence);
    } else if (first === '(') {
      const inner = parseTokens(tokens, cursor, true);
      sequence.push(
        LOOKAROUND.test(token)
          ? { kind: 'opaque', optional: false, repeats: false }
          : { kind: 'group', alternatives: inner, optional: false, repeats: false },
      );
    } else if (
      first === '?' ||
      first === '*' ||
      first === '+' ||
      (first === '{' && BOUNDS.test(token))
    ) {
      quantify(sequence, token);
    } else if (first === '\\' && !ESCAPE_WITHOUT_LITERAL.test(token)) {
      sequence.push({ kind: 'literal', text: token.slice(1), optional: false, repeats: false });
    } else if (first === '\\' || first === '[' || first === '.' || first === '^' || first === '$') {
      // \s, \w, \d, \b, \p{..}, back references, \n, \t, \cX; classes, any character, anchors.
      sequence.push({ kind: 'opaque', optional: false, repeats: false });
    } else {
      sequence.push({ kind: 'literal', text: token, optional: false, repeats: false });
    }
  }
  if (inGroup) throw new Error('unclosed group');
  return alternatives;
}

/** Applies a quantifier to what precedes it: in a run of text, only to its last character. */
function quantify(sequence: Item[], token: string): void {
  let last = sequence.pop();
  if (!last) throw new Error('nothing to repeat');
  if (last.kind === 'literal' && last.text.length > 1) {
    sequence.push({ ...last, text: last.text.slice(0, -1) });
    last = { ...last, text: last.text.slice(-1) };
  }
  const first = token[0];
  let optional: boolean;
  let repeats: boolean;
  if (first === '{') {
    const [, low = '', comma = '', high = ''] = BOUNDS.exec(token) ?? [];
    const min = Number(low || '0');
    const max = comma ? (high ? Number(high) : Infinity) : min;
    optional = min === 0;
    repeats = max > 1;
  } else {
    optional = first !== '+';
    repeats = first !== '?';
  }
  sequence.push({
    ...last,
    optional: last.optional || optional,
    repeats: last.repeats || repeats,
  });
}
