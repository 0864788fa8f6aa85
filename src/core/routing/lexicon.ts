import { z } from 'zod';
import { topicRefSchema } from '../../catalog/schema.js';
import { separableWordsSchema } from './separable.js';

/**
 * The words the router needs besides the catalog (data/lexicon.json). Everything is data, so
 * that a content editor can add a synonym or a misspelling without touching code.
 */
export const routingLexiconSchema = z.object({
  /** Function and question words; they name no subject and tell Dutch from English. */
  stopwords: z.object({ nl: z.array(z.string()), en: z.array(z.string()) }),
  /**
   * Groups of words and phrases that mean the same in a question: everyday words, English
   * equivalents, abbreviations and what they stand for. A member in a question adds the
   * others, a little weaker than the words themselves.
   */
  synonyms: z.array(z.array(z.string().min(2)).min(2)).default([]),
  /**
   * Frequent misspellings and how they are meant ("toeslach" → "toeslag"). Slips of one or two
   * letters are corrected anyway; this list is for what a letter count does not catch.
   */
  misspellings: z.record(z.string().min(2), z.string().min(2)).default({}),
  /**
   * Words that appear in the catalog but do not name a subject on their own: what people do
   * (aanvragen, betalen) or ask (kosten, termijn). A question with only these words lacks its
   * subject: the router asks back, or keeps the conversation's subject.
   */
  generic: z.array(z.string().min(2)).default([]),
  /**
   * Words that in a short message within a conversation ask about the same subject, not a new
   * one: who else it is for ("en mijn man?", "and my wife?"), whether it is free, which way it
   * goes ("per brief"). Alone, "man" or "wife" can name a subject (bringing a spouse over).
   */
  followUp: z.array(z.string().min(2)).default([]),
  /**
   * Openings that announce a new question ("ik heb nog een vraag over …", "another question"):
   * the conversation's subject does not carry over to it.
   */
  newQuestion: z.array(z.string().min(2)).default([]),
  /**
   * Needs that only some organisations meet (paying back, a payment plan, a debt). Said without
   * a subject within a conversation whose organisation has no topic for it ("hoe lang heb ik om
   * terug te betalen?" after a question about DigiD), the need is not that organisation's: the
   * router asks which organisation it is about instead of staying.
   */
  needs: z.array(z.string().min(2)).default([]),
  /**
   * Not having a way in ("ze heeft ook geen DigiD", "ik heb geen computer") said within a
   * conversation is an obstacle to its subject, not a new subject: the answer stays with the
   * organisation and adds the help for people who are not online. `things` are the ways in,
   * `marks` say they are missing, and `unless` words make it a question about the thing itself
   * ("hoe vraag ik een DigiD aan?", "mijn DigiD werkt niet").
   */
  lacking: z
    .object({
      things: z.array(z.string().min(2)),
      marks: z.array(z.string().min(2)),
      unless: z.array(z.string().min(2)),
      /**
       * Where one gets a way in ("digid", "gemeente/digid-balie"): "geen DigiD, hoe doe ik mijn
       * aangifte?" is about the aangifte, so these give way to the question's other subject.
       */
      wayIn: z.array(z.string().min(2)).default([]),
      /** Words about getting the way in itself ("Kan ik die nog op tijd krijgen?"). */
      gettingIt: z.array(z.string().min(2)).default([]),
      /**
       * Marks that follow the thing ("ik ben mijn DigiD kwijt, hoe vraag ik huurtoeslag aan?"):
       * said right after it, they say it is missing, not that the question is about getting it.
       */
      marksAfter: z.array(z.string().min(2)).default([]),
      /**
       * Marks before the thing that say it is used or had, not missing ("hoe vraag ik huurtoeslag
       * aan met DigiD?", "I have my DigiD"): the way in is the means, and the question's other
       * subject is what it is about, unless something is wrong with the way in (`trouble`) or the
       * question is about getting it.
       */
      using: z.array(z.string().min(1)).default([]),
      trouble: z.array(z.string().min(2)).default([]),
    })
    .default({
      things: [],
      marks: [],
      unless: [],
      wayIn: [],
      gettingIt: [],
      marksAfter: [],
      using: [],
      trouble: [],
    }),
  /**
   * Words for a whole kind of thing that several organisations pay or collect ("uitkering",
   * "toeslag", "belasting"), with the options a question gets that names nothing more: the
   * common cases ("agency/topic"), not whichever topics use the word most.
   */
  broad: z.record(z.string().min(2), z.array(topicRefSchema).min(2).max(4)).default({}),
  /**
   * Words that say the person does not know which one ("ik weet niet welke"): beside a broad
   * word the common cases are offered, even where another word of the question leans one way.
   */
  unsureWhich: z.array(z.string().min(1)).default([]),
  /** Parts of Dutch compounds the catalog does not list on their own (schandaal, nummer). */
  compoundParts: z.array(z.string().min(3)).default([]),
  /**
   * How people name each organisation ("CJIB", "de belasting"). A question that names one leans
   * towards it: "een dwangbevel van het CJIB" is for the CJIB, not the Belastingdienst.
   */
  mentions: z.record(z.string(), z.array(z.string().min(2))).default({}),
  /**
   * Dutch separable verbs that a sentence splits (src/core/routing/separable.ts): their
   * particles, the words that start a new clause, joins a split sentence never means, and words
   * that are never the verb though they stand before a particle.
   */
  separable: separableWordsSchema.default({
    particles: [],
    clauseStarts: [],
    notMeant: [],
    neverTheVerb: [],
    phraseStarts: [],
  }),
});
export type RoutingLexicon = z.infer<typeof routingLexiconSchema>;
