// The hyphen package ships no types and @types/hyphen is not installed; this declares only what
// src/quality/readability.ts uses.

declare module 'hyphen' {
  /** Liang hyphenation patterns as the package stores them (opaque to callers). */
  export type HyphenationPatterns = readonly unknown[];

  export interface HyphenatorOptions {
    /** Character inserted at each hyphenation point; defaults to U+00AD (soft hyphen). */
    hyphenChar?: string;
    /** Words shorter than this are left alone; defaults to 5. */
    minWordLength?: number;
    /** Skip HTML tags; defaults to true. */
    html?: boolean;
    /** Words with their hyphenation given, such as "ta-ble". */
    exceptions?: string[];
  }

  /** Returns a synchronous hyphenator for one language's patterns. */
  export default function createHyphenator(
    patterns: HyphenationPatterns,
    options?: HyphenatorOptions,
  ): (text: string, options?: HyphenatorOptions) => string;
}

declare module 'hyphen/patterns/nl.js' {
  import type { HyphenationPatterns } from 'hyphen';

  /** Dutch patterns (from TeX's hyph-nl). */
  const patterns: HyphenationPatterns;
  export default patterns;
}
