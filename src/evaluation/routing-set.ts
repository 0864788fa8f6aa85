import { z } from 'zod';

/** One labelled question of the routing evaluation set (`data/eval/routing-*.jsonl`). */
export const routingItemSchema = z.object({
  question: z.string().min(1),
  /** Every agency that is a right answer; empty for a question that should be asked back. */
  accepted: z.array(z.string()),
  lang: z.enum(['nl', 'en']),
  needsContext: z.boolean().default(false),
  /** False for questions without a subject, where asking back is the right answer. */
  clear: z.boolean().default(true),
  context: z.object({ previous: z.string(), agency: z.string() }).optional(),
  /**
   * The topics whose answer helps, as "agency/topic"; "agency/" when the organisation is right but
   * none of its topics is (the answer should then name no topic). Labelled for some collections.
   */
  topics: z.array(z.string().regex(/^[a-z][a-z-]*\/[a-z0-9-]*$/)).optional(),
  source: z.string().min(1),
});
export type RoutingItem = z.infer<typeof routingItemSchema>;

/** Parses JSON lines; a broken line names its file and line number. */
export function parseRoutingSet(text: string, file: string): RoutingItem[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = routingItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(
          `${file}:${number}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      return parsed.data;
    });
}

/**
 * Which part of the labelled set an item belongs to, by its position in the whole set (files in
 * name order, lines in order). Routing is tuned on the development part only; the held-out third
 * (every third item, starting with the first) tells whether the tuning generalises.
 */
export type RoutingSplit = 'dev' | 'holdout';
export const splitOf = (index: number): RoutingSplit => (index % 3 === 0 ? 'holdout' : 'dev');

/** The items of one split, from the whole set in order. */
export function pickSplit(items: readonly RoutingItem[], split: RoutingSplit): RoutingItem[] {
  return items.filter((_, index) => splitOf(index) === split);
}
