/**
 * Writes `data/generated/stuck.json`: the stuck-signal lexicon as the app loads it, which is
 * `data/stuck.json` without its `$comment` fields. The comments explain each cue to whoever edits
 * the lexicon; the detector never reads them, and in the Worker bundle they cost about a quarter
 * of the lexicon's compressed size (ADR 8, session 7).
 *
 *   npm run stuck:generate
 *
 * Run it after every change to data/stuck.json; tests/core/stuck/runtime-data.test.ts fails while
 * the generated file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const STUCK_SOURCE = fileURLToPath(new URL('../data/stuck.json', import.meta.url));
export const STUCK_RUNTIME = fileURLToPath(
  new URL('../data/generated/stuck.json', import.meta.url),
);

/** A JSON value without any `$comment` key, at any depth. */
export function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$comment')
      .map(([key, inner]) => [key, withoutComments(inner)]),
  );
}

/** The text the generated file must hold for the current source. */
export function runtimeStuckText(source = readFileSync(STUCK_SOURCE, 'utf8')): string {
  return `${JSON.stringify(withoutComments(JSON.parse(source)))}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(STUCK_RUNTIME, runtimeStuckText());
  console.log(`wrote ${STUCK_RUNTIME}`);
}
