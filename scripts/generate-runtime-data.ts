/**
 * Writes `data/generated/<name>.json` for every data file the app bundles as it is written:
 * the source in `data/` without its `$comment` fields, and without `sources` where those only
 * record where a text was read (`stuck-help.json`). The comments and the provenance are for
 * whoever edits the data; no code reads them at run time, and in the Worker bundle they cost
 * kilobytes that the vocabulary needs (ADR 8, session 7; ADR 12, session 23).
 *
 *   npm run data:generate
 *
 * Run it after every change to one of these files; tests/data/runtime-data.test.ts fails while a
 * generated copy is out of date. The agencies have their own copy (`npm run catalog:generate`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The data files the app loads through a generated copy, and the keys each copy leaves out. */
export const RUNTIME_DATA = {
  'stuck.json': ['$comment'],
  'stuck-help.json': ['$comment', 'sources'],
  'lexicon.json': ['$comment'],
  'routing-rules.json': ['$comment'],
  'outside.json': ['$comment'],
  'crisis.json': ['$comment'],
  'handoff.json': ['$comment'],
  'texts.json': ['$comment'],
  'fallbacks.json': ['$comment'],
  'signal-labels.json': ['$comment'],
  'topic-facts.json': ['$comment', 'source', 'verification'],
} as const satisfies Record<string, readonly string[]>;

export type RuntimeDataFile = keyof typeof RUNTIME_DATA;

export const sourcePath = (file: RuntimeDataFile) =>
  fileURLToPath(new URL(`../data/${file}`, import.meta.url));
export const runtimePath = (file: RuntimeDataFile) =>
  fileURLToPath(new URL(`../data/generated/${file}`, import.meta.url));

/** The stuck lexicon as the app loads it (the model's trainer reads it too). */
export const STUCK_RUNTIME = runtimePath('stuck.json');

/** A JSON value without the given keys, at any depth. */
export function withoutKeys(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((inner) => withoutKeys(inner, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !keys.includes(key))
      .map(([key, inner]) => [key, withoutKeys(inner, keys)]),
  );
}

/** The text the generated copy of `file` must hold for its current source. */
export function runtimeDataText(
  file: RuntimeDataFile,
  source = readFileSync(sourcePath(file), 'utf8'),
): string {
  return `${JSON.stringify(withoutKeys(JSON.parse(source), RUNTIME_DATA[file]))}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = Object.keys(RUNTIME_DATA) as RuntimeDataFile[];
  for (const file of files) writeFileSync(runtimePath(file), runtimeDataText(file));
  console.log(`wrote ${files.length} files to data/generated/`);
}
