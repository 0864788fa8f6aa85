import { z } from 'zod';

/** The agency ids the public contract promises; the catalog may add more but never drop these. */
export const CONTRACT_AGENCY_IDS = [
  'belastingdienst',
  'toeslagen',
  'uwv',
  'svb',
  'duo',
  'cak',
  'cjib',
  'ind',
  'rdw',
  'kadaster',
  'kvk',
  'rvo',
  'gemeente',
  'juridisch-loket',
  'ombudsman',
  'digid',
  'huurcommissie',
  'zorgverzekeraar',
  'openbaar-ministerie',
  'rijksoverheid',
  'informatiepunt',
] as const;

export const agencyIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'agency ids are lower-case kebab-case');

/** "agency/topic": how data files outside the catalog name one of its topics. */
export const topicRefSchema = z.string().regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/);

/** A text in both languages Wegwijzer answers in. */
export const localizedSchema = z.object({
  nl: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;
/** The languages Wegwijzer answers in. */
export type Locale = keyof Localized;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const intervalSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'interval must look like 08:00-17:00')
  .refine((v) => {
    const [from, to] = v.split('-') as [string, string];
    return from < to;
  }, 'an interval must end after it starts');

/**
 * Weekly opening hours in Europe/Amsterdam local time. A missing day means closed.
 * `holidays: "closed"` closes on Dutch public holidays (the usual case for government lines).
 */
export const weeklyHoursSchema = z.object({
  mon: z.array(intervalSchema).optional(),
  tue: z.array(intervalSchema).optional(),
  wed: z.array(intervalSchema).optional(),
  thu: z.array(intervalSchema).optional(),
  fri: z.array(intervalSchema).optional(),
  sat: z.array(intervalSchema).optional(),
  sun: z.array(intervalSchema).optional(),
  holidays: z.enum(['closed', 'open']).default('closed'),
});
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

/**
 * How sure we are of a fact. `official`: from the organisation's own page; `secondary`: from a
 * third party (a municipality, a news site); `unverified`: not confirmed by any source read.
 * Unverified phone numbers are never shown to a citizen as the number to call.
 */
export const verificationSchema = z.enum(['official', 'secondary', 'unverified']);
export type Verification = z.infer<typeof verificationSchema>;

const sourceSchema = z.string().min(1);

/**
 * A phone number as people dial it: digits with spaces or dashes, or +31 for abroad. Two
 * exceptions: the municipalities' shared pattern "14 + netnummer" (14 and the area code), how
 * every municipality with a 14 number is reached, as no single number is right for all; and 112.
 */
export const MUNICIPAL_NUMBER = '14 + netnummer';
/** The same way to dial, in words an English speaker understands. */
export const MUNICIPAL_NUMBER_EN = '14 + area code';
/** The emergency number: too short for the pattern above, and the one number everyone knows. */
export const EMERGENCY_NUMBER = '112';
export const phoneNumberSchema = z.union([
  z
    .string()
    .regex(/^(\+?[0-9][0-9 -]{2,18}[0-9])$/, 'phone numbers hold digits, spaces and dashes only'),
  z.literal(MUNICIPAL_NUMBER),
  z.literal(EMERGENCY_NUMBER),
]);

/**
 * The number a caller outside the Netherlands dials instead: 0800, 088 and 1400 numbers do not
 * work from abroad. Only a number a source gives, so never `unverified`.
 */
export const numberAbroadSchema = z.object({
  number: z
    .string()
    .regex(
      /^\+[1-9][0-9 -]{5,18}[0-9]$/,
      'a number from abroad starts with + and the country code',
    ),
  verification: z.enum(['official', 'secondary']),
});

export const phoneLineSchema = z.object({
  id: z.string().min(1),
  label: localizedSchema,
  number: phoneNumberSchema,
  numberAbroad: numberAbroadSchema.optional(),
  /** Free, local rate or a per-minute cost, in words. */
  cost: localizedSchema,
  hours: weeklyHoursSchema.optional(),
  hoursVerification: verificationSchema,
  verification: verificationSchema,
  /** For a number that is a pattern, not a number ("14 + netnummer"): how to dial it. */
  howToDial: localizedSchema.optional(),
});
export type PhoneLine = z.infer<typeof phoneLineSchema>;

/** A topic's name is a label ("Onderwerp: {topic}.") and read mid-sentence in other texts, so it is no question. */
const topicName = z
  .string()
  .min(2)
  .regex(/[^?!.:]$/, 'a topic name is read mid-sentence: no closing punctuation');

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.object({ nl: topicName, en: topicName }),
  /** Words and phrases people use for this topic, in their own language. */
  terms: z.object({
    nl: z.array(z.string().min(2)).min(1),
    en: z.array(z.string().min(2)).min(1),
  }),
  /** Real example questions, as people ask them. */
  examples: z.array(z.string().min(5)).min(1),
  /** Why this agency is the right one for the topic, said to the citizen (B1). */
  why: localizedSchema,
  /**
   * The topic is how an organisation treats the person ("nobody picks up", "no reply"): in a
   * conversation that already has an organisation, such words are about that one, so the
   * conversation stays with it and its contact, not with this topic's agency.
   */
  aboutTheConversation: z.boolean().default(false),
});
export type Topic = z.infer<typeof topicSchema>;

