import { readdirSync, readFileSync } from 'node:fs';
import { EVAL_FOLDER } from './eval-texts.js';
import { parseRoutingSet, type RoutingItem } from './routing-set.js';

/**
 * Each labelled collection (`data/eval/routing*.jsonl`) on its own, in collection order
 * (numeric: part10 after part9, so adding a collection never moves an older question between the
 * development split and the held-out third).
 */
export function loadRoutingCollections(
  folder: URL = EVAL_FOLDER,
): { file: string; items: RoutingItem[] }[] {
  return jsonlFiles(folder, /^routing.*\.jsonl$/).map((file) => ({
    file,
    items: parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file),
  }));
}

/** The whole labelled routing set: every collection, in file order. */
export function loadRoutingSet(folder: URL = EVAL_FOLDER): RoutingItem[] {
  return loadRoutingCollections(folder).flatMap(({ items }) => items);
}

/**
 * The written coverage probes (`data/eval/coverage-*.jsonl`): short questions about every product
 * of every organisation, written by a helper who never saw the router. Not real phrasing, so they
 * stay out of the labelled set; they show whether the catalog covers what each organisation does.
 * In each file, odd lines (1, 3, …) may be read to widen the vocabulary; even lines never are.
 * The half is fixed per file, so a new file never moves a probe from one half to the other.
 */
export function loadCoverageProbes(folder: URL = EVAL_FOLDER): Record<ProbeHalf, RoutingItem[]> {
  const halves: Record<ProbeHalf, RoutingItem[]> = { read: [], unread: [] };
  for (const file of jsonlFiles(folder, /^coverage.*\.jsonl$/)) {
    parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file).forEach((item, index) =>
      halves[index % 2 === 0 ? 'read' : 'unread'].push(item),
    );
  }
  return halves;
}

export type ProbeHalf = 'read' | 'unread';

/**
 * Messages of people who are stuck (the stuck-signal chat sets: long stories, anger, broken
 * Dutch, complaints about the chat itself), labelled afterwards with who can help by helpers who
 * never saw the router. Many name no subject ("dit is al de 5e keer"): those should be asked
 * back. `stories-read-*.jsonl` may be read while tuning; `stories-unread-*.jsonl` never are.
 */
export function loadStoryProbes(folder: URL = EVAL_FOLDER): Record<ProbeHalf, RoutingItem[]> {
  const load = (half: ProbeHalf) =>
    jsonlFiles(folder, new RegExp(`^stories-${half}-.*\\.jsonl$`)).flatMap((file) =>
      parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file),
    );
  return { read: load('read'), unread: load('unread') };
}

/** The files of a folder whose names match, in numeric order (part10 after part9). */
function jsonlFiles(folder: URL, pattern: RegExp): string[] {
  return readdirSync(folder)
    .filter((file) => pattern.test(file))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
