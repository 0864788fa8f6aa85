import { topicOfRef } from '../../catalog/catalog.js';
import type { ErrorCode, Locale } from '../../catalog/texts.js';
import { chooseContact, type Contact } from '../../core/contact.js';
import { contactSentence } from '../../core/compose.js';
import type { Logger } from '../../http/logger.js';
import { isTooLong } from '../../http/schemas.js';
import { toChatResponse } from '../../routes/chat.js';
import { DependencyError, newTurnContext, type TurnDeps } from '../../turn/context.js';
import { runPipeline, TurnError } from '../../turn/pipeline.js';
import { chatTurnSteps } from '../../turn/steps/index.js';
import {
  activityLocale,
  addsPeople,
  chosenValue,
  messageText,
  type Activity,
  type OutgoingMessage,
} from './activity.js';

export interface RespondDeps extends TurnDeps {
  clock: () => Date;
  log: Logger;
}

/**
 * What Wegwijzer answers to an activity: a chat turn for a message, a welcome for people who
 * join, nothing for the other activity types (typing, reactions, installation updates …).
 */
export async function respondTo(
  activity: Activity,
  sessionIdFor: (activity: Activity) => Promise<string>,
  deps: RespondDeps,
  requestId: string,
): Promise<OutgoingMessage | undefined> {
  if (activity.type === 'message') {
    return answerMessage(activity, await sessionIdFor(activity), deps, requestId);
  }
  if (activity.type === 'conversationUpdate' && addsPeople(activity)) {
    return welcome(deps, activityLocale(activity.locale) ?? 'nl');
  }
  return undefined;
}

/** Runs the same turn as POST /api/chat; whatever happens, the person gets a contact. */
async function answerMessage(
  activity: Activity,
  sessionId: string,
  deps: RespondDeps,
  requestId: string,
): Promise<OutgoingMessage> {
  const locale = activityLocale(activity.locale);
  // A button that sends only a value (Teams' Adaptive Card submit) chose what it names.
  const message = messageText(activity) || chosenText(deps, activity, locale);
  // A photo of a letter, a file, a card or a sticker without words: ask for it in words.
  if (message === '') {
    const texts = deps.catalog.texts;
    const lang = locale ?? 'nl';
    if ((activity.attachments ?? []).length === 0) return notice(deps, lang, texts.notUnderstood);
    // The answer points to the library, so its contact is the library's.
    const library = chooseContact(deps.catalog, deps.calendar, {
      agencyId: 'informatiepunt',
      now: deps.clock(),
      locale: lang,
    });
    return notice(deps, lang, texts.attachmentOnly, library);
  }
  if (isTooLong(message)) {
    return notice(deps, locale ?? 'nl', deps.catalog.texts.errors.message_too_long);
  }
  const context = newTurnContext(
    { message, sessionId, sessionIdForNew: sessionId, locale, channel: 'botframework' },
    deps.clock(),
  );
  try {
    await runPipeline(chatTurnSteps, context, deps);
  } catch (error) {
    const failed = error instanceof TurnError ? error : undefined;
    const code: ErrorCode = failed?.cause instanceof DependencyError ? 'unavailable' : 'internal';
    deps.log(code === 'unavailable' ? 'warn' : 'error', 'botframework.turn_failed', {
      requestId,
      step: failed?.step ?? null,
      error: describe(failed?.cause ?? error),
    });
    return notice(deps, context.locale, deps.catalog.texts.errors[code], context.contact);
  }
  const response = toChatResponse(deps.catalog, context);
  deps.log('info', 'botframework.turn', {
    requestId,
    channelId: activity.channelId,
    locale: context.locale,
    decision: context.decision?.kind ?? null,
    agency: response.clarify ? null : (response.agency?.id ?? null),
    signals: context.signals,
    timings: context.timings,
  });
  return {
    text: response.reply,
    locale: context.locale,
    // The same choices the web widget shows as buttons; their words answer the question.
    options: (response.clarify ? response.alternatives : response.suggestions).map(
      (option) => option.topic?.name ?? option.name,
    ),
  };
}

/**
 * The words a value-only message stands for: the value's text, or, for an "agency/topic"
 * reference the catalog knows, that topic's name, as our own buttons send it.
 */
function chosenText(deps: RespondDeps, activity: Activity, locale: Locale | undefined): string {
  const value = chosenValue(activity);
  if (value === undefined) return '';
  const topic = topicOfRef(deps.catalog, value);
  return topic ? topic.name[locale ?? 'nl'] : value;
}

/**
 * A short hello with what Wegwijzer does, where to call in danger (as every chat on the web
 * shows it), and a person to call.
 */
function welcome(deps: RespondDeps, locale: Locale): OutgoingMessage {
  const { botWelcome, dangerLine } = deps.catalog.texts;
  return notice(deps, locale, {
    nl: `${botWelcome.nl}\n\n${dangerLine.nl}`,
    en: `${botWelcome.en}\n\n${dangerLine.en}`,
  });
}

/**
 * A fixed text followed by a contact: the routed one if the turn got that far, else the general
 * one. In paragraphs, as every chat answer: whom to call stands on its own.
 */
function notice(
  deps: RespondDeps,
  locale: Locale,
  text: Record<Locale, string>,
  contact?: Contact,
): OutgoingMessage {
  const person =
    contact ??
    chooseContact(deps.catalog, deps.calendar, { agencyId: null, now: deps.clock(), locale });
  return {
    text: `${text[locale]}\n\n${contactSentence(deps.catalog, person, locale)}`,
    locale,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
