import { createDrizzleKeyStore, createStaffVerifier, type TokenVerifier } from './auth/index.js';
import type { Config } from './config.js';
import { cryptoRandomBytes } from './core/handoff/reference.js';
import { createPseudonymizer, randomSalt } from './core/pseudonym.js';
import { createDrizzleStore, type Database } from './db/drizzle-store.js';
import { createDrizzleEscalationStore, type EscalationStore } from './db/escalation-store.js';
import { createDrizzleSignalStore, type SignalStore } from './db/signal-store.js';
import type { ConversationStore } from './db/store.js';
import { createWebhookNotifier, type EscalationNotifier } from './handoff/webhook.js';
import type { Logger } from './http/logger.js';
import { createChatModel, type ChatModel } from './llm/chat-completions.js';

/** The database-backed services, the same on Node and Workers. */
export interface ServiceDeps {
  store: ConversationStore;
  escalations: EscalationStore;
  signals: SignalStore;
  staffVerifier: TokenVerifier;
  notifier?: EscalationNotifier;
  randomBytes: (n: number) => Uint8Array;
  defer: (work: Promise<unknown>) => void;
  pseudonymize: (sessionId: string) => Promise<string>;
  /** The optional language model (OPENAI_*); absent, the built-in router answers alone. */
  model?: ChatModel;
}

/**
 * Builds the stores, the staff-token verifier and the optional webhook from one database and the
 * configuration. `defer` is how the runtime keeps work alive after the response.
 */
export function buildServiceDeps(options: {
  config: Config;
  db: Database;
  log: Logger;
  defer: (work: Promise<unknown>) => void;
}): ServiceDeps {
  const { config, db, log, defer } = options;
  const escalations = createDrizzleEscalationStore(db);
  const notifier =
    config.ESCALATION_WEBHOOK_URL && config.ESCALATION_WEBHOOK_SECRET
      ? createWebhookNotifier({
          url: config.ESCALATION_WEBHOOK_URL,
          secret: config.ESCALATION_WEBHOOK_SECRET,
          escalations,
          log,
        })
      : undefined;
  return {
    store: createDrizzleStore(db),
    escalations,
    signals: createDrizzleSignalStore(db),
    staffVerifier: createStaffVerifier(config, createDrizzleKeyStore(db)),
    ...(notifier ? { notifier } : {}),
    randomBytes: cryptoRandomBytes,
    defer,
    pseudonymize: createPseudonymizer(config.PSEUDONYM_SALT ?? randomSalt()),
    ...(languageModel(config) ?? {}),
  };
}

/** A key (OpenAI) or a base URL (any OpenAI-compatible server, which may need no key) enables it. */
export function languageModel(config: Config): { model: ChatModel } | undefined {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return undefined;
  return {
    model: createChatModel({
      baseUrl: config.OPENAI_BASE_URL ?? OPENAI_BASE_URL,
      ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
      model: config.OPENAI_MODEL ?? DEFAULT_MODEL,
      timeoutMs: config.OPENAI_TIMEOUT_MS,
    }),
  };
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** A small, fast model suffices: it only chooses among ids. */
const DEFAULT_MODEL = 'gpt-4o-mini';
