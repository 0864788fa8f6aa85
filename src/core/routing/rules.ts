import { z } from 'zod';
import { localizedSchema, type Localized } from '../../catalog/schema.js';

/** A known confusion between organisations, resolved by cues in the question (data/routing-rules.json). */
export const routingRuleSchema = z.object({
  id: z.string().min(1),
  /** Every group must have a cue in the question; a cue is a word or a short phrase. */
  all: z.array(z.array(z.string().min(2)).min(1)).min(1),
  /** No cue of this list may occur. */
  none: z.array(z.string().min(2)).default([]),
  /**
   * Only in a conversation about one of these ("agency" or "agency/topic"): the follow-up
   * form of a confusion, such as paying a fine after asking how to object to it.
   */
  after: z.array(z.string().regex(/^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?$/)).optional(),
  /**
   * Only when the person says they are at least this old ("ik ben 84"): at AOW age a death in
   * the family changes the AOW, and the Anw no longer applies.
   */
  minAge: z.number().int().positive().optional(),
  /**
   * Only when the question names at least this many organisations: debts at the tax office, the
   * CJIB and the insurer are no longer one creditor's to arrange, but the municipality's debt help.
   */
  minNamed: z.number().int().min(2).optional(),
  /**
   * Only when the question holds cues of at least `atLeast` of these groups, each group one kind
   * of thing: arrears with the energy company, the landlord and the insurer are several
   * creditors, whether or not the question names them as organisations.
   */
  several: z
    .object({
      atLeast: z.number().int().min(2),
      of: z.array(z.array(z.string().min(2)).min(1)).min(2),
    })
    .optional(),
  agency: z.string().min(1),
  /**
   * The topic it points to; "" for none, where no topic of the organisation fits what the person
   * needs (a complaint about the UWV is about none of its benefits).
   */
  topic: z.string().optional(),
  /**
   * An intent rule says what the person needs now (take a complaint further, help in person,
   * news of a coming change), not who handles the subject: when one fires, the subject rules
   * step aside ("my kindgebonden budget complaint goes unanswered" is for the ombudsman).
   */
  intent: z.boolean().default(false),
  why: localizedSchema,
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/**
 * The rules file. Named cue lists let several rules share one kind of thing (the words for
 * exchanging a licence, for an employer asking about an employee) instead of copies that drift.
 * Unlike "@word" (a lexicon synonym group, which also changes how questions are searched), a named
 * list is only ever read by rules. Parsing expands every "$name", so the parsed rules hold plain
 * cues and their own why, and no `cues` or `whys` (the input and output types differ).
 */
export const routingRulesSchema = z
  .object({
    cues: z
      .record(
        z.string().regex(/^[a-z][a-z0-9-]*$/),
        // A list is flat: "$name" inside a list would need an order of expansion.
        z.array(z.string().min(2).regex(/^[^$]/, 'a cue list cannot name another list')).min(1),
      )
      .default({}),
    /**
     * Named explanations, for the rule that answers a question outright and its follow-up form
     * in a conversation ("kan die boete weg?" after a tax return): one text, said the same way.
     */
    whys: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), localizedSchema).default({}),
    rules: z.array(
      routingRuleSchema.extend({
        why: z.union([localizedSchema, z.string().regex(/^\$[a-z][a-z0-9-]*$/)]),
      }),
    ),
  })
  .transform(({ cues, whys, rules }, ctx) => {
    const lists = new Map(Object.entries(cues));
    const named = new Map(Object.entries(whys));
    return {
      rules: rules.map((rule, r): RoutingRule => {
        const why = typeof rule.why === 'string' ? named.get(rule.why.slice(1)) : rule.why;
        if (!why) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', r, 'why'],
            message: `no why named ${String(rule.why).slice(1)}`,
          });
        }
        return expandCues({ ...rule, why: why ?? { nl: '', en: '' } }, (cue, place) => {
          if (!cue.startsWith('$')) return [cue];
          const list = lists.get(cue.slice(1));
          if (list) return list;
          ctx.addIssue({
            code: 'custom',
            path: ['rules', r, ...place],
            message: `no cue list named ${cue.slice(1)}`,
          });
          return [];
        });
      }),
    };
  });

/** Where a cue stands in its rule: its group and place in `all` or `several`, or in `none`. */
export type CuePlace = ['all', number, number] | ['none', number] | ['several', number, number];

