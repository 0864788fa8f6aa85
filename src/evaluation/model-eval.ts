import { askAssist, type AssistOutcome } from '../core/assist/ask.js';
import type { Core } from '../core-deps.js';
import type { CrisisKind, CrisisTest } from '../core/crisis.js';
import { redact } from '../core/redact.js';
import type { Router, RoutingDecision } from '../core/routing/router.js';
import type { StuckDetector } from '../core/stuck/index.js';
import { inContractOrder, type StuckSignal } from '../core/stuck/signals.js';
import type { ChatModel } from '../llm/chat-completions.js';

/** What the model made of one text, as a first turn: the decision and signals the app would use. */
export interface ModelAnswer {
  decision: RoutingDecision;
  signals: StuckSignal[];
  outcome: AssistOutcome['outcome'];
  /** The danger the model heard, if any. */
  crisis?: CrisisKind;
}

/** A text to put to the model, as a conversation's first message. */
export interface ModelEvalText {
  text: string;
  lang: 'nl' | 'en';
}

const key = (text: string, lang: string) => `${lang}\u0000${text}`;

/**
 * Asks the model about every text the way the assist step does (redacted, after the built-in
 * router), `concurrency` at a time. Failures count as the built-in answer, as in the app.
 */
export async function askModel(
  model: ChatModel,
  core: Pick<Core, 'catalog' | 'router' | 'assistPrompt'>,
  texts: readonly ModelEvalText[],
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<Map<string, ModelAnswer>> {
  const answers = new Map<string, ModelAnswer>();
  const unique = [...new Map(texts.map((t) => [key(t.text, t.lang), t])).values()];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < unique.length) {
      const item = unique[next++];
      if (!item) break;
      const redacted = redact(item.text).text;
      const { decision, assist } = await askAssist(model, core.catalog, core.assistPrompt, {
        text: redacted,
        history: [],
        decision: core.router.route(redacted, {}, item.lang),
        locale: item.lang,
      });
      const answer: ModelAnswer = {
        decision,
        signals: assist.signals,
        outcome: assist.outcome,
        ...(assist.crisis ? { crisis: assist.crisis } : {}),
      };
      answers.set(key(item.text, item.lang), answer);
      options.onProgress?.(++done, unique.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return answers;
}

/** The built-in router, with the model's decision for every first question it was asked about. */
export function routerWithAnswers(
  router: Router,
  answers: ReadonlyMap<string, ModelAnswer>,
): Router {
  return {
    route(text, context = {}, locale = 'nl') {
      const firstTurn = !context.agencyId && !context.options?.length;
      const answer = firstTurn ? answers.get(key(text, locale)) : undefined;
      return answer?.decision ?? router.route(text, context, locale);
    },
    subjectOf: (text) => router.subjectOf(text),
    namesBroadWord: (text) => router.namesBroadWord(text),
  };
}

/** The lexicon's detector, with the model's signals added for every text it was asked about. */
export function detectorWithAnswers(
  detector: StuckDetector,
  answers: ReadonlyMap<string, ModelAnswer>,
): StuckDetector {
  const modelSignals = (text: string) =>
    answers.get(key(text, 'nl'))?.signals ?? answers.get(key(text, 'en'))?.signals ?? [];
  return {
    detectTurn(text) {
      const own = detector.detectTurn(text);
      return { ...own, signals: inContractOrder([...own.signals, ...modelSignals(text)]) };
    },
    detectConversation: (turns, current) => detector.detectConversation(turns, current),
    detect(turns, current) {
      const own = detector.detect(turns, current);
      return { ...own, signals: inContractOrder([...own.signals, ...modelSignals(current.text)]) };
    },
  };
}

/**
 * The built-in crisis check, with the model's crisis for every text it was asked about where the
 * check heard none: as the assist step adds it (it never takes one away).
 */
export function crisisWithAnswers(
  crisisIn: CrisisTest,
  answers: ReadonlyMap<string, ModelAnswer>,
): (text: string, lang: 'nl' | 'en') => CrisisKind | undefined {
  return (text, lang) => crisisIn(text)?.kind ?? answers.get(key(text, lang))?.crisis;
}
