import { z } from '@hono/zod-openapi';
import type { Locale } from '../../catalog/texts.js';

/**
 * The part of a Bot Framework activity this service reads. Everything else the channels send
 * (Teams' channelData, entities, attachments) is accepted and ignored: zod strips unknown keys.
 */
const ChannelAccountSchema = z.object({
  id: z.string().min(1).max(1000),
  name: z.string().max(1000).optional(),
  role: z.string().max(100).optional(),
});

export const ActivitySchema = z
  .object({
    type: z.string().min(1).max(100).openapi({ example: 'message' }),
    id: z.string().min(1).max(1000).optional(),
    channelId: z.string().min(1).max(100).openapi({ example: 'webchat' }),
    // The reply goes here with our bearer token, so it must be a web URL (and, in the
    // handler, the one the Bot Connector signed into the token).
    serviceUrl: z
      .string()
      .url()
      .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL')
      .openapi({ example: 'https://webchat.botframework.com/' }),
    conversation: z.object({
      id: z.string().min(1).max(1000),
      // A Teams group chat or channel: several people write in one conversation.
      isGroup: z.boolean().optional(),
    }),
    from: ChannelAccountSchema.optional(),
    recipient: ChannelAccountSchema.optional(),
    // No length limit here: an over-long message gets a reply that says so, not a 400.
    text: z.string().optional(),
    locale: z.string().max(35).optional().openapi({ example: 'nl-NL' }),
    membersAdded: z.array(ChannelAccountSchema).optional(),
    // What a button sends without words: Teams sends an Adaptive Card's Action.Submit as a
    // message with its `data` here and no text (see `chosenValue`).
    value: z.unknown().optional(),
    // Only whether something was attached: a photo of a letter gets its own answer.
    attachments: z
      .array(z.object({ contentType: z.string().max(200).optional() }))
      .max(50)
      .optional(),
  })
  .openapi('BotFrameworkActivity');

export type Activity = z.infer<typeof ActivitySchema>;

/** What Wegwijzer says back: the connector client adds the addressing. */
export interface OutgoingMessage {
  text: string;
  locale: Locale;
  /** Clarify options as buttons that send their title back as the next message. */
  options?: string[];
}

/**
 * The answer language the activity asks for. Only English is taken from the channel: a Dutch or
 * unknown locale leaves the choice to language detection, as on /api/chat without a locale.
 */
export function activityLocale(locale: string | undefined): Locale | undefined {
  return locale && /^en(-|$)/i.test(locale) ? 'en' : undefined;
}

/**
 * The words of a message. Teams puts `<at>Bot name</at>` in front of a message in a group chat;
 * it is not the question. Teams also sends the text as HTML: paragraphs and line breaks as tags,
 * and `&`, `'` and `<` typed by the person as entities (`&amp;`, `&#39;`, `&lt;`). There the tags
 * go and the entities are decoded, in that order, so that `<b>` typed by the person stays text.
 * Other channels send what the person typed, which is read as it is.
 */
export function messageText(activity: Activity): string {
  const text = (activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ');
  if (activity.channelId !== 'msteams') return text.trim();
  return decodeEntities(
    text.replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '\n').replace(/<\/?[a-z][^<>]*>/gi, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** The fields of a card's `data` that name the choice, in the order they are read. */
const CHOICE_FIELDS = ['text', 'choice', 'title', 'value', 'option', 'topic', 'message'];

/**
 * The choice a button sent as its value, for a message without words: our own suggested actions
 * send their title (`imBack`, value = title), an Adaptive Card's Action.Submit its `data`, such as
 * `{ "choice": "toeslagen/huurtoeslag" }`. A string, or the first string field of the data with
 * a name that says it is the choice (Teams' own `msteams` object is looked into too); else
 * undefined.
 */
export function chosenValue(activity: Activity): string | undefined {
  const read = (value: unknown, depth: number): string | undefined => {
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 1) {
      return undefined;
    }
    const data = value as Record<string, unknown>;
    for (const field of CHOICE_FIELDS) {
      const found = read(data[field], depth + 1);
      if (found) return found;
    }
    return read(data.msteams, depth + 1);
  };
  return read(activity.value, 0);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** `&amp;`, `&#39;`, `&#x27;` and the few named entities Teams uses; anything else stays. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A conversationUpdate that added someone other than the bot itself: time to say hello. */
export function addsPeople(activity: Activity): boolean {
  const bot = activity.recipient?.id;
  return (activity.membersAdded ?? []).some((member) => member.id !== bot);
}
