import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { localizedSchema, type Localized } from '../catalog/schema.js';
import { fill } from '../catalog/texts.js';
import { candidatesOf, type Router, type RoutingDecision } from './routing/router.js';
import { words } from './text.js';

export const crisisDataSchema = z.object({
  crises: z
    .array(
      z.object({
        id: z.enum(['suicide', 'violence']),
        agency: z.string().min(1),
        topic: z.string().min(1),
        phrases: z.array(z.string().min(3)).min(1),
        notice: localizedSchema,
      }),
    )
    .min(1),
  notSubjects: z.array(z.string().min(2)),
});
export type CrisisData = z.infer<typeof crisisDataSchema>;
export type CrisisKind = CrisisData['crises'][number]['id'];

/** A message that says a person may be in danger, and the crisis line that helps. */
export interface Crisis {
  kind: CrisisKind;
  agencyId: string;
  topicId: string;
  /** The crisis line's first sentences, with its number filled in from the catalog. */
  notice: Localized;
  /**
   * The message without the crisis words and the words for people and daily life ("mijn man",
   * "op school"): what else the person asks, if anything.
   */
  rest: string;
}

const ANY_WORD = '*';

/**
 * Reads whether a message speaks of suicide or of violence at home. Such a person must get the
 * crisis line first, whatever else the message asks; the router alone read "mijn man slaat
 * mij" as a residence permit for a partner. The first crisis in the data wins, so thoughts of
 * suicide come before violence when a message has both.
 */
export function createCrisisTest(data: CrisisData, catalog: Catalog) {
  const crises = data.crises.map((crisis) => {
    const agency = catalog.agencies.get(crisis.agency);
    const phone = agency?.phones[0]?.number;
    if (!agency || !phone || !agency.topics.some((topic) => topic.id === crisis.topic)) {
      throw new Error(`crisis ${crisis.id}: unknown agency, topic or phone line`);
    }
    return {
      kind: crisis.id,
      agencyId: crisis.agency,
      topicId: crisis.topic,
      notice: {
        nl: fill(crisis.notice.nl, { phone }),
        en: fill(crisis.notice.en, { phone }),
      },
      phrases: crisis.phrases.map(phraseWords).sort((a, b) => b.length - a.length),
    };
  });
  const notSubjects = new Set(data.notSubjects.flatMap(words));
  return function crisisIn(text: string): Crisis | undefined {
    const said = words(text);
    for (const { phrases, ...crisis } of crises) {
      const found = new Set<number>();
      for (let at = 0; at < said.length; at++) {
        const phrase = phrases.find((candidate) => matchesAt(said, candidate, at));
        if (phrase) phrase.forEach((_, i) => found.add(at + i));
      }
      if (found.size > 0) {
        const rest = said.filter((word, i) => !found.has(i) && !notSubjects.has(word));
        return { ...crisis, rest: rest.join(' ') };
      }
    }
    return undefined;
  };
}

/** A phrase's words as `words` reads a message; '*' stays as the one-word wildcard. */
function phraseWords(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word === ANY_WORD ? [ANY_WORD] : words(word)));
}

function matchesAt(said: readonly string[], phrase: readonly string[], at: number): boolean {
  return (
    at + phrase.length <= said.length &&
    phrase.every((word, i) => word === ANY_WORD || said[at + i] === word)
  );
}

/**
 * How sure the router must be of the rest of a crisis message on its own before that rest counts
 * as a question of its own, which it must also answer the same with and without the crisis
 * words. Real second questions ("huurtoeslag als ik bij hem weg ga") pass both; the words
 * around a crisis told as a story ("since mum died", "op school") do not, and are no reason to
 * send the person anywhere but the crisis line.
 */
export const OWN_QUESTION_CONFIDENCE = 0.8;

/**
 * The answer for a message in crisis. A question about something else as well ("ik heb schulden
 * bij de Belastingdienst en ik wil niet meer leven") keeps its answer, and the crisis line is
 * put in front of it; a message that asks nothing else goes to the crisis line itself.
 * `rest` is the router's reading of the message without its crisis words, on its own.
 */
export function decideForCrisis(
  decision: RoutingDecision,
  crisis: Crisis,
  rest: RoutingDecision,
): RoutingDecision {
  if ('best' in decision && decision.best.agencyId === crisis.agencyId) return decision;
  // Asking back whether it is the crisis line or something else: it is the crisis line.
  const offersTheLine =
    decision.kind === 'clarify' &&
    decision.alternatives.some((option) => option.agencyId === crisis.agencyId);
  const asksMore =
    rest.kind === 'routed' &&
    rest.best.confidence >= OWN_QUESTION_CONFIDENCE &&
    candidatesOf(decision).some((option) => option.agencyId === rest.best.agencyId);
  if (decision.kind !== 'none' && asksMore && !offersTheLine) return decision;
  return {
    kind: 'routed',
    best: { agencyId: crisis.agencyId, topicId: crisis.topicId, confidence: 1, score: 0 },
    alternatives: [],
  };
}

/**
 * The router with the crisis lines in front: what every caller (the chat, `npm run eval`, the
 * explain script) gets, so that the evaluation measures the answer a person gets.
 */
export function withCrisisLines(
  router: Router,
  crisisIn: (text: string) => Crisis | undefined,
): Router {
  return {
    ...router,
    route(text, context, locale) {
      const decision = router.route(text, context, locale);
      const crisis = crisisIn(text);
      return crisis
        ? decideForCrisis(decision, crisis, router.route(crisis.rest, {}, locale))
        : decision;
    },
  };
}
