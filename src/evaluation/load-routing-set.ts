import { readdirSync, readFileSync } from 'node:fs';
import { EVAL_FOLDER } from './eval-texts.js';
import { parseRoutingSet, type RoutingItem } from './routing-set.js';

/** The whole labelled routing set: every `data/eval/routing*.jsonl`, files in name order. */
export function loadRoutingSet(folder: URL = EVAL_FOLDER): RoutingItem[] {
  return readdirSync(folder)
    .filter((file) => /^routing.*\.jsonl$/.test(file))
    .sort()
    .flatMap((file) => parseRoutingSet(readFileSync(new URL(file, folder), 'utf8'), file));
}
