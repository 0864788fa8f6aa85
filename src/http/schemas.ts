import { localeTag } from './errors.js';
import { z } from '@hono/zod-openapi';

export const MAX_MESSAGE_LENGTH = 2000;

/**
 * A message's length as a person counts it: characters, not UTF-16 units, so that an emoji or
 * an Arabic letter outside the basic plane counts once, not twice.
 */
export const isTooLong = (message: string) =>
  message.length > MAX_MESSAGE_LENGTH && [...message].length > MAX_MESSAGE_LENGTH;

/** nl or en, optional; "EN" and "en-GB" are read as en. */
const languageField = () =>
  z
    .preprocess(
      (value) => (typeof value === 'string' ? (localeTag(value) ?? value) : value),
      z.enum(['nl', 'en']),
    )
    .optional();

export const ChatRequestSchema = z
  .object({
    message: z.string().trim().min(1).openapi({
      example: 'Ik moet mijn huurtoeslag terugbetalen',
      description: '1–2000 characters after trimming',
    }),
    sessionId: z
      .string()
      .max(200)
      .nullish()
      // A client that has no conversation yet often sends null or "": a new one starts.
      .transform((id) => id || undefined)
      .openapi({ description: 'Omitted, null, empty or unknown: a new session starts.' }),
    locale: languageField().openapi({
      description:
        'Answer language (nl or en; "EN" and "en-GB" are read as en); detected from the message when omitted, else nl.',
    }),
    defaultLocale: languageField().openapi({
      description:
        'Extension: the language of the page the question was typed on. Used when the message does not show its language, so that English typed on a Dutch page is answered in English; `locale` overrides both.',
    }),
    channel: z.enum(['web', 'kiosk', 'api']).default('web'),
    agency: z.string().max(60).optional().openapi({
      description:
        'Extension: the agency whose website the widget is on. A question without a subject is then taken to be about it.',
    }),
  })
  .openapi('ChatRequest');

export const ContactSchema = z
  .object({
    name: z.string().openapi({
      example: 'Team Terugvordering Toeslagen',
      description:
        "The person or team to ask for, in the reply's language: a team's English name in English ('Team Benefit Repayments')",
    }),
    role: z.string(),
    organisation: z.string(),
    organisationInSentence: z.string(),
    phone: z.string().openapi({ example: '0800-0543' }),
    hours: z
      .string()
      .openapi({ example: 'ma t/m do 08:00–20:00, vr 08:00–17:00; gesloten op feestdagen' }),
    openNow: z.boolean(),
    url: z.string(),
    agencyId: z.string(),
    kind: z.enum(['person', 'team']),
    status: z.string().openapi({ example: 'Nu open, tot 20:00.' }),
    nextOpening: z
      .string()
      .nullable()
      .openapi({ description: 'ISO time of the next opening when closed now' }),
    cost: z.string(),
    note: z
      .string()
      .optional()
      .openapi({ description: 'Why this contact stands in for another organisation' }),
    howToDial: z
      .string()
      .optional()
      .openapi({ description: 'How to dial a number that is a pattern, such as "14 + netnummer"' }),
    phoneAbroad: z.string().optional().openapi({
      example: '+31 55 538 53 85',
      description:
        'Extension: the number to dial from outside the Netherlands, where 0800, 088 and 1400 numbers do not work; only where a source gives one. `phone` is always there too',
    }),
    abroad: z.boolean().optional().openapi({
      description:
        'Extension: `true` when the conversation says the person is abroad, so a Dutch reply also gives `phoneAbroad`; `false` at a library kiosk, where no reply gives it',
    }),
  })
  .openapi('Contact');

const AgencyRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  confidence: z.number().min(0).max(1),
  topic: z.object({ id: z.string(), name: z.string() }).optional(),
});

export const ChatResponseSchema = z
  .object({
    sessionId: z.string(),
    reply: z.string(),
    agency: AgencyRefSchema.nullable(),
    alternatives: z.array(AgencyRefSchema),
    clarify: z.boolean(),
    suggestions: z.array(AgencyRefSchema).openapi({
      description:
        'When the router answered but is not sure: the next best topics, offered to pick from (empty otherwise).',
    }),
    contact: ContactSchema,
    stuck: z.object({ signals: z.array(z.string()) }),
    escalation: z
      .object({
        reference: z.string(),
        agency: z.object({ id: z.string(), name: z.string() }),
        caseworker: z.object({
          name: z.string(),
          role: z.string(),
          kind: z.enum(['person', 'team']),
        }),
        status: z.enum(['open', 'claimed', 'resolved']),
        expectedContact: z.object({ text: z.string(), at: z.string() }),
      })
      .optional()
      .openapi({ description: 'Present when this turn created or continued a hand-off' }),
    locale: z.enum(['nl', 'en']),
  })
  .openapi('ChatResponse');

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string(),
    }),
    contact: ContactSchema,
  })
  .openapi('ErrorResponse');

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['ok', 'unavailable']),
  })
  .openapi('Health');
