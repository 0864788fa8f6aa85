/**
 * Writes `data/generated/agencies/<id>.json`: each agency as the app loads it, which is
 * `data/agencies/<id>.json` without its provenance (the `sources` of the agency and the `source`
 * of every phone line and of its number from abroad). The provenance tells whoever edits the catalog where each fact was
 * read; no code reads it at run time, and in the Worker bundle it cost about 6.5 KiB gzipped
 * (ADR 12). Every source file is checked with the schema that requires the provenance first.
 *
 *   npm run catalog:generate
 *
 * Run it after every change to data/agencies/; tests/catalog/runtime-data.test.ts fails while
 * a generated file is out of date.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { agencyFileSchema } from '../src/catalog/schema.js';

export const AGENCY_SOURCES = fileURLToPath(new URL('../data/agencies/', import.meta.url));
export const AGENCY_RUNTIME = fileURLToPath(
  new URL('../data/generated/agencies/', import.meta.url),
);

/** The file names of the catalog's agencies, e.g. "uwv.json". */
export function agencyFiles(dir = AGENCY_SOURCES): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
}

/** The text the generated file must hold for an agency's source text; throws on bad data. */
export function runtimeAgencyText(file: string, source: string): string {
  const agency = JSON.parse(source) as {
    sources?: unknown;
    phones: { source?: unknown; numberAbroad?: { source?: unknown } }[];
  };
  const checked = agencyFileSchema.safeParse(agency);
  if (!checked.success) {
    throw new Error(`data/agencies/${file}: ${checked.error.message}`);
  }
  // The parsed JSON, not zod's output, so that the copy keeps every field as it was written.
  delete agency.sources;
  for (const line of agency.phones) {
    delete line.source;
    delete line.numberAbroad?.source;
  }
  return `${JSON.stringify(agency)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  rmSync(AGENCY_RUNTIME, { recursive: true, force: true });
  mkdirSync(AGENCY_RUNTIME, { recursive: true });
  for (const file of agencyFiles()) {
    const text = runtimeAgencyText(file, readFileSync(join(AGENCY_SOURCES, file), 'utf8'));
    writeFileSync(join(AGENCY_RUNTIME, file), text);
  }
  console.log(`wrote ${agencyFiles().length} agencies to ${AGENCY_RUNTIME}`);
}
