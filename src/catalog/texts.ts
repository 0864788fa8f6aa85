import { z } from 'zod';
import { localizedSchema } from './schema.js';

export const ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'message_too_long',
  'rate_limited',
  'unavailable',
  'internal',
  'not_found',
  'unauthorized',
  'forbidden',
  'conflict',
  'invalid_activity',
  'invalid_period',
  'unknown_agency',
  'method_not_allowed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Canned citizen-facing texts. Placeholders look like `{name}`. */
export const textsSchema = z.object({
  routed: localizedSchema,
  routedAgency: localizedSchema,
  followUp: localizedSchema,
  followUpFact: localizedSchema,
  /**
   * A follow-up that asks what the topic's facts do not know ("wat kost het?"): says so, and
   * who knows, instead of the topic's sentence again.
   */
  followUpNoFact: z.object({
    deadline: localizedSchema,
    duration: localizedSchema,
    cost: localizedSchema,
  }),
  clarify: localizedSchema,
  /** The same options again, when the reply to them named no subject ("wat kost dat?"). */
  clarifyAgain: localizedSchema,
  /** After an answer the router is not sure of: the next best topics, to pick from. */
  otherOptions: localizedSchema,
  notUnderstood: localizedSchema,
  /** After help for an upset person whose message names no subject: what is it about? */
  askSubject: localizedSchema,
  /** For a message in another script (Arabic, Cyrillic …): shown in both languages. */
  otherLanguage: localizedSchema,
  contact: localizedSchema,
  /** The contact without the question first: for a person who already asked for one. */
  contactDirect: localizedSchema,
  /**
   * A named person is reached through the organisation's line, not a line of their own: the
   * sentence says whom to ask for on it.
   */
  contactPerson: localizedSchema,
  contactPersonDirect: localizedSchema,
  /** Who to call: "{name} van {organisation}", unless the name already says the organisation. */
  contactWho: localizedSchema,
  contactHours: localizedSchema,
  /**
   * Calling from abroad: the words that say a question is about it ("buitenland", "Spanje",
   * "abroad"), and the sentence with the number to dial from there ({phone}). English replies
   * always give it; Dutch ones when the conversation says the person is abroad.
   */
  abroad: z.object({
    phrases: z.array(z.string().min(2)).min(1),
    line: localizedSchema,
  }),
  unverifiedPhone: localizedSchema,
  website: localizedSchema,
  /** The Bot Framework channel's hello when someone joins the conversation. */
  botWelcome: localizedSchema,
  /**
   * At a library kiosk, for a person who wants someone, cannot manage online, or was not
   * understood: the library's own staff are right there.
   */
  kioskHelp: localizedSchema,
  /**
   * At a library kiosk, an answer of the Informatiepunt itself: its help is right here, so the
   * contact says so instead of "we could not check its number" (it has none to call).
   */
  libraryHere: localizedSchema,
  /** Before the number to call when calling is only one way (the help is right here). */
  phoneOption: localizedSchema,
  /**
   * With every chat (page, kiosk, widget), whatever was asked: where to call in danger. Its
   * numbers become links to tap; each must be a number of the catalog (checked when loading).
   */
  dangerLine: localizedSchema,
  /** A photo or file without words, sent through a Bot Framework channel. */
  attachmentOnly: localizedSchema,
  /** "wanneer zijn ze open?", "kan ik daar langs?": how to reach the conversation's organisation. */
  contactQuestions: z.object({
    maxWords: z.number().int().min(1).max(30),
    phrases: z.object({
      hours: z.array(z.string().min(2)),
      phone: z.array(z.string().min(2)),
      visit: z.array(z.string().min(2)),
      language: z.array(z.string().min(2)),
    }),
    replies: z.object({
      reach: localizedSchema,
      /** For an organisation whose catalog entry says nothing about visiting it. */
      visit: localizedSchema,
      language: localizedSchema,
    }),
  }),
  /** Greetings, thanks, goodbyes and "weet ik niet": a message of only these gets a friendly answer. */
  smallTalk: z.object({
    phrases: z.object({
      greeting: z.array(z.string().min(2)),
      thanks: z.array(z.string().min(2)),
      goodbye: z.array(z.string().min(2)),
      unsure: z.array(z.string().min(2)),
      acknowledgement: z.array(z.string().min(2)),
      /** "nee" when nothing was asked: perhaps the answer missed; ask what it is about. */
      no: z.array(z.string().min(2)),
    }),
    replies: z.object({
      greeting: localizedSchema,
      thanks: localizedSchema,
      goodbye: localizedSchema,
      unsure: localizedSchema,
      acknowledgement: localizedSchema,
      no: localizedSchema,
    }),
  }),
  /** A staff request for a case reference that does not exist. */
  unknownCase: localizedSchema,
  /** A hand-off asked for a conversation we do not know (never started, or deleted). */
  unknownSession: localizedSchema,
  /**
   * What is wrong with a request that does not fit, per field ('locale', 'callbackPhone'), so
   * that a person or an integrator knows what to fix; `default` names the field.
   */
  invalidField: z
    .record(z.string(), localizedSchema)
    .refine((fields) => 'default' in fields, { message: 'needs a default text' }),
  errors: z.object(
    Object.fromEntries(ERROR_CODES.map((code) => [code, localizedSchema])) as Record<
      ErrorCode,
      typeof localizedSchema
    >,
  ),
});
export type Texts = z.infer<typeof textsSchema>;

export type { Locale } from './schema.js';

/**
 * Fills `{placeholder}`s. A placeholder without a value is an error in the data, so it throws
 * rather than showing a citizen a literal `{name}`.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`missing value for placeholder {${key}}`);
    return value;
  });
}
