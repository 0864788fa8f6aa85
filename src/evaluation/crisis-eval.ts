import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CrisisTest } from '../core/crisis.js';
import { EVAL_FOLDER } from './eval-texts.js';

const itemSchema = z.strictObject({
  text: z.string().min(1),
  kind: z.enum(['emergency', 'suicide', 'violence', 'sexual-violence', 'none']),
  lang: z.enum(['nl', 'en']),
  source: z.literal('written'),
});

/** A message of the crisis probes; `source` is "written" or the page a real one was quoted from. */
export type CrisisProbe = Omit<z.infer<typeof itemSchema>, 'source'> & { source: string };
export type ProbeHalf = 'read' | 'unread';
type Halves = Record<ProbeHalf, CrisisProbe[]>;

/** Each valid line of a probe file, with its number; a line that is not says where it is. */
function probeLines<T>(folder: URL, file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(new URL(file, folder), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/**
 * The written crisis probes (session 23): messages of people in danger by five writers who
 * never saw the crisis phrases (`crisis-written*.jsonl`), and calm messages with words that only
 * sound like a crisis (`crisis-written-calm*.jsonl`). In each file the odd lines (1, 3, …) may be
 * read to widen the phrases; the even lines never are, so they stay a blind measure.
 */
export function loadCrisisProbes(folder: URL = EVAL_FOLDER): Record<'crisis' | 'calm', Halves> {
  const files = readdirSync(folder).sort();
  const read = (pattern: RegExp) => {
    const halves: Halves = { read: [], unread: [] };
    for (const file of files.filter((name) => pattern.test(name))) {
      probeLines(folder, file, itemSchema).forEach((probe, index) => {
        halves[index % 2 === 0 ? 'read' : 'unread'].push(probe);
      });
    }
    return halves;
  };
  return {
    crisis: read(/^crisis-written\d*\.jsonl$/),
    calm: read(/^crisis-written-calm\d*\.jsonl$/),
  };
}

const realItemSchema = itemSchema.extend({
  source: z.string().url(),
  /**
   * Decided by the source page (the parity of its URL's SHA-1) before anyone read an item;
   * session 26's collection is unread whole (its read half, learned, moved the unread figures
   * the wrong way; ADR 14).
   */
  half: z.enum(['read', 'unread']),
});

/**
 * Real crisis phrasing (session 24): what people in danger wrote in forums, letters to advice
 * columns, diaries, and what news quoted of them and of 112 calls, each with its page
 * (`crisis-real.jsonl`), and calm passages with the same words (`crisis-real-calm.jsonl`). The
 * halves go by source page, so that two quotes of one page are never on both sides. Since
 * session 29 the collections of sessions 24 to 26 are all read, and a fresh collection from new
 * pages is the unread half.
 */
export function loadRealCrisisProbes(folder: URL = EVAL_FOLDER): Record<'crisis' | 'calm', Halves> {
  const read = (file: string) => {
    const halves: Halves = { read: [], unread: [] };
    for (const { half, ...probe } of probeLines(folder, file, realItemSchema)) {
      halves[half].push(probe);
    }
    return halves;
  };
  return { crisis: read('crisis-real.jsonl'), calm: read('crisis-real-calm.jsonl') };
}

export interface CrisisReport {
  total: number;
  /** Messages where a crisis was heard at all. */
  heard: number;
  /** Messages where the crisis heard is the one labelled ("none" for calm messages). */
  right: number;
  misses: CrisisProbe[];
}

/** How many probes `crisisIn` reads as labelled; a calm message is right when nothing is heard. */
export function evaluateCrisis(crisisIn: CrisisTest, probes: readonly CrisisProbe[]): CrisisReport {
  const report: CrisisReport = { total: probes.length, heard: 0, right: 0, misses: [] };
  for (const probe of probes) {
    const kind = crisisIn(probe.text)?.kind ?? 'none';
    if (kind !== 'none') report.heard += 1;
    if (kind === probe.kind) report.right += 1;
    else report.misses.push(probe);
  }
  return report;
}
