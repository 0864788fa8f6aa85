import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { localizedSchema, type Localized } from '../catalog/schema.js';
import { fill } from '../catalog/texts.js';
import { candidatesOf, type Router, type RoutingDecision } from './routing/router.js';
import { createCrisisScorer, MODEL_KINDS, type CrisisModel } from './crisis-model.js';
import { phraseAt, phraseIndex, words, wordsCovered } from './text.js';

export const crisisDataSchema = z.object({
  crises: z
    .array(
      z
        .object({
          // The crises the learned reader tells apart are every crisis a line answers.
          id: z.enum(MODEL_KINDS),
          /** The crisis line in the catalog; none for an emergency, where the line is 112. */
          line: z.object({ agency: z.string().min(1), topic: z.string().min(1) }).optional(),
          phrases: z.array(z.string().min(3)).min(1),
          /** Phrases that hold a crisis word but tell of something else ("zelfmoord gepleegd"). */
          exceptions: z.array(z.string().min(3)).default([]),
          notice: localizedSchema,
          /** Said instead of `notice` on a later message without crisis words of its own. */
          stay: localizedSchema.optional(),
        })
        .strict(),
    )
    .min(1),
  notSubjects: z.array(z.string().min(2)),
  /**
   * How a reply may open that says the line was not what was meant ("nee, ik bedoel …"): after
   * a line only the learned reader heard, it lets the conversation go on without the line.
   */
  denials: z.array(z.string().min(2)).default([]),
});
export type CrisisData = z.infer<typeof crisisDataSchema>;
export type CrisisKind = CrisisData['crises'][number]['id'];

/** A message that says a person may be in danger, and the line that helps. */
export interface Crisis {
  kind: CrisisKind;
  /** The crisis line's organisation and topic in the catalog; none when the line is 112. */
  agencyId?: string;
  topicId?: string;
  /** The first sentences of the answer, with the line's number filled in from the catalog. */
  notice: Localized;
  /** The line again, for a later message that stays with it: no question asked twice. */
  stay: Localized;
  /**
   * The message without the crisis words and the words for people and daily life ("mijn man",
   * "op school"): what else the person asks, if anything.
   */
  rest: string;
  /**
   * Only the learned reader heard it, no phrase of danger: "de deurwaarder komt morgen, ik weet
   * het niet meer" may be despair about a bill as much as about living. An answer about
   * something else then keeps its help, and the line follows it.
   */
  learned?: true;
}

/** Reads a message for a crisis; also knows the crisis line of each crisis organisation. */
export interface CrisisTest {
  (text: string): Crisis | undefined;
  /** The crisis a crisis organisation's line answers, for answers that go to that line. */
  lineOf(agencyId: string): Omit<Crisis, 'rest'> | undefined;
  /** The line for a crisis heard elsewhere (the optional language model). */
  lineFor(kind: CrisisKind): Omit<Crisis, 'rest'>;
  /** The organisations that are a crisis line. */
  lines: ReadonlySet<string>;
  /** Whether a message opens by saying the line was not what was meant ("no, I mean …"). */
  denies(text: string): boolean;
}

/**
 * Reads whether a message speaks of an emergency, suicide or violence at home. Such a person must
 * get the line that helps first, whatever else the message asks; the router alone read "mijn man
 * slaat mij" as a residence permit for a partner. The first crisis in the data wins: an
 * emergency before thoughts of suicide, and those before violence.
 */
