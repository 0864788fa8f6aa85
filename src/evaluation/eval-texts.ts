import { readdirSync, readFileSync } from 'node:fs';

/** `data/eval/`: the labelled sets of the routing and stuck-signal evaluations. */
export const EVAL_FOLDER = new URL('../../data/eval/', import.meta.url);

/**
 * Every text the labelled sets hold (stuck phrasings, ordinary messages, routing questions),
 * labels aside: real text to time the detector on, or to check a pattern property against.
 */
export function loadEvalTexts(folder: URL = EVAL_FOLDER): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(new URL(file, folder), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => {
      const item = JSON.parse(line) as { text?: string; question?: string };
      return item.text ?? item.question ?? '';
    });
}
