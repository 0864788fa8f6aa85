import { z } from 'zod';
import { topicOfRef, type Catalog } from '../catalog/catalog.js';
import type { Localized } from '../catalog/schema.js';
import { phraseIndex, words, wordsCovered } from './text.js';

/**
 * What a question asks about a subject that a short fact can answer. Who can get it comes before
 * what a thing is ("wat zijn de voorwaarden?"), and what a thing is comes last: "wat is de
 * termijn?" asks until when, not what a term is.
 */
export const FACT_KINDS = ['deadline', 'duration', 'cost', 'conditions', 'meaning'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
/**
 * Kinds whose absence goes unsaid: without a definition, "wat is dat?" is answered by the topic's
 * own sentence, which says what it is about; without its conditions, "heb ik er recht op?" by the
 * topic and its contact, who can tell.
 */
const SILENT_KINDS = ['conditions', 'meaning'] as const;
/** The kinds whose absence is said ("wat kost het?": not known, ask them). */
export type UntoldKind = Exclude<FactKind, (typeof SILENT_KINDS)[number]>;
const isSilent = (kind: FactKind): kind is (typeof SILENT_KINDS)[number] =>
  (SILENT_KINDS as readonly FactKind[]).includes(kind);

const cuesSchema = z.strictObject({
  nl: z.array(z.string().min(1)).min(1),
  en: z.array(z.string().min(1)).min(1),
});

/**
 * data/topic-facts.json: how long things take, what they cost, until when, who can get them, what
 * they are.
 */
export const topicFactsSchema = z.strictObject({
  $comment: z.string().optional(),
  asks: z.strictObject({
    deadline: cuesSchema,
    duration: cuesSchema,
    cost: cuesSchema,
    conditions: cuesSchema,
    meaning: cuesSchema,
  }),
  /** A question about one of these asks about it, not about the topic's own deadline or cost. */
  otherMatters: z.array(z.string().min(1)),
  facts: z.array(
    z.strictObject({
      /** One fact may hold for several topics: Toeslagen's payday for each allowance. */
      topics: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/)).min(1),
      about: z.enum(FACT_KINDS),
      nl: z.string().min(1),
      en: z.string().min(1),
      // Where the fact was read; the generated copy the app loads leaves these out.
      source: z.string().url().optional(),
      verification: z.enum(['official', 'secondary']).optional(),
    }),
  ),
});
export type TopicFactsData = z.infer<typeof topicFactsSchema>;

export interface TopicFacts {
  /** What a question asks about: "hoe lang duurt dat?" asks for a duration. */
  askedAbout(text: string): FactKind | undefined;
  /**
   * The topic's fact for what the question asks, if the catalog knows one: none for a question
   * about another matter ("wanneer moet ik bezwaar maken?" after a WW question), unless the
   * topic is that matter itself (objecting to a traffic fine).
   */
  answerOf(text: string, agencyId: string, topicId: string): Localized | undefined;
  /**
   * What the question asks of the topic, with the fact when there is one: without it ("wat kost
   * het?" where no cost is known) the answer can say so instead of repeating the topic. None for
   * another matter, as for `answerOf`.
   */
  asked(
    text: string,
    agencyId: string,
    topicId: string,
  ): { kind: FactKind; fact: Localized } | { kind: UntoldKind; fact?: undefined } | undefined;
}

/**
 * Reads what a question asks and finds the topic's fact for it, so that "en hoe lang duurt dat?"
 * gets "meestal binnen 8 weken" instead of the topic's general sentence again. Throws when a
 * fact names a topic the catalog does not have, or a topic has two facts of one kind.
 */
export function createTopicFacts(data: TopicFactsData, catalog: Pick<Catalog, 'agencies'>) {
  const otherMatters = phraseIndex(data.otherMatters);
  const namesAMatter = (said: string[]) => wordsCovered(said, otherMatters).size > 0;
  const byTopic = new Map<string, Localized>();
  /** Topics that are another matter themselves: "Bezwaar tegen een verkeersboete". */
  const aboutAMatter = new Set<string>();
  for (const fact of data.facts) {
    for (const ref of fact.topics) {
      const topic = topicOfRef(catalog, ref);
      if (!topic) throw new Error(`topic-facts: unknown topic ${ref}`);
      const key = `${ref}#${fact.about}`;
      if (byTopic.has(key)) throw new Error(`topic-facts: two ${fact.about} facts for ${ref}`);
      byTopic.set(key, { nl: fact.nl, en: fact.en });
      if (namesAMatter(words(`${topic.id} ${topic.name.nl} ${topic.name.en}`))) {
        aboutAMatter.add(ref);
      }
    }
  }
  // In this order: "hoe lang heb ik om te betalen?" asks until when, not how long it takes.
  const cues = FACT_KINDS.map(
    (kind) => [kind, phraseIndex([...data.asks[kind].nl, ...data.asks[kind].en])] as const,
  );
  const kindAsked = (said: string[]) =>
    cues.find(([, phrases]) => wordsCovered(said, phrases).size > 0)?.[0];
  const asked: TopicFacts['asked'] = (text, agencyId, topicId) => {
    const said = words(text);
    const kind = kindAsked(said);
    const topic = `${agencyId}/${topicId}`;
    if (!kind || (namesAMatter(said) && !aboutAMatter.has(topic))) return undefined;
    const fact = byTopic.get(`${topic}#${kind}`);
    if (fact) return { kind, fact };
    return isSilent(kind) ? undefined : { kind };
  };
  return {
    askedAbout: (text) => kindAsked(words(text)),
    answerOf: (text, agencyId, topicId) => asked(text, agencyId, topicId)?.fact,
    asked,
  } satisfies TopicFacts;
}