export function createCrisisTest(
  data: CrisisData,
  catalog: Catalog,
  model?: CrisisModel,
): CrisisTest {
  const crises = data.crises.map((crisis) => {
    const agency = crisis.line && catalog.agencies.get(crisis.line.agency);
    const phone = agency ? agency.phones[0]?.number : '112';
    const topic = crisis.line && agency?.topics.find((one) => one.id === crisis.line?.topic);
    if (!phone || (crisis.line && !topic)) {
      throw new Error(`crisis ${crisis.id}: unknown agency, topic or phone line`);
    }
    const line: Omit<Crisis, 'rest'> = {
      kind: crisis.id,
      ...(crisis.line ? { agencyId: crisis.line.agency, topicId: crisis.line.topic } : {}),
      notice: {
        nl: fill(crisis.notice.nl, { phone }),
        en: fill(crisis.notice.en, { phone }),
      },
      stay: {
        nl: fill((crisis.stay ?? crisis.notice).nl, { phone }),
        en: fill((crisis.stay ?? crisis.notice).en, { phone }),
      },
    };
    return {
      line,
      phrases: phraseIndex(crisis.phrases),
      exceptions: phraseIndex(crisis.exceptions),
    };
  });
  const linesByKind = new Map(crises.map(({ line }) => [line.kind, line] as const));
  const notSubjects = new Set(data.notSubjects.flatMap(words));
  const denials = data.denials.map(words);
  const kindOf = model ? createCrisisScorer(model) : () => undefined;
  const crisisIn = (text: string): Crisis | undefined => {
    const said = words(text);
    for (const { line, phrases, exceptions } of crises) {
      const excepted = wordsCovered(said, exceptions);
      const found = wordsCovered(said, phrases, excepted);
      if (found.size > 0) {
        const rest = said.filter((word, i) => !found.has(i) && !notSubjects.has(word));
        return { ...line, rest: rest.join(' ') };
      }
    }
    // No phrase names it, but the model hears a danger told in other words: the whole message
    // is the crisis, so nothing of it is taken away for the rest but people and daily life.
    const heard = kindOf(text);
    const line = heard && linesByKind.get(heard);
    return line
      ? { ...line, learned: true, rest: said.filter((word) => !notSubjects.has(word)).join(' ') }
      : undefined;
  };
  const lines = new Map(
    [...linesByKind.values()].flatMap((line) =>
      line.agencyId ? [[line.agencyId, line] as const] : [],
    ),
  );
  return Object.assign(crisisIn, {
    lineOf: (agencyId: string) => lines.get(agencyId),
    lineFor: (kind: CrisisKind) => {
      const line = linesByKind.get(kind);
      if (!line) throw new Error(`crisis ${kind}: not in the crisis data`);
      return line;
    },
    lines: new Set(lines.keys()),
    denies: (text: string) => {
      const said = words(text);
      return denials.some((denial) => phraseAt(said, denial, 0));
    },
  });
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
 * After a crisis line's answer the conversation stays with that line ("waar kan ik vannacht
 * slapen met mijn kinderen?" after "mijn man slaat mij" is Veilig Thuis's), unless the router is
 * this sure of another subject.
 */
export const LEAVE_THE_LINE_CONFIDENCE = 0.9;

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
  const { agencyId, topicId } = crisis;
  if (!agencyId || !topicId) return decision;
  if ('best' in decision && decision.best.agencyId === agencyId) return decision;
  // Asking back whether it is the crisis line or something else: it is the crisis line.
  const offersTheLine =
    decision.kind === 'clarify' && decision.alternatives.some((one) => one.agencyId === agencyId);
  const asksMore =
    rest.kind === 'routed' &&
    rest.best.confidence >= OWN_QUESTION_CONFIDENCE &&
    candidatesOf(decision).some((option) => option.agencyId === rest.best.agencyId);
  // Nothing else a message asks matters while someone's life is in danger.
  const emergency = crisis.kind === 'emergency';
  if (decision.kind !== 'none' && asksMore && !offersTheLine && !emergency) return decision;
  return {
    kind: 'routed',
    best: { agencyId, topicId, confidence: 1, score: 0 },
    alternatives: [],
  };
}

/**
 * A message without crisis words in a conversation with a crisis line stays with that line,
 * unless it clearly asks about something else.
 */
export function stayWithTheLine(
  decision: RoutingDecision,
  line: { agencyId: string; topicId: string },
): RoutingDecision {
  if ('best' in decision && decision.best.agencyId === line.agencyId) return decision;
  if (decision.kind === 'routed' && decision.best.confidence >= LEAVE_THE_LINE_CONFIDENCE) {
    return decision;
  }
  return {
    kind: 'follow-up',
    best: { agencyId: line.agencyId, topicId: line.topicId, confidence: 1, score: 0 },
    alternatives: [],
  };
}

/**
 * The router with the crisis lines in front: what every caller (the chat, `npm run eval`, the
 * explain script) gets, so that the evaluation measures the answer a person gets. Without a
 * crisis in the message, a crisis line is never offered as "something else you might mean"
 * ("these fines are killing me").
 */
export function withCrisisLines(router: Router, crisisIn: CrisisTest): Router {
  return {
    ...router,
    route(text, context, locale) {
      const decision = router.route(text, context, locale);
      const crisis = context?.crisis ? context.crisis.heard : crisisIn(text);
      if (crisis?.agencyId) {
        return decideForCrisis(decision, crisis, router.route(crisis.rest, {}, locale));
      }
      const line = context?.agencyId ? crisisIn.lineOf(context.agencyId) : undefined;
      if (line?.agencyId && line.topicId) {
        return stayWithTheLine(decision, { agencyId: line.agencyId, topicId: line.topicId });
      }
      return withoutCrisisOptions(decision, crisisIn);
    },
  };
}

function withoutCrisisOptions(decision: RoutingDecision, crisisIn: CrisisTest): RoutingDecision {
  if ('best' in decision && crisisIn.lineOf(decision.best.agencyId)) return decision;
  const alternatives = decision.alternatives.filter((one) => !crisisIn.lineOf(one.agencyId));
  if (alternatives.length === decision.alternatives.length) return decision;
  if (decision.kind === 'clarify' && alternatives.length < 2) return decision;
  return { ...decision, alternatives };
}
