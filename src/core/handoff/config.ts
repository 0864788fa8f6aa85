import { z } from 'zod';
import { localizedSchema, topicRefSchema } from '../../catalog/schema.js';

export const handoffConfigSchema = z.object({
  prefixes: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  accept: z.object({ nl: z.array(z.string()), en: z.array(z.string()) }),
  decline: z.object({
    nl: z.array(z.string()),
    en: z.array(z.string()),
    /** A short message that starts with one of these declines too ("nee, ik bel zelf"). */
    leads: z.array(z.string().min(1)),
    /** The only words that may follow such a lead ("nee, ik wil niet gebeld worden"). */
    after: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(40),
  }),
  /**
   * Signals that get the offer only at these topics ("agency/topic"): debt at the municipality's
   * debt help. Loop, wanting a person, anger, not understood and hardship get it everywhere.
   */
  offerAt: z.record(z.string(), z.array(topicRefSchema)).default({}),
  /** Words that, with a number typed where nothing was offered, ask to be called back. */
  callRequest: z.object({
    words: z.array(z.string().min(1)),
    /** Words that only say the wish to be called or to speak to a person: no remark. */
    wish: z.array(z.string().min(1)),
  }),
  caseQuestion: z.object({
    phrases: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(40),
    /**
     * The person did the calling ("ik heb al 3 keer gebeld"): where no case is open, that tells
     * of being sent round, not of waiting for our call.
     */
    ownCalls: z.array(z.string().min(1)).default([]),
  }),
  noPhone: z.object({
    phrases: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(40),
  }),
  callbackWish: z.object({
    reach: z.array(z.string().min(1)),
    times: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(40),
  }),
  acceptWithNumber: z.object({
    starts: z.array(z.string().min(1)),
    refusals: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(40),
  }),
  numberAsked: z.object({
    quoted: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(60),
  }),
  callbackWindowHours: z.number().positive().max(24),
  municipality: z.object({
    agencies: z.array(z.string()),
    leadIns: z.array(z.string().min(1)),
    notInAName: z.array(z.string().min(1)),
    maxWords: z.number().int().min(1).max(8),
  }),
  texts: z.object({
    created: localizedSchema,
    /** A case without a number to call yet: no promise of a call until the number is given. */
    createdNoPhone: localizedSchema,
    noConsent: localizedSchema,
    declined: localizedSchema,
    active: localizedSchema,
    /** One of several open cases, each named by its organisation. */
    activeAt: localizedSchema,
    activeWithRemark: localizedSchema,
    activeAtWithRemark: localizedSchema,
    /** A question about "my case" in a conversation that has none (a new session, a kiosk). */
    noCase: localizedSchema,
    noCaseWithReference: localizedSchema,
    /** A question about "my case" after the conversation's case was closed by a caseworker. */
    closed: localizedSchema,
    /** A closed case whose outcome was a referral, or a caseworker who could not reach them. */
    closedReferred: localizedSchema,
    closedNoContact: localizedSchema,
    whenToday: localizedSchema,
    whenLater: localizedSchema,
    askPhone: localizedSchema,
    phoneReceived: localizedSchema,
    /** "bel me" to an organisation nobody here can hand over to ("uw zorgverzekeraar"). */
    noCallbackHere: localizedSchema,
    /** A number with a remark ("na 3 uur"): no time of our own is promised next to theirs. */
    phoneReceivedWithRemark: localizedSchema,
    /** A number with words that are not a time ("ik ben doof"): passed on, and our time too. */
    phoneReceivedWithNote: localizedSchema,
    /** When the person can be called, said while a case is open: passed on with the case. */
    wishReceived: localizedSchema,
    /** A number too short to call, typed where the phone number was asked. */
    phoneIncomplete: localizedSchema,
    /** The person has no phone to be called on: how they can still reach the caseworker. */
    noPhone: localizedSchema,
    phoneKnown: localizedSchema,
    /** A case made with a number and the person's own words: their time, not ours. */
    createdWithRemark: localizedSchema,
    /** A case made with a number and words that are not a time: passed on, and our time too. */
    createdWithNote: localizedSchema,
    /** A case made on the person's own request: may the caseworker also read the conversation? */
    askConsent: localizedSchema,
    consentGiven: localizedSchema,
    consentDeclined: localizedSchema,
    askMunicipality: localizedSchema,
    municipalityReceived: localizedSchema,
  }),
});
/** Hand-off settings and texts from data/handoff.json. */
export type HandoffConfig = z.infer<typeof handoffConfigSchema>;