export const agencySchema = z.object({
  id: agencyIdSchema,
  name: localizedSchema,
  /** The name in the middle of a sentence, where it differs ("uw gemeente" for "Uw gemeente"). */
  nameInSentence: localizedSchema.optional(),
  /** What the organisation does, in one or two B1 sentences. */
  description: localizedSchema,
  /** What people often expect of it but it does not do, and who does that instead. */
  notFor: z.array(
    z.object({
      subject: localizedSchema,
      goTo: agencyIdSchema,
    }),
  ),
  website: z.string().url(),
  phones: z.array(phoneLineSchema),
  inPerson: localizedSchema.optional(),
  /**
   * For an organisation without one number of its own (every health insurer has its own):
   * where to find it, said instead of "we could not check the number yet".
   */
  noNumber: localizedSchema.optional(),
  appointments: localizedSchema.optional(),
  callback: localizedSchema.optional(),
  topics: z.array(topicSchema).min(1),
});
export type Agency = z.infer<typeof agencySchema>;

/**
 * An agency as it is written in `data/agencies/`: with where each fact was read, the pages of
 * the agency and the source of every phone line and its hours. The app loads a copy without
 * them (`npm run catalog:generate`), since nothing at run time reads them.
 */
export const agencyFileSchema = agencySchema.extend({
  phones: z.array(
    phoneLineSchema.extend({
      source: sourceSchema,
      numberAbroad: numberAbroadSchema.extend({ source: sourceSchema }).optional(),
    }),
  ),
  sources: z.array(sourceSchema).min(1),
});

/**
 * A named person or team that a citizen can be handed to. Sample data: each agency replaces its
 * roster with its own people (see README).
 */
export const rosterContactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /**
   * The name an English reply uses, for a team whose Dutch name an English reader does not
   * understand ("Team Terugvordering Toeslagen": "Team Benefit Repayments"). An official name
   * stays, with the English in brackets ("Servicecentrum Inburgering (Civic Integration Service
   * Centre)"). Without it, English replies use `name`. A person has none: a name is a name.
   */
  nameEn: z.string().min(2).optional(),
  kind: z.enum(['person', 'team']),
  role: localizedSchema,
  /** Id of a phone line of the agency; the contact is reached through that line. */
  phoneLine: z.string().min(1),
  hours: weeklyHoursSchema,
  /** Topic ids this contact handles; empty means all of the agency's topics. */
  topics: z.array(z.string()).default([]),
  /** Whether this contact takes hand-offs (escalations) from Wegwijzer. */
  takesHandoffs: z.boolean().default(true),
  /**
   * The general team for private people, at an agency where nobody handles every topic: it
   * takes the cases without a topic, and those of a topic nobody handles (not the business line).
   */
  general: z.boolean().default(false),
});
export type RosterContact = z.infer<typeof rosterContactSchema>;

export const rosterSchema = z.object({
  agency: agencyIdSchema,
  sample: z.boolean(),
  contacts: z.array(rosterContactSchema).min(1),
});
export type Roster = z.infer<typeof rosterSchema>;
