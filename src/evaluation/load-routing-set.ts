import { readdirSync, readFileSync } from 'node:fs';
import { parseRoutingSet, type RoutingItem } from './routing-set.js';

const FOLDER = new URL('../../data/eval/', import.meta.url);

/** The whole labelled routing set: every `data/eval/routing*.jsonl`, files in name order. */
export function loadRoutingSet(folder: URL = FOLDER): RoutingItem[] {
  return readdirSync(folder)
    .filter((file) => /^routing.*\.jsonl$/.test(file))
    .sort()
    .flatMap((file) => parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file));
}
