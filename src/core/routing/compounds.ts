/**
 * Splits Dutch compounds into known parts: "kinderopvangtoeslag" → kinderopvang, toeslag,
 * kinder, opvang. Dutch writes compounds as one word, so "toeslag" must find "huurtoeslag".
 * The vocabulary comes from the catalog's own terms; linking sounds (-s-, -en-, -e-) between
 * parts are allowed, as in "belasting-s-aangifte".
 */
export function createDecompounder(vocabulary: ReadonlySet<string>, minPart = 3) {
  const cache = new Map<string, string[]>();
  const LINKS = ['', 's', 'en', 'e'];

  function splitOnce(word: string): [string, string] | undefined {
    // Prefer the longest known head, so "kinderopvang|toeslag" wins over "kinder|opvangtoeslag".
    for (let i = word.length - minPart; i >= minPart; i -= 1) {
      const head = word.slice(0, i);
      if (!vocabulary.has(head)) continue;
      for (const link of LINKS) {
        const rest = word.slice(i);
        if (!rest.startsWith(link)) continue;
        const tail = rest.slice(link.length);
        if (tail.length >= minPart && (vocabulary.has(tail) || parts(tail).length > 0)) {
          return [head, tail];
        }
      }
    }
    return undefined;
  }

  /** The known parts inside `word`, deepest first; empty when it is not a known compound. */
  function parts(word: string): string[] {
    const cached = cache.get(word);
    if (cached) return cached;
    cache.set(word, []); // guards against cycles while this word is being split
    const split = word.length >= minPart * 2 ? splitOnce(word) : undefined;
    const result = split ? [...new Set(split.flatMap((part) => [part, ...parts(part)]))] : [];
    cache.set(word, result);
    return result;
  }

  return parts;
}