/**
 * The rule with every cue replaced by what `expand` makes of it: a named list of the rules file
 * ("$licence-exchange") when it is parsed, a lexicon synonym group ("@buitenland") in the router.
 */
export function expandCues(
  rule: RoutingRule,
  expand: (cue: string, place: CuePlace) => readonly string[],
): RoutingRule {
  return {
    ...rule,
    all: rule.all.map((group, g) => group.flatMap((cue, c) => expand(cue, ['all', g, c]))),
    none: rule.none.flatMap((cue, c) => expand(cue, ['none', c])),
    ...(rule.several
      ? {
          several: {
            atLeast: rule.several.atLeast,
            of: rule.several.of.map((group, g) =>
              group.flatMap((cue, c) => expand(cue, ['several', g, c])),
            ),
          },
        }
      : {}),
  };
}

/** A rule that fired: the agency it points to and the sentence that explains the confusion. */
export interface RuleMatch {
  id: string;
  agency: string;
  topic?: string;
  why: Localized;
  /** Fired because of the conversation's subject, which the question itself may not name. */
  followUp: boolean;
  intent: boolean;
  /** Fired because of the age the person stated ("ik ben 76"), which other rules ignore. */
  forAge: boolean;
}

/** What the conversation is about, for rules with `after`. */
export interface RuleContext {
  agencyId?: string | null;
  topicId?: string | null;
  /** The age the person states about themselves, if any. */
  age?: number;
  /** How many organisations the question names. */
  named?: number;
}

/**
 * Compiles the rules against the router's own analysis of words (stems plus compound parts), so
 * a cue "boete" also fires on "verkeersboete" and "betal" on "betaald" and "terugbetalen". A cue
 * of several words must occur as written: its words next to each other.
 */
export function compileRules(
  rules: readonly RoutingRule[],
  analyseCue: (phrase: string) => string[][],
): (literal: ReadonlySet<string>, context?: RuleContext) => RuleMatch[] {
  const compiled = rules.map((rule) => ({
    rule,
    all: rule.all.map((group) => group.map(analyseCue)),
    none: rule.none.map(analyseCue),
    several: rule.several && {
      atLeast: rule.several.atLeast,
      of: rule.several.of.map((group) => group.map(analyseCue)),
    },
  }));
  const present = (literal: ReadonlySet<string>, cue: string[][]) =>
    cue.length > 0 && cue.every((alternatives) => alternatives.some((term) => literal.has(term)));

  const about = (rule: RoutingRule, context: RuleContext) =>
    !rule.after ||
    rule.after.some((subject) => {
      const [agency, topic] = subject.split('/');
      return agency === context.agencyId && (topic === undefined || topic === context.topicId);
    });

  // Every rule needs a cue of each group, so a rule can only fire when the question holds a term
  // of its smallest group: that group's terms point to the rule, and only rules a term of the
  // question points to are checked in full (most of the rules are about other subjects).
  const byTerm = new Map<string, number[]>();
  compiled.forEach(({ all }, r) => {
    const anchors = all.map((group) => new Set(group.flatMap((cue) => cue[0] ?? [])));
    const smallest = anchors.reduce((a, b) => (b.size < a.size ? b : a));
    for (const term of smallest) byTerm.set(term, [...(byTerm.get(term) ?? []), r]);
  });

  return (literal, context = {}) => {
    const candidates = new Set<number>();
    for (const term of literal) for (const r of byTerm.get(term) ?? []) candidates.add(r);
    return [...candidates]
      .sort((a, b) => a - b)
      .map((r) => compiled[r] as (typeof compiled)[number])
      .filter(
        ({ rule, all, none, several }) =>
          about(rule, context) &&
          (rule.minAge === undefined || (context.age ?? 0) >= rule.minAge) &&
          (rule.minNamed === undefined || (context.named ?? 0) >= rule.minNamed) &&
          all.every((group) => group.some((cue) => present(literal, cue))) &&
          (!several ||
            several.of.filter((group) => group.some((cue) => present(literal, cue))).length >=
              several.atLeast) &&
          !none.some((cue) => present(literal, cue)),
      )
      .map(({ rule }) => ({
        id: rule.id,
        agency: rule.agency,
        ...(rule.topic !== undefined ? { topic: rule.topic } : {}),
        why: rule.why,
        followUp: rule.after !== undefined,
        intent: rule.intent,
        forAge: rule.minAge !== undefined,
      }));
  };
}
