import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { aliasesSchema, type Aliases } from '../../src/core/english-aliases.js';

/**
 * English words for Dutch stems (`data/stuck-english.json`), read by the stuck trainer: it writes
 * them into the model file, so the runtime reads no other file.
 */
export const STUCK_ENGLISH_FILE = fileURLToPath(
  new URL('../../data/stuck-english.json', import.meta.url),
);

export const stuckEnglishSchema = z.strictObject({
  $comment: z.string(),
  words: aliasesSchema,
});

/** The word list, or none when `ALIASES=off` (to measure what the aliases do). */
export function loadEnglishAliases(): Aliases {
  if (process.env.ALIASES === 'off') return {};
  return stuckEnglishSchema.parse(JSON.parse(readFileSync(STUCK_ENGLISH_FILE, 'utf8'))).words;
}
