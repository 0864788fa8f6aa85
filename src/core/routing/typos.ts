/**
 * Typo tolerance: finds the catalog word a misspelt word was meant to be ("kinderbijslah" →
 * "kinderbijslag", "verblijfsvergunnig" → "verblijfsvergunning"). One slip is corrected in words
 * of `minLength` letters or more, two in words of `twoSlipsFrom` letters or more; a slip is a
 * letter too many, too few, wrong, or two letters swapped.
 *
 * Lookup follows the symmetric-delete idea: every catalog word is stored under itself and each
 * form with one letter left out, so a query word needs only its own deletions looked up, never
 * a scan of the whole vocabulary. The table is built on the first unknown word, not at start.
 */
export interface SpellingOptions {
  minLength: number;
  twoSlipsFrom: number;
}

export const DEFAULT_SPELLING: SpellingOptions = { minLength: 5, twoSlipsFrom: 9 };

export function createSpellingCorrector(
  vocabulary: Iterable<string>,
  options: SpellingOptions = DEFAULT_SPELLING,
): (word: string) => string | undefined {
  const words = [...new Set(vocabulary)].filter((word) => word.length >= options.minLength - 1);
  let table: Map<string, string[]> | undefined;
  const cache = new Map<string, string | undefined>();

  function build(): Map<string, string[]> {
    const built = new Map<string, string[]>();
    const add = (key: string, word: string) => {
      const list = built.get(key);
      if (!list) built.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    };
    for (const word of words) {
      add(word, word);
      for (const variant of deletions(word)) add(variant, word);
    }
    return built;
  }

  return function correct(word: string): string | undefined {
    if (word.length < options.minLength || /\d/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    table ??= build();
    const maxSlips = word.length >= options.twoSlipsFrom ? 2 : 1;
    const keys = new Set([word, ...deletions(word)]);
    if (maxSlips === 2) for (const key of [...keys]) for (const d of deletions(key)) keys.add(d);

    let best: string | undefined;
    let bestDistance = maxSlips + 1;
    for (const key of keys) {
      for (const candidate of table.get(key) ?? []) {
        if (candidate === word) return remember(word, undefined);
        const distance = slips(word, candidate, maxSlips);
        if (
          distance < bestDistance ||
          (distance === bestDistance && prefer(word, candidate, best))
        ) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return remember(word, best);
  };

  function remember(word: string, result: string | undefined) {
    if (cache.size > 5000) cache.clear();
    cache.set(word, result);
    return result;
  }
}

/** Among equally close words, prefer one with the same first letter, then the same length. */
function prefer(word: string, candidate: string, current: string | undefined): boolean {
  if (!current) return true;
  const score = (w: string) => (w[0] === word[0] ? 2 : 0) + (w.length === word.length ? 1 : 0);
  const [a, b] = [score(candidate), score(current)];
  return a !== b ? a > b : candidate < current;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping as soon as
 * it exceeds `max`.
 */
export function slips(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] as number;
}
