import { z } from 'zod';

/**
 * The real Dutch and English words that typo tolerance would otherwise "correct" into a catalog
 * word (data/real-words.json, made by `npm run words:generate` from the dictionaries Debian
 * ships). Only those words matter, but they are many (about 15,000), so they travel as a Bloom
 * filter: about 18 KiB instead of 45 KiB gzipped in the Worker. A filter never misses a word it
 * holds; a misspelling it wrongly takes for a real word (the set false-positive rate, 1 %) is
 * left as written, as before typo tolerance existed.
 */
export const realWordsSchema = z.object({
  $comment: z.string().optional(),
  /** Where the words come from, for attribution and regeneration. */
  sources: z.array(z.string().min(1)).min(1),
  words: z.number().int().nonnegative(),
  /**
   * SHA-256 of what typo tolerance corrects towards (the catalog's words and the lexicon) when
   * the filter was made: a test compares it with today's, so a stale filter is noticed.
   */
  vocabulary: z.string().regex(/^[0-9a-f]{64}$/),
  falsePositiveRate: z.number().positive().lt(1),
  bits: z.number().int().positive(),
  hashes: z.number().int().positive(),
  /** The filter's bits, base64. */
  filter: z.string(),
});
export type RealWords = z.infer<typeof realWordsSchema>;

/** The filter's parameters for `count` words at false-positive rate `rate` (the textbook sizes). */
export function filterSize(count: number, rate: number): { bits: number; hashes: number } {
  const bits = Math.max(8, Math.ceil((-count * Math.log(rate)) / Math.LN2 ** 2));
  const hashes = Math.max(1, Math.round((bits / Math.max(count, 1)) * Math.LN2));
  return { bits, hashes };
}

/**
 * Builds the filter for `words` (the generator's half). A Bloom filter wrongly holds about
 * `falsePositiveRate` of all other words, so now and then a common slip ("kinderbijslah") would
 * be taken for a real word and left uncorrected; the filter grows a little until none of
 * `knownSlips` is held.
 */
export function buildRealWords(
  words: Iterable<string>,
  falsePositiveRate: number,
  about: Pick<RealWords, 'sources' | 'vocabulary'>,
  knownSlips: readonly string[] = [],
): RealWords {
  const unique = [...new Set(words)].sort();
  const { bits: start, hashes } = filterSize(unique.length, falsePositiveRate);
  const slips = knownSlips.filter((slip) => !unique.includes(slip));
  for (let bits = start; ; bits += Math.ceil(start / 200)) {
    const data = { ...about, words: unique.length, falsePositiveRate, bits, hashes };
    const filter = { ...data, filter: toBase64(fill(unique, bits, hashes)) };
    if (!slips.some(realWordTest(filter))) return filter;
  }
}

function fill(words: readonly string[], bits: number, hashes: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  for (const word of words) {
    for (const position of positions(word, bits, hashes)) {
      bytes[position >> 3] = (bytes[position >> 3] ?? 0) | (1 << (position & 7));
    }
  }
  return bytes;
}

/** Whether a word is (probably) one of the filter's words. */
export function realWordTest(data: RealWords): (word: string) => boolean {
  const bytes = fromBase64(data.filter);
  if (bytes.length * 8 < data.bits) {
    throw new Error(`real words: the filter has ${bytes.length * 8} bits, expected ${data.bits}`);
  }
  return (word) =>
    positions(word, data.bits, data.hashes).every(
      (position) => ((bytes[position >> 3] ?? 0) & (1 << (position & 7))) !== 0,
    );
}

/**
 * The filter positions of a word: double hashing (h1 + i·h2) over two 32-bit FNV-1a hashes with
 * different offsets, the usual way to get k independent-enough hashes from two.
 */
function positions(word: string, bits: number, hashes: number): number[] {
  const h1 = fnv1a(word, 0x811c9dc5);
  const h2 = fnv1a(word, 0x01000193) | 1;
  const out: number[] = [];
  for (let i = 0; i < hashes; i += 1) out.push(((h1 + Math.imul(i, h2)) >>> 0) % bits);
  return out;
}

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
