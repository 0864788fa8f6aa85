import { z } from 'zod';
import { localizedSchema, type Localized } from '../../catalog/schema.js';

/** A known confusion between organisations, resolved by cues in the question (data/routing-rules.json). */
export const routingRuleSchema = z.object({
  id: z.string().min(1),
  /** Every group must have a cue in the question; a cue is a word or a short phrase. */
  all: z.array(z.array(z.string().min(2)).min(1)).min(1),
  /** No cue of this list may occur. */
  none: z.array(z.string().min(2)).default([]),
  agency: z.string().min(1),
  topic: z.string().optional(),
  why: localizedSchema,
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const routingRulesSchema = z.object({ rules: z.array(routingRuleSchema) });

/** A rule that fired: the agency it points to and the sentence that explains the confusion. */
export interface RuleMatch {
  id: string;
  agency: string;
  topic?: string;
  why: Localized;
}

/**
 * Compiles the rules against the router's own analysis of words (stems plus compound parts), so
 * a cue "boete" also fires on "verkeersboete" and "betal" on "betaald" and "terugbetalen". A cue
 * of several words must occur as written: its words next to each other.
 */
export function compileRules(
  rules: readonly RoutingRule[],
  analyseCue: (phrase: string) => string[][],
): (literal: ReadonlySet<string>) => RuleMatch[] {
  const compiled = rules.map((rule) => ({
    rule,
    all: rule.all.map((group) => group.map(analyseCue)),
    none: rule.none.map(analyseCue),
  }));
  const present = (literal: ReadonlySet<string>, cue: string[][]) =>
    cue.length > 0 && cue.every((alternatives) => alternatives.some((term) => literal.has(term)));

  return (literal) =>
    compiled
      .filter(
        ({ all, none }) =>
          all.every((group) => group.some((cue) => present(literal, cue))) &&
          !none.some((cue) => present(literal, cue)),
      )
      .map(({ rule }) => ({
        id: rule.id,
        agency: rule.agency,
        ...(rule.topic ? { topic: rule.topic } : {}),
        why: rule.why,
      }));
}
