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
  return readdirSync(folder)
    .filter((file) => /^routing.*\.jsonl$/.test(file))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => ({
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
 * Even lines may be read to widen the vocabulary; odd lines never are (see `probeHalf`).
 */
export function loadCoverageProbes(folder: URL = EVAL_FOLDER): RoutingItem[] {
  return readdirSync(folder)
    .filter((file) => /^coverage.*\.jsonl$/.test(file))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap((file) => parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file));
}

/** The half of the coverage probes that may be read, and the half that is only ever measured. */
export const probeHalf = (index: number): 'read' | 'unread' =>
  index % 2 === 0 ? 'read' : 'unread';
