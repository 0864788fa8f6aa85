import type { Catalog } from '../../catalog/catalog.js';
import type { Locale } from '../../catalog/texts.js';
import { candidatesOf, type RoutingDecision } from '../routing/router.js';
import type { AssistPrompt } from './prompt.js';

/** One message of a chat-completions request. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** What the model is shown of a turn: redacted text only. */
export interface AssistInput {
  /** The latest message, personal data already replaced. */
  text: string;
  /** Earlier messages of the conversation, oldest first, as stored (redacted). */
  history: readonly string[];
  decision: RoutingDecision;
  locale: Locale;
}

/** Earlier messages beyond these add cost, not judgement. */
const HISTORY_SHOWN = 4;

const listings = new WeakMap<Catalog, string>();

/** The catalog as the model sees it: ids it may answer with, and names that say what they are. */
export function catalogListing(catalog: Catalog): string {
  let listing = listings.get(catalog);
  if (listing === undefined) {
    listing = [...catalog.agencies.values()]
      .map((agency) => {
        const topics = agency.topics.map((topic) => `${topic.id} (${topic.name.nl})`).join(', ');
        return `- ${agency.id}: ${agency.name.nl} / ${agency.name.en}. Topics: ${topics}`;
      })
      .join('\n');
    listings.set(catalog, listing);
  }
  return listing;
}

/** The chat-completions messages for one turn. Pure: the same input gives the same request. */
export function assistMessages(
  catalog: Catalog,
  prompt: AssistPrompt,
  input: AssistInput,
): ChatMessage[] {
  const guesses = candidatesOf(input.decision)
    .slice(0, 3)
    .map((candidate) => `${candidate.agencyId} (${candidate.confidence.toFixed(2)})`);
  const history = input.history.slice(-HISTORY_SHOWN);
  const user = [
    `Catalog:\n${catalogListing(catalog)}`,
    `Built-in router's guesses: ${guesses.length > 0 ? guesses.join(', ') : 'none'}`,
    history.length > 0
      ? `Earlier messages, oldest first:\n${history.map((text) => `- ${oneLine(text)}`).join('\n')}`
      : 'Earlier messages: none',
    `Language of the conversation: ${input.locale === 'en' ? 'English' : 'Dutch'}`,
    `Latest message:\n${input.text}`,
  ].join('\n\n');
  return [
    { role: 'system', content: prompt.system },
    { role: 'user', content: user },
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
